/**
 * The storage sizing question as one engine call, for the app's Storage sizing view: a design and the user's
 * choices (AU target, demand source, page cache) in; the sizing of `core/storage/sizing.ts`, the supply parts at
 * the answer and the notes out, or the reasons in the user's words. Pure and synchronous, like `sweepNodes`.
 */
import type { InputError } from '../engineApi';
import { DesignSchema } from '../model/design';
import { resolveServer } from './normalize';
import { EMULATED_WORKLOADS, emulatedWorkload } from '../storage/benchmarks';
import { readsSequentially, supplyParts, type SupplyPart } from '../storage/benchmark';
import { setupAt, sizeStorage, sizingInputOfDesign, type SizingInput, type SizingResult } from '../storage/sizing';
import { storageCapacity } from '../storage/system';

/** What the user asks: the AU to keep, whose demand (the design's GPUs or an emulated accelerator), warm or cold cache. */
export interface StorageSizingRequest {
  /** Accelerator utilization to keep, % (1..100). */
  auTargetPct: number;
  /** Id of an emulated accelerator of `EMULATED_WORKLOADS`; absent: the design's own GPUs. */
  benchmark?: string;
  /** Warm epochs: the servers' page cache serves what fits of the dataset (design demand only). */
  warm?: boolean;
}

/** One part of the data path at the operating point: what it can supply and how much of that is used. */
export interface SupplyPartUse extends SupplyPart {
  /** Share of the part's capacity the delivered samples take, 0..1 (1 = the part is the wall). */
  utilization: number;
  /** Whether this is the part that gives out first. */
  limiting: boolean;
}

/** A sizing as the view shows it. */
export interface StorageSizing {
  result: SizingResult;
  /** GPUs (or emulated accelerators) per client server. */
  gpusPerHost: number;
  /** What consumes the samples: the design's GPU, or the emulated accelerator's name. */
  consumer: { kind: 'design' | 'emulated'; name: string };
  /** GPUs the design has (its first server type with GPUs, times its count). */
  designGpus: number;
  /** Bytes of one sample as stored (to read a part's samples/s as GB/s). */
  recordBytes: number;
  /** GPU count the parts are reported at: the answer, or one server when not even one is kept busy. */
  partsAtGpus: number;
  /** Every part of the data path at `partsAtGpus`, narrowest first. */
  parts: SupplyPartUse[];
  /** What the sizing assumed, in plain words (from `sizingInputOfDesign`). */
  notes: string[];
}

export type StorageSizingResponse = { ok: true; sizing: StorageSizing } | { ok: false; errors: InputError[] };

/** Emulated accelerators the view offers: id, name and the AU MLPerf Storage requires of them, %. */
export const EMULATED_ACCELERATOR_OPTIONS: readonly { id: string; name: string; auThresholdPct: number }[] = EMULATED_WORKLOADS.map((w) => ({ id: w.id, name: w.name, auThresholdPct: w.auThresholdPct }));

/** The supply parts at `gpus`, from the setup `sizeStorage` evaluates there (`setupAt`). */
export function supplyPartsAt(input: SizingInput, gpus: number): SupplyPart[] {
  const { setup, read } = setupAt(input, gpus);
  return supplyParts(setup, read, gpus, storageCapacity(input.system, readsSequentially(read))).parts;
}

/** The user's wording of a sizing input error. */
function userError(error: InputError): InputError {
  if (error.path === '--benchmark') return { path: 'emulated accelerator', message: `${error.message}: choose one from the list` };
  if (error.path === 'serverTypes' && /no server type has GPUs/.test(error.message)) return { path: 'serverTypes', message: 'No server type has GPUs: add a GPU to a server so there is something for the storage to keep busy' };
  if (/neither shared storage nor local drives/.test(error.message)) return { ...error, message: 'This design has no shared storage and its GPU servers have no drives: add shared storage or drives to size them' };
  return error;
}

/** Sizes the storage of a design for the user's request (see `StorageSizingRequest`). */
export function sizeStorageOfDesign(design: unknown, request: StorageSizingRequest): StorageSizingResponse {
  const pct = request.auTargetPct;
  if (!Number.isFinite(pct) || pct < 1 || pct > 100) return { ok: false, errors: [{ path: 'AU target', message: 'The AU target must be a percentage from 1 to 100' }] };
  const made = sizingInputOfDesign(design, pct / 100, { ...(request.benchmark ? { benchmark: request.benchmark } : {}), ...(request.warm ? { warm: true } : {}) });
  if (!made.ok) return { ok: false, errors: made.errors.map(userError) };
  const { input } = made;
  // The notes speak to the CLI's flags; the view has a page-cache choice instead.
  const notes = made.notes.map((n) => n.replace('--warm lets', 'a warm page cache lets'));
  const result = sizeStorage(input);
  const partsAtGpus = result.maxGpus > 0 ? result.maxGpus : input.gpusPerHost;
  const delivered = result.curve.find((p) => p.gpus === partsAtGpus)?.samplesPerSec ?? partsAtGpus * input.demandPerGpu;
  const parts = supplyPartsAt(input, partsAtGpus)
    .map((p) => ({ ...p, utilization: p.samplesPerSec > 0 ? delivered / p.samplesPerSec : Infinity, limiting: p.id === result.limitingPart.id }))
    .sort((a, b) => a.samplesPerSec - b.samplesPerSec);
  const emulated = request.benchmark ? emulatedWorkload(request.benchmark) : undefined;
  const gpuType = designGpuType(design);
  const consumer = emulated ? { kind: 'emulated' as const, name: emulated.name } : { kind: 'design' as const, name: gpuType.name };
  return { ok: true, sizing: { result, gpusPerHost: input.gpusPerHost, consumer, designGpus: gpuType.servers * input.gpusPerHost, recordBytes: input.read.recordBytes, partsAtGpus, parts, notes } };
}

/** The GPU name and server count of the design's first server type with GPUs (the one the sizing sizes). */
function designGpuType(design: unknown): { name: string; servers: number } {
  const parsed = DesignSchema.safeParse(design);
  if (!parsed.success) return { name: 'GPU', servers: 0 };
  const index = parsed.data.serverTypes.findIndex((t) => t.components.some((c) => c.kind === 'gpu'));
  const type = parsed.data.serverTypes[index];
  const server = type ? resolveServer(type, index, []) : null;
  return { name: server?.gpus[0]?.gpu?.name ?? 'GPU', servers: type?.count ?? 0 };
}
