// Chart rows derived from an evaluation: pure functions, so the charts stay thin and the numbers are testable.
import { CAUSES, type CauseId, type Evaluation, type IdleCause, type NodeSweep, type SweepPointError } from '../../../core';

/** One bar of the utilization chart. */
export interface UtilizationRow {
  id: string;
  label: string;
  /** load / capacity, percent 0..100. */
  utilizationPct: number;
  /** `load / capacity unit`, e.g. `46 / 64 cores`. */
  loadText: string;
  /** Whether this resource is the binding constraint. */
  binding: boolean;
}

function compact(value: number): string {
  const magnitude = Math.abs(value);
  const digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** Id of the resource that binds throughput, as the engine names it; null when it names none that is listed. */
export function bindingResourceId(evaluation: Pick<Evaluation, 'bottleneck' | 'resources'>): string | null {
  const id = evaluation.bottleneck.resourceId;
  return id !== undefined && evaluation.resources.some((r) => r.id === id) ? id : null;
}

/**
 * Rows of the utilization chart, busiest first, at most `limit` (the binding resource is always kept).
 * Labels name the server type when the design has more than one.
 */
export function utilizationRows(evaluation: Pick<Evaluation, 'bottleneck' | 'resources'>, limit = 8): { rows: UtilizationRow[]; hidden: number } {
  const binding = bindingResourceId(evaluation);
  const prefixes = new Set(evaluation.resources.map((r) => r.id.split('/')[0]));
  const sorted = [...evaluation.resources].sort((a, b) => b.utilization - a.utilization || a.label.localeCompare(b.label));
  let shown = sorted.slice(0, limit);
  const bindingResource = sorted.find((r) => r.id === binding);
  if (bindingResource && !shown.includes(bindingResource)) shown = [...shown.slice(0, limit - 1), bindingResource];
  const rows = shown.map((r) => ({
    id: r.id,
    label: prefixes.size > 1 && r.id.includes('/') ? `${r.id.split('/')[0]}: ${r.label}` : r.label,
    utilizationPct: r.utilization * 100,
    loadText: `${compact(r.load)} / ${compact(r.capacity)} ${r.unit}`,
    binding: r.id === binding,
  }));
  return { rows, hidden: evaluation.resources.length - rows.length };
}

/** One slice of the GPU time chart. */
export interface IdleSlice {
  key: 'busy' | IdleCause;
  label: string;
  /** Share of each step, percent 0..100. */
  pct: number;
}

/** Share below which an idle cause is left out of the chart (and counted in the note), 0..1. */
export const IDLE_MIN_SHARE = 0.0005;

/** Busy share and the idle causes of a GPU step, busy first, then causes largest first; negligible causes left out. */
export function idleSlices(evaluation: Pick<Evaluation, 'gpuUtilization' | 'gpuIdle'>): IdleSlice[] {
  const causes = (Object.entries(evaluation.gpuIdle) as Array<[IdleCause, number]>)
    .filter(([, share]) => share >= IDLE_MIN_SHARE)
    .sort((a, b) => b[1] - a[1])
    .map(([cause, share]): IdleSlice => ({ key: cause, label: `waiting: ${CAUSES[cause].noun}`, pct: share * 100 }));
  return [{ key: 'busy', label: 'busy (computing)', pct: evaluation.gpuUtilization * 100 }, ...causes];
}

/** One bar of the cost breakdown, USD per hour of work. */
export interface CostRow {
  key: 'capex' | 'power' | 'colocation' | 'support';
  label: string;
  usdPerHour: number;
  /** Whether the figure rests on estimated prices. */
  estimate: boolean;
}

/** The four parts of the ownership cost per hour of work. */
export function costRows(cost: Evaluation['cost']): CostRow[] {
  const b = cost.breakdownUsdPerHour;
  return [
    { key: 'capex', label: 'Capex (amortized)', usdPerHour: b.capex, estimate: cost.capexIncludesEstimates },
    { key: 'power', label: 'Power', usdPerHour: b.power, estimate: false },
    { key: 'colocation', label: 'Colocation', usdPerHour: b.colocation, estimate: false },
    // Support is a share of capex, so estimated prices carry into it.
    { key: 'support', label: 'Support', usdPerHour: b.support, estimate: cost.capexIncludesEstimates },
  ];
}

/** A unit for a chart axis of durations. */
export interface DurationUnit {
  /** Short name for the axis label, e.g. `h`. */
  label: 'min' | 'h' | 'days';
  /** Seconds in one unit. */
  seconds: number;
}

/** The unit that keeps durations up to `maxSeconds` readable on an axis (as `formatDuration` would pick). */
export function durationUnitFor(maxSeconds: number): DurationUnit {
  if (maxSeconds < 2 * 3600) return { label: 'min', seconds: 60 };
  if (maxSeconds < 2 * 86_400) return { label: 'h', seconds: 3600 };
  return { label: 'days', seconds: 86_400 };
}

/** One x position of the scaling charts; the numbers are null where the point could not be evaluated. */
export interface ScalingRow {
  serverCount: number;
  gpus: number | null;
  samplesPerSec: number | null;
  /** Scaling efficiency, percent. */
  efficiencyPct: number | null;
  /** Time to model in `timeUnit`. */
  timeToModel: number | null;
  timeToModelSeconds: number | null;
  usdPerTrainedModel: number | null;
  bottleneck: CauseId | null;
}

/** Rows of the scaling charts, the duration unit of their time axis and the points that failed. */
export function scalingRows(sweep: NodeSweep): { rows: ScalingRow[]; timeUnit: DurationUnit; failed: SweepPointError[] } {
  const maxSeconds = Math.max(0, ...sweep.points.map((p) => (p.ok ? p.timeToModelSeconds : 0)).filter(Number.isFinite));
  const timeUnit = durationUnitFor(maxSeconds);
  const rows = sweep.points.map((p): ScalingRow =>
    p.ok
      ? {
          serverCount: p.serverCount, gpus: p.gpus, samplesPerSec: p.samplesPerSec, efficiencyPct: p.scalingEfficiency * 100,
          timeToModel: p.timeToModelSeconds / timeUnit.seconds, timeToModelSeconds: p.timeToModelSeconds,
          usdPerTrainedModel: p.usdPerTrainedModel, bottleneck: p.bottleneck,
        }
      : { serverCount: p.serverCount, gpus: null, samplesPerSec: null, efficiencyPct: null, timeToModel: null, timeToModelSeconds: null, usdPerTrainedModel: null, bottleneck: null },
  );
  return { rows, timeUnit, failed: sweep.points.filter((p): p is SweepPointError => !p.ok) };
}
