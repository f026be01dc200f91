import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import type { Evaluation } from '../../../core';
import { formatPercent } from '../../lib/format';
import { utilizationRows, type UtilizationRow } from './chartData';
import { AXIS_LABEL_STYLE, CHART_COLORS, TICK_STYLE, truncateLabel } from './chartTheme';

function RowTooltip({ active, payload }: { active?: boolean; payload?: ReadonlyArray<{ payload?: UtilizationRow }> }) {
  const row = active ? payload?.[0]?.payload : undefined;
  if (!row) return null;
  return (
    <div className="results-tooltip">
      <strong>{row.label}</strong>
      <div>
        {formatPercent(row.utilizationPct / 100)} busy · {row.loadText}
      </div>
      {row.binding ? <div className="results-tooltip__note">Binding constraint</div> : null}
    </div>
  );
}

/** Characters of a resource name shown on the axis; the tooltip and the table give the whole name. */
const LABEL_CHARS = 24;

/** One resource name on the category axis, on one line (recharts would wrap long names over each other). */
function ResourceTick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
  const name = String(payload?.value ?? '');
  return (
    <text x={Number(x)} y={Number(y)} dx={-4} dy={4} textAnchor="end" fontSize={TICK_STYLE.fontSize} fill={TICK_STYLE.fill}>
      <title>{name}</title>
      {truncateLabel(name, LABEL_CHARS)}
    </text>
  );
}

/** Load / capacity of each resource at the predicted throughput, busiest first, the binding one highlighted. */
export function UtilizationChart({ evaluation }: { evaluation: Evaluation }) {
  const { rows, hidden } = utilizationRows(evaluation);
  if (rows.length === 0) {
    return <p className="results-empty">The engine listed no resource loads for this design. Add drives, CPUs or links to the servers to see how busy they are.</p>;
  }
  const binding = rows.find((r) => r.binding);
  return (
    <figure className="results-chart results-chart--utilization" data-testid="chart-utilization">
      <div className="results-chart__plot">
        <BarChart responsive style={{ width: '100%', height: '100%' }} data={rows} layout="vertical" margin={{ top: 2, right: 16, bottom: 14, left: 4 }} barCategoryGap={3}>
          <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tickFormatter={(v: number) => `${v}%`}
            tick={TICK_STYLE}
            stroke={CHART_COLORS.axis}
            label={{ value: 'Utilization: load / capacity (%)', position: 'insideBottom', offset: -10, style: AXIS_LABEL_STYLE }}
          />
          <YAxis type="category" dataKey="label" width={172} tick={<ResourceTick />} stroke={CHART_COLORS.axis} interval={0} />
          <Tooltip content={<RowTooltip />} cursor={{ fill: CHART_COLORS.grid }} isAnimationActive={false} />
          <Bar dataKey="utilizationPct" name="Utilization" isAnimationActive={false}>
            {rows.map((row) => (
              <Cell key={row.id} fill={row.binding ? CHART_COLORS.accent : CHART_COLORS.neutral} />
            ))}
          </Bar>
        </BarChart>
      </div>
      <figcaption className="results-chart__caption">
        {binding ? (
          <>
            <span className="results-swatch results-swatch--accent" aria-hidden="true" /> Binding: {binding.label} at {formatPercent(binding.utilizationPct / 100)}.{' '}
          </>
        ) : null}
        {hidden > 0 ? `${hidden} less busy resource${hidden === 1 ? '' : 's'} not shown.` : null}
      </figcaption>
      <table className="results-sr-only" data-testid="utilization-table">
        <caption>Utilization per resource</caption>
        <thead>
          <tr>
            <th scope="col">Resource</th>
            <th scope="col">Utilization</th>
            <th scope="col">Load / capacity</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-binding={row.binding || undefined}>
              <th scope="row">{row.label}</th>
              <td>{formatPercent(row.utilizationPct / 100)}</td>
              <td>
                {row.loadText}
                {row.binding ? ' (binding)' : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
