import { z } from 'zod';
import type { InputError } from '../engineApi';
import { zodToInputErrors } from '../project/zodErrors';
import { designFromCase, type CaseInput } from '../catalog/caseDesign';
import { evaluateDesign } from '../engine/evaluate';
import { ParallelLayoutPinSchema } from '../model/parallelLayout';
import { solveComputeScale } from '../engine/calibrate';
import { resolveGpu } from '../catalog/components';
import { DesignSchema } from '../model/design';
import { InlineTransformerSchema } from '../catalog/transformerWorkload';
import { caseCategory, predictionIntervals } from './intervals';
import { INTERVAL_TABLE } from '../engine/params/uncertainty';

const count = z.number().int().min(1).max(1_000_000);
const text = z.string().max(2000).nullish();

/** One validation case (reference README format). `measured` is accepted but never read by predictions. */
export const CaseSchema = z.object({
  id: z.string().min(1).max(300),
  source: z.string().optional(),
  /** A catalog workload id, or a transformer given by architecture (`{ "transformer": {...}, "trainingTokens"? }`). */
  workload: z.union([z.string().min(1).max(200), InlineTransformerSchema], { error: 'must be a catalog workload id or { "transformer": { layers, hiddenSize, ... } }' }),
  system: z.object({
    name: text,
    nodes: count,
    gpusPerNode: z.number().int().min(1).max(1024),
    gpu: z.string().min(1),
    gpuAsPublished: text,
    cpu: text,
    cpuSockets: z.number().int().min(1).max(16).nullish(),
    cpuCoresPerNode: z.number().int().min(1).max(100_000).nullish(),
    memoryGB: z.number().positive().max(1e7).nullish(),
    gpuInterconnect: text,
    network: text,
    storage: text,
  }),
  settings: z.object({
    globalBatch: z.number().int().min(1).max(1e8).nullish(),
    software: z.enum(['mlperf', 'ngc', 'stock']),
    framework: text,
    data: z.enum(['real', 'synthetic']).nullish(),
    precision: text,
    epochs: z.number().positive().max(1e5).nullish(),
    /** A pinned LLM layout (transformer workloads); absent fields the layout search decides. */
    parallelism: ParallelLayoutPinSchema.nullish(),
  }),
  measured: z.record(z.string(), z.unknown()).optional(),
  /**
   * A measurement of the same hardware and settings at another scale, which the prediction is calibrated
   * to (the compute term only, as a user's own measurement would be).
   */
  calibration: z.object({
    nodes: count,
    gpusPerNode: z.number().int().min(1).max(1024),
    globalBatch: z.number().int().min(1).max(1e8).nullish(),
    measuredSamplesPerSec: z.number().positive().max(1e12),
  }).optional(),
});
export type Case = z.infer<typeof CaseSchema>;

/** A cases file: an array of cases. */
export const CasesFileSchema = z.array(CaseSchema).max(100_000);

/** Checks a parsed cases file; errors name the JSON path. */
export function parseCases(raw: unknown): { ok: true; cases: Case[] } | { ok: false; errors: InputError[] } {
  const r = CasesFileSchema.safeParse(raw);
  if (r.success) return { ok: true, cases: r.data };
  // Described under a `cases` root so places read "Case 3, system"; the path stays the file's own ("[2].system.nodes").
  const errors = zodToInputErrors(new z.ZodError(r.error.issues.map((i) => ({ ...i, path: ['cases', ...i.path] }))), '', 'The cases file', CASE_PLACES);
  return { ok: false, errors: errors.map((e) => ({ ...e, path: e.path.replace(/^cases/, '') || '(root)' })) };
}

/** Containers of a case, as the reference README names them. */
const CASE_PLACES: Readonly<Record<string, string>> = { system: 'system', settings: 'settings', calibration: 'calibration', parallelism: 'parallelism' };

/** The prediction for one case, in the CLI's output format. */
export interface Prediction {
  id: string;
  samplesPerSec: number | null;
  timeToTrainMin: number | null;
  epochs: number | null;
  bottleneck: string | null;
  error: string | null;
  /** LLM cases: seconds per optimizer step, memory of the most loaded GPU (GiB) and the layout evaluated. */
  stepSeconds?: number;
  memoryPerGpuGiB?: number;
  layout?: string;
  /** 80% interval of the throughput and time-to-train (validation residuals of similar cases, `intervals.ts`). */
  samplesPerSecLow?: number;
  samplesPerSecHigh?: number;
  timeToTrainMinLow?: number;
  timeToTrainMinHigh?: number;
  /** How the interval was derived. */
  intervalBasis?: string;
}

const finiteOrNull = (x: number) => (Number.isFinite(x) ? x : null);

