import type { Design } from '../model/design';
import type { SharedStorage } from '../model/catalog';
import type { Workload } from '../model/workload';
import type { ResourceUse } from './result';
import type { Edge, ResolvedServer, ServerGraph } from './resolved';
import { pathToRoot } from './normalize';
import { ASSUMED } from './assumed';
import { DEFAULTS } from './params/defaults';
import { gpuDecodeSecondsPerSample } from './compute';
import { decodeSite } from './dataLoader';
import { transportEfficiency } from '../storage/system';
import { unitReadGBps } from '../storage/unit';
import { defaultClientStack, stackCoreSecondsPerGB } from '../storage/client';
import { CPU_GENERATION } from '../storage/params';

/** Input-pipeline stage a resource belongs to. */
export type Stage = 'storage' | 'cpu' | 'pcie';

/** A resource of one server (or shared by all) and the load it sees per unit of per-GPU throughput. */
export interface PipelineResource {
  id: string;
  label: string;
  kind: ResourceUse['kind'];
  stage: Stage;
  capacity: number;
  unit: string;
  /** Load on the resource when every GPU of the server processes 1 sample/s. */
  loadPerGpuRate: number;
  /** GPUs whose data this resource handles, when that is not all of the server's (a socket's own GPUs). */
  gpusServed?: number;
}

/** Where the dataset is read from, decided per server type. */
export type DataSource = 'synthetic' | 'page-cache' | 'local' | 'shared';

/** How a server type's input pipeline is fed. */
export interface PipelinePlan {
  source: DataSource;
  /** Share of stored bytes read from storage in the first epoch and in later epochs. */
  coldMissFraction: number;
  warmMissFraction: number;
  /** Dataset bytes each server must hold (its shard), and the page cache it has. */
  shardBytes: number;
  pageCacheBytes: number;
  notes: string[];
  /** Why the data cannot reach the GPUs (no drives, no shared storage); blocks the evaluation. */
  problem?: string;
}

/**
 * Decides where a server type's data comes from and how much of it the page cache absorbs. `preferred` is the
 * source an `auto` data location tries (the caller evaluates both and keeps the faster, see `evaluate.ts`).
 */
export function planPipeline(design: Design, server: ResolvedServer, workload: Workload, totalNodes: number, preferred?: 'local' | 'shared'): PipelinePlan {
  const run = design.run;
  const notes: string[] = [];
  let problem: string | undefined;
  const datasetBytes = workload.datasetSamples * workload.storedBytesPerSample;
  const shardBytes = datasetBytes / Math.max(1, totalNodes);
  const memGB = server.memoryGB > 0 ? server.memoryGB : ASSUMED.defaultMemoryGBPerSocket.value * Math.max(1, server.cpus.length);
  if (server.memoryGB === 0) notes.push(`no memory in "${server.type.name}": assumed ${memGB} GB (${ASSUMED.defaultMemoryGBPerSocket.value} GB per socket)`);
  const pageCacheBytes = memGB * 1e9 * ASSUMED.pageCacheUsableFraction.value;
  if (run.data === 'synthetic') return { source: 'synthetic', coldMissFraction: 0, warmMissFraction: 0, shardBytes, pageCacheBytes, notes };

  const localBytes = server.drives.reduce((s, d) => s + (d.drive?.capacityTB ?? 0) * 1e12, 0);
  const fitsRam = pageCacheBytes >= shardBytes;
  let source: DataSource;
  if (run.datasetLocation === 'page-cache' && !fitsRam) {
    // Staging in RAM is impossible: the data must stream from where it is stored.
    notes.push(`the dataset shard (${(shardBytes / 1e9).toFixed(0)} GB) does not fit in the page cache of "${server.type.name}" (${(pageCacheBytes / 1e9).toFixed(0)} GB); it is read from storage`);
    source = server.drives.length > 0 ? 'local' : 'shared';
  } else if (run.datasetLocation !== 'auto') source = run.datasetLocation;
  else if (preferred) source = preferred;
  else if (server.drives.length > 0 && localBytes >= shardBytes) source = 'local';
  else if (design.sharedStorage) source = 'shared';
  else if (fitsRam) source = 'page-cache';
  else source = 'local';
  if (source === 'page-cache') return { source, coldMissFraction: 0, warmMissFraction: 0, shardBytes, pageCacheBytes, notes: [...notes, 'dataset staged in RAM before the run'] };
  if (source === 'local' && server.drives.length === 0) {
    problem = `"${server.type.name}" reads the dataset from local drives but has none: add drives, shared storage, or RAM to stage the data`;
  } else if (source === 'shared' && !design.sharedStorage) {
    problem = `"${server.type.name}" reads the dataset from shared storage but the design has none`;
  } else if (source === 'shared' && server.nics.length === 0) {
    problem = `"${server.type.name}" reads the dataset from shared storage but has no NIC to reach it: add a NIC, local drives, or RAM to stage the data`;
  }

  const cachedShare = Math.min(1, pageCacheBytes / shardBytes);
  // A dataset that fits is read once; a partly cached one hits less than its cached share under random access (LRU thrash).
  const warmMissFraction = cachedShare >= 1 ? 0 : 1 - cachedShare * ASSUMED.lruHitEfficiency.value;
  return { source, coldMissFraction: 1, warmMissFraction, shardBytes, pageCacheBytes, notes, ...(problem ? { problem } : {}) };
}

