import { CAUSES, describeCheckpoints, type IdleCause } from '../../../core';
import { formatDuration, formatNumber, formatPercent, formatThroughput, formatUsd, formatUsdPerSample } from '../../lib/format';
import { llmRateDetail, throughputText, unitCostLabel, unitCostText } from '../../lib/llmUnits';
import { costRows, utilizationRows } from '../results/chartData';
import { UtilizationChart } from '../results/UtilizationChart';
import { checkTargets, describeTargets, type ScenarioResult, type Targets } from '../compare/scenarioResults';
import { ClusterTopologySvg, ServerTopologySvg } from './TopologySvg';
import { BomTable } from '../bom/BomTable';

const OUTCOME_TEXT = { met: 'met', missed: 'missed', unset: '' } as const;

/** Width of the report's charts, px (the printable width of A4 at 96 px per inch, less margins). */
export const REPORT_CHART_WIDTH = 660;

/**
 * One design of the proposal: headline figures, topology, BOM, bottleneck, TCO and cloud. The planner's checks
 * are for the preparer and stay in the editor.
 */
export function DesignSection({ result, recommended, targets, index }: { result: ScenarioResult; recommended: boolean; targets: Targets; index: number }) {
  const e = result.evaluation;
  const d = result.design;
  return (
    <section className="report-section report-design" data-testid="report-design" aria-labelledby={`design-${index}`}>
      <h2 id={`design-${index}`}>
        {index + 2}. {result.name}
        {recommended ? <span className="report-badge">Recommended</span> : null}
      </h2>
      {!e ? (
        <div className="report-problem">
          <p>The engine could not evaluate this design:</p>
          <ul>
            {result.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <h3>Predicted performance and cost</h3>
          <table className="report-table report-table--kv" data-testid="report-design-metrics">
            <tbody>
              <tr><th scope="row">Throughput</th><td data-testid="report-throughput">{throughputText(e, result.noun)}</td><td>{llmRateDetail(e, result.noun) ?? `first epoch ${formatThroughput(e.coldSamplesPerSec, result.noun.short)} (cold cache)`}</td></tr>
              <tr><th scope="row">Time to model</th><td data-testid="report-time-to-model">{formatDuration(e.time.totalSeconds)}</td><td>{formatNumber(e.time.epochs, 1)} epochs; {formatNumber(e.time.expectedFailures, 2)} failures expected</td></tr>
              <tr><th scope="row">… cold and warm</th><td data-testid="report-cold-warm">{formatDuration(e.time.firstEpochSeconds)} + {formatDuration(e.time.remainingEpochsSeconds)}</td><td>first epoch from storage (cold cache), then the remaining epochs warm; evaluation, checkpoints and failures add {formatDuration(e.time.evaluationSeconds + e.time.checkpointSeconds + e.time.failureSeconds)}</td></tr>
              <tr><th scope="row">… checkpoints and failures</th><td data-testid="report-checkpoints">{formatDuration(e.time.checkpointSeconds)} + {formatDuration(e.time.failureSeconds)}</td><td>{describeCheckpoints(e.time, formatDuration)}</td></tr>
              <tr><th scope="row">{unitCostLabel(e, result.noun)}</th><td data-testid="report-cost-per-sample">{unitCostText(e, result.noun)}</td><td>{e.llm ? formatUsdPerSample(e.cost.usdPerImage, result.noun.long) : `${formatUsd(e.cost.usdPerImage * 1e6)} per million`}</td></tr>
              <tr><th scope="row">Cost per trained model</th><td data-testid="report-cost-per-model">{formatUsd(e.cost.usdPerTrainedModel)} / model</td><td>{formatNumber(e.cost.kWhPerTrainedModel, 0)} kWh per model</td></tr>
              <tr><th scope="row">Purchase price</th><td>{formatUsd(e.cost.capexUsd)}</td><td>{e.cost.capexIncludesEstimates ? 'includes estimated prices' : 'catalog and quoted prices'}</td></tr>
              <tr><th scope="row">Power and space</th><td>{formatNumber(e.cost.powerKW, 1)} kW</td><td>{formatNumber(e.cost.rackUnits)} rack units; {e.gpus} GPUs in {e.nodes} server{e.nodes === 1 ? '' : 's'}</td></tr>
              {describeTargets(targets) ? (
                <tr>
                  <th scope="row">Targets</th>
                  <td>{checkTargets(e, targets).meetsAll ? 'all met' : 'not all met'}</td>
                  <td>
                    {[targets.deadlineHours !== undefined ? `deadline ${OUTCOME_TEXT[checkTargets(e, targets).deadline]}` : '', targets.budgetUsd !== undefined ? `budget ${OUTCOME_TEXT[checkTargets(e, targets).budget]}` : ''].filter(Boolean).join('; ')}
                  </td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </>
      )}

      <h3>Topology</h3>
      {d.serverTypes.length > 1 || d.sharedStorage || d.serverTypes.some((s) => s.count > 1) ? (
        <figure className="report-figure">
          <ClusterTopologySvg design={d} />
          <figcaption>Cluster: server types, fabric{d.sharedStorage ? ' and shared storage' : ''}.</figcaption>
        </figure>
      ) : null}
      <figure className="report-figure">
        <ServerTopologySvg design={d} />
        <figcaption>Inside each server: parts and their links (grey PCIe, green NVLink, purple socket link).</figcaption>
      </figure>

      {e ? (
        <>
          <h3>Bill of materials</h3>
          <BomTable cost={e.cost} testId="report-bom" audience="customer" />

          <h3>Bottleneck analysis</h3>
          <p className="report-keep">
            <strong>{CAUSES[e.bottleneck.cause].label}.</strong> {e.bottleneck.explanation}
            {e.bottleneck.fix ? ` Cheapest fix: ${e.bottleneck.fix}` : ''}
          </p>
          {e.firstEpochBottleneck && e.firstEpochBottleneck.cause !== e.bottleneck.cause ? (
            <p className="report-keep" data-testid="report-first-epoch-limiter">
              <strong>First epoch (cold cache): {CAUSES[e.firstEpochBottleneck.cause].label}.</strong> {e.firstEpochBottleneck.explanation}
            </p>
          ) : null}
          <figure className="report-figure report-figure--chart">
            <div className="report-chart-box" style={{ width: REPORT_CHART_WIDTH, height: Math.max(120, 26 * utilizationRows(e).rows.length + 40) }}>
              <UtilizationChart evaluation={e} />
            </div>
            <figcaption>Load over capacity of the busiest resources at the predicted throughput; the binding one in blue.</figcaption>
          </figure>
          <table className="report-table report-table--compact" data-testid="report-gpu-time">
            <thead>
              <tr><th scope="col">Share of each training step, per GPU</th><th scope="col" className="num">Share</th></tr>
            </thead>
            <tbody>
              <tr><td>Busy computing</td><td className="num">{formatPercent(e.gpuUtilization)}</td></tr>
              {(Object.entries(e.gpuIdle) as Array<[IdleCause, number]>)
                .filter(([, share]) => share >= 0.0005)
                .sort((a, b) => b[1] - a[1])
                .map(([cause, share]) => (
                  <tr key={cause}><td>Waiting on {CAUSES[cause].noun}</td><td className="num">{formatPercent(share)}</td></tr>
                ))}
            </tbody>
          </table>

          <h3>Total cost of ownership and cloud comparison</h3>
          <table className="report-table report-table--compact" data-testid="report-tco">
            <thead>
              <tr><th scope="col">Ownership per hour of work</th><th scope="col" className="num">USD per hour</th></tr>
            </thead>
            <tbody>
              {costRows(e.cost).map((row) => (
                <tr key={row.key}><td>{row.label}{row.estimate ? ' (estimate)' : ''}</td><td className="num">{formatUsd(row.usdPerHour)}</td></tr>
              ))}
            </tbody>
            <tfoot>
              <tr><th scope="row">Total, at {formatNumber(d.economics.utilizationPct)}% utilization over {formatNumber(d.economics.amortizationYears, 1)} years</th><td className="num">{formatUsd(e.cost.ownershipUsdPerHour)}</td></tr>
            </tfoot>
          </table>
          <p className="report-keep">
            {e.cost.cloud
              ? `The same job on ${e.cost.cloud.instances} × ${e.cost.cloud.instance} at ${formatUsd(e.cost.cloud.usdPerHour)} per hour on demand would cost ${formatUsd(e.cost.cloud.usdPerTrainedModel)} per trained model, against ${formatUsd(e.cost.usdPerTrainedModel)} owned. Owning pays off above ${formatNumber(e.cost.cloud.breakEvenUtilizationPct)}% utilization${e.cost.cloud.breakEvenMonths !== null ? `, after ${formatNumber(e.cost.cloud.breakEvenMonths, 1)} months` : ''}. Cloud speed is scaled from GPU compute (estimate).`
              : 'No cloud comparison: the catalog has no instance with this GPU and none is chosen in the economics settings.'}
          </p>
        </>
      ) : null}
    </section>
  );
}
