import type { InputError } from '../engineApi';
import { DesignSchema, type Design } from '../model/design';
import { zodToInputErrors } from '../project/zodErrors';
import type { Bottleneck } from './result';
import { applyCalibration, evaluateOperatingPoint } from './evaluate';
import { withServerTypesUnchanged } from './serverCache';

/** Most node counts one sweep evaluates (each is a full evaluation). */
export const MAX_SWEEP_POINTS = 1024;

/** Largest server count a point may ask for (the design schema's limit on a server type's count). */
export const MAX_SWEEP_SERVER_COUNT = 100_000;

/** One evaluated point of a node sweep. */
export interface SweepPointResult {
  ok: true;
  /** Count of the swept server type at this point. */
  serverCount: number;
  /** GPU servers in the whole design at this point (the swept type plus any other GPU server types). */
  nodes: number;
  gpus: number;
  /** Samples per optimizer step across all GPUs at this point. */
  globalBatch: number;
  /** Warm-epoch throughput, samples/s. */
  samplesPerSec: number;
  /** Throughput per GPU relative to the smallest evaluated point of the sweep (1 = perfect scaling). */
  scalingEfficiency: number;
  /** Time to the quality target (or the configured epochs), s. */
  timeToModelSeconds: number;
  usdPerTrainedModel: number;
  usdPerImage: number;
  /** What limits throughput at this point. */
  bottleneck: Bottleneck['cause'];
}

/** A point of a node sweep that could not be evaluated. */
export interface SweepPointError {
  ok: false;
  serverCount: number;
  /** Why, in a sentence (with the JSON path of the engine's first error when there is one). */
  error: string;
}

/** One point of a node sweep. */
export type SweepPoint = SweepPointResult | SweepPointError;

/**
 * How the global batch follows the cluster size in the sweep, as the design states it:
 * `fixed` when the design sets `run.globalBatch` (it stays the same at every point, so each GPU's share
 * shrinks as nodes are added), `per-gpu` when it is left to the workload's reference batch per GPU.
 */
export type SweepBatchRule = 'fixed' | 'per-gpu';

/** The result of sweeping one server type's count. */
export interface NodeSweep {
  /** Id and name of the server type whose count was varied; other server types keep their counts. */
  serverTypeId: string;
  serverTypeName: string;
  /** The count of that server type in the design as given. */
  designServerCount: number;
  batchRule: SweepBatchRule;
  /** One point per distinct requested count, ascending. */
  points: SweepPoint[];
}

/** A node sweep, or the input errors that prevented it (the design itself is invalid). */
export type SweepResponse = { ok: true; sweep: NodeSweep } | { ok: false; errors: InputError[] };

/** Options of `sweepNodes`. */
export interface SweepOptions {
  /** Server type to vary; default: the first server type that has a GPU component. */
  serverTypeId?: string;
}

function hasGpu(type: Design['serverTypes'][number]): boolean {
  return type.components.some((c) => c.kind === 'gpu');
}

function validCount(count: number): boolean {
  return Number.isInteger(count) && count >= 1 && count <= MAX_SWEEP_SERVER_COUNT;
}

function describeErrors(errors: InputError[]): string {
  const first = errors[0];
  if (!first) return 'The engine could not evaluate this point.';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return `${first.path}: ${first.message}${more}`;
}

const plausible = (v: number): boolean => Number.isFinite(v) && v >= 0;

/**
 * A sentence naming the first figure of a point that is not a finite, non-negative number, else null: as
 * `evaluateParsed` guards a full answer, such a point is an error, never a point on the chart.
 */
export function implausibleFigure(e: Pick<SweepPointResult, 'samplesPerSec' | 'timeToModelSeconds' | 'usdPerTrainedModel' | 'usdPerImage'>): string | null {
  // Every point asks, almost every point is fine: answer that without building the list below.
  if (plausible(e.samplesPerSec) && plausible(e.timeToModelSeconds) && plausible(e.usdPerTrainedModel) && plausible(e.usdPerImage)) return null;
  const figures: Array<[string, number]> = [
    ['throughput', e.samplesPerSec], ['time to model', e.timeToModelSeconds], ['cost per trained model', e.usdPerTrainedModel], ['cost per sample', e.usdPerImage],
  ];
  const bad = figures.find(([, v]) => !plausible(v));
  if (!bad) return null;
  return `The ${bad[0]} of this point came out ${Number.isNaN(bad[1]) ? 'not a number' : bad[1] < 0 ? 'negative' : 'infinite'}; check the design's numbers.`;
}

