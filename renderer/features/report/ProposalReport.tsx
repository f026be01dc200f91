import { findShippedTemplate, type Design, type ProjectFile } from '../../../core';
import { formatNumber, formatPercent, formatDuration, formatUsd } from '../../lib/format';
import { bomRows, bottleneckLabels, metricRows } from '../compare/compareRows';
import { throughputText, unitCostLabel, unitCostText } from '../../lib/llmUnits';
import { modelCostRange, throughputRange, timeToModelRange, unitCostRange } from '../../lib/ranges';
import { CostPerModelChart, TimeToModelChart } from '../compare/ScenarioCharts';
import { checkTargets, describeTargets, targetsOf, type ScenarioResult } from '../compare/scenarioResults';
import { DesignSection, REPORT_CHART_WIDTH } from './DesignSection';
import type { ModelAccuracy } from './modelAccuracy';
import { designSources } from './sources';
import { customerSafe } from './customerText';
import { citeAll, formatPublication } from './publications';
import { recommend, summarySentences } from './summary';
import { CLUSTER_REPORT_ANCHOR, ClusterReportSection, type ReportCluster } from '../cluster/ClusterReportSection';
import './report.css';

/** Title on the cover when the proposal names none. */
export const DEFAULT_REPORT_TITLE = 'Training platform proposal';

/** What the proposal is made from. */
export interface ProposalReportProps {
  project: ProjectFile;
  results: readonly ScenarioResult[];
  accuracy: ModelAccuracy | null;
  /** Date on the cover when the proposal sets none (the day the report is made). */
  today: Date;
  /** The cluster-sharing what-if, when the project includes it in the proposal. */
  cluster?: ReportCluster | null;
}

/** `2025-01-15` (or a Date) as `January 15, 2025`. */
export function coverDate(iso: string | undefined, today: Date): string {
  const date = iso ? new Date(`${iso}T12:00:00`) : today;
  return date.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
}

/** The 80% range under a headline figure, when the engine gives one. */
function HeadlineRange({ range }: { range: string | undefined }) {
  return range ? <span className="report-range">80% range {range}</span> : null;
}

function pct(value: number | null): string {
  return value === null ? '—' : `${value.toFixed(1)}%`;
}

/**
 * The printable proposal: cover, executive summary with the recommendation, comparison table and charts,
 * one section per design, and the appendix (assumptions, sources, the model's measured accuracy).
 * Plain HTML tables and SVG charts, so the PDF keeps its text selectable and its charts vector.
 */
