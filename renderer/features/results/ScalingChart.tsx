import { CartesianGrid, ComposedChart, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { NodeSweep } from '../../../core';
import { formatDuration, formatNumber, formatPercent, formatThroughput, formatUsd } from '../../lib/format';
import { scalingRows, type ScalingRow } from './chartData';
import { AXIS_LABEL_STYLE, CHART_COLORS, TICK_STYLE, compactTick } from './chartTheme';

/** How throughput reads on this chart: the unit (`img`, `seq`, `tok`) and units per sample (tokens per sequence for an LLM). */
export interface RateUnit {
  unit: string;
  perSample: number;
}

type RatedRow = ScalingRow & { rate: number | null };

function PointTooltip({ active, payload, rate }: { active?: boolean; payload?: ReadonlyArray<{ payload?: RatedRow }>; rate: RateUnit }) {
  const row = active ? payload?.[0]?.payload : undefined;
  if (!row) return null;
  return (
    <div className="results-tooltip">
      <strong>
        {servers(row.serverCount)}
        {row.gpus !== null ? ` · ${formatNumber(row.gpus)} GPUs` : ''}
      </strong>
      {row.samplesPerSec === null ? (
        <div>Not evaluated</div>
      ) : (
        <>
          <div>{formatThroughput(row.rate ?? NaN, rate.unit)} · efficiency {formatPercent((row.efficiencyPct ?? 0) / 100)}</div>
          <div>
            Time to model {formatDuration(row.timeToModelSeconds ?? NaN)} · {formatUsd(row.usdPerTrainedModel ?? NaN)} / model
          </div>
        </>
      )}
    </div>
  );
}

function servers(count: number): string {
  return `${formatNumber(count)} server${count === 1 ? '' : 's'}`;
}

const X_LABEL = { value: 'Servers', position: 'insideBottom', offset: -10, style: AXIS_LABEL_STYLE } as const;

/** Throughput and scaling efficiency, and time-to-model, against the count of the swept server type. */
export function ScalingChart({ sweep, rate = { unit: 'img', perSample: 1 } }: { sweep: NodeSweep; rate?: RateUnit }) {
  const scaled = scalingRows(sweep);
  const { timeUnit, failed } = scaled;
  const rows: RatedRow[] = scaled.rows.map((r) => ({ ...r, rate: r.samplesPerSec === null ? null : r.samplesPerSec * rate.perSample }));
  const current = sweep.designServerCount;
  const baseCount = rows.find((r) => r.gpus !== null)?.serverCount ?? 1;
  const xAxis = <XAxis dataKey="serverCount" type="category" tick={TICK_STYLE} stroke={CHART_COLORS.axis} label={X_LABEL} />;
  const now = (yAxisId: string | number) => <ReferenceLine x={current} yAxisId={yAxisId} stroke={CHART_COLORS.axis} strokeDasharray="3 3" label={{ value: 'design', position: 'top', fontSize: 10, fill: CHART_COLORS.text }} />;
  return (
    <div className="results-scaling" data-testid="chart-scaling">
      <figure className="results-chart">
        <div className="results-chart__plot">
          <ComposedChart responsive style={{ width: '100%', height: '100%' }} data={rows} margin={{ top: 12, right: 4, bottom: 14, left: 4 }}>
            <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
            {xAxis}
            <YAxis yAxisId="throughput" scale="log" domain={['auto', 'auto']} padding={{ top: 8, bottom: 6 }} tickFormatter={compactTick} tick={TICK_STYLE} stroke={CHART_COLORS.axis} width={52} label={{ value: `Throughput (${rate.unit}/s)`, angle: -90, position: 'insideLeft', style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' } }} />
            <YAxis yAxisId="efficiency" orientation="right" domain={[0, 108]} ticks={[0, 50, 100]} tickFormatter={(v: number) => `${v}%`} tick={TICK_STYLE} stroke={CHART_COLORS.axis} width={48} label={{ value: 'Efficiency (%)', angle: 90, position: 'insideRight', style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' } }} />
            <Tooltip content={<PointTooltip rate={rate} />} isAnimationActive={false} cursor={{ fill: CHART_COLORS.grid }} />
            <Line yAxisId="throughput" dataKey="rate" name="Throughput" stroke={CHART_COLORS.accent} strokeWidth={2} dot={{ r: 2.5 }} isAnimationActive={false} connectNulls={false} />
            <Line yAxisId="efficiency" dataKey="efficiencyPct" name="Scaling efficiency" stroke={CHART_COLORS.warn} strokeDasharray="4 3" strokeWidth={2} dot={{ r: 2.5 }} isAnimationActive={false} connectNulls={false} />
            {now('throughput')}
          </ComposedChart>
        </div>
        <figcaption className="results-chart__caption">
          <span className="results-swatch results-swatch--line" style={{ background: CHART_COLORS.accent }} aria-hidden="true" /> throughput (log){' '}
          <span className="results-swatch results-swatch--line" style={{ background: CHART_COLORS.warn }} aria-hidden="true" /> efficiency per GPU vs. {servers(baseCount)}
        </figcaption>
      </figure>
      <figure className="results-chart">
        <div className="results-chart__plot">
          <LineChart responsive style={{ width: '100%', height: '100%' }} data={rows} margin={{ top: 12, right: 12, bottom: 14, left: 4 }}>
            <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
            {xAxis}
            <YAxis scale="log" domain={['auto', 'auto']} padding={{ top: 8, bottom: 6 }} tickFormatter={compactTick} tick={TICK_STYLE} stroke={CHART_COLORS.axis} width={52} label={{ value: `Time to model (${timeUnit.label})`, angle: -90, position: 'insideLeft', style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' } }} />
            <Tooltip content={<PointTooltip rate={rate} />} isAnimationActive={false} />
            <Line dataKey="timeToModel" name="Time to model" stroke={CHART_COLORS.ok} strokeWidth={2} dot={{ r: 2.5 }} isAnimationActive={false} connectNulls={false} />
            {now(0)}
          </LineChart>
        </div>
        <figcaption className="results-chart__caption">time to model against cluster size (log scale)</figcaption>
      </figure>
      {failed.length > 0 ? (
        <p className="results-scaling__failed" data-testid="scaling-failed">
          Not evaluated at {failed.map((p) => formatNumber(p.serverCount)).join(', ')} servers: {failed[0]!.error}
        </p>
      ) : null}
      <table className="results-sr-only" data-testid="scaling-table">
        <caption>Scaling with the number of servers</caption>
        <thead>
          <tr>
            <th scope="col">Servers</th>
            <th scope="col">GPUs</th>
            <th scope="col">Throughput</th>
            <th scope="col">Scaling efficiency</th>
            <th scope="col">Time to model</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.serverCount} data-current={row.serverCount === current || undefined}>
              <th scope="row">{formatNumber(row.serverCount)}</th>
              <td>{row.gpus === null ? '—' : formatNumber(row.gpus)}</td>
              <td>{row.rate === null ? 'not evaluated' : formatThroughput(row.rate, rate.unit)}</td>
              <td>{row.efficiencyPct === null ? '—' : formatPercent(row.efficiencyPct / 100)}</td>
              <td>{row.timeToModelSeconds === null ? '—' : formatDuration(row.timeToModelSeconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
