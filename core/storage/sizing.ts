/**
 * Storage sizing: how many GPUs of one kind can this storage and these client hosts keep at least X% busy, and
 * which part gives out first. Returns a curve of accelerator utilization (AU) against GPU count, for the CLI and a
 * future sizing view. A design's GPUs ask their own compute rate; an emulated accelerator asks its benchmark's.
 */
import { resolveCpuName } from '../catalog/cpuName';
import { resolveSharedStorage } from '../catalog/components';
import { resolveWorkload } from '../catalog/workloads';
import { DesignSchema, type Design } from '../model/design';
import { evaluateDesign } from '../engine/evaluate';
import { resolveServer } from '../engine/normalize';
import type { InputError } from '../engineApi';
import { auAt, demandPerAccelerator, readsSequentially, type AuPoint, type ReadProfile, type StorageSetup, type SupplyPart } from './benchmark';
import { emulatedWorkload } from './benchmarks';
import { StorageClientSchema, defaultClientStack, type StorageClient } from './client';
import { cpuGeneration } from './mlperfStorageParse';
import { storageCapacity, StorageSystemSchema, type StorageSystem } from './system';

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

function point(input: SizingInput, gpus: number): SizingPoint {
  const hosts = Math.max(1, Math.ceil(gpus / input.gpusPerHost));
  const setup: StorageSetup = { system: input.system, units: input.storagePerHost ? hosts * (input.units ?? 1) : (input.units ?? 1), client: input.client, hosts };
  return { ...auAt(setup, input.read, input.demandPerGpu, gpus, storageCapacity(input.system, readsSequentially(input.read))), gpus, hosts };
}

/** Sizes a storage setup: the largest GPU count at the AU target, the part that binds, and the AU curve. */
export function sizeStorage(input: SizingInput): SizingResult {
  const cap = Math.max(1, Math.floor(input.maxGpus ?? 100_000));
  const ok = (n: number) => point(input, n).au >= input.auTarget;
  let maxGpus = 0;
  if (ok(1)) {
    let lo = 1;
    let hi = 2;
    while (hi <= cap && ok(hi)) { lo = hi; hi *= 2; }
    if (hi > cap) lo = ok(cap) ? cap : lo;
    else {
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (ok(mid)) lo = mid; else hi = mid;
      }
    }
    maxGpus = lo;
  }
  const end = Math.min(cap, Math.max(4, Math.ceil(maxGpus * 2)));
  const counts = new Set<number>([1]);
  for (let i = 1; i <= 40; i++) counts.add(Math.max(1, Math.round((end * i) / 40)));
  if (maxGpus > 0) { counts.add(maxGpus); if (maxGpus < cap) counts.add(maxGpus + 1); }
  const curve = [...counts].sort((a, b) => a - b).map((n) => point(input, n));
  const past = point(input, Math.min(cap, maxGpus + 1));
  return { demandPerGpu: input.demandPerGpu, auTarget: input.auTarget, maxGpus, hosts: maxGpus > 0 ? point(input, maxGpus).hosts : 0, limitingPart: past.limitingPart, curve, capped: maxGpus >= cap };
}

/** A design's storage as a sizing input: its shared storage (or each server's local drives), its servers as clients. */
export function sizingInputOfDesign(input: unknown, auTarget: number, opts: { benchmark?: string; maxGpus?: number } = {}): { ok: true; input: SizingInput; notes: string[] } | { ok: false; errors: InputError[] } {
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
    const unit = resolveSharedStorage(design.sharedStorage.model);
    if (!unit) return { ok: false, errors: [{ path: 'sharedStorage.model', message: `unknown shared storage "${design.sharedStorage.model}"` }] };
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
  if (opts.benchmark) {
    const w = emulatedWorkload(opts.benchmark);
    if (!w) return { ok: false, errors: [{ path: '--benchmark', message: `unknown emulated workload "${opts.benchmark}"` }] };
    read = w;
    demandPerGpu = demandPerAccelerator(w);
    notes.push(`emulated accelerators: ${w.name} (${demandPerGpu.toFixed(1)} samples/s each)`);
  } else {
    // The GPU's own rate: the design evaluated with synthetic data (no input pipeline).
    const synthetic = evaluateDesign({ ...design, run: { ...design.run, data: 'synthetic' } });
    if (!synthetic.ok) return { ok: false, errors: synthetic.errors };
    demandPerGpu = synthetic.evaluation.samplesPerSec / synthetic.evaluation.gpus;
    const w = typeof design.workload === 'string' ? resolveWorkload(design.workload)! : design.workload;
    const cpuShare = design.run.dataLoader === 'gpu' ? w.cpuFractionWithGpuDecode : 1;
    read = { recordBytes: w.storedBytesPerSample, samplesPerFile: 1, format: w.format ?? 'raw', readThreads: 8, cpuCoreSecondsPerSample: w.cpuCoreSecondsPerSample * cpuShare, coresPerConsumer: 0 };
    notes.push(`each ${server.gpus[0]!.gpu!.name} consumes ${demandPerGpu.toFixed(0)} samples/s of ${w.name} when never starved`);
  }
  return { ok: true, notes, input: { system, units, storagePerHost, client, gpusPerHost: server.gpus.length, read, demandPerGpu, auTarget, ...(opts.maxGpus ? { maxGpus: opts.maxGpus } : {}) } };
}
