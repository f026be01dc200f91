import { z } from 'zod';
import type { InputError } from '../engineApi';
import { zodToInputErrors } from '../project/zodErrors';
import { designFromCase, type CaseInput } from '../catalog/caseDesign';
import { evaluateDesign } from '../engine/evaluate';

const count = z.number().int().min(1).max(1_000_000);
const text = z.string().max(2000).nullish();

/** One validation case (reference README format). `measured` is accepted but never read by predictions. */
export const CaseSchema = z.object({
  id: z.string().min(1).max(300),
  source: z.string().optional(),
  workload: z.string().min(1),
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
  }),
  measured: z.record(z.string(), z.unknown()).optional(),
});
export type Case = z.infer<typeof CaseSchema>;

/** A cases file: an array of cases. */
export const CasesFileSchema = z.array(CaseSchema).max(100_000);

/** Checks a parsed cases file; errors name the JSON path. */
export function parseCases(raw: unknown): { ok: true; cases: Case[] } | { ok: false; errors: InputError[] } {
  const r = CasesFileSchema.safeParse(raw);
  return r.success ? { ok: true, cases: r.data } : { ok: false, errors: zodToInputErrors(r.error) };
}

/** The prediction for one case, in the CLI's output format. */
export interface Prediction {
  id: string;
  samplesPerSec: number | null;
  timeToTrainMin: number | null;
  epochs: number | null;
  bottleneck: string | null;
  error: string | null;
}

const finiteOrNull = (x: number) => (Number.isFinite(x) ? x : null);

/** Predicts one case from its system and settings alone. */
export function predictCase(c: Case): Prediction {
  const empty = { id: c.id, samplesPerSec: null, timeToTrainMin: null, epochs: null, bottleneck: null };
  // Strip `measured` so nothing downstream can read it.
  const { measured: _measured, ...input } = c;
  const built = designFromCase(input as CaseInput);
  if ('error' in built) return { ...empty, error: built.error };
  const res = evaluateDesign(built.design);
  if (!res.ok) return { ...empty, error: res.errors.map((e) => `${e.path}: ${e.message}`).join('; ') };
  const ev = res.evaluation;
  return {
    id: c.id,
    samplesPerSec: finiteOrNull(ev.samplesPerSec),
    timeToTrainMin: finiteOrNull(ev.time.totalSeconds / 60),
    epochs: finiteOrNull(ev.time.epochs),
    bottleneck: ev.bottleneck.cause,
    error: null,
  };
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
