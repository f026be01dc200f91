/**
 * Storage sizing: how many GPUs of one kind can this storage and these client hosts keep at least X% busy, and
 * which part gives out first. Returns a curve of accelerator utilization (AU) against GPU count, for the CLI and a
 * future sizing view. A design's GPUs ask their own compute rate; an emulated accelerator asks its benchmark's.
 */
import { resolveCpuName } from '../catalog/cpuName';
import { resolveWorkload } from '../catalog/workloads';
import { DesignSchema, type Design } from '../model/design';
import { evaluateDesign } from '../engine/evaluate';
import { resolveServer } from '../engine/normalize';
import { ASSUMED } from '../engine/assumed';
import { decodeSite } from '../engine/dataLoader';
import type { InputError } from '../engineApi';
import { auAt, demandPerAccelerator, readsSequentially, type AuPoint, type ReadProfile, type StorageSetup, type SupplyPart } from './benchmark';
import { emulatedWorkload } from './benchmarks';
import { StorageClientSchema, defaultClientStack, type StorageClient } from './client';
import { cpuGeneration } from './mlperfStorageParse';
import { storageCapacity, StorageSystemSchema, type StorageSystem } from './system';
import { resolveStorageUse } from './unit';

/** What to size: a storage system (x units), the client host every `gpusPerHost` GPUs add, and the demand. */
export interface SizingInput {
  system: StorageSystem;
  units?: number;
  /** Local drives: every host brings its own copy of `system` (units grow with hosts). */
  storagePerHost?: boolean;
  client: StorageClient;
  gpusPerHost: number;
  read: ReadProfile;
  /** Samples/s one GPU consumes when never starved. */
  demandPerGpu: number;
  /** AU to keep, 0..1. */
  auTarget: number;
  /** Largest GPU count to consider (default 100,000). */
  maxGpus?: number;
  /** Dataset bytes and each host's page cache: warm epochs read from storage only what the hosts' caches miss. */
  datasetBytes?: number;
  pageCacheBytesPerHost?: number;
}

export interface SizingPoint extends AuPoint {
  gpus: number;
  hosts: number;
}

export interface SizingResult {
  demandPerGpu: number;
  auTarget: number;
  /** Most GPUs kept at or above the target (0 when not even one is). */
  maxGpus: number;
  /** Hosts at `maxGpus`. */
  hosts: number;
  /** The part that gives out first: the narrowest one just past `maxGpus`. */
  limitingPart: SupplyPart;
  /** AU against GPU count, from one GPU to past the limit. */
  curve: SizingPoint[];
  /** True when the search stopped at `maxGpus` of the input rather than at a limit. */
  capped: boolean;
}

/** Share of a host's shard its page cache misses in a warm epoch (the engine's rule, `core/engine/pipeline.ts`). */
function warmMissFraction(input: SizingInput, hosts: number): number {
  if (!input.datasetBytes || !input.pageCacheBytesPerHost) return 1;
  const cached = Math.min(1, input.pageCacheBytesPerHost / (input.datasetBytes / hosts));
  return cached >= 1 ? 0 : 1 - cached * ASSUMED.lruHitEfficiency.value;
}

/** The storage setup and read profile of a sizing input at `gpus` GPUs (hosts, storage units, warm cache misses). */
export function setupAt(input: SizingInput, gpus: number): { setup: StorageSetup; read: ReadProfile; hosts: number } {
  const hosts = Math.max(1, Math.ceil(gpus / input.gpusPerHost));
  const read = input.datasetBytes ? { ...input.read, missFraction: warmMissFraction(input, hosts) } : input.read;
  const setup: StorageSetup = { system: input.system, units: input.storagePerHost ? hosts * (input.units ?? 1) : (input.units ?? 1), client: input.client, hosts };
  return { setup, read, hosts };
}

function point(input: SizingInput, gpus: number): SizingPoint {
  const { setup, read, hosts } = setupAt(input, gpus);
  return { ...auAt(setup, read, input.demandPerGpu, gpus, storageCapacity(input.system, readsSequentially(read))), gpus, hosts };
}

