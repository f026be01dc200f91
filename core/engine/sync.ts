import type { Design } from '../model/design';
import type { ResolvedServer, ServerGraph } from './resolved';
import { pathToRoot } from './normalize';
import { PCIE_COLLECTIVE, crossSocketPeerGBps } from './efficiency';

/** Per-hop latency of NVLink/PCIe (intra) and of the network (inter), seconds (NCCL tests: ~2-10 us per hop). */
const INTRA_HOP_SECONDS = 3e-6;
const INTER_HOP_SECONDS = 8e-6;

/** Gradient all-reduce time per step and the bandwidths it ran at. */
export interface SyncTime {
  seconds: number;
  intraSeconds: number;
  interSeconds: number;
  intraGBps: number;
  /** Network bandwidth per node available to the all-reduce, GB/s. */
  interGBpsPerNode: number;
}

// Derived from the graph alone, so computed once per shared graph (see serverCache.ts).
const intraByGraph = new WeakMap<ServerGraph, number>();

/** Bus bandwidth one GPU of a server gets for collectives inside the node, GB/s (one direction). */
export function intraNodeBandwidth(server: ResolvedServer): number {
  let gbps = intraByGraph.get(server.graph);
  if (gbps === undefined) {
    gbps = graphIntraNodeBandwidth(server.graph);
    intraByGraph.set(server.graph, gbps);
  }
  return gbps;
}

function graphIntraNodeBandwidth(server: ServerGraph): number {
  const gpus = server.gpus;
  if (gpus.length <= 1) return Infinity;
  // NVLink carries the whole ring only if every GPU is in one NVLink-connected group (NVSwitch or mesh);
  // pairwise bridges leave the hops between pairs on PCIe.
  if (nvlinkConnectsAll(server)) return Math.min(...gpus.map((g) => g.gpu!.scaleUpGBps || 1));
  // PCIe: ring traffic crosses each GPU's link and, if GPUs sit on several sockets, the CPU interconnect,
  // at the peer bandwidths NCCL itself assumes (see PCIE_COLLECTIVE), not the links' data rates.
  const linkGBps = Math.min(...gpus.map((g) => Math.min(...pathToRoot(server, g.id).map((e) => e.bandwidthGBps), Infinity)));
  const sockets = new Set(gpus.map((g) => server.rootOf.get(g.id)));
  const cpu = server.cpus.find((c) => c.cpu)?.cpu;
  const overhead = cpu && /intel/i.test(cpu.vendor) ? PCIE_COLLECTIVE.intelP2pOverhead.value : 1;
  const pcieGBps = ((Number.isFinite(linkGBps) ? linkGBps : 16) * PCIE_COLLECTIVE.linkEfficiency.value) / overhead;
  const socketGBps = server.socketEdges.reduce((s, e) => s + e.bandwidthGBps, 0);
  let viaSocket = Infinity;
  if (sockets.size > 1 && socketGBps > 0) {
    const peer = cpu ? crossSocketPeerGBps(cpu.vendor, cpu.launchYear).value / overhead : socketGBps;
    viaSocket = Math.min(socketGBps, peer);
  }
  return Math.min(pcieGBps, viaSocket);
}

/** Whether every GPU has an NVLink and all GPUs are in one NVLink-connected group (union-find with path compression). */
function nvlinkConnectsAll(server: ServerGraph): boolean {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    for (let p = parent.get(root); p !== undefined && p !== root; p = parent.get(root)) root = p;
    for (let cur = x; cur !== root;) { const next = parent.get(cur)!; parent.set(cur, root); cur = next; }
    return root;
  };
  const linked = new Set<string>();
  for (const e of server.nvlinkEdges) {
    linked.add(e.from);
    linked.add(e.to);
    const a = find(e.from);
    const b = find(e.to);
    if (a !== b) parent.set(a, b);
  }
  const first = server.gpus[0];
  if (!first || !linked.has(first.id)) return false;
  const root = find(first.id);
  return server.gpus.every((g) => linked.has(g.id) && find(g.id) === root);
}

/** Network bandwidth per node for collectives, GB/s: all NIC ports, divided by the fabric's oversubscription. */
export function nodeNetworkBandwidth(design: Design, server: ResolvedServer): number {
  const gbps = server.nics.reduce((s, n) => s + (n.nic?.portSpeedGbps ?? 0) * (n.nic?.ports ?? 1), 0);
  return gbps / 8 / design.fabric.oversubscription;
}

/**
 * Hierarchical ring all-reduce of `gradientBytes`: reduce-scatter and all-gather inside the node
 * (2(n-1)/n of the data over the GPU's bus bandwidth), then across nodes over the NICs
 * (2(N-1)/N of the data per node), plus per-hop latency (tree across nodes).
 */
export function allReduceTime(design: Design, server: ResolvedServer, gradientBytes: number, totalNodes: number, slowestNodeGBps: number): SyncTime {
  const n = server.gpus.length;
  const intraGBps = intraNodeBandwidth(server);
  const intraSeconds = n > 1 ? (2 * (n - 1) / n) * (gradientBytes / 1e9) / intraGBps + 2 * (n - 1) * INTRA_HOP_SECONDS : 0;
  let interSeconds = 0;
  if (totalNodes > 1) {
    const bw = slowestNodeGBps > 0 ? slowestNodeGBps : 1e-3;
    interSeconds = (2 * (totalNodes - 1) / totalNodes) * (gradientBytes / 1e9) / bw + 2 * Math.ceil(Math.log2(totalNodes)) * INTER_HOP_SECONDS;
  }
  return { seconds: intraSeconds + interSeconds, intraSeconds, interSeconds, intraGBps, interGBpsPerNode: slowestNodeGBps };
}
