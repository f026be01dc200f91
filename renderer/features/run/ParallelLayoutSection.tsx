import type { Draft } from 'immer';
import { ParallelLayoutSchema, type LlmSummary, type ParallelLayoutPin, type Recompute } from '../../../core';
import { formatNumber } from '../../lib/format';
import { useAppStore } from '../../store/AppStoreProvider';
import { NumberField } from './NumberField';
import { SelectField, type SelectChoice } from './SelectField';
import { setOptional } from './setOptional';
import { workloadOf } from './workloadChoice';
import { memoryBar, pinnedFieldCount } from './parallelLayoutView';

const field = ParallelLayoutSchema.shape;
const SEARCH = 'search';

type Degree = 'tensor' | 'context' | 'pipeline' | 'data' | 'expert' | 'microBatch' | 'interleave';

/** The numeric pin fields: layout key, label, unit, test id and a one-line meaning. */
const DEGREES: ReadonlyArray<{ key: Degree; label: string; unit: string; testId: string; hint: string; moeOnly?: boolean }> = [
  { key: 'tensor', label: 'Tensor parallel (TP)', unit: 'GPUs', testId: 'tensor', hint: 'Each layer split over this many GPUs of one NVLink domain.' },
  { key: 'context', label: 'Context parallel (CP)', unit: 'GPUs', testId: 'context', hint: 'Each sequence split over this many GPUs (ring attention); the search adds it only when nothing fits without it.' },
  { key: 'pipeline', label: 'Pipeline parallel (PP)', unit: 'stages', testId: 'pipeline', hint: 'Layers split into this many stages, across nodes.' },
  { key: 'data', label: 'Data parallel (DP)', unit: 'replicas', testId: 'data', hint: 'Copies of the model, each on its share of the batch.' },
  { key: 'expert', label: 'Expert parallel (EP)', unit: 'GPUs', testId: 'expert', hint: "Each MoE layer's experts spread over this many data-parallel GPUs.", moeOnly: true },
  { key: 'microBatch', label: 'Micro-batch', unit: 'sequences', testId: 'micro-batch', hint: 'Sequences per forward/backward pass; the rest of the batch is gradient accumulation.' },
  { key: 'interleave', label: 'Virtual stages', unit: 'per GPU', testId: 'interleave', hint: 'Interleaved 1F1B: more virtual stages shrink the pipeline bubble.' },
];

const RECOMPUTE: Array<SelectChoice<Recompute | typeof SEARCH>> = [
  { value: SEARCH, label: 'Search decides' },
  { value: 'none', label: 'None (keep every activation)' },
  { value: 'selective', label: 'Selective (attention core)' },
  { value: 'full', label: 'Full (each layer input only)' },
];

const ZERO: Array<SelectChoice<'search' | '0' | '1' | '2' | '3'>> = [
  { value: SEARCH, label: 'Search decides' },
  { value: '0', label: 'None (plain data parallel)' },
  { value: '1', label: 'ZeRO-1 (optimizer states sharded)' },
  { value: '2', label: 'ZeRO-2 (+ gradients)' },
  { value: '3', label: 'ZeRO-3 / FSDP (+ weights)' },
];

const SEQUENCE: Array<SelectChoice<'search' | 'on' | 'off'>> = [
  { value: SEARCH, label: 'Search decides (on with TP)' },
  { value: 'on', label: 'On' },
  { value: 'off', label: 'Off' },
];

/** Degrees of the chosen layout as "TP 4 · PP 8 · DP 32" chips. */
function LayoutChips({ llm }: { llm: LlmSummary }) {
  const l = llm.layout;
  const chips: Array<[string, number]> = [['TP', l.tensor], ['CP', l.context], ['PP', l.pipeline], ['DP', l.data], ['EP', l.expert]];
  return (
    <p className="run-layout__chips" data-testid="run-layout-chips">
      {chips.filter(([name, n]) => n > 1 || name === 'TP' || name === 'PP' || name === 'DP').map(([name, n]) => (
        <span key={name} className="run-layout__chip">
          {name} <strong>{n}</strong>
        </span>
      ))}
    </p>
  );
}