export function ProposalReport({ project, results, accuracy, today, cluster = null }: ProposalReportProps) {
  const proposal = project.proposal ?? {};
  const targets = targetsOf(proposal);
  const recommendation = recommend(results, targets);
  const sentences = summarySentences(results, targets, accuracy);
  const best = recommendation?.result;
  const rows = metricRows(results);
  const bottlenecks = bottleneckLabels(results);
  const bom = bomRows(results);
  const assumptions = customerList(results.flatMap((r) => r.evaluation?.assumptions ?? []));
  const templateAssumptions = customerList(templateAssumptionsOf(results.map((r) => r.design)));
  const sources = designSources(results.map((r) => r.design));
  const citations = citeAll(sources.map((src) => src.sources));
  const compareWidth = REPORT_CHART_WIDTH;
  const several = results.length > 1;

  return (
    <article className="report" data-testid="report">
      <section className="report-cover" data-testid="report-cover">
        {proposal.logoDataUrl ? <img className="report-cover__logo" src={proposal.logoDataUrl} alt="" data-testid="report-logo" /> : null}
        <p className="report-cover__kicker">Proposal</p>
        <h1 data-testid="report-title">{proposal.title?.trim() || DEFAULT_REPORT_TITLE}</h1>
        <p className="report-cover__subtitle">
          {several ? `${results.length} designs compared` : results[0]?.name}
          {best ? ` · recommended: ${best.name}` : ''}
        </p>
        <dl className="report-cover__meta">
          <dt>Prepared for</dt>
          <dd data-testid="report-customer">{proposal.customer?.trim() || '—'}</dd>
          <dt>Prepared by</dt>
          <dd data-testid="report-author">{proposal.author?.trim() || '—'}</dd>
          <dt>Date</dt>
          <dd data-testid="report-date">{coverDate(proposal.date, today)}</dd>
          {describeTargets(targets) ? (
            <>
              <dt>Targets</dt>
              <dd>{describeTargets(targets)}</dd>
            </>
          ) : null}
        </dl>
        <p className="report-cover__note">All figures are model predictions from the designs' parts, workload and run settings; prices marked as estimates are planning figures, not quotes.</p>
      </section>

      <nav className="report-section report-toc" aria-labelledby="contents" data-testid="report-toc">
        <h2 id="contents">Contents</h2>
        <ol>
          <li><a href="#summary">Executive summary and comparison</a></li>
          {results.map((r, i) => (
            <li key={r.id}><a href={`#design-${i}`}>{r.name}</a></li>
          ))}
          {cluster ? <li><a href={`#${CLUSTER_REPORT_ANCHOR}`}>Cluster sharing: scheduling policies compared</a></li> : null}
          <li><a href="#appendix">Appendix: model accuracy, assumptions and sources</a></li>
        </ol>
      </nav>

      <section className="report-section" aria-labelledby="summary">
        <h2 id="summary">1. Executive summary</h2>
        <div className="report-summary" data-testid="report-summary">
          {(proposal.summary?.trim() ? proposal.summary.trim().split(/\n\s*\n/) : sentences).map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
        {best?.evaluation ? (
          <table className="report-table report-headline" data-testid="report-headline">
            <caption>Recommended: {best.name}</caption>
            <thead>
              <tr><th scope="col">Throughput</th><th scope="col">Time to model</th><th scope="col">{unitCostLabel(best.evaluation, best.noun)}</th><th scope="col">Cost per trained model</th><th scope="col">Purchase price</th></tr>
            </thead>
            <tbody>
              <tr>
                <td>{throughputText(best.evaluation, best.noun)}<HeadlineRange range={throughputRange(best.evaluation, best.noun)} /></td>
                <td>{formatDuration(best.evaluation.time.totalSeconds)}<HeadlineRange range={timeToModelRange(best.evaluation)} /></td>
                <td>{unitCostText(best.evaluation, best.noun)}<HeadlineRange range={unitCostRange(best.evaluation, best.noun)} /></td>
                <td>{formatUsd(best.evaluation.cost.usdPerTrainedModel)} / model<HeadlineRange range={modelCostRange(best.evaluation)} /></td>
                <td>{formatUsd(best.evaluation.cost.capexUsd)}</td>
              </tr>
            </tbody>
          </table>
        ) : null}

        <h3>Comparison</h3>
        <table className="report-table report-compare" data-testid="report-comparison">
          <thead>
            <tr>
              <th scope="col">Metric</th>
              {results.map((r) => (
                <th scope="col" key={r.id} className="num">
                  {r.name}
                  {r === best ? ' ★' : ''}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.metric.key}>
                <th scope="row">{row.metric.label}</th>
                {row.cells.map((cell, i) => (
                  <td key={results[i]!.id} className={`num${cell.best ? ' is-best' : ''}${cell.differs ? ' is-different' : ''}`}>
                    {cell.text}
                    {cell.deltaPct !== null ? <span className={`report-delta${cell.improves === true ? ' is-better' : cell.improves === false ? ' is-worse' : ''}`}>{` ${cell.deltaPct > 0 ? '+' : ''}${formatNumber(cell.deltaPct, 0)}%`}</span> : null}
                    {cell.rangeText ? <span className="report-range">{cell.rangeText}</span> : null}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">Bottleneck</th>
              {bottlenecks.map((label, i) => (
                <td key={results[i]!.id} className={`num${i > 0 && label !== bottlenecks[0] ? ' is-different' : ''}`}>{label}</td>
              ))}
            </tr>
            {describeTargets(targets) ? (
              <tr>
                <th scope="row">Meets {describeTargets(targets)}</th>
                {results.map((r) => (
                  <td key={r.id} className="num">{r.evaluation ? (checkTargets(r.evaluation, targets).meetsAll ? 'yes' : 'no') : '—'}</td>
                ))}
              </tr>
            ) : null}
          </tbody>
        </table>
        <p className="report-note">
          Bold: the best value of a row. {several ? `Percentages: change from ${results[0]!.name}, green when better, red when worse.` : ''} GPU busy share {best?.evaluation ? `of the recommended design: ${formatPercent(best.evaluation.gpuUtilization)}.` : ''}
        </p>
        <div className="report-charts">
          <TimeToModelChart results={results} targets={targets} size={{ width: compareWidth, height: 230 }} />
          <CostPerModelChart results={results} targets={targets} size={{ width: compareWidth, height: 250 }} />
        </div>
        {several ? (
          <>
            <h3>Bills of materials side by side</h3>
            <table className="report-table report-compare" data-testid="report-bom-comparison">
              <thead>
                <tr>
                  <th scope="col">Item</th>
                  <th scope="col" className="num">Unit price</th>
                  {results.map((r) => (
                    <th scope="col" key={r.id} className="num">{r.name}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {bom.map((row) => (
                  <tr key={`${row.group}|${row.item}`} className={row.differs ? 'is-different-row' : undefined}>
                    <td>{row.item}{row.confidence === 'estimate' ? ' (est.)' : ''}</td>
                    <td className="num">{row.confidence === 'included' ? 'incl.' : row.confidence === 'price needed' ? 'price needed' : formatUsd(row.unitPriceUsd ?? NaN)}</td>
                    {row.counts.map((count, i) => (
                      <td key={results[i]!.id} className="num">{count || '—'}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>Hardware total</th>
                  {results.map((r) => (
                    <td key={r.id} className="num">{r.evaluation ? formatUsd(r.evaluation.cost.bomTotals.hardwareUsd) : '—'}</td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </>
        ) : null}
      </section>

      {results.map((result, index) => (
        <DesignSection key={result.id} result={result} index={index} recommended={result === best} targets={targets} />
      ))}

      {cluster ? <ClusterReportSection cluster={cluster} number={results.length + 2} chartWidth={compareWidth} /> : null}

      <section className="report-section report-appendix" aria-labelledby="appendix">
        <h2 id="appendix">Appendix</h2>
        <h3>Model accuracy</h3>
        {accuracy ? (
          <>
            <p className="report-keep">
              The model was checked against {accuracy.total} published training results (MLPerf Training v0.6 to v4.1, NVIDIA DeepLearningExamples, Lambda benchmarks), predicting each from its system and
              settings alone. {accuracy.evaluated} were evaluated; {accuracy.refused} were refused with an explicit error rather than given a guess. Errors are |predicted − measured| / measured.
            </p>
            <table className="report-table report-table--compact" data-testid="report-accuracy">
              <thead>
                <tr><th scope="col">Metric</th><th scope="col" className="num">Cases</th><th scope="col" className="num">Median error</th><th scope="col" className="num">90th percentile</th><th scope="col" className="num">Largest</th></tr>
              </thead>
              <tbody>
                <tr><td>Throughput</td><td className="num">{accuracy.throughput.n}</td><td className="num">{pct(accuracy.throughput.medianPct)}</td><td className="num">{pct(accuracy.throughput.p90Pct)}</td><td className="num">{pct(accuracy.throughput.maxPct)}</td></tr>
                <tr><td>Time to train</td><td className="num">{accuracy.timeToTrain.n}</td><td className="num">{pct(accuracy.timeToTrain.medianPct)}</td><td className="num">{pct(accuracy.timeToTrain.p90Pct)}</td><td className="num">{pct(accuracy.timeToTrain.maxPct)}</td></tr>
              </tbody>
            </table>
            <p className="report-keep" data-testid="report-interval-coverage">
              Ranges. The 80% range beside a headline figure comes from the spread of the model&apos;s errors on published results of the same workload family and software, widened for a GPU
              generation with few published results. Checked on results it was not built from: with each result left out, the ranges contain the measured throughput in{' '}
              {formatPercent(accuracy.intervals.leaveOneCaseOut.throughput.contained)} of {accuracy.intervals.leaveOneCaseOut.throughput.n} cases and the measured time to train in{' '}
              {formatPercent(accuracy.intervals.leaveOneCaseOut.timeToTrain.contained)} of {accuracy.intervals.leaveOneCaseOut.timeToTrain.n}; with each whole GPU generation left out,{' '}
              {formatPercent(accuracy.intervals.leaveOneGenerationOut.throughput.contained)} and {formatPercent(accuracy.intervals.leaveOneGenerationOut.timeToTrain.contained)}. The median range is ±
              {formatNumber(accuracy.intervals.leaveOneCaseOut.throughput.medianHalfWidthPct, 0)}% of the throughput.
            </p>
          </>
        ) : (
          <p>The accuracy check could not be run for this report.</p>
        )}
        <h3>Assumptions</h3>
        {assumptions.length > 0 ? (
          <ul className="report-list" data-testid="report-assumptions">
            {assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        ) : (
          <p>The engine listed no assumptions beyond the catalog values below.</p>
        )}
        {templateAssumptions.length > 0 ? (
          <>
            <h3>Assumed server details</h3>
            <p>Vendors do not publish every detail of their servers; these were assumed in the templates the designs start from.</p>
            <ul className="report-list" data-testid="report-template-assumptions">
              {templateAssumptions.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          </>
        ) : null}
        <h3>Sources</h3>
        <p>Values of the parts and workloads below come from the publications listed after the table (numbers in brackets).</p>
        <table className="report-table report-table--compact report-sources" data-testid="report-sources">
          <thead>
            <tr><th scope="col">Catalog entry</th><th scope="col">Confidence</th><th scope="col">Price</th><th scope="col">Cited</th></tr>
          </thead>
          <tbody>
            {sources.map((src, i) => (
              <tr key={src.name}>
                <td>{src.name}</td>
                <td>{CONFIDENCE_LABELS[src.confidence] ?? src.confidence}</td>
                <td>{src.priceConfidence ? CONFIDENCE_LABELS[src.priceConfidence] ?? src.priceConfidence : '—'}</td>
                <td className="report-sources__cite">{citations.numbers[i]!.map((n) => `[${n}]`).join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <ol className="report-list report-publications" data-testid="report-publications">
          {citations.publications.map((p) => (
            <li key={formatPublication(p)}>{formatPublication(p)}</li>
          ))}
        </ol>
      </section>
    </article>
  );
}

/** How far a catalog value can be trusted, in a reader's words. */
const CONFIDENCE_LABELS: Record<string, string> = { 'spec-sheet': 'datasheet', 'review-measured': 'measured by a third party', estimate: 'estimate' };

/** `texts` made customer-safe, each once; what is internal through and through is left out. */
function customerList(texts: readonly string[]): string[] {
  return [...new Set(texts.map(customerSafe).filter((t): t is string => t !== null))];
}

/** "Template name: what was assumed" for every server type made from a shipped template. */
function templateAssumptionsOf(designs: readonly Design[]): string[] {
  const ids = [...new Set(designs.flatMap((d) => d.serverTypes.map((s) => s.templateId).filter((id): id is string => !!id)))];
  return ids.flatMap((id) => {
    const template = findShippedTemplate(id);
    return template ? template.assumptions.map((a) => `${template.name}: ${a.text}`) : [];
  });
}