/** Predicts one case from its system and settings alone (and its `calibration`, when it has one). */
export function predictCase(c: Case): Prediction {
  const empty = { id: c.id, samplesPerSec: null, timeToTrainMin: null, epochs: null, bottleneck: null };
  // Strip `measured` so nothing downstream can read it.
  const { measured: _measured, calibration, ...input } = c;
  const built = designFromCase(input as CaseInput);
  if ('error' in built) return { ...empty, error: built.error };
  let design = built.design;
  if (calibration) {
    const scale = caseComputeScale(input as CaseInput, calibration);
    if (typeof scale === 'string') return { ...empty, error: `calibration: ${scale}` };
    design = { ...design, run: { ...design.run, computeScale: scale } };
  }
  const pin = c.settings.parallelism;
  if (pin) design = { ...design, run: { ...design.run, parallelism: pin } };
  const res = evaluateDesign(design);
  if (!res.ok) return { ...empty, error: res.errors.map((e) => `${e.path}: ${e.message}`).join('; ') };
  const ev = res.evaluation;
  const samplesPerSec = finiteOrNull(ev.samplesPerSec);
  const timeToTrainMin = finiteOrNull(ev.time.totalSeconds / 60);
  const iv = predictionIntervals(INTERVAL_TABLE, { ...caseCategory(c.workload, c.system.gpu), software: c.settings.software }, { samplesPerSec, timeToTrainMin });
  return {
    id: c.id,
    samplesPerSec,
    timeToTrainMin,
    epochs: finiteOrNull(ev.time.epochs),
    bottleneck: ev.bottleneck.cause,
    error: null,
    ...(ev.llm ? { stepSeconds: ev.stepSeconds, memoryPerGpuGiB: ev.llm.memoryPerGpu.total / 2 ** 30, layout: ev.llm.layoutText } : {}),
    ...(iv.samplesPerSec ? { samplesPerSecLow: iv.samplesPerSec.low, samplesPerSecHigh: iv.samplesPerSec.high } : {}),
    ...(iv.timeToTrainMin ? { timeToTrainMinLow: iv.timeToTrainMin.low, timeToTrainMinHigh: iv.timeToTrainMin.high } : {}),
    ...(iv.samplesPerSec || iv.timeToTrainMin ? { intervalBasis: iv.basis } : {}),
  };
}

/** The compute correction a case's calibration run gives: the same system at the calibration's scale. */
function caseComputeScale(input: CaseInput, cal: NonNullable<Case['calibration']>): number | string {
  const measuredCase: CaseInput = {
    ...input,
    system: { ...input.system, nodes: cal.nodes, gpusPerNode: cal.gpusPerNode },
    settings: { ...input.settings, globalBatch: cal.globalBatch ?? null },
  };
  const built = designFromCase(measuredCase);
  if ('error' in built) return built.error;
  const solved = solveComputeScale(DesignSchema.parse(built.design), cal.measuredSamplesPerSec, (d) => {
    const r = evaluateDesign(d);
    return r.ok ? r.evaluation.samplesPerSec : r.errors;
  });
  return Array.isArray(solved) ? solved.map((e) => `${e.path}: ${e.message}`).join('; ') : solved.computeScale;
}

/** How `validate --by` groups cases. */
export type CaseGrouping = 'generation' | 'workload' | 'nodes';

/** The group a case falls in: its GPU generation (architecture), workload, or cluster-size bucket. */
export function caseGroup(c: Case, by: CaseGrouping): string {
  if (by === 'workload') return typeof c.workload === 'string' ? c.workload : 'transformer given by architecture';
  if (by === 'generation') return resolveGpu(c.system.gpu)?.architecture ?? 'unknown GPU';
  const n = c.system.nodes;
  return n === 1 ? '1 node' : n <= 8 ? '2-8 nodes' : n <= 64 ? '9-64 nodes' : '65+ nodes';
}

/**
 * Cases of the same hardware, software and workload at several scales, each paired with the smallest
 * measured scale of its group as a calibration (the check that calibrating on what a user owns helps).
 */
export function calibratedOnSmallest(cases: readonly Case[]): Array<{ target: Case; calibrated: Case }> {
  const key = (c: Case) => JSON.stringify([c.workload, c.system.gpu, c.system.gpusPerNode, c.system.cpu ?? null, c.settings.software, c.settings.framework ?? null, c.settings.precision ?? null, c.settings.data ?? null]);
  const groups = new Map<string, Case[]>();
  for (const c of cases) groups.set(key(c), [...(groups.get(key(c)) ?? []), c]);
  const out: Array<{ target: Case; calibrated: Case }> = [];
  for (const group of groups.values()) {
    const measured = group.filter((c) => typeof c.measured?.samplesPerSec === 'number');
    if (new Set(measured.map((c) => c.system.nodes)).size < 2) continue;
    const smallest = measured.reduce((a, b) => (b.system.nodes < a.system.nodes ? b : a));
    for (const target of measured) {
      if (target.system.nodes === smallest.system.nodes) continue;
      out.push({
        target,
        calibrated: { ...target, calibration: { nodes: smallest.system.nodes, gpusPerNode: smallest.system.gpusPerNode, globalBatch: smallest.settings.globalBatch ?? null, measuredSamplesPerSec: smallest.measured!.samplesPerSec as number } },
      });
    }
  }
  return out;
}

/** Error statistics of predictions against measurements. */
export interface ErrorStats {
  n: number;
  medianPct: number | null;
  p90Pct: number | null;
  maxPct: number | null;
}

/** Median, 90th percentile (nearest rank) and max of absolute percentage errors. */
export function errorStats(errorsPct: number[]): ErrorStats {
  const a = errorsPct.filter(Number.isFinite).map(Math.abs).sort((x, y) => x - y);
  if (!a.length) return { n: 0, medianPct: null, p90Pct: null, maxPct: null };
  const mid = Math.floor(a.length / 2);
  const median = a.length % 2 ? a[mid]! : (a[mid - 1]! + a[mid]!) / 2;
  const p90 = a[Math.min(a.length - 1, Math.ceil(0.9 * a.length) - 1)]!;
  return { n: a.length, medianPct: median, p90Pct: p90, maxPct: a[a.length - 1]! };
}