/**
 * Evaluate `design` with the swept type's count set to `serverCount`; never throws. The scaling efficiency
 * needs the first good point, so it is 0 here and `sweepNodes` sets it.
 */
function evaluatePoint(design: Design, typeIndex: number, serverCount: number): SweepPointResult | SweepPointError {
  if (!validCount(serverCount)) {
    return { ok: false, serverCount, error: `A server count must be a whole number from 1 to ${MAX_SWEEP_SERVER_COUNT.toLocaleString('en-US')}; got ${serverCount}.` };
  }
  const pointDesign: Design = {
    ...design,
    serverTypes: design.serverTypes.map((type, i) => (i === typeIndex ? { ...type, count: serverCount } : type)),
  };
  try {
    const response = evaluateOperatingPoint(pointDesign);
    if (!response.ok) return { ok: false, serverCount, error: describeErrors(response.errors) };
    const e = response.point;
    // The engine accepts a fractional batch per GPU; a real job cannot give a GPU less than one sample per step.
    if (e.globalBatch < e.gpus) {
      return { ok: false, serverCount, error: `The global batch of ${e.globalBatch.toLocaleString('en-US')} is smaller than the ${e.gpus.toLocaleString('en-US')} GPUs: each GPU needs at least one sample per step.` };
    }
    const implausible = implausibleFigure(e);
    if (implausible) return { ok: false, serverCount, error: implausible };
    return {
      ok: true, serverCount, nodes: e.nodes, gpus: e.gpus, globalBatch: e.globalBatch, samplesPerSec: e.samplesPerSec,
      timeToModelSeconds: e.timeToModelSeconds, usdPerTrainedModel: e.usdPerTrainedModel, usdPerImage: e.usdPerImage,
      bottleneck: e.bottleneck, scalingEfficiency: 0,
    };
  } catch (error) {
    return { ok: false, serverCount, error: `The engine failed on this point: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Evaluate a design at several cluster sizes: the count of one GPU server type (the first with GPUs, or
 * `options.serverTypeId`) is set to each of `nodeCounts` in turn; everything else, including the rule
 * for the global batch (`SweepBatchRule`), stays as the design has it. Counts are deduplicated and sorted.
 * A point that cannot be evaluated carries an error string; only an invalid design (or request) makes
 * the whole sweep fail, and then with JSON-path errors. Never throws.
 * @param design a design document (validated here)
 * @param nodeCounts counts of the swept server type, whole numbers from 1 to `MAX_SWEEP_SERVER_COUNT`
 */
export function sweepNodes(design: unknown, nodeCounts: readonly number[], options: SweepOptions = {}): SweepResponse {
  const parsed = DesignSchema.safeParse(design);
  if (!parsed.success) return { ok: false, errors: zodToInputErrors(parsed.error) };
  // A calibrated design carries its compute correction to every point.
  const calibrated = applyCalibration(parsed.data);
  if (!calibrated.ok) return calibrated;
  const data = calibrated.design;
  const types = data.serverTypes;
  const typeIndex = options.serverTypeId !== undefined ? types.findIndex((t) => t.id === options.serverTypeId) : types.findIndex(hasGpu);
  if (typeIndex < 0) {
    const message = options.serverTypeId !== undefined ? `no server type with id "${options.serverTypeId}" to sweep` : 'no server type with GPUs to sweep';
    return { ok: false, errors: [{ path: 'serverTypes', message }] };
  }
  const counts = [...new Set(nodeCounts)].sort((a, b) => a - b);
  if (counts.length === 0) return { ok: false, errors: [{ path: 'nodeCounts', message: 'give at least one server count to sweep' }] };
  if (counts.length > MAX_SWEEP_POINTS) return { ok: false, errors: [{ path: 'nodeCounts', message: `at most ${MAX_SWEEP_POINTS} server counts per sweep; got ${counts.length}` }] };

  // The parsed design is this call's own copy: nothing edits its server types while the points are evaluated.
  const points: SweepPoint[] = withServerTypesUnchanged(() => counts.map((count) => evaluatePoint(data, typeIndex, count)));
  const base = points.find((p) => p.ok);
  const basePerGpu = base?.ok ? base.samplesPerSec / base.gpus : 0;
  // The points are this call's own objects: set the field in place rather than copy each point again.
  if (basePerGpu > 0) for (const p of points) if (p.ok) p.scalingEfficiency = p.samplesPerSec / p.gpus / basePerGpu;
  const type = types[typeIndex]!;
  return {
    ok: true,
    sweep: {
      serverTypeId: type.id, serverTypeName: type.name, designServerCount: type.count,
      batchRule: data.run.globalBatch === undefined ? 'per-gpu' : 'fixed', points,
    },
  };
}
