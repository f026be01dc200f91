import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { Evaluation } from '../../../core';
import { formatNumber, formatUsd } from '../../lib/format';
import { costRows } from './chartData';
import { AXIS_LABEL_STYLE, CHART_COLORS, TICK_STYLE, compactTick } from './chartTheme';

interface CostChartProps {
  cost: Evaluation['cost'];
  /** Share of hours the platform does useful work, % (the fixed costs are spread over these hours). */
  utilizationPct: number;
}

// Axis ticks: compact dollars (`$1.2K`), the bars carry the exact figures.
const usdTick = (value: number) => `$${compactTick(value)}`;

/** Ownership cost per hour of work by part, and the same job on a cloud instance when one is compared. */
export function CostChart({ cost, utilizationPct }: CostChartProps) {
  const rows = costRows(cost).map((row) => ({ ...row, name: row.estimate ? `${row.label} (est.)` : row.label }));
  const cloud = cost.cloud;
  const comparison = cloud
    ? [
        { name: 'This design', usd: cost.usdPerTrainedModel, fill: CHART_COLORS.accent },
        { name: 'Cloud', usd: cloud.usdPerTrainedModel, fill: CHART_COLORS.neutral },
      ]
    : [];
  return (
    <div className="results-cost" data-testid="chart-cost">
      <figure className="results-chart results-chart--cost">
        <div className="results-chart__title">
          <span className="results-chart__title-text">
            Ownership {formatUsd(cost.ownershipUsdPerHour)} per hour of work at {formatNumber(utilizationPct)}% utilization
          </span>
          {cost.capexIncludesEstimates ? <span className="results-estimate" title="Estimate: some part prices are catalog estimates, not quotes.">includes estimates</span> : null}
        </div>
        <div className="results-chart__plot">
          <BarChart responsive style={{ width: '100%', height: '100%' }} data={rows} layout="vertical" margin={{ top: 2, right: 56, bottom: 14, left: 4 }} barCategoryGap={4}>
            <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
            <XAxis type="number" tickFormatter={usdTick} tick={TICK_STYLE} stroke={CHART_COLORS.axis} label={{ value: 'USD per hour of work ($/h)', position: 'insideBottom', offset: -10, style: AXIS_LABEL_STYLE }} />
            <YAxis type="category" dataKey="name" width={150} tick={TICK_STYLE} stroke={CHART_COLORS.axis} interval={0} />
            <Tooltip formatter={(value) => [`${formatUsd(Number(value))} / h`, 'Cost']} isAnimationActive={false} cursor={{ fill: CHART_COLORS.grid }} />
            <Bar dataKey="usdPerHour" name="Cost" fill={CHART_COLORS.accent} isAnimationActive={false}>
              <LabelList dataKey="usdPerHour" position="right" formatter={(value) => formatUsd(Number(value))} style={{ fontSize: 11, fill: CHART_COLORS.text }} />
            </Bar>
          </BarChart>
        </div>
        <table className="results-sr-only" data-testid="cost-table">
          <caption>Cost per hour of work</caption>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.name}</th>
                <td>{`${formatUsd(row.usdPerHour)} / h`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
      {cloud ? (
        <figure className="results-chart results-chart--cloud" data-testid="cost-cloud">
          <div className="results-chart__title">
            <span className="results-chart__title-text">Per trained model: this design vs. the cloud</span>
          </div>
          <div className="results-chart__plot">
            <BarChart responsive style={{ width: '100%', height: '100%' }} data={comparison} margin={{ top: 14, right: 8, bottom: 2, left: 8 }}>
              <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
              <XAxis dataKey="name" tick={TICK_STYLE} stroke={CHART_COLORS.axis} interval={0} />
              <YAxis tickFormatter={usdTick} tick={TICK_STYLE} stroke={CHART_COLORS.axis} width={64} label={{ value: 'USD per model', angle: -90, position: 'insideLeft', offset: 4, style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' } }} />
              <Tooltip formatter={(value) => [formatUsd(Number(value)), 'Per trained model']} isAnimationActive={false} cursor={{ fill: CHART_COLORS.grid }} />
              <Bar dataKey="usd" isAnimationActive={false} maxBarSize={56}>
                {comparison.map((entry) => (
                  <Cell key={entry.name} fill={entry.fill} />
                ))}
                <LabelList dataKey="usd" position="top" formatter={(value) => formatUsd(Number(value))} style={{ fontSize: 11, fill: CHART_COLORS.text }} />
              </Bar>
            </BarChart>
          </div>
          <figcaption className="results-chart__caption" data-testid="cost-cloud-caption">
            {cloud.instance} at {formatUsd(cloud.usdPerHour)} / h on demand ({cloud.instances} instance{cloud.instances === 1 ? '' : 's'}); owning breaks even above {formatNumber(cloud.breakEvenUtilizationPct)}% utilization
            {cloud.breakEvenMonths !== null ? `, after ${formatNumber(cloud.breakEvenMonths, 1)} months` : ''}. Cloud speed is scaled from GPU compute (estimate).
          </figcaption>
        </figure>
      ) : (
        <p className="results-empty results-empty--side" data-testid="cost-cloud-empty">
          No cloud comparison: the catalog has no instance with this GPU. Choose a cloud instance under Economics in the run settings to compare the job with renting.
        </p>
      )}
    </div>
  );
}
