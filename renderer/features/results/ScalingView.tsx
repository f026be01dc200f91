import { useId } from 'react';
import { formatCount, formatNumber } from '../../lib/format';
import { useAppStore } from '../../store/AppStoreProvider';
import { sampleNoun } from '../../lib/sampleNoun';
import { tokensPerSample } from '../../lib/llmUnits';
import { ScalingChart, type RateUnit } from './ScalingChart';
import { sweepableTypes } from './sweepCounts';
import type { NodeSweepView } from './useNodeSweep';

interface ScalingViewProps {
  view: NodeSweepView;
  /** Choose the server type to sweep (shown when the design has more than one with GPUs). */
  onChooseType: (serverTypeId: string) => void;
}

const STATUS_TEXT: Record<NodeSweepView['status'], string> = {
  unavailable: 'Not connected',
  'no-gpus': 'Nothing to sweep',
  idle: 'Not computed',
  computing: 'Computing…',
  current: 'Current',
  error: 'Cannot sweep',
};

/** The Scaling tab: how throughput, efficiency and time-to-model change with the number of servers. */
export function ScalingView({ view, onChooseType }: ScalingViewProps) {
  const design = useAppStore((state) => state.project.design);
  const types = sweepableTypes(design);
  const selectId = useId();
  const { status, sweep, type } = view;
  const tokens = tokensPerSample(design.workload);
  const rate: RateUnit = tokens ? { unit: 'tok', perSample: tokens } : { unit: sampleNoun(design.workload).short, perSample: 1 };

  let body;
  if (status === 'unavailable') {
    body = <p className="results-empty">The scaling sweep needs the engine worker, which is not connected in this window.</p>;
  } else if (status === 'no-gpus') {
    body = <p className="results-empty">Add a GPU to a server to see how the design scales with more servers.</p>;
  } else if (status === 'error') {
    body = (
      <div className="results-empty results-empty--error" role="alert" data-testid="scaling-errors">
        <p>The sweep cannot run on this design. Fix the problems listed with the results:</p>
        <ul>
          {view.errors.slice(0, 3).map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      </div>
    );
  } else if (sweep) {
    body = (
      <div className={status === 'current' ? 'results-scaling-frame' : 'results-scaling-frame results-scaling-frame--stale'} data-stale={status !== 'current' || undefined}>
        <ScalingChart sweep={sweep} rate={rate} />
      </div>
    );
  } else {
    body = <p className="results-empty">Computing throughput and time-to-model for 1 to 128 servers…</p>;
  }

  return (
    <div className="results-scaling-view" aria-busy={status === 'computing'}>
      <div className="results-scaling-view__bar">
        {types.length > 1 ? (
          <label htmlFor={selectId} className="results-scaling-view__type">
            Vary{' '}
            <select id={selectId} value={type?.id ?? ''} onChange={(event) => onChooseType(event.target.value)}>
              {types.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
        ) : type ? (
          <span className="results-scaling-view__type" title={`Varying the count of “${type.name}”; the design has ${formatCount(type.count, 'server')}`}>
            Servers of “{type.name}”
          </span>
        ) : null}
        {sweep && status === 'current' ? (
          <span
            className="results-scaling-view__rule"
            title={sweep.batchRule === 'fixed' ? 'The design sets the global batch, so each GPU gets a smaller share as servers are added.' : 'The design leaves the global batch to the workload: it grows with the GPUs.'}
          >
            {sweep.batchRule === 'fixed' ? `global batch fixed at ${formatNumber(design.run.globalBatch ?? 0)}` : 'batch per GPU fixed'}
          </span>
        ) : null}
        <span className={`results-sweep-status results-sweep-status--${status}`} data-testid="scaling-status" data-status={status} role="status">
          {STATUS_TEXT[status]}
        </span>
      </div>
      {body}
    </div>
  );
}
