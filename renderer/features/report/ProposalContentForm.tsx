import { useMemo, useState, type ChangeEvent } from 'react';
import { listScenarios } from '../../../core/project/scenarios';
import { useAppStore, useAppStoreApi } from '../../store/AppStoreProvider';

/** Largest logo accepted, bytes (the project file carries it). */
export const MAX_LOGO_BYTES = 256 * 1024;
const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'];

/**
 * What goes into the PDF proposal beyond its cover text: which scenarios, the executive summary in the
 * preparer's own words (empty: the planner writes it from the results), and a logo for the cover.
 */
export function ProposalContentForm() {
  const store = useAppStoreApi();
  const project = useAppStore((s) => s.project);
  const scenarios = useMemo(() => listScenarios(project), [project]);
  const proposal = project.proposal ?? {};
  const chosen = proposal.scenarioIds;
  const included = (id: string) => !chosen?.length || chosen.includes(id);
  const [logoError, setLogoError] = useState<string | null>(null);

  const toggle = (id: string, on: boolean): void => {
    const next = scenarios.map((s) => s.id).filter((sid) => (sid === id ? on : included(sid)));
    if (next.length === 0) return;
    store.getState().updateProposal((p) => {
      if (next.length === scenarios.length) delete p.scenarioIds;
      else p.scenarioIds = next;
    });
  };

  const commitSummary = (raw: string): void => {
    const value = raw.trim() ? raw.trim().slice(0, 4000) : undefined;
    if (value === proposal.summary) return;
    store.getState().updateProposal((p) => {
      if (value === undefined) delete p.summary;
      else p.summary = value;
    });
  };

  const pickLogo = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (!file) return;
    if (!LOGO_TYPES.includes(file.type)) return setLogoError(`${file.name} is not a PNG, JPEG or SVG image.`);
    if (file.size > MAX_LOGO_BYTES) return setLogoError(`${file.name} is ${Math.ceil(file.size / 1024)} kB; a logo may be at most ${MAX_LOGO_BYTES / 1024} kB.`);
    const reader = new FileReader();
    reader.onload = () => {
      setLogoError(null);
      const url = String(reader.result);
      store.getState().updateProposal((p) => void (p.logoDataUrl = url));
    };
    reader.onerror = () => setLogoError(`${file.name} could not be read.`);
    reader.readAsDataURL(file);
  };

  return (
    <div className="compare-form" data-testid="proposal-content-form">
      <fieldset>
        <legend>Scenarios in the proposal</legend>
        {scenarios.map((s) => (
          <label key={s.id} className="compare-form__check">
            <input type="checkbox" checked={included(s.id)} disabled={included(s.id) && scenarios.filter((x) => included(x.id)).length === 1} onChange={(e) => toggle(s.id, e.currentTarget.checked)} data-testid="proposal-scenario" data-scenario={s.name} />
            <span>{s.name}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="compare-form__wide">
        <legend>Executive summary</legend>
        <textarea
          key={proposal.summary ?? ''}
          defaultValue={proposal.summary ?? ''}
          placeholder="Empty: the proposal writes the summary from the results. Separate paragraphs with a blank line."
          rows={4}
          maxLength={4000}
          data-testid="proposal-summary"
          onBlur={(e) => commitSummary(e.currentTarget.value)}
        />
      </fieldset>
      <fieldset>
        <legend>Logo on the cover</legend>
        {proposal.logoDataUrl ? <img className="compare-form__logo" src={proposal.logoDataUrl} alt="Cover logo" /> : null}
        <label className="button button--small">
          {proposal.logoDataUrl ? 'Replace logo…' : 'Choose logo…'}
          <input type="file" accept={LOGO_TYPES.join(',')} hidden onChange={pickLogo} data-testid="proposal-logo" />
        </label>
        {proposal.logoDataUrl ? (
          <button type="button" className="link-button" onClick={() => store.getState().updateProposal((p) => void delete p.logoDataUrl)}>
            Remove
          </button>
        ) : null}
        {logoError ? <p role="alert" className="compare-form__error">{logoError}</p> : null}
      </fieldset>
    </div>
  );
}
