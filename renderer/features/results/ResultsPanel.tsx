import type { Bottleneck, Evaluation, IdleCause } from '../../../core';
import { PLACEHOLDER, formatCount, formatDuration, formatNumber, formatPercent, formatSmallCount, formatThroughput, formatUsd, formatUsdPerSample, splitUnit } from '../../lib/format';
import { useAppStore } from '../../store/AppStoreProvider';
import { Panel } from '../shell/Panel';

/** Readable names of the resources that can limit throughput. */
export const BOTTLENECK_LABELS: Record<Bottleneck['resource'], string> = {
  'gpu-compute': 'GPU compute',
  storage: 'Storage',
  cpu: 'CPU (data loading)',
  pcie: 'PCIe',
  'socket-link': 'CPU socket link',
  network: 'Network',
  'shared-storage': 'Shared storage',
  none: 'None',
};

const IDLE_LABELS: Record<IdleCause, string> = {
  storage: 'storage',
  cpu: 'CPU',
  pcie: 'PCIe',
  'socket-link': 'socket link',
  'network-sync': 'gradient sync',
  stragglers: 'stragglers',
  'pipeline-variance': 'pipeline variance',
  framework: 'framework overhead',
};

interface MetricProps {
  label: string;
  value: string;
  testId: string;
  detail?: string | undefined;
}

function Metric({ label, value, testId, detail }: MetricProps) {
  const { number, unit } = splitUnit(value);
  return (
    <div className="metric">
      <div className="metric__label">{label}</div>
      <div className="metric__value" data-testid={testId} title={value}>
        <span className="metric__number">{number}</span>
        {unit ? <span className="metric__unit">{` ${unit}`}</span> : null}
      </div>
      <div className="metric__detail">{detail ?? ' '}</div>
    </div>
  );
}

function idleSummary(evaluation: Evaluation): string {
  const waits = (Object.entries(evaluation.gpuIdle) as Array<[IdleCause, number]>)
    .filter(([, share]) => share >= 0.005)
    .sort((a, b) => b[1] - a[1])
    .map(([cause, share]) => `${IDLE_LABELS[cause] ?? cause} ${formatPercent(share)}`);
  return waits.length > 0 ? `GPUs busy ${formatPercent(evaluation.gpuUtilization)} of each step; waiting on ${waits.join(', ')}.` : `GPUs busy ${formatPercent(evaluation.gpuUtilization)} of each step.`;
}

function Problems() {
  const inputErrors = useAppStore((state) => state.inputErrors);
  const failure = useAppStore((state) => state.failure);
  if (!failure && inputErrors.length === 0) return null;
  return (
    <div className="results__problems" role="alert" data-testid="results-problems">
      {failure ? <p>The engine failed: {failure}</p> : <p>The design cannot be evaluated:</p>}
      {inputErrors.length > 0 ? (
        <ul>
          {inputErrors.map((error) => (
            <li key={`${error.path}:${error.message}`}>
              <code>{error.path}</code>: {error.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The results region: the engine's numbers for the open design, dimmed while they are out of date. */
export function ResultsPanel() {
  const evaluation = useAppStore((state) => state.evaluation);
  const status = useAppStore((state) => state.status);
  const outdated = evaluation !== null && status !== 'current';

  const subtitle = evaluation
    ? `${formatCount(evaluation.gpus, 'GPU')} on ${formatCount(evaluation.nodes, 'server')} · global batch ${formatNumber(evaluation.globalBatch)}`
    : status === 'error'
      ? 'No results'
      : 'Waiting for the engine…';

  return (
    <Panel title="Results" subtitle={subtitle} area="results" testId="results">
      <div className={`results${outdated ? ' results--outdated' : ''}`} aria-busy={status === 'computing' || status === 'stale'}>
        <div className="results__metrics">
          <Metric
            label="Throughput"
            testId="metric-throughput"
            value={evaluation ? formatThroughput(evaluation.samplesPerSec) : PLACEHOLDER}
            detail={evaluation ? `First epoch ${formatThroughput(evaluation.coldSamplesPerSec)} (cold cache)` : undefined}
          />
          <Metric
            label="Time to model"
            testId="metric-time-to-model"
            value={evaluation ? formatDuration(evaluation.time.totalSeconds) : PLACEHOLDER}
            detail={evaluation ? `${formatNumber(evaluation.time.epochs, 1)} epochs · first ${formatDuration(evaluation.time.firstEpochSeconds)} · ${formatSmallCount(evaluation.time.expectedFailures)} failures expected` : undefined}
          />
          <Metric
            label="Cost per image"
            testId="metric-cost-per-image"
            value={evaluation ? formatUsdPerSample(evaluation.cost.usdPerImage) : PLACEHOLDER}
            detail={evaluation ? `${formatUsd(evaluation.cost.usdPerImage * 1_000_000)} per million images · ${formatUsd(evaluation.cost.usdPerTrainedModel)} per trained model` : undefined}
          />
          <Metric
            label="Bottleneck"
            testId="metric-bottleneck"
            value={evaluation ? BOTTLENECK_LABELS[evaluation.bottleneck.resource] : PLACEHOLDER}
            detail={evaluation ? idleSummary(evaluation) : undefined}
          />
        </div>
        {evaluation ? (
          <p className="results__explanation" data-testid="bottleneck-explanation">
            {evaluation.bottleneck.explanation}
            {evaluation.bottleneck.fix ? <span className="results__fix"> Fix: {evaluation.bottleneck.fix}</span> : null}
          </p>
        ) : null}
        <Problems />
      </div>
    </Panel>
  );
}