/** Effective clock of a CPU for decode work, GHz (all-core turbo sits between base and boost). */
function decodeGHz(server: ResolvedServer, socketId: string): number {
  const cpu = server.byId.get(socketId)?.cpu;
  return cpu ? (cpu.baseGHz + cpu.boostGHz) / 2 : DEFAULTS.decodeClockGHz.value;
}

/** Shared-storage inputs of the routing. */
export interface SharedRouting { storage?: SharedStorage; units: number; readGBps?: number; totalGpus: number }

// Routing reads only the shared graph and the inputs in `routeInputs`; the last few results per graph are reused
// (a sweep's points, the warm and cold epochs, and re-evaluations of an unchanged design all repeat them).
const routesByGraph = new WeakMap<ServerGraph, Array<{ inputs: unknown[]; resources: readonly PipelineResource[] }>>();
const ROUTES_KEPT_PER_GRAPH = 4;

/** Every input `routeUncached` reads besides the graph, as plain values: a new input there must be added here. */
function routeInputs(design: Design, server: ResolvedServer, workload: Workload, plan: PipelinePlan, missFraction: number, shared: SharedRouting): unknown[] {
  const w = workload;
  return [
    server.type.id, plan.source, missFraction, decodeSite(design.run, server.gpus[0]?.gpu), w.storedBytesPerSample, w.h2dBytesPerSample, w.cpuCoreSecondsPerSample,
    w.cpuFractionWithGpuDecode, w.cpuReferenceGHz, w.gpuDecodeSecondsPerSample,
    // A user's own system keeps the id of the catalog unit it was copied from: its parts enter by what routing reads of them.
    shared.storage?.id, shared.storage?.name, shared.storage?.readGBps, shared.storage?.system?.transport, shared.storage?.system?.fileSystem, shared.units, shared.readGBps,
    // The GPU total enters only the shared-storage share, so a sweep over local drives keeps hitting.
    plan.source === 'shared' ? shared.totalGpus : undefined, design.sharedStorage?.clientStack, design.sharedStorage?.dpuOffload,
  ];
}

