/**
 * The cluster-sharing what-if as the comparison and the PDF proposal show it: the cluster in a sentence, the
 * policies side by side (mean completion, waits, GPU utilisation, restarts, cost), each tenant's share
 * received vs entitled under each policy, and a chart of completion and wait by policy.
 */
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { ClusterSimulationResponse } from '../../../core';
import { formatNumber, formatPercent, formatUsd } from '../../lib/format';
import { AXIS_LABEL_STYLE, CHART_COLORS, TICK_STYLE } from '../results/chartTheme';
import type { ChartSize } from '../compare/ScenarioCharts';
import { formatClusterHours, policyRows, tenantShareRows, type PolicyRow } from './clusterChartData';
import './cluster.css';

/** A simulation that ran. */
export type ClusterSimulation = Extract<ClusterSimulationResponse, { ok: true }>;

function sizeProps(size: ChartSize): PolicyTimesChartSize {
  return size.width === undefined ? { responsive: true, style: { width: '100%', height: size.height } } : { width: size.width, height: size.height };
}

/** How a policy chart is sized: a fixed box (print) or its container's. */
export type PolicyTimesChartSize = { width: number; height: number } | { responsive: true; style: { width: string; height: string | number } };

/** Mean completion and p95 wait of each policy as bars (the view, the comparison and the PDF). */
export function PolicyTimesChart({ rows, chart }: { rows: ReadonlyArray<Pick<PolicyRow, 'name' | 'meanCompletionHours' | 'p95WaitHours'>>; chart: PolicyTimesChartSize }) {
  return (
    <BarChart {...chart} data={[...rows]} margin={{ top: 8, right: 12, bottom: 4, left: 8 }}>
      <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
      <XAxis dataKey="name" tick={TICK_STYLE} stroke={CHART_COLORS.axis} interval={0} />
      <YAxis tick={TICK_STYLE} stroke={CHART_COLORS.axis} width={48} />
      <Tooltip isAnimationActive={false} formatter={(v) => formatClusterHours(Number(v))} />
      <Legend wrapperStyle={AXIS_LABEL_STYLE} />
      <Bar dataKey="meanCompletionHours" name="Mean completion" fill={CHART_COLORS.accent} isAnimationActive={false} />
      <Bar dataKey="p95WaitHours" name="p95 wait" fill={CHART_COLORS.warn} isAnimationActive={false} />
    </BarChart>
  );
}

/** The cluster the policies were simulated on, in one sentence. */
export function clusterSentence(name: string, sim: ClusterSimulation): string {
  const c = sim.cluster;
  return `${name}: ${formatNumber(c.servers)} servers × ${c.gpusPerServer} GPUs = ${formatNumber(c.totalGpus)} GPUs in ${c.leaves} leaf switch(es) of ${c.serversPerLeaf}, uplinks ${c.oversubscription}:1; arrivals over ${formatNumber(c.horizonHours)} h; node MTBF ${formatNumber(c.nodeMtbfHours)} h; ${formatUsd(c.usdPerGpuHour)} per GPU-hour. Job speeds at each size come from the engine; the results are simulated (estimates), deterministic for the scenario's seed.`;
}

/** The policies side by side, the tenants' shares and a chart; `className` picks the comparison's or the report's table style. */
export function ClusterPolicySummary({ name, sim, size, tableClass }: { name: string; sim: ClusterSimulation; size: ChartSize; tableClass: string }) {
  const rows = policyRows(sim.policies);
  const shares = tenantShareRows(sim.policies);
  const best = (on: boolean) => (on ? ' is-best' : '');
  return (
    <div className="cluster-summary" data-testid="cluster-summary">
      <p className="cluster-summary__facts">{clusterSentence(name, sim)}</p>
      <div className="cluster-summary__scroll">
        <table className={tableClass} data-testid="cluster-summary-policies">
          <thead>
            <tr>
              <th scope="col">Policy</th><th scope="col" className="num">Mean completion</th><th scope="col" className="num">Mean wait</th><th scope="col" className="num">p95 wait</th>
              <th scope="col" className="num">GPU utilisation</th><th scope="col" className="num">Restarts</th><th scope="col" className="num">Cost of GPU-hours</th><th scope="col" className="num">Unfinished</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name} data-policy={r.name}>
                <th scope="row">{r.name}</th>
                <td className={`num${best(r.best.meanCompletion)}`} data-testid="cluster-summary-completion">{formatClusterHours(r.meanCompletionHours)}</td>
                <td className="num">{formatClusterHours(r.meanWaitHours)}</td>
                <td className={`num${best(r.best.p95Wait)}`}>{formatClusterHours(r.p95WaitHours)}</td>
                <td className={`num${best(r.best.utilization)}`}>{formatPercent(r.gpuUtilization)}</td>
                <td className="num">{formatNumber(r.restarts)}</td>
                <td className="num">{formatUsd(r.costUsd)}</td>
                <td className="num">{formatNumber(r.unfinished)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="cluster-summary__scroll">
        <table className={tableClass} data-testid="cluster-summary-shares">
          <caption>Share of the GPU-hours used within the arrival horizon: entitled vs received under each policy</caption>
          <thead>
            <tr>
              <th scope="col">Tenant</th><th scope="col" className="num">Entitled</th>
              {rows.map((r) => <th scope="col" key={r.name} className="num">{r.name}</th>)}
            </tr>
          </thead>
          <tbody>
            {shares.map((t) => (
              <tr key={t.id}>
                <th scope="row">{t.name}</th>
                <td className="num">{formatPercent(t.entitled)}</td>
                {t.received.map((share, i) => <td key={rows[i]!.name} className="num">{formatPercent(share)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figure className="scenario-chart" data-testid="cluster-summary-chart">
        <figcaption className="scenario-chart__title">Mean completion and p95 wait by policy (h)</figcaption>
        <PolicyTimesChart rows={rows} chart={sizeProps(size)} />
      </figure>
    </div>
  );
}
