import type { Draft } from 'immer';
import type { Proposal } from '../../../core/project/scenarioSchema';
import { useAppStore, useAppStoreApi } from '../../store/AppStoreProvider';

type TextKey = 'title' | 'customer' | 'author' | 'date';
type NumberKey = 'deadlineHours' | 'budgetUsd';

/** Sets or clears one optional proposal field. */
function assign<K extends keyof Proposal>(proposal: Draft<Proposal>, key: K, value: Proposal[K] | undefined): void {
  if (value === undefined) delete proposal[key];
  else proposal[key] = value as Draft<Proposal>[K];
}

/**
 * The proposal's cover details and the targets every scenario is checked against. Fields commit on Enter
 * or when they lose focus, one undo step each; an empty field clears the value.
 */
export function TargetsForm() {
  const store = useAppStoreApi();
  const proposal = useAppStore((state) => state.project.proposal) ?? {};

  const commitText = (key: TextKey, raw: string): void => {
    const value = raw.trim() || undefined;
    if (key === 'date' && value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return;
    if (value !== proposal[key]) store.getState().updateProposal((p) => assign(p, key, value));
  };
  const commitNumber = (key: NumberKey, raw: string): void => {
    const parsed = raw.trim() === '' ? undefined : Number(raw.replace(/[,$\s]/g, ''));
    if (parsed !== undefined && !(Number.isFinite(parsed) && parsed > 0)) return;
    if (parsed !== proposal[key]) store.getState().updateProposal((p) => assign(p, key, parsed));
  };
  const onEnter = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.currentTarget.blur();
  };

  const text = (key: TextKey, label: string, placeholder: string, type = 'text') => (
    <label className="compare-form__field">
      <span>{label}</span>
      <input key={proposal[key] ?? ''} type={type} defaultValue={proposal[key] ?? ''} placeholder={placeholder} data-testid={`proposal-${key}`} maxLength={200} onBlur={(e) => commitText(key, e.currentTarget.value)} onKeyDown={onEnter} />
    </label>
  );
  const number = (key: NumberKey, label: string, placeholder: string) => (
    <label className="compare-form__field compare-form__field--number">
      <span>{label}</span>
      <input key={String(proposal[key] ?? '')} inputMode="decimal" defaultValue={proposal[key] ?? ''} placeholder={placeholder} data-testid={`target-${key}`} onBlur={(e) => commitNumber(key, e.currentTarget.value)} onKeyDown={onEnter} />
    </label>
  );

  return (
    <div className="compare-form" data-testid="targets-form">
      <fieldset>
        <legend>Targets</legend>
        {number('deadlineHours', 'Deadline (hours)', 'none')}
        {number('budgetUsd', 'Budget (USD)', 'none')}
        <label className="compare-form__field">
          <span>Budget covers</span>
          <select value={proposal.budgetBasis ?? 'capex'} data-testid="target-budgetBasis" onChange={(e) => store.getState().updateProposal((p) => void (p.budgetBasis = e.currentTarget.value as Proposal['budgetBasis']))}>
            <option value="capex">Purchase (capex)</option>
            <option value="per-model">Each trained model</option>
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>Proposal cover</legend>
        {text('title', 'Title', 'Training platform proposal')}
        {text('customer', 'Customer', 'who it is for')}
        {text('author', 'Prepared by', 'you or your company')}
        {text('date', 'Date', 'today', 'date')}
      </fieldset>
    </div>
  );
}
