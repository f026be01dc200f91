/**
 * The workload catalog: the shipped `assets/workloads/*.json` files, validated once and cached,
 * resolution by id or alias, and the convergence curve (samples to the quality target at a given
 * global batch). Pure: the JSON files are static imports, so this runs in the worker, Node and the CLI.
 */
import { z } from 'zod';
import { WorkloadSchema, type Workload } from '../model/workload';
import alphagoZero from '../../assets/workloads/go-alphago-zero.json';
import bertLargeMlperf from '../../assets/workloads/bert-large-mlperf.json';
import bertLargeSeq128 from '../../assets/workloads/bert-large-pretrain-seq128.json';
import bertLargeSquad from '../../assets/workloads/bert-large-squad.json';
import dlrmDcnv2 from '../../assets/workloads/dlrm-dcnv2-criteo.json';
import gpt3 from '../../assets/workloads/gpt3-175b.json';
import hiresImagery from '../../assets/workloads/hires-imagery-16k.json';
import llama2Lora from '../../assets/workloads/llama2-70b-lora.json';
import llama2Full from '../../assets/workloads/llama2-70b.json';
import llama31_8b from '../../assets/workloads/llama3.1-8b.json';
import llama31_70b from '../../assets/workloads/llama3.1-70b.json';
import llama31_405b from '../../assets/workloads/llama3.1-405b.json';
import mixtral8x7b from '../../assets/workloads/mixtral-8x7b.json';
import resnet50 from '../../assets/workloads/resnet50-imagenet.json';
import retinanet from '../../assets/workloads/retinanet-openimages.json';
import unet3d from '../../assets/workloads/unet3d-kits19.json';

/** The envelope every workload file uses: `{ format, version, workload }`. */
export const WorkloadFileSchema = z.object({
  format: z.literal('trainwright/workload'),
  version: z.literal(1),
  workload: WorkloadSchema,
});
export type WorkloadFile = z.infer<typeof WorkloadFileSchema>;

/** The shipped workload files, keyed by file name (for error messages and tests). */
export const WORKLOAD_FILES: Readonly<Record<string, unknown>> = {
  'resnet50-imagenet.json': resnet50,
  'bert-large-mlperf.json': bertLargeMlperf,
  'bert-large-pretrain-seq128.json': bertLargeSeq128,
  'bert-large-squad.json': bertLargeSquad,
  'llama2-70b-lora.json': llama2Lora,
  'gpt3-175b.json': gpt3,
  'retinanet-openimages.json': retinanet,
  'dlrm-dcnv2-criteo.json': dlrmDcnv2,
  'unet3d-kits19.json': unet3d,
  'hires-imagery-16k.json': hiresImagery,
  'go-alphago-zero.json': alphagoZero,
  'llama2-70b.json': llama2Full,
  'llama3.1-8b.json': llama31_8b,
  'llama3.1-70b.json': llama31_70b,
  'llama3.1-405b.json': llama31_405b,
  'mixtral-8x7b.json': mixtral8x7b,
};

/**
 * Validates one workload file (envelope + schema) and returns its workload; throws an Error naming
 * the file and the JSON path of every problem.
 */
export function parseWorkloadFile(fileName: string, data: unknown): Workload {
  const parsed = WorkloadFileSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`workload file ${fileName} is invalid: ${problems.join('; ')}`);
  }
  const w = parsed.data.workload;
  const batches = w.convergence.points.map((p) => p.globalBatch);
  if (new Set(batches).size !== batches.length) {
    throw new Error(`workload file ${fileName} is invalid: workload.convergence.points: duplicate globalBatch`);
  }
  return w;
}

let cache: { list: Workload[]; byKey: Map<string, Workload> } | undefined;

/** Lower-case, with `_` and blanks read as `-`, so `llama2_70b_lora` finds `llama2-70b-lora`. */
function keyOf(name: string): string {
  return name.trim().toLowerCase().replace(/[_\s]+/g, '-');
}

function load(): { list: Workload[]; byKey: Map<string, Workload> } {
  if (cache) return cache;
  const list = Object.entries(WORKLOAD_FILES).map(([file, data]) => parseWorkloadFile(file, data));
  const byKey = new Map<string, Workload>();
  for (const w of list) {
    for (const name of [w.id, ...w.aliases]) {
      const k = keyOf(name);
      const other = byKey.get(k);
      if (other && other.id !== w.id) throw new Error(`workload name "${name}" is used by both ${other.id} and ${w.id}`);
      byKey.set(k, w);
    }
  }
  cache = { list, byKey };
  return cache;
}

/** All shipped workloads, validated on first call and cached; the same array on every call. */
export function loadWorkloads(): Workload[] {
  return load().list;
}

/** Finds a shipped workload by id or alias (case-insensitive; `_` and `-` are interchangeable). */
export function resolveWorkload(idOrAlias: string): Workload | undefined {
  const byKey = load().byKey;
  // Ids come back here on every evaluation already in their key form: skip normalising them.
  return byKey.get(idOrAlias) ?? byKey.get(keyOf(idOrAlias));
}

// Convergence points by global batch, kept per workload (a node sweep asks for every point of one workload).
const sortedByConvergence = new WeakMap<Workload['convergence'], ReadonlyArray<Workload['convergence']['points'][number]>>();
function sortedPoints(convergence: Workload['convergence']): ReadonlyArray<Workload['convergence']['points'][number]> {
  let sorted = sortedByConvergence.get(convergence);
  if (!sorted) {
    sorted = [...convergence.points].sort((a, b) => a.globalBatch - b.globalBatch);
    sortedByConvergence.set(convergence, sorted);
  }
  return sorted;
}

/** How much training a workload needs to reach its quality target. */
export interface TrainingTarget {
  /** Passes over the training set (fractional). */
  epochs: number;
  /** Samples processed. */
  samples: number;
}

/**
 * Training needed to reach the quality target at `globalBatch`, from the workload's published
 * convergence points.
 *
 * - Between two points the value (epochs or samples, per `convergence.unit`) is interpolated
 *   linearly in log(global batch): v = v0 + (v1 - v0) * ln(b / b0) / ln(b1 / b0).
 * - Outside the points it is clamped: below the smallest published batch the smallest batch's
 *   value is used, above the largest the largest batch's value. Clamping does not extrapolate the
 *   trend, so batches far beyond the last point are optimistic; the curves cover the batches that
 *   published runs used.
 * - A non-finite or non-positive batch is treated as the smallest published batch.
 * - Epochs and samples convert through `datasetSamples`.
 */
export function samplesToTarget(workload: Workload, globalBatch: number): TrainingTarget {
  const points = sortedPoints(workload.convergence);
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const batch = Number.isFinite(globalBatch) && globalBatch > 0 ? globalBatch : first.globalBatch;
  let value: number;
  if (batch <= first.globalBatch) value = first.value;
  else if (batch >= last.globalBatch) value = last.value;
  else {
    const i = points.findIndex((p) => p.globalBatch >= batch);
    const hi = points[i]!;
    const lo = points[i - 1]!;
    const t = Math.log(batch / lo.globalBatch) / Math.log(hi.globalBatch / lo.globalBatch);
    value = lo.value + t * (hi.value - lo.value);
  }
  return workload.convergence.unit === 'epochs'
    ? { epochs: value, samples: value * workload.datasetSamples }
    : { epochs: value / workload.datasetSamples, samples: value };
}