/**
 * Sizes a storage setup in whole client hosts (servers of `gpusPerHost` GPUs each): the most GPUs kept at the AU
 * target, the part that binds just past them, and the AU curve. Per-host limits make AU a sawtooth in the GPU
 * count, so the count moves in whole servers.
 */
export function sizeStorage(input: SizingInput): SizingResult {
  const g = Math.max(1, Math.floor(input.gpusPerHost));
  const capHosts = Math.max(1, Math.floor((input.maxGpus ?? 100_000) / g));
  const ok = (k: number) => point(input, k * g).au >= input.auTarget;
  let maxHosts = 0;
  if (ok(1)) {
    let lo = 1;
    let hi = 2;
    while (hi <= capHosts && ok(hi)) { lo = hi; hi *= 2; }
    if (hi > capHosts) lo = ok(capHosts) ? capHosts : lo;
    else {
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (ok(mid)) lo = mid; else hi = mid;
      }
    }
    maxHosts = lo;
  }
  const endHosts = Math.min(capHosts, Math.max(4, Math.ceil(maxHosts * 2)));
  const hostCounts = new Set<number>([1]);
  for (let i = 1; i <= 40; i++) hostCounts.add(Math.max(1, Math.round((endHosts * i) / 40)));
  if (maxHosts > 0) { hostCounts.add(maxHosts); if (maxHosts < capHosts) hostCounts.add(maxHosts + 1); }
  const curve = [...hostCounts].sort((a, b) => a - b).map((k) => point(input, k * g));
  const past = point(input, Math.min(capHosts, maxHosts + 1) * g);
  return { demandPerGpu: input.demandPerGpu, auTarget: input.auTarget, maxGpus: maxHosts * g, hosts: maxHosts, limitingPart: past.limitingPart, curve, capped: maxHosts >= capHosts };
}

