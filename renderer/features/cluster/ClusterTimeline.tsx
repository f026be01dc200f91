import { useMemo, type MouseEvent } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { ClusterFacts, PolicyResult } from '../../../core';
import { formatNumber } from '../../lib/format';
import { CHART_COLORS, TICK_STYLE } from '../results/chartTheme';
import { clusterAt, jobsAt, seriesRows, tenantColor } from './clusterChartData';

const GANTT_HEIGHT = 240;
const GANTT_WIDTH = 1000;

/** Jobs on GPUs over time: one row per server (stacked by GPU slot), one bar per job's hold of a server, coloured by tenant. */
function Gantt({ policy, cluster, endHours, scrubHours, onScrub, tenantIndex }: { policy: PolicyResult; cluster: ClusterFacts; endHours: number; scrubHours: number; onScrub: (h: number) => void; tenantIndex: Map<string, number> }) {
  const rowH = GANTT_HEIGHT / cluster.servers;
  const x = (s: number) => (s / 3600 / endHours) * GANTT_WIDTH;
  const bars = useMemo(() => policy.timeline.map((seg, i) => {
    const job = policy.outcome.jobs[seg.job]!;
    return (
      <rect key={i} x={x(seg.startS)} width={Math.max(0.5, x(seg.endS) - x(seg.startS))} y={seg.server * rowH + (seg.slot / cluster.gpusPerServer) * rowH}
        height={Math.max(0.4, (seg.gpus / cluster.gpusPerServer) * rowH - (rowH > 4 ? 0.5 : 0))} fill={tenantColor(tenantIndex.get(job.tenant) ?? 0)} opacity={job.kind === 'interactive' ? 0.55 : 0.9}>
        <title>{`${job.id} (${job.tenant}) on server ${seg.server + 1}: ${seg.gpus} GPU(s), ${formatNumber(seg.startS / 3600, 1)}-${formatNumber(seg.endS / 3600, 1)} h`}</title>
      </rect>
    );
  }), [policy, cluster, endHours, rowH, tenantIndex]); // x() depends only on endHours
  const leafLines = [];
  for (let l = 1; l < cluster.leaves; l++) leafLines.push(<line key={l} x1={0} x2={GANTT_WIDTH} y1={l * cluster.serversPerLeaf * rowH} y2={l * cluster.serversPerLeaf * rowH} stroke={CHART_COLORS.axis} strokeWidth={0.6} strokeDasharray="4 3" />);
  const click = (e: MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    onScrub(Math.max(0, Math.min(endHours, ((e.clientX - box.left) / box.width) * endHours)));
  };
  return (
    <svg className="cluster-gantt" viewBox={`0 0 ${GANTT_WIDTH} ${GANTT_HEIGHT}`} preserveAspectRatio="none" role="img" data-testid="cluster-gantt"
      aria-label={`Timeline of ${policy.outcome.name}: ${formatNumber(policy.timeline.length)} bars of jobs on ${formatNumber(cluster.servers)} servers`} onClick={click}>
      <rect x={0} y={0} width={GANTT_WIDTH} height={GANTT_HEIGHT} fill="#f3f4f6" />
      {bars}
      {leafLines}
      <line x1={(scrubHours / endHours) * GANTT_WIDTH} x2={(scrubHours / endHours) * GANTT_WIDTH} y1={0} y2={GANTT_HEIGHT} stroke="#1d2127" strokeWidth={1.5} vectorEffect="non-scaling-stroke" data-testid="cluster-scrub-line" />
    </svg>
  );
}

