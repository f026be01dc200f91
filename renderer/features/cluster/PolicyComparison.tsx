import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { PolicyResult } from '../../../core';
import { formatNumber, formatPercent, formatUsd } from '../../lib/format';
import { AXIS_LABEL_STYLE, CHART_COLORS, TICK_STYLE } from '../results/chartTheme';
import { formatClusterHours, policyRows, tenantColor } from './clusterChartData';
import { PolicyTimesChart } from './ClusterSummary';

const hours = formatClusterHours;

/** The policies side by side: a table of the headline figures (best of each highlighted) and bar charts of completion, wait and shares. */
export function PolicyComparison({ policies, selected, onSelect }: { policies: PolicyResult[]; selected: number; onSelect: (i: number) => void }) {
  const rows = policyRows(policies);
  const mark = (isBest: boolean) => (isBest ? 'cluster-best' : undefined);
  const tenants = policies[selected]?.outcome.tenants ?? [];
  const shareRows = tenants.map((t) => ({ name: t.name, entitled: t.entitledShare * 100, received: t.receivedShare * 100 }));
  return (
    <section className="cluster-card cluster-card--wide" aria-labelledby="cluster-compare-title" data-testid="cluster-comparison">
      <h3 id="cluster-compare-title" className="cluster-card__title">Policies side by side</h3>
      <table className="cluster-table cluster-table--numbers">
        <thead>
          <tr><th>Policy</th><th>Mean completion</th><th>Mean wait</th><th>p95 wait</th><th>GPU utilisation</th><th>Restarts</th><th>Cost of GPU-hours</th><th>Unfinished</th></tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.name} className={i === selected ? 'cluster-row--selected' : undefined} data-testid={`cluster-policy-${r.name}`}>
              <td><button type="button" className="cluster-link" aria-pressed={i === selected} onClick={() => onSelect(i)}>{r.name}</button></td>
              <td className={mark(r.best.meanCompletion)}>{hours(r.meanCompletionHours)}</td>
              <td>{hours(r.meanWaitHours)}</td>
              <td className={mark(r.best.p95Wait)}>{hours(r.p95WaitHours)}</td>
              <td className={mark(r.best.utilization)}>{formatPercent(r.gpuUtilization)}</td>
              <td>{formatNumber(r.restarts)}</td>
              <td>{formatUsd(r.costUsd)}</td>
              <td>{formatNumber(r.unfinished)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="cluster-charts">
        <figure className="cluster-chart" data-testid="cluster-chart-policies">
          <figcaption>Completion and wait by policy (h)</figcaption>
          <PolicyTimesChart rows={rows} chart={{ responsive: true, style: { width: '100%', height: '100%' } }} />
        </figure>
        <figure className="cluster-chart" data-testid="cluster-chart-shares">
          <figcaption>Share of GPU-hours, {policies[selected]?.outcome.name}: entitled vs received (%)</figcaption>
          <BarChart responsive style={{ width: '100%', height: '100%' }} data={shareRows} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
            <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
            <XAxis dataKey="name" tick={TICK_STYLE} stroke={CHART_COLORS.axis} interval={0} />
            <YAxis tick={TICK_STYLE} stroke={CHART_COLORS.axis} width={40} domain={[0, 100]} />
            <Tooltip isAnimationActive={false} formatter={(v) => `${Number(v).toFixed(1)}%`} />
            <Legend wrapperStyle={AXIS_LABEL_STYLE} />
            <Bar dataKey="entitled" name="Entitled" fill={CHART_COLORS.neutral} isAnimationActive={false} />
            <Bar dataKey="received" name="Received" fill={tenantColor(0)} isAnimationActive={false} />
          </BarChart>
        </figure>
      </div>
    </section>
  );
}
