import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { StorageSizing } from '../../../core';
import { formatNumber, formatThroughput } from '../../lib/format';
import { AXIS_LABEL_STYLE, CHART_COLORS, TICK_STYLE, compactTick } from '../results/chartTheme';
import { consumerNoun, formatAu, sizingRows, type SizingRow } from './sizingChartData';
import '../results/results.css';

function PointTooltip({ active, payload }: { active?: boolean; payload?: ReadonlyArray<{ payload?: SizingRow }> }) {
  const row = active ? payload?.[0]?.payload : undefined;
  if (!row) return null;
  return (
    <div className="results-tooltip">
      <strong>{formatNumber(row.gpus)} GPUs · {formatNumber(row.hosts)} {row.hosts === 1 ? 'host' : 'hosts'}</strong>
      <div>AU {formatAu(row.auPct / 100)} · {formatThroughput(row.samplesPerSec, 'samples')} delivered</div>
      <div>Narrowest: {row.part}</div>
    </div>
  );
}

/** AU (%) against GPU count, with the target as a line, the most GPUs kept at it marked, and the design's own count. */
export function SizingChart({ sizing }: { sizing: StorageSizing }) {
  const rows = sizingRows(sizing);
  const { result } = sizing;
  const targetPct = result.auTarget * 100;
  const atMax = rows.find((r) => r.gpus === result.maxGpus);
  const lastGpus = rows[rows.length - 1]?.gpus ?? 1;
  const showDesign = sizing.consumer.kind === 'design' && sizing.designGpus > 0 && sizing.designGpus <= lastGpus;
  const noun = consumerNoun(sizing, 2);
  return (
    <figure className="storage-chart" data-testid="storage-chart">
      <div className="storage-chart__plot">
        <LineChart responsive style={{ width: '100%', height: '100%' }} data={rows} margin={{ top: 18, right: 24, bottom: 18, left: 4 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} />
          <XAxis dataKey="gpus" type="number" domain={[0, 'dataMax']} tickFormatter={compactTick} tick={TICK_STYLE} stroke={CHART_COLORS.axis} label={{ value: `${noun[0]!.toUpperCase()}${noun.slice(1)} (count)`, position: 'insideBottom', offset: -10, style: AXIS_LABEL_STYLE }} />
          <YAxis domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tickFormatter={(v: number) => `${v}%`} tick={TICK_STYLE} stroke={CHART_COLORS.axis} width={52} label={{ value: 'Accelerator utilization (%)', angle: -90, position: 'insideLeft', style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' } }} />
          <Tooltip content={<PointTooltip />} isAnimationActive={false} />
          <ReferenceLine y={targetPct} stroke={CHART_COLORS.warn} strokeDasharray="5 4" label={{ value: `target ${formatNumber(targetPct, 1)}%`, position: 'insideBottomRight', fontSize: 11, fill: CHART_COLORS.warn }} />
          {showDesign ? <ReferenceLine x={sizing.designGpus} stroke={CHART_COLORS.axis} strokeDasharray="3 3" label={{ value: `this design: ${formatNumber(sizing.designGpus)}`, position: 'insideBottomLeft', fontSize: 11, fill: CHART_COLORS.text }} /> : null}
          <Line dataKey="auPct" name="AU" stroke={CHART_COLORS.accent} strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
          {atMax ? <ReferenceDot x={atMax.gpus} y={atMax.auPct} r={5} fill={CHART_COLORS.ok} stroke="#fff" label={{ value: `max ${formatNumber(atMax.gpus)}`, position: 'top', dx: 26, dy: -2, fontSize: 11, fill: CHART_COLORS.ok, fontWeight: 600 }} /> : null}
        </LineChart>
      </div>
      <figcaption className="storage-chart__caption">
        Estimated accelerator utilization (AU: share of time not waiting for data) against the number of {noun}, in whole servers of {formatNumber(sizing.gpusPerHost)}.
        {atMax ? ` The green point is the most ${noun} kept at the target.` : ''}
      </figcaption>
    </figure>
  );
}
