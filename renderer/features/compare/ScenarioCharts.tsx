import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDuration, formatUsd } from '../../lib/format';
import { AXIS_LABEL_STYLE, CHART_COLORS, TICK_STYLE, compactTick, truncateLabel } from '../results/chartTheme';
import { costBars, timeBars } from './scenarioChartData';
import type { ScenarioResult, Targets } from './scenarioResults';

/** A fixed chart size (print), or none to fill the container's width at `height`. */
export interface ChartSize {
  width?: number;
  height: number;
}

function sizeProps(size: ChartSize) {
  return size.width === undefined ? { responsive: true, style: { width: '100%', height: size.height } } : { width: size.width, height: size.height };
}

const usdTick = (value: number) => `$${compactTick(value)}`;
const nameTick = (value: string) => truncateLabel(value, 22);

/** Time to model of every scenario on one axis, with the deadline as a line; bars past the deadline in red. */
export function TimeToModelChart({ results, targets, size }: { results: readonly ScenarioResult[]; targets: Targets; size: ChartSize }) {
  const { bars, unit, deadline } = timeBars(results, targets.deadlineHours);
  return (
    <figure className="scenario-chart" data-testid="chart-time-to-model">
      <figcaption className="scenario-chart__title">Time to model{deadline !== null ? ` (deadline ${formatDuration(deadline * unit.seconds)})` : ''}</figcaption>
      <BarChart {...sizeProps(size)} data={bars} margin={{ top: 18, right: 12, bottom: 4, left: 8 }}>
        <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
        <XAxis dataKey="name" tick={TICK_STYLE} tickFormatter={nameTick} stroke={CHART_COLORS.axis} interval={0} />
        <YAxis tick={TICK_STYLE} stroke={CHART_COLORS.axis} width={56} tickFormatter={compactTick} label={{ value: `Time to model (${unit.label})`, angle: -90, position: 'insideLeft', offset: 4, style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' } }} />
        <Tooltip formatter={(_v, _n, item) => [formatDuration(Number((item.payload as { seconds: number }).seconds)), 'Time to model']} isAnimationActive={false} cursor={{ fill: CHART_COLORS.grid }} />
        {deadline !== null ? <ReferenceLine y={deadline} ifOverflow="extendDomain" stroke={CHART_COLORS.danger} strokeDasharray="4 3" label={{ value: 'deadline', position: 'insideTopRight', fill: CHART_COLORS.danger, fontSize: 11 }} /> : null}
        <Bar dataKey="time" isAnimationActive={false} maxBarSize={64}>
          {bars.map((bar) => (
            <Cell key={bar.name} fill={bar.meetsDeadline === false ? CHART_COLORS.danger : CHART_COLORS.accent} />
          ))}
          <LabelList dataKey="seconds" position="top" formatter={(value) => formatDuration(Number(value))} style={{ fontSize: 11, fill: CHART_COLORS.text }} />
        </Bar>
      </BarChart>
    </figure>
  );
}

/** Cost per trained model of every scenario on one axis, split by part, next to the same job in the cloud. */
export function CostPerModelChart({ results, targets, size }: { results: readonly ScenarioResult[]; targets: Targets; size: ChartSize }) {
  const bars = costBars(results);
  const budget = targets.budgetBasis === 'per-model' && targets.budgetUsd !== undefined ? targets.budgetUsd : null;
  const anyCloud = bars.some((b) => b.cloud !== null);
  return (
    <figure className="scenario-chart" data-testid="chart-cost-per-model">
      <figcaption className="scenario-chart__title">Cost per trained model{anyCloud ? ', owned vs. cloud' : ''}{budget !== null ? ` (budget ${formatUsd(budget)})` : ''}</figcaption>
      <BarChart {...sizeProps(size)} data={bars} margin={{ top: 18, right: 12, bottom: 4, left: 8 }}>
        <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
        <XAxis dataKey="name" tick={TICK_STYLE} tickFormatter={nameTick} stroke={CHART_COLORS.axis} interval={0} />
        <YAxis tick={TICK_STYLE} stroke={CHART_COLORS.axis} width={56} tickFormatter={usdTick} label={{ value: 'USD per trained model', angle: -90, position: 'insideLeft', offset: 4, style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' } }} />
        <Tooltip formatter={(value, name) => [formatUsd(Number(value)), String(name)]} isAnimationActive={false} cursor={{ fill: CHART_COLORS.grid }} />
        <Legend wrapperStyle={{ fontSize: 11 }} formatter={(value) => <span style={{ color: CHART_COLORS.text }}>{value}</span>} />
        {budget !== null ? <ReferenceLine y={budget} ifOverflow="extendDomain" stroke={CHART_COLORS.danger} strokeDasharray="4 3" label={{ value: 'budget', position: 'insideTopRight', fill: CHART_COLORS.danger, fontSize: 11 }} /> : null}
        <Bar dataKey="capex" name="Capex" stackId="own" fill={CHART_COLORS.accent} isAnimationActive={false} maxBarSize={48} />
        <Bar dataKey="support" name="Support" stackId="own" fill="#5b7fd6" isAnimationActive={false} maxBarSize={48} />
        <Bar dataKey="power" name="Power" stackId="own" fill={CHART_COLORS.accentSoft} isAnimationActive={false} maxBarSize={48} />
        <Bar dataKey="colocation" name="Colocation" stackId="own" fill="#d3ddf3" isAnimationActive={false} maxBarSize={48}>
          <LabelList dataKey="total" position="top" formatter={(value) => formatUsd(Number(value))} style={{ fontSize: 11, fill: CHART_COLORS.text }} />
        </Bar>
        {anyCloud ? (
          <Bar dataKey="cloud" name="Cloud" fill={CHART_COLORS.neutral} isAnimationActive={false} maxBarSize={48}>
            <LabelList dataKey="cloud" position="top" formatter={(value) => (value === null || value === undefined ? '' : formatUsd(Number(value)))} style={{ fontSize: 11, fill: CHART_COLORS.text }} />
          </Bar>
        ) : null}
      </BarChart>
    </figure>
  );
}
