import { CAUSES, describeCheckpoints, type Evaluation, type IdleCause } from '../../../core';
import { PLACEHOLDER, formatCount, formatDuration, formatNumber, formatPercent, formatSmallCount, formatThroughput, formatUsd, formatUsdPerSample, splitUnit } from '../../lib/format';
import { sampleNoun } from '../../lib/sampleNoun';
import { modelCostRange, rangeBasis, throughputRange, timeToModelRange, unitCostRange } from '../../lib/ranges';
import { formatTokens, llmRateDetail, throughputText, unitCostLabel, unitCostText } from '../../lib/llmUnits';
import { useAppStore } from '../../store/AppStoreProvider';
import { Panel } from '../shell/Panel';
import { ResultsCharts } from './ResultsCharts';
import './results.css';

interface MetricProps {
  label: string;
  value: string;
  testId: string;
  detail?: string | undefined;
  /** The 80% range of the value ("84,310–107,490 img/s") and what it rests on, when the engine gives one. */
  range?: string | undefined;
  rangeBasis?: string | undefined;
  /** Mark the value as resting on estimated prices. */
  estimate?: boolean;
  className?: string;
}

/** A range without the unit the value above it already shows ("20,589–27,189 img/s" under "img/s" -> "20,589–27,189"). */
function withoutUnit(range: string, unit: string): string {
  return unit && range.endsWith(` ${unit}`) ? range.slice(0, -unit.length - 1) : range;
}

function Metric({ label, value, testId, detail, range, rangeBasis, estimate = false, className }: MetricProps) {
  const { number, unit } = splitUnit(value);
  return (
    <div className={className ? `metric ${className}` : 'metric'}>
      <div className="metric__label">
        <span className="metric__label-text">{label}</span>
        {estimate ? (
          <span className="results-estimate" title="Estimate: some prices behind this figure are catalog estimates, not quotes.">
            est.
          </span>
        ) : null}
      </div>
      <div className="metric__value" data-testid={testId} title={value}>
        <span className="metric__number">{number}</span>
        {unit ? <span className="metric__unit">{` ${unit}`}</span> : null}
      </div>
      {range ? (
        <div className="metric__range" data-testid={`${testId}-range`} title={`80% range ${range}. ${rangeBasis ?? ''}`.trim()}>
          80%: {withoutUnit(range, unit)}
        </div>
      ) : null}
      <div className="metric__detail" title={detail}>
        {detail ?? ' '}
      </div>
    </div>
  );
}

function idleSummary(evaluation: Evaluation): string {
  const waits = (Object.entries(evaluation.gpuIdle) as Array<[IdleCause, number]>)
    .filter(([, share]) => share >= 0.005)
    .sort((a, b) => b[1] - a[1])
    .map(([cause, share]) => `${CAUSES[cause].noun} ${formatPercent(share)}`);
  return waits.length > 0 ? `GPUs busy ${formatPercent(evaluation.gpuUtilization)} of each step; waiting on ${waits.join(', ')}.` : `GPUs busy ${formatPercent(evaluation.gpuUtilization)} of each step.`;
}

/** Under the time to model: epochs (or trained tokens for an LLM), the first epoch and expected failures. */
function timeDetail(evaluation: Evaluation): string {
  const failures = `${formatSmallCount(evaluation.time.expectedFailures)} failures expected`;
  if (evaluation.llm && evaluation.samplesPerSec > 0) {
    const tokens = evaluation.time.samplesToTarget * (evaluation.llm.tokensPerSec / evaluation.samplesPerSec);
    return `${formatTokens(tokens)} trained · ${failures}`;
  }
  return `${formatNumber(evaluation.time.epochs, 1)} epochs · first ${formatDuration(evaluation.time.firstEpochSeconds)} · ${failures}`;
}

