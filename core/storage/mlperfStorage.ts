/**
 * Validation on MLPerf Storage results: each `kind: mlperf-storage` row becomes a design from its hardware
 * description alone (`mlperfStorageParse.ts`); the model predicts the most accelerators kept at the benchmark's AU
 * threshold and the samples/s delivered at the published accelerator count. The measured block is read only to
 * score the predictions, after they are made.
 */
import { z } from 'zod';
import { auAt, demandPerAccelerator, maxAccelerators, type StorageSetup } from './benchmark';
import { emulatedWorkload } from './benchmarks';
import { StorageClientSchema } from './client';
import { StorageSystemSchema } from './system';
import { clientFromDescription, storageFromDescription } from './mlperfStorageParse';

const RowSchema = z.object({
  id: z.string(),
  kind: z.string(),
  round: z.string().optional(),
  workload: z.string().optional(),
  accelerator: z.string().optional(),
  storage: z.record(z.string(), z.unknown()).optional(),
  clients: z.record(z.string(), z.unknown()).optional(),
  measured: z.record(z.string(), z.unknown()).optional(),
  isMaxAcceleratorsForSystem: z.boolean().optional(),
}).passthrough();

/** One row's outcome: a prediction (and its score) or the field it lacks. */
export type StorageValidationRow =
  | {
    id: string; ok: true; workload: string; hosts: number; limitingPart: string;
    predictedMaxAccelerators: number; publishedAccelerators: number; isMax: boolean;
    predictedSamplesPerSec: number; measuredSamplesPerSec?: number; predictedAuAtPublished: number;
    /** Signed relative errors (predicted / measured - 1); absent when not scored. */
    maxAcceleratorsError?: number; samplesPerSecError?: number; notes: string[];
  }
  | { id: string; ok: false; missing: string };

export interface StorageValidation {
  rows: StorageValidationRow[];
  evaluated: number;
  total: number;
  maxAccelerators: ErrorSummary;
  samplesPerSec: ErrorSummary;
}

export interface ErrorSummary { n: number; medianApe: number; p90Ape: number; over: number; under: number }

const str = (x: unknown) => (typeof x === 'string' ? x : undefined);

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return sorted[lo]! + (sorted[Math.ceil(i)]! - sorted[lo]!) * (i - lo);
}

export function summarize(errors: number[]): ErrorSummary {
  const ape = errors.map(Math.abs).sort((a, b) => a - b);
  return { n: errors.length, medianApe: quantile(ape, 0.5), p90Ape: quantile(ape, 0.9), over: errors.filter((e) => e > 0).length, under: errors.filter((e) => e < 0).length };
}

/** The design of a row (storage, clients, emulated workload) from its description, or the missing field. */
export function setupOfRow(raw: unknown): { ok: true; setup: StorageSetup; workloadId: string; notes: string[] } | { ok: false; missing: string } {
  const row = RowSchema.parse(raw);
  const wid = `${row.workload ?? ''}-${(row.accelerator ?? '').toLowerCase()}`;
  if (!emulatedWorkload(wid)) return { ok: false, missing: `workload/accelerator: no emulated workload "${wid}"` };
  const s = row.storage ?? {};
  const c = row.clients ?? {};
  const storageDesc = {
    product: str(s.product), storageNodes: str(s.storageNodes), drives: str(s.drives), network: str(s.network), protocol: str(s.protocol),
    vendorRatedReadGBps: typeof s.vendorRatedReadGBps === 'number' ? s.vendorRatedReadGBps : undefined,
  };
  const hosts = typeof c.hosts === 'number' ? c.hosts : undefined;
  if (!hosts) return { ok: false, missing: 'clients.hosts' };
  const client = clientFromDescription({ hosts, cpu: str(c.cpu), cpuModelFromSummary: str(c.cpuModelFromSummary), nic: str(c.nic) }, storageDesc);
  if (!client.ok) return client;
  const system = storageFromDescription(storageDesc, str(c.nic) ?? '');
  if (!system.ok) return system;
  return {
    ok: true, workloadId: wid, notes: [...system.notes, ...client.notes],
    setup: { system: StorageSystemSchema.parse(system.value), client: StorageClientSchema.parse(client.value), hosts },
  };
}

/** Predicts and scores every MLPerf Storage row of a reference data file (an array of rows of any kind). */
export function validateStorage(data: unknown): StorageValidation {
  const rows = z.array(z.record(z.string(), z.unknown())).parse(data).filter((r) => r.kind === 'mlperf-storage');
  const out: StorageValidationRow[] = [];
  for (const raw of rows) {
    const row = RowSchema.parse(raw);
    const mapped = setupOfRow(raw);
    if (!mapped.ok) { out.push({ id: row.id, ok: false, missing: mapped.missing }); continue; }
    const published = typeof row.measured?.accelerators === 'number' ? row.measured.accelerators : undefined;
    if (!published) { out.push({ id: row.id, ok: false, missing: 'measured.accelerators (the published accelerator count)' }); continue; }
    // Prediction: description only.
    const w = emulatedWorkload(mapped.workloadId)!;
    const demand = demandPerAccelerator(w);
    const predictedMax = maxAccelerators(mapped.setup, w, demand, w.auThresholdPct / 100);
    const atPublished = auAt(mapped.setup, w, demand, published);
    // Scoring: only now the measurement.
    const measuredSps = typeof row.measured?.samplesPerSec === 'number' ? row.measured.samplesPerSec : undefined;
    const isMax = row.isMaxAcceleratorsForSystem !== false;
    out.push({
      id: row.id, ok: true, workload: mapped.workloadId, hosts: mapped.setup.hosts, limitingPart: auAt(mapped.setup, w, demand, Math.max(1, predictedMax + 1)).limitingPart.label,
      predictedMaxAccelerators: predictedMax, publishedAccelerators: published, isMax,
      predictedSamplesPerSec: atPublished.samplesPerSec, predictedAuAtPublished: atPublished.au,
      ...(measuredSps ? { measuredSamplesPerSec: measuredSps, samplesPerSecError: atPublished.samplesPerSec / measuredSps - 1 } : {}),
      ...(isMax ? { maxAcceleratorsError: predictedMax / published - 1 } : {}),
      notes: mapped.notes,
    });
  }
  const ok = out.filter((r): r is Extract<StorageValidationRow, { ok: true }> => r.ok);
  return {
    rows: out, evaluated: ok.length, total: rows.length,
    maxAccelerators: summarize(ok.flatMap((r) => (r.maxAcceleratorsError === undefined ? [] : [r.maxAcceleratorsError]))),
    samplesPerSec: summarize(ok.flatMap((r) => (r.samplesPerSecError === undefined ? [] : [r.samplesPerSecError]))),
  };
}
