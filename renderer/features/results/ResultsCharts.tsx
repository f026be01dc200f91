import { memo, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Evaluation } from '../../../core';
import { useAppStore } from '../../store/AppStoreProvider';
import type { ResultsStatus } from '../../store/resultsSlice';
import { CostChart } from './CostChart';
import { GpuIdleChart } from './GpuIdleChart';
import { ScalingView } from './ScalingView';
import { UtilizationChart } from './UtilizationChart';
import { useNodeSweep } from './useNodeSweep';

/** The chart views of the results, in tab order. */
export const RESULT_TABS = [
  { id: 'utilization', label: 'Utilization' },
  { id: 'gpu-idle', label: 'GPU idle' },
  { id: 'scaling', label: 'Scaling' },
  { id: 'cost', label: 'Cost' },
] as const;

/** Id of one chart view. */
export type ResultTabId = (typeof RESULT_TABS)[number]['id'];

interface ResultsChartsProps {
  evaluation: Evaluation | null;
  status: ResultsStatus;
  /** Tab shown first. */
  initialTab?: ResultTabId;
}

function EvaluationEmpty({ status }: { status: ResultsStatus }) {
  return (
    <p className="results-empty">
      {status === 'error' ? 'Fix the problems listed with the results to see this chart.' : 'The chart appears when the engine has evaluated the design.'}
    </p>
  );
}

/**
 * The results charts behind a keyboard-accessible tab list (arrow keys, Home and End move between tabs).
 * The scaling sweep runs in the engine worker only while its tab is shown.
 */
// Memoised: the results status flips twice per edit (stale, computing) while the evaluation stays the same,
// and redrawing the charts on each flip costs more than the evaluation itself.
export const ResultsCharts = memo(function ResultsCharts({ evaluation, status, initialTab = 'utilization' }: ResultsChartsProps) {
  const [tab, setTab] = useState<ResultTabId>(initialTab);
  const [sweepTypeId, setSweepTypeId] = useState<string | null>(null);
  const sweep = useNodeSweep(tab === 'scaling', sweepTypeId);
  const utilizationPct = useAppStore((state) => state.project.design.economics.utilizationPct);
  const baseId = useId();
  const tabRefs = useRef(new Map<ResultTabId, HTMLButtonElement>());

  const select = (next: ResultTabId, focus: boolean): void => {
    setTab(next);
    if (focus) tabRefs.current.get(next)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const index = RESULT_TABS.findIndex((t) => t.id === tab);
    const last = RESULT_TABS.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(RESULT_TABS[target]!.id, true);
  };

  let panel;
  if (tab === 'scaling') panel = <ScalingView view={sweep} onChooseType={setSweepTypeId} />;
  else if (!evaluation) panel = <EvaluationEmpty status={status} />;
  else if (tab === 'utilization') panel = <UtilizationChart evaluation={evaluation} />;
  else if (tab === 'gpu-idle') panel = <GpuIdleChart evaluation={evaluation} />;
  else panel = <CostChart cost={evaluation.cost} utilizationPct={utilizationPct} />;

  return (
    <div className="results-charts" data-testid="results-charts">
      <div role="tablist" aria-label="Result charts" className="results-tabs" onKeyDown={onKeyDown}>
        {RESULT_TABS.map((t) => (
          <button
            key={t.id}
            ref={(node) => {
              if (node) tabRefs.current.set(t.id, node);
              else tabRefs.current.delete(t.id);
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`${baseId}-panel`}
            tabIndex={tab === t.id ? 0 : -1}
            className="results-tabs__tab"
            data-testid={`results-tab-${t.id}`}
            onClick={() => select(t.id, false)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${baseId}-panel`} aria-labelledby={`${baseId}-tab-${tab}`} tabIndex={0} className={`results-charts__panel results-charts__panel--${tab}`} data-testid={`results-panel-${tab}`}>
        {panel}
      </div>
    </div>
  );
});