/** The selected policy's timeline with a scrubber, what runs at the scrubbed time, and utilisation and queue over time. */
export function ClusterTimeline({ policy, cluster, scrubHours, onScrub }: { policy: PolicyResult; cluster: ClusterFacts; scrubHours: number; onScrub: (h: number) => void }) {
  const endHours = Math.max(policy.details.makespanHours, cluster.horizonHours);
  const tenantIndex = useMemo(() => new Map(policy.outcome.tenants.map((t, i) => [t.id, i])), [policy]);
  const rows = useMemo(() => seriesRows(policy.details.series, cluster.totalGpus, endHours), [policy, cluster, endHours]);
  const t = Math.min(scrubHours, endHours);
  const now = clusterAt(policy.details.series, t);
  const running = jobsAt(policy, t);
  const axis = <XAxis dataKey="hours" type="number" domain={[0, endHours]} tick={TICK_STYLE} stroke={CHART_COLORS.axis} tickFormatter={(h: number) => `${formatNumber(h)} h`} />;
  return (
    <section className="cluster-card cluster-card--wide" aria-labelledby="cluster-timeline-title" data-testid="cluster-timeline">
      <h3 id="cluster-timeline-title" className="cluster-card__title">Timeline: {policy.outcome.name}</h3>
      <div className="cluster-legend">
        {policy.outcome.tenants.map((tn, i) => <span key={tn.id}><span className="cluster-swatch" style={{ background: tenantColor(i) }} aria-hidden="true" />{tn.name}</span>)}
        <span className="cluster-muted">rows: {formatNumber(cluster.servers)} servers of {cluster.gpusPerServer} GPUs; dashed: leaf switches; paler: interactive sessions</span>
      </div>
      <Gantt policy={policy} cluster={cluster} endHours={endHours} scrubHours={t} onScrub={onScrub} tenantIndex={tenantIndex} />
      <label className="cluster-scrub">
        <span>Time</span>
        <input type="range" min={0} max={endHours} step="any" value={t} data-testid="cluster-scrub" aria-label="Scrub the timeline (hours)" onChange={(e) => onScrub(Number(e.target.value))} />
        <output data-testid="cluster-scrub-hours">{t.toFixed(1)} h</output>
      </label>
      <p className="cluster-readout" data-testid="cluster-readout">
        At {t.toFixed(1)} h: {formatNumber(now.busyGpus)} of {formatNumber(now.upGpus)} working GPUs held, {formatNumber(now.queued)} job(s) waiting.
        {running.length ? ` Running: ${running.slice(0, 6).map((j) => `${j.id} (${j.gpus})`).join(', ')}${running.length > 6 ? `, and ${running.length - 6} more` : ''}.` : ' Nothing running.'}
      </p>
      <div className="cluster-charts">
        <figure className="cluster-chart" data-testid="cluster-chart-utilization">
          <figcaption>GPU utilisation (%)</figcaption>
          <LineChart responsive style={{ width: '100%', height: '100%' }} data={rows} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
            <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
            {axis}
            <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} allowDataOverflow tick={TICK_STYLE} stroke={CHART_COLORS.axis} width={40} />
            <Tooltip isAnimationActive={false} formatter={(v) => `${Number(v).toFixed(1)}%`} labelFormatter={(h) => `${formatNumber(Number(h), 1)} h`} />
            <Line dataKey="utilizationPct" name="Utilisation" stroke={CHART_COLORS.accent} dot={false} strokeWidth={1.5} isAnimationActive={false} />
            <ReferenceLine x={t} stroke="#1d2127" />
          </LineChart>
        </figure>
        <figure className="cluster-chart" data-testid="cluster-chart-queue">
          <figcaption>Jobs waiting</figcaption>
          <LineChart responsive style={{ width: '100%', height: '100%' }} data={rows} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
            <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
            {axis}
            <YAxis allowDecimals={false} tick={TICK_STYLE} stroke={CHART_COLORS.axis} width={36} />
            <Tooltip isAnimationActive={false} labelFormatter={(h) => `${formatNumber(Number(h), 1)} h`} />
            <Line dataKey="queued" name="Waiting" stroke={CHART_COLORS.warn} dot={false} strokeWidth={1.5} isAnimationActive={false} type="stepAfter" />
            <ReferenceLine x={t} stroke="#1d2127" />
          </LineChart>
        </figure>
      </div>
    </section>
  );
}