function sameInputs(a: unknown[], b: unknown[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Routes every per-sample flow of the input pipeline over one server's graph and returns each
 * resource's capacity and load per unit of per-GPU throughput. `missFraction` is the share of
 * stored bytes read from storage (cold first epoch = 1). The list may be shared with other evaluations: do
 * not mutate it.
 */
export function routeInputPipeline(design: Design, server: ResolvedServer, workload: Workload, plan: PipelinePlan, missFraction: number, shared: SharedRouting): readonly PipelineResource[] {
  const inputs = routeInputs(design, server, workload, plan, missFraction, shared);
  let memos = routesByGraph.get(server.graph);
  if (!memos) routesByGraph.set(server.graph, (memos = []));
  for (const m of memos) if (sameInputs(m.inputs, inputs)) return m.resources;
  // Each resource frozen, the list a plain (readonly-typed) array: a frozen array is a slow path in V8 (see serverCache.ts).
  const resources = routeUncached(design, server, workload, plan, missFraction, shared).map((r) => Object.freeze(r));
  if (memos.length >= ROUTES_KEPT_PER_GRAPH) memos.shift();
  memos.push({ inputs, resources });
  return resources;
}

// Reads the graph and only the inputs listed in routeInputs.
function routeUncached(design: Design, server: ResolvedServer, workload: Workload, plan: PipelinePlan, missFraction: number, shared: SharedRouting): PipelineResource[] {
  const run = design.run;
  const out: PipelineResource[] = [];
  const name = server.type.id;
  if (plan.source === 'synthetic') return out;
  const gpus = server.gpus;
  const gpuDecode = decodeSite(run, gpus[0]?.gpu) === 'gpu';
  const readBytes = workload.storedBytesPerSample * missFraction;
  const h2dBytes = gpuDecode ? workload.storedBytesPerSample : workload.h2dBytesPerSample;
  // Keyed by the edge itself (no id look-up per flow); insertion order is the order loads were first added.
  const edgeLoad = new Map<Edge, number>();
  const addEdge = (e: Edge, gb: number) => edgeLoad.set(e, (edgeLoad.get(e) ?? 0) + gb);
  const socketOf = (id: string) => server.rootOf.get(id) ?? null;

  // Host-to-device copies: every PCIe link from the GPU up to its socket carries them.
  for (const g of gpus) for (const e of pathToRoot(server, g.id)) addEdge(e, h2dBytes / 1e9);

  // Storage reads.
  const readSockets = new Map<string, number>();
  // CPU the storage client stack spends per byte read from shared storage, reference-core seconds.
  let stackCoreSecondsPerByte = 0;
  if (plan.source === 'local' && readBytes > 0) {
    const drives = server.drives;
    if (drives.length) {
      // RAID-0 stripes equally, so every drive serves the same share and the slowest one paces the array.
      const share = (readBytes * gpus.length) / drives.length / 1e9;
      const slowest = Math.min(...drives.map((d) => d.drive!.seqReadGBps));
      out.push({
        id: `${name}/drives`, label: `${drives.length} x ${drives[0]!.drive!.name} (RAID-0)`, kind: 'drive', stage: 'storage',
        capacity: slowest * drives.length, unit: 'GB/s', loadPerGpuRate: share * drives.length,
      });
      // Shuffled reads open one sample at a time: each costs a random I/O (per MiB), which is what bounds HDDs.
      const ioPerSample = Math.max(1, Math.ceil(workload.storedBytesPerSample / DEFAULTS.randomReadBytes.value)) * missFraction;
      const iops = drives.reduce((s, d) => s + d.drive!.randReadIops, 0);
      out.push({ id: `${name}/drive-iops`, label: 'drive random reads', kind: 'drive', stage: 'storage', capacity: iops, unit: 'IO/s', loadPerGpuRate: ioPerSample * gpus.length });
      for (const d of drives) {
        for (const e of pathToRoot(server, d.id)) addEdge(e, share);
        const s = socketOf(d.id);
        if (s) readSockets.set(s, (readSockets.get(s) ?? 0) + share);
      }
    }
  } else if (plan.source === 'shared' && readBytes > 0 && shared.storage) {
    // A unit described as parts reads at its modelled bandwidth; otherwise at the catalog's figure.
    const system = shared.storage.system;
    const perUnit = shared.readGBps ?? unitReadGBps(shared.storage);
    // All GPUs of all nodes read from the same system: this server's GPUs get their share of it.
    out.push({
      id: 'shared-storage', label: `${shared.units} x ${shared.storage.name}`, kind: 'shared-storage', stage: 'storage',
      capacity: (perUnit * shared.units * gpus.length) / Math.max(1, shared.totalGpus), unit: 'GB/s', loadPerGpuRate: (readBytes * gpus.length) / 1e9,
    });
    const nics = server.nics;
    // The storage protocol moves payload at its efficiency of the line rate (TCP vs RDMA).
    const transport = system?.transport ?? 'tcp';
    const nicGBps = nics.reduce((s, n) => s + ((n.nic?.portSpeedGbps ?? 0) * (n.nic?.ports ?? 1)) / 8, 0) * transportEfficiency(transport);
    const stack = design.sharedStorage?.clientStack ?? defaultClientStack(system?.fileSystem ?? 'nfs');
    stackCoreSecondsPerByte = stackCoreSecondsPerGB(stack, transport, design.sharedStorage?.dpuOffload ?? false) / 1e9;
    out.push({ id: `${name}/nics`, label: `${nics.length} NIC(s) for storage traffic (${transport})`, kind: 'nic', stage: 'storage', capacity: nicGBps, unit: 'GB/s', loadPerGpuRate: (readBytes * gpus.length) / 1e9 });
    const share = readBytes / 1e9 / Math.max(1, nics.length);
    for (const n of nics) {
      for (const e of pathToRoot(server, n.id)) addEdge(e, share * gpus.length);
      const s = socketOf(n.id);
      if (s) readSockets.set(s, (readSockets.get(s) ?? 0) + share * gpus.length);
    }
  }

  // Decode and augment on each GPU's own socket (NUMA-pinned loader workers).
  const cpuLoad = new Map<string, number>();
  const cpuGpus = new Map<string, number>();
  const cpuSeconds = workload.cpuCoreSecondsPerSample * (gpuDecode ? workload.cpuFractionWithGpuDecode : 1);
  for (const g of gpus) {
    const s = socketOf(g.id) ?? server.cpus[0]?.id;
    if (!s) continue;
    const stackSeconds = (stackCoreSecondsPerByte * readBytes * CPU_GENERATION.referenceGHz.value) / decodeGHz(server, s);
    cpuLoad.set(s, (cpuLoad.get(s) ?? 0) + (cpuSeconds * workload.cpuReferenceGHz) / decodeGHz(server, s) + stackSeconds);
    cpuGpus.set(s, (cpuGpus.get(s) ?? 0) + 1);
  }
  for (const [s, load] of cpuLoad) {
    const cpu = server.byId.get(s)!.cpu!;
    // Workload CPU costs are per physical core with its hyper-thread busy, so capacity counts physical cores.
    out.push({ id: `${name}/${s}`, label: `${cpu.name} (${cpu.cores} cores)`, kind: 'cpu', stage: 'cpu', capacity: cpu.cores, unit: 'cores', loadPerGpuRate: load, gpusServed: cpuGpus.get(s) ?? gpus.length });
  }

  if (gpuDecode && workload.gpuDecodeSecondsPerSample > 0) {
    const g = gpus[0]!.gpu!;
    out.push({ id: `${name}/gpu-decode`, label: `${g.name} JPEG decoders`, kind: 'gpu-decoder', stage: 'cpu', capacity: gpus.length, unit: 'decoders', loadPerGpuRate: gpuDecodeSecondsPerSample(g, workload) * gpus.length });
  }

  // Socket link: bytes read on one socket and decoded on another cross it.
  const totalRead = [...readSockets.values()].reduce((a, b) => a + b, 0);
  if (totalRead > 0 && server.cpus.length > 1) {
    let crossing = 0;
    for (const g of gpus) {
      const gs = socketOf(g.id);
      const local = gs ? (readSockets.get(gs) ?? 0) / totalRead : 0;
      crossing += (readBytes / 1e9) * (1 - local);
    }
    const bw = server.socketEdges.reduce((s, e) => s + e.bandwidthGBps, 0);
    if (crossing > 0 && bw > 0) out.push({ id: `${name}/socket-link`, label: 'CPU socket link', kind: 'socket-link', stage: 'pcie', capacity: bw, unit: 'GB/s', loadPerGpuRate: crossing });
  }

  for (const [e, load] of edgeLoad) {
    const child = server.byId.get(e.to);
    out.push({
      id: `${name}/${e.id}`, label: `PCIe ${e.pcieGen ? `Gen${e.pcieGen} ` : ''}x${e.lanes ?? '?'} to ${child?.componentId ?? e.to}`, kind: 'pcie-link', stage: 'pcie',
      capacity: e.bandwidthGBps, unit: 'GB/s', loadPerGpuRate: load,
    });
  }
  return out;
}
