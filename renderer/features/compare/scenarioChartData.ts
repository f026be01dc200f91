// Rows of the comparison charts: one bar per scenario on one shared axis. Pure.
import { durationUnitFor, type DurationUnit } from '../results/chartData';
import type { ScenarioResult } from './scenarioResults';

/** One scenario's bar of the time-to-model chart. */
export interface TimeBar {
  name: string;
  /** Time to model in `unit`; null when the scenario has no evaluation. */
  time: number | null;
  seconds: number | null;
  meetsDeadline: boolean | null;
}

/** Time-to-model bars in one unit for every scenario, and the deadline in that unit. */
export function timeBars(results: readonly ScenarioResult[], deadlineHours?: number): { bars: TimeBar[]; unit: DurationUnit; deadline: number | null } {
  const seconds = results.map((r) => r.evaluation?.time.totalSeconds ?? null);
  const deadlineSeconds = deadlineHours === undefined ? null : deadlineHours * 3600;
  const unit = durationUnitFor(Math.max(0, deadlineSeconds ?? 0, ...seconds.filter((s): s is number => s !== null && Number.isFinite(s))));
  return {
    unit,
    deadline: deadlineSeconds === null ? null : deadlineSeconds / unit.seconds,
    bars: results.map((r, i) => ({
      name: r.name,
      seconds: seconds[i]!,
      time: seconds[i] === null ? null : seconds[i]! / unit.seconds,
      meetsDeadline: seconds[i] === null || deadlineSeconds === null ? null : seconds[i]! <= deadlineSeconds,
    })),
  };
}

/** One scenario's bars of the cost chart: its own cost per trained model by part, and the cloud's. */
export interface CostBar {
  name: string;
  capex: number | null;
  power: number | null;
  colocation: number | null;
  support: number | null;
  /** Total own cost per trained model, USD. */
  total: number | null;
  /** The same job on the compared cloud instance, USD; null without one. */
  cloud: number | null;
}

/** Cost per trained model of every scenario, split as the ownership cost per hour is split. */
export function costBars(results: readonly ScenarioResult[]): CostBar[] {
  return results.map((r) => {
    const cost = r.evaluation?.cost;
    if (!cost) return { name: r.name, capex: null, power: null, colocation: null, support: null, total: null, cloud: null };
    const b = cost.breakdownUsdPerHour;
    const perHour = b.capex + b.power + b.colocation + b.support;
    const share = (part: number) => (perHour > 0 ? (part / perHour) * cost.usdPerTrainedModel : 0);
    return {
      name: r.name,
      capex: share(b.capex),
      power: share(b.power),
      colocation: share(b.colocation),
      support: share(b.support),
      total: cost.usdPerTrainedModel,
      cloud: cost.cloud?.usdPerTrainedModel ?? null,
    };
  });
}