/** Memory of the most loaded GPU against its capacity: a stacked bar by kind and the figures. */
function MemoryBar({ llm }: { llm: LlmSummary }) {
  const bar = memoryBar(llm);
  return (
    <div className="run-layout__memory" data-testid="run-layout-memory">
      <p className="run-layout__memory-title">
        Memory per GPU: <strong>{formatNumber(bar.totalGB, 1)} GB</strong> of {formatNumber(bar.capacityGB)} GB ({formatNumber(bar.usableGB, 1)} GB usable)
      </p>
      <div className="run-layout__bar" role="img" aria-label={bar.parts.map((p) => `${p.label} ${formatNumber(p.gb, 1)} GB`).join(', ')}>
        {bar.parts.map((p) => (
          <span key={p.kind} className={`run-layout__segment run-layout__segment--${p.kind}`} style={{ width: `${p.percentOfCapacity}%` }} />
        ))}
        <span className="run-layout__usable" style={{ left: `${bar.usablePercent}%` }} aria-hidden="true" />
      </div>
      <ul className="run-layout__legend">
        {bar.parts.map((p) => (
          <li key={p.kind}>
            <span className={`run-layout__swatch run-layout__segment--${p.kind}`} aria-hidden="true" />
            {p.label} {formatNumber(p.gb, 1)} GB
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The parallel layout of a transformer workload: the layout the engine chose (or the pinned one), the memory
 * of the most loaded GPU against its capacity, and a pin field for each choice (empty: the search decides).
 */
export function ParallelLayoutSection() {
  const design = useAppStore((state) => state.project.design);
  const evaluation = useAppStore((state) => state.evaluation);
  const status = useAppStore((state) => state.status);
  const inputErrors = useAppStore((state) => state.inputErrors);
  const updateDesign = useAppStore((state) => state.updateDesign);
  const workload = workloadOf(design.workload);
  if (!workload?.transformer) return null;
  const pin: ParallelLayoutPin = design.run.parallelism ?? {};
  const llm = status === 'current' || status === 'computing' || status === 'stale' ? evaluation?.llm : undefined;
  const layoutErrors = status === 'error' ? inputErrors.filter((e) => e.path === 'run.parallelism' || /layout|GPU memory/.test(e.message)) : [];
  const moe = workload.transformer.experts > 1;

  const setPin = (recipe: (p: Draft<ParallelLayoutPin>) => void) =>
    updateDesign((d) => {
      const next = d.run.parallelism ?? {};
      recipe(next);
      if (Object.keys(next).length > 0) d.run.parallelism = next;
      else delete d.run.parallelism;
    });

  const pinned = pinnedFieldCount(pin);

  return (
    <fieldset className="run-form__section" data-testid="run-parallel-layout">
      <legend className="run-form__legend">Parallel layout</legend>
      {llm ? (
        <div className="run-layout" data-testid="run-layout-chosen">
          <p className="run-layout__text" data-testid="run-layout-text">
            {llm.searched ? 'Fastest layout that fits' : 'Pinned layout'}: {llm.layoutText}
          </p>
          <LayoutChips llm={llm} />
          <MemoryBar llm={llm} />
        </div>
      ) : layoutErrors.length > 0 ? (
        <p className="run-field__error" role="alert" data-testid="run-layout-error">
          {layoutErrors[0]!.message}
        </p>
      ) : (
        <p className="run-field__hint">The layout appears once the design is evaluated.</p>
      )}
      <details className="run-layout__pins" open={pinned > 0}>
        <summary data-testid="run-layout-pin-toggle">Pin the layout{pinned > 0 ? ` (${pinned} pinned)` : ''}</summary>
        {DEGREES.filter((d) => !d.moeOnly || moe).map(({ key, label, unit, testId, hint }) => (
          <NumberField
            key={key}
            label={label}
            unit={unit}
            testId={`run-layout-${testId}`}
            schema={field[key]}
            value={pin[key]}
            emptyMeans={llm ? `search: ${llm.layout[key]}` : 'search'}
            hint={hint}
            onCommit={(v) => setPin((p) => setOptional(p, key, v))}
          />
        ))}
        <SelectField
          label="Activation recompute"
          testId="run-layout-recompute"
          value={pin.recompute ?? SEARCH}
          choices={RECOMPUTE}
          hint="Full recompute keeps the least memory and costs about a third more compute."
          onChange={(v) => setPin((p) => setOptional(p, 'recompute', v === SEARCH ? undefined : v))}
        />
        <SelectField
          label="ZeRO stage"
          testId="run-layout-zero"
          value={pin.zeroStage === undefined ? SEARCH : (String(pin.zeroStage) as '0' | '1' | '2' | '3')}
          choices={ZERO}
          onChange={(v) => setPin((p) => setOptional(p, 'zeroStage', v === SEARCH ? undefined : Number(v)))}
        />
        <SelectField
          label="Sequence parallelism"
          testId="run-layout-sequence-parallel"
          value={pin.sequenceParallel === undefined ? SEARCH : pin.sequenceParallel ? 'on' : 'off'}
          choices={SEQUENCE}
          onChange={(v) => setPin((p) => setOptional(p, 'sequenceParallel', v === SEARCH ? undefined : v === 'on'))}
        />
        {pinned > 0 ? (
          <button type="button" className="run-layout__unpin" data-testid="run-layout-unpin" onClick={() => setPin((p) => void Object.keys(p).forEach((k) => delete p[k as keyof ParallelLayoutPin]))}>
            Unpin all: let the search decide
          </button>
        ) : null}
      </details>
    </fieldset>
  );
}
