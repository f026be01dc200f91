// Rows of the comparison table and of the combined bill of materials: every scenario side by side,
// the best value of each row and the cells that differ from the first scenario marked. Pure.
import type { Evaluation, Interval } from '../../../core';
import { formatRange } from '../../lib/ranges';
import { formatDuration, formatNumber, formatPercent, formatThroughput, formatUsd, formatUsdPerSample } from '../../lib/format';
import type { ScenarioResult } from './scenarioResults';
import { CAUSES } from '../../../core';

/** Which way a metric is better, or null when neither is (a count). */
export type Better = 'higher' | 'lower' | null;

/** One headline metric of the comparison. */
export interface CompareMetric {
  key: string;
  label: string;
  /** Unit for the CSV header, e.g. `USD`, `s`, `samples/s`. */
  csvUnit: string;
  better: Better;
  value: (evaluation: Evaluation) => number;
  format: (value: number, result: ScenarioResult) => string;
  /** The value's 80% range (`Evaluation.uncertainty`), in the same unit as `value`, for metrics that have one. */
  range?: (evaluation: Evaluation) => Interval | undefined;
  /** Shown only when some scenario trains a transformer LLM (its tokens, MFU and $ per million tokens). */
  llmOnly?: boolean;
}

/** The headline metrics, in table order. */
export const COMPARE_METRICS: readonly CompareMetric[] = [
  { key: 'throughput', label: 'Throughput', csvUnit: 'samples/s', better: 'higher', value: (e) => e.samplesPerSec, range: (e) => e.uncertainty?.samplesPerSec, format: (v, r) => formatThroughput(v, r.noun.short) },
  { key: 'tokensPerSec', label: 'Tokens per second', csvUnit: 'tokens/s', better: 'higher', llmOnly: true, value: (e) => e.llm?.tokensPerSec ?? Number.NaN, range: (e) => e.uncertainty?.tokensPerSec, format: (v) => formatThroughput(v, 'tok') },
  { key: 'mfu', label: 'Model FLOPs utilization (MFU)', csvUnit: '%', better: 'higher', llmOnly: true, value: (e) => (e.llm ? e.llm.mfu * 100 : Number.NaN), format: (v) => formatPercent(v / 100) },
  { key: 'usdPerMillionTokens', label: 'Cost per million tokens', csvUnit: 'USD', better: 'lower', llmOnly: true, value: (e) => e.llm?.usdPerMillionTokens ?? Number.NaN, range: (e) => e.uncertainty?.usdPerMillionTokens, format: (v) => (Number.isFinite(v) ? `${formatUsd(v)} / M tokens` : formatUsd(v)) },
  { key: 'firstEpochThroughput', label: 'First-epoch throughput (cold cache)', csvUnit: 'samples/s', better: 'higher', value: (e) => e.coldSamplesPerSec, format: (v, r) => formatThroughput(v, r.noun.short) },
  { key: 'timeToModel', label: 'Time to model', csvUnit: 's', better: 'lower', value: (e) => e.time.totalSeconds, range: (e) => e.uncertainty?.timeToModelSeconds, format: (v) => formatDuration(v) },
  { key: 'firstEpochTime', label: '… of it the cold first epoch', csvUnit: 's', better: 'lower', value: (e) => e.time.firstEpochSeconds, format: (v) => formatDuration(v) },
  { key: 'warmEpochsTime', label: '… of it the warm epochs', csvUnit: 's', better: 'lower', value: (e) => e.time.remainingEpochsSeconds, format: (v) => formatDuration(v) },
  { key: 'usdPerSample', label: 'Cost per sample', csvUnit: 'USD', better: 'lower', value: (e) => e.cost.usdPerImage, range: (e) => e.uncertainty?.usdPerImage, format: (v, r) => formatUsdPerSample(v, r.noun.long) },
  { key: 'usdPerModel', label: 'Cost per trained model', csvUnit: 'USD', better: 'lower', value: (e) => e.cost.usdPerTrainedModel, range: (e) => e.uncertainty?.usdPerTrainedModel, format: (v) => formatUsd(v) },
  { key: 'capex', label: 'Purchase price (capex)', csvUnit: 'USD', better: 'lower', value: (e) => e.cost.capexUsd, format: (v) => formatUsd(v) },
  { key: 'ownershipPerHour', label: 'Ownership per hour of work', csvUnit: 'USD/h', better: 'lower', value: (e) => e.cost.ownershipUsdPerHour, format: (v) => `${formatUsd(v)} / h` },
  { key: 'gpuUtilization', label: 'GPU busy share', csvUnit: '%', better: 'higher', value: (e) => e.gpuUtilization * 100, format: (v) => formatPercent(v / 100) },
  { key: 'gpus', label: 'GPUs', csvUnit: 'count', better: null, value: (e) => e.gpus, format: (v) => formatNumber(v) },
  { key: 'servers', label: 'Servers', csvUnit: 'count', better: null, value: (e) => e.nodes, format: (v) => formatNumber(v) },
  { key: 'powerKW', label: 'Power at full load', csvUnit: 'kW', better: 'lower', value: (e) => e.cost.powerKW, format: (v) => `${formatNumber(v, 1)} kW` },
  { key: 'rackUnits', label: 'Rack space', csvUnit: 'U', better: 'lower', value: (e) => e.cost.rackUnits, format: (v) => `${formatNumber(v)} U` },
  { key: 'kWhPerModel', label: 'Energy per trained model', csvUnit: 'kWh', better: 'lower', value: (e) => e.cost.kWhPerTrainedModel, format: (v) => `${formatNumber(v, v < 10 ? 1 : 0)} kWh` },
  { key: 'cloudPerModel', label: 'Same job in the cloud', csvUnit: 'USD', better: null, value: (e) => e.cost.cloud?.usdPerTrainedModel ?? Number.NaN, format: (v) => (Number.isFinite(v) ? formatUsd(v) : 'no instance') },
];