/** A design's storage as a sizing input: its shared storage (or each server's local drives), its servers as clients. */
export function sizingInputOfDesign(input: unknown, auTarget: number, opts: { benchmark?: string; maxGpus?: number; warm?: boolean } = {}): { ok: true; input: SizingInput; notes: string[] } | { ok: false; errors: InputError[] } {
  const parsed = DesignSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: [{ path: '(design)', message: parsed.error.issues[0]?.message ?? 'invalid design' }] };
  const design: Design = parsed.data;
  const errors: InputError[] = [];
  const index = design.serverTypes.findIndex((t) => t.components.some((c) => c.kind === 'gpu'));
  if (index < 0) return { ok: false, errors: [{ path: 'serverTypes', message: 'no server type has GPUs' }] };
  const server = resolveServer(design.serverTypes[index]!, index, errors);
  if (!server) return { ok: false, errors };
  const notes: string[] = [];

  // The client host: its NICs, CPU cores, generation and clock.
  const cpus = server.cpus.map((c) => c.cpu!).filter(Boolean);
  const cores = cpus.reduce((s, c) => s + c.cores, 0) || 1;
  const cpu = cpus[0];
  const allCoreGHz = cpu ? (cpu.baseGHz + cpu.boostGHz) / 2 : undefined;
  const generation = cpu ? cpuGeneration(`${cpu.name} ${resolveCpuName(cpu.name).model ?? ''}`) : 'skylake';
  const nicPorts = server.nics.reduce((s, n) => s + (n.nic?.ports ?? 1), 0);
  const nicGbps = server.nics[0]?.nic?.portSpeedGbps ?? 0;

  let system: StorageSystem;
  let units = 1;
  let storagePerHost = false;
  if (design.sharedStorage) {
    const resolved = resolveStorageUse(design.sharedStorage);
    if (!resolved.ok) return { ok: false, errors: [resolved.error] };
    const unit = resolved.unit;
    notes.push(...resolved.notes);
    units = design.sharedStorage.count;
    system = unit.system ?? StorageSystemSchema.parse({ nodes: 1, drivesPerNode: 0, driveClass: 'nvme-gen4', portsPerNode: 0, portGbps: 100, transport: 'tcp', fileSystem: 'nfs', controllerReadGBps: design.sharedStorage.readGBps ?? unit.readGBps });
    if (design.sharedStorage.readGBps) system = { ...system, controllerReadGBps: design.sharedStorage.readGBps / system.nodes };
    if (!unit.system) notes.push(`${unit.name} is not described as parts: its catalog read figure is its only limit`);
  } else {
    const drives = server.drives.filter((d) => d.drive);
    if (!drives.length) return { ok: false, errors: [{ path: `serverTypes[${index}]`, message: 'the design has neither shared storage nor local drives to size' }] };
    const d = drives[0]!.drive!;
    system = StorageSystemSchema.parse({ nodes: 1, drivesPerNode: drives.length, driveClass: d.kind === 'sata-ssd' ? 'sata-ssd' : d.kind === 'hdd' ? 'hdd' : d.pcieGen === 5 ? 'nvme-gen5' : d.pcieGen === 3 ? 'nvme-gen3' : 'nvme-gen4', driveReadGBps: d.seqReadGBps, portsPerNode: 0, portGbps: 1, transport: 'local', fileSystem: 'local', dataProtection: 'none' });
    storagePerHost = true;
    notes.push('local drives: every server reads its own drives');
  }
  const stack = design.sharedStorage?.clientStack ?? defaultClientStack(system.fileSystem);
  const client = StorageClientSchema.parse({
    stack, transport: system.transport, nicPorts: system.fileSystem === 'local' ? 0 : nicPorts, nicGbps, dpuOffload: design.sharedStorage?.dpuOffload ?? false,
    cores, cpuGeneration: generation, ...(allCoreGHz ? { allCoreGHz } : {}), memoryGB: server.memoryGB,
  });

  let read: ReadProfile;
  let demandPerGpu: number;
  let datasetBytes: number | undefined;
  if (opts.benchmark) {
    const w = emulatedWorkload(opts.benchmark);
    if (!w) return { ok: false, errors: [{ path: '--benchmark', message: `unknown emulated workload "${opts.benchmark}"` }] };
    read = w;
    demandPerGpu = demandPerAccelerator(w);
    notes.push(`emulated accelerators: ${w.name} (${demandPerGpu.toLocaleString('en-US', { maximumFractionDigits: 1 })} samples/s each)`);
  } else {
    // The GPU's own rate: the design evaluated with synthetic data (no input pipeline).
    const synthetic = evaluateDesign({ ...design, run: { ...design.run, data: 'synthetic' } });
    if (!synthetic.ok) return { ok: false, errors: synthetic.errors };
    demandPerGpu = synthetic.evaluation.samplesPerSec / synthetic.evaluation.gpus;
    const w = typeof design.workload === 'string' ? resolveWorkload(design.workload)! : design.workload;
    // Where decoding runs: the run's data loader, or with `auto` what its software does (core/engine/dataLoader.ts).
    const cpuShare = decodeSite(design.run, server.gpus[0]?.gpu) === 'gpu' ? w.cpuFractionWithGpuDecode : 1;
    read = { recordBytes: w.storedBytesPerSample, samplesPerFile: 1, format: w.format ?? 'raw', readThreads: 8, cpuCoreSecondsPerSample: w.cpuCoreSecondsPerSample * cpuShare, coresPerConsumer: 0 };
    if (opts.warm) datasetBytes = w.datasetSamples * w.storedBytesPerSample;
    if (datasetBytes) notes.push(`warm epochs: each server's page cache (${Math.round(server.memoryGB * ASSUMED.pageCacheUsableFraction.value).toLocaleString('en-US')} GB) holds part of its shard of the ${Math.round(datasetBytes / 1e9).toLocaleString('en-US')} GB dataset`);
    if (!opts.warm) notes.push('every sample is read from storage (the first epoch, or a dataset larger than RAM); --warm lets the page cache serve what fits');
    notes.push(`each ${server.gpus[0]!.gpu!.name} consumes ${Math.round(demandPerGpu).toLocaleString('en-US')} samples/s of ${w.name} when never starved`);
  }
  return { ok: true, notes, input: { system, units, storagePerHost, client, gpusPerHost: server.gpus.length, read, demandPerGpu, auTarget, ...(opts.maxGpus ? { maxGpus: opts.maxGpus } : {}),
    ...(datasetBytes && server.memoryGB > 0 ? { datasetBytes, pageCacheBytesPerHost: server.memoryGB * 1e9 * ASSUMED.pageCacheUsableFraction.value } : {}) } };
}