function modelCostDetail(evaluation: Evaluation): string {
  const energy = `${formatNumber(evaluation.cost.kWhPerTrainedModel, evaluation.cost.kWhPerTrainedModel < 10 ? 1 : 0)} kWh per model`;
  const cloud = evaluation.cost.cloud;
  return cloud ? `${energy} · cloud ${formatUsd(cloud.usdPerTrainedModel)} (${cloud.instance})` : energy;
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
              {error.message} <code className="results__path">{error.path}</code>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * The results region (full width under the canvas, about 300 px tall): the headline metrics, the
 * bottleneck sentence with its fix, and the charts in tabs; everything is dimmed while out of date.
 */
export function ResultsPanel() {
  const evaluation = useAppStore((state) => state.evaluation);
  const status = useAppStore((state) => state.status);
  const outdated = evaluation !== null && status !== 'current';
  const noun = sampleNoun(useAppStore((state) => state.project.design.workload));

  const subtitle = evaluation
    ? `${formatCount(evaluation.gpus, 'GPU')} on ${formatCount(evaluation.nodes, 'server')} · global batch ${formatNumber(evaluation.globalBatch)}`
    : status === 'error'
      ? 'No results'
      : 'Waiting for the engine…';
  const estimate = evaluation?.cost.capexIncludesEstimates ?? false;
  const basis = evaluation ? rangeBasis(evaluation) : undefined;

  return (
    <Panel title="Results" subtitle={subtitle} area="results" testId="results" collapsible resizable={{ region: 'results', edge: 'top' }}>
      <div className={`results results-view${outdated ? ' results--outdated' : ''}`} aria-busy={status === 'computing' || status === 'stale'} data-testid="results-view" data-resize-region="results">
        <div className="results-view__summary">
          <div className="results__metrics">
            <Metric
              label="Throughput"
              testId="metric-throughput"
              className="metric--throughput"
              value={evaluation ? throughputText(evaluation, noun) : PLACEHOLDER}
              range={evaluation ? throughputRange(evaluation, noun) : undefined}
              rangeBasis={basis}
              detail={evaluation ? (llmRateDetail(evaluation, noun) ?? `First epoch ${formatThroughput(evaluation.coldSamplesPerSec, noun.short)} (cold cache)`) : undefined}
            />
            <Metric
              label="Time to model"
              testId="metric-time-to-model"
              value={evaluation ? formatDuration(evaluation.time.totalSeconds) : PLACEHOLDER}
              range={evaluation ? timeToModelRange(evaluation) : undefined}
              rangeBasis={basis}
              detail={evaluation ? timeDetail(evaluation) : undefined}
            />
            <Metric
              label="Bottleneck"
              testId="metric-bottleneck"
              className="metric--bottleneck"
              value={evaluation ? CAUSES[evaluation.bottleneck.cause].label : PLACEHOLDER}
              detail={evaluation ? idleSummary(evaluation) : undefined}
            />
            <Metric
              label={unitCostLabel(evaluation, noun, true)}
              testId="metric-cost-per-image"
              estimate={estimate}
              value={evaluation ? unitCostText(evaluation, noun) : PLACEHOLDER}
              range={evaluation ? unitCostRange(evaluation, noun) : undefined}
              rangeBasis={basis}
              detail={
                evaluation
                  ? evaluation.llm
                    ? `${formatUsdPerSample(evaluation.cost.usdPerImage, noun.long)} · ${formatUsd(evaluation.cost.usdPerTrainedModel)} per trained model`
                    : `${formatUsd(evaluation.cost.usdPerImage * 1_000_000)} per million ${noun.long}s · ${formatUsd(evaluation.cost.usdPerTrainedModel)} per trained model`
                  : undefined
              }
            />
            <Metric
              label="Cost per trained model"
              testId="metric-cost-per-model"
              estimate={estimate}
              value={evaluation ? `${formatUsd(evaluation.cost.usdPerTrainedModel)} / model` : PLACEHOLDER}
              range={evaluation ? modelCostRange(evaluation) : undefined}
              rangeBasis={basis}
              detail={evaluation ? modelCostDetail(evaluation) : undefined}
            />
          </div>
          {evaluation ? (
            <p className="results__explanation" data-testid="bottleneck-explanation">
              {evaluation.bottleneck.explanation}
              {evaluation.bottleneck.fix ? <span className="results__fix"> Fix: {evaluation.bottleneck.fix}</span> : null}
              {evaluation.firstEpochBottleneck && evaluation.firstEpochBottleneck.cause !== evaluation.bottleneck.cause ? (
                <span className="results__first-epoch" data-testid="first-epoch-limiter">
                  {' '}First epoch (cold cache): limited by {CAUSES[evaluation.firstEpochBottleneck.cause].limitedBy}, {formatThroughput(evaluation.coldSamplesPerSec, noun.short)}. {evaluation.firstEpochBottleneck.explanation}
                </span>
              ) : null}
            </p>
          ) : null}
          {evaluation ? (
            <p className="results__time-breakdown" data-testid="time-breakdown">
              Time to model: first epoch {formatDuration(evaluation.time.firstEpochSeconds)} + remaining epochs {formatDuration(evaluation.time.remainingEpochsSeconds)} + evaluation {formatDuration(evaluation.time.evaluationSeconds)} + checkpoints {formatDuration(evaluation.time.checkpointSeconds)} + failures {formatDuration(evaluation.time.failureSeconds)}. {describeCheckpoints(evaluation.time, formatDuration)}
            </p>
          ) : status === 'idle' || status === 'stale' || status === 'computing' ? (
            <p className="results-empty">The engine is evaluating the design; the numbers appear here in a moment.</p>
          ) : null}
          <Problems />
        </div>
        {/* The charts need the status only to explain an empty chart; keeping it constant otherwise spares redraws. */}
        <ResultsCharts evaluation={evaluation} status={evaluation ? 'current' : status} />
      </div>
    </Panel>
  );
}