/** One cell of a metric row. */
export interface MetricCell {
  /** NaN when the scenario has no evaluation. */
  value: number;
  text: string;
  /** "80% range 84,310–107,490 img/s" where the metric has a range and the engine gave one. */
  rangeText?: string;
  /** The best value of the row (only for rows with a direction and more than one distinct value). */
  best: boolean;
  /** Differs from the first scenario's value by more than 0.5%. */
  differs: boolean;
  /** Change from the first scenario, %, when it differs. */
  deltaPct: number | null;
  /** Whether the change is an improvement (null when the metric has no direction or there is no change). */
  improves: boolean | null;
}

/** A row of the comparison table. */
export interface MetricRow {
  metric: CompareMetric;
  cells: MetricCell[];
}

const RELATIVE_TOLERANCE = 0.005;

function differ(a: number, b: number): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Number.isFinite(a) !== Number.isFinite(b);
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale > 0 && Math.abs(a - b) / scale > RELATIVE_TOLERANCE;
}

/** The metrics that apply to `results`: the LLM rows only when some scenario trains a transformer LLM. */
export function metricsFor(results: readonly ScenarioResult[]): CompareMetric[] {
  const llm = results.some((r) => r.evaluation?.llm);
  return COMPARE_METRICS.filter((m) => !m.llmOnly || llm);
}

/** The metric rows for `results` (the first scenario is the baseline of the differences). */
export function metricRows(results: readonly ScenarioResult[]): MetricRow[] {
  return metricsFor(results).map((metric) => {
    const values = results.map((r) => (r.evaluation ? metric.value(r.evaluation) : Number.NaN));
    const finite = values.filter(Number.isFinite);
    const bestValue = metric.better === null || finite.length < 2 ? null : metric.better === 'higher' ? Math.max(...finite) : Math.min(...finite);
    const varied = finite.some((v) => differ(v, finite[0]!));
    const baseline = values[0]!;
    const cells = values.map((value, i): MetricCell => {
      const result = results[i]!;
      const differs = i > 0 && differ(value, baseline);
      const deltaPct = differs && Number.isFinite(value) && Number.isFinite(baseline) && baseline !== 0 ? ((value - baseline) / Math.abs(baseline)) * 100 : null;
      const range = result.evaluation && metric.range ? formatRange(metric.range(result.evaluation), (v) => metric.format(v, result)) : undefined;
      return {
        value,
        text: result.evaluation ? metric.format(value, result) : result.errors.length ? 'cannot evaluate' : '…',
        ...(range ? { rangeText: `80% range ${range}` } : {}),
        best: bestValue !== null && varied && Number.isFinite(value) && !differ(value, bestValue),
        differs,
        deltaPct,
        improves: deltaPct === null || metric.better === null ? null : metric.better === 'higher' ? deltaPct > 0 : deltaPct < 0,
      };
    });
    return { metric, cells };
  });
}

/** The bottleneck of each scenario as a label (`Storage`), or a dash while there is none. */
export function bottleneckLabels(results: readonly ScenarioResult[]): string[] {
  return results.map((r) => (r.evaluation ? CAUSES[r.evaluation.bottleneck.cause].label : '—'));
}

/** A line of the combined bill of materials: one item and how many each scenario buys. */
export interface BomRow {
  /** Heading the item sits under (server type, fabric, storage, ...). */
  group: string;
  item: string;
  /** Count per scenario (0 when it does not buy the item). */
  counts: number[];
  /** Total price per scenario, USD; null where the scenario has the item without a price. */
  totalsUsd: Array<number | null>;
  /** Unit price, USD, from the first scenario that buys it; null when it has none there. */
  unitPriceUsd: number | null;
  confidence: string;
  /** Whether the scenarios buy different numbers of it. */
  differs: boolean;
}

/** Every BOM item of every scenario, in first-seen order, with the count each scenario buys. */
export function bomRows(results: readonly ScenarioResult[]): BomRow[] {
  const rows = new Map<string, BomRow>();
  results.forEach((r, i) => {
    for (const line of r.evaluation?.cost.bom ?? []) {
      const key = `${line.section}|${line.item}`;
      let row = rows.get(key);
      if (!row) {
        row = { group: line.group, item: line.item, counts: results.map(() => 0), totalsUsd: results.map(() => 0), unitPriceUsd: line.unitPriceUsd, confidence: line.confidence, differs: false };
        rows.set(key, row);
      }
      row.counts[i]! += line.count;
      const prev = row.totalsUsd[i]!;
      row.totalsUsd[i] = prev === null || line.totalUsd === null ? null : prev + line.totalUsd;
    }
  });
  for (const row of rows.values()) row.differs = row.counts.some((c) => c !== row.counts[0]);
  return [...rows.values()];
}
