import type { Design } from '../model/design';
import type { ResolvedServer } from './resolved';
import { pathToRoot } from './normalize';
import { PCIE_COLLECTIVE, crossSocketPeerGBps } from './efficiency';
import type { TopologyLevel } from './collectives';
import type { ResourceUse } from './result';
import type { StepTerm } from './terms';
import { COLLECTIVE } from './params/network';

/** Bus bandwidth one GPU of a server gets for collectives inside the node, GB/s (one direction). */
export function intraNodeBandwidth(server: ResolvedServer): number {
  const gpus = server.gpus;
  if (gpus.length <= 1) return Infinity;
  // NVLink carries the whole ring only if every GPU is in one NVLink-connected group (NVSwitch or mesh);
  // pairwise bridges leave the hops between pairs on PCIe.
  const parent = new Map<string, string>();
  const find = (x: string): string => { let r = x; while (parent.get(r) && parent.get(r) !== r) r = parent.get(r)!; return r; };
  for (const e of server.edges) if (e.kind === 'nvlink') parent.set(find(e.from), find(e.to));
  const groups = new Set(gpus.map((g) => find(g.id)));
  const allLinked = gpus.every((g) => server.edges.some((e) => e.kind === 'nvlink' && (e.from === g.id || e.to === g.id)));
  if (allLinked && groups.size === 1) return Math.min(...gpus.map((g) => g.gpu!.scaleUpGBps || 1));
  // PCIe: ring traffic crosses each GPU's link and, if GPUs sit on several sockets, the CPU interconnect,
  // at the peer bandwidths NCCL itself assumes (see PCIE_COLLECTIVE), not the links' data rates.
  const linkGBps = Math.min(...gpus.map((g) => Math.min(...pathToRoot(server, g.id).map((e) => e.bandwidthGBps), Infinity)));
  const sockets = new Set(gpus.map((g) => server.rootOf.get(g.id)));
  const cpu = server.cpus.find((c) => c.cpu)?.cpu;
  const overhead = cpu && /intel/i.test(cpu.vendor) ? PCIE_COLLECTIVE.intelP2pOverhead.value : 1;
  const pcieGBps = ((Number.isFinite(linkGBps) ? linkGBps : COLLECTIVE.fallbackPcieGBps.value) * PCIE_COLLECTIVE.linkEfficiency.value) / overhead;
  const socketGBps = server.edges.filter((e) => e.kind === 'socket').reduce((s, e) => s + e.bandwidthGBps, 0);
  let viaSocket = Infinity;
  if (sockets.size > 1 && socketGBps > 0) {
    const peer = cpu ? crossSocketPeerGBps(cpu.vendor, cpu.launchYear).value / overhead : socketGBps;
    viaSocket = Math.min(socketGBps, peer);
  }
  return Math.min(pcieGBps, viaSocket);
}

/** Network bandwidth per node for collectives, GB/s: all NIC ports, divided by the fabric's oversubscription. */
export function nodeNetworkBandwidth(design: Design, server: ResolvedServer): number {
  const gbps = server.nics.reduce((s, n) => s + (n.nic?.portSpeedGbps ?? 0) * (n.nic?.ports ?? 1), 0);
  return gbps / 8 / design.fabric.oversubscription;
}

/**
 * The data-parallel group of one server type laid out on the topology: the server's GPUs over NVLink or
 * PCIe (ring), then the nodes over their NICs (tree latency, ring bandwidth), each GPU with its share of
 * the slowest node's network bandwidth (the all-reduce runs at the pace of the slowest node).
 */
export function dataParallelLevels(server: ResolvedServer, totalNodes: number, slowestNodeGBps: number): TopologyLevel[] {
  const n = server.gpus.length;
  const levels: TopologyLevel[] = [];
  if (n > 1) {
    levels.push({ name: 'intra-node', ranks: n, bandwidthGBps: intraNodeBandwidth(server), latencySeconds: COLLECTIVE.intraNodeHopSeconds.value, efficiency: COLLECTIVE.levelEfficiency.value, algorithm: 'ring' });
  }
  if (totalNodes > 1) {
    levels.push({
      name: 'network', ranks: totalNodes, bandwidthGBps: slowestNodeGBps / Math.max(1, n),
      latencySeconds: COLLECTIVE.interNodeHopSeconds.value, efficiency: COLLECTIVE.levelEfficiency.value, algorithm: 'tree',
    });
  }
  return levels;
}

/**
 * Load on the links the gradient all-reduce crosses, at the achieved step: the GPUs' NVLink or PCIe share
 * inside the node and the node's NICs, each as bytes per second against the level's bandwidth.
 */
export function syncResources(server: ResolvedServer, terms: readonly StepTerm[], gradientBytes: number, stepSeconds: number, totalNodes: number, slowestNodeGBps: number): ResourceUse[] {
  if (!terms.some((t) => t.term === 'data-parallel-sync') || !(stepSeconds > 0)) return [];
  const n = server.gpus.length;
  const out: ResourceUse[] = [];
  let shard = gradientBytes;
  for (const level of dataParallelLevels(server, totalNodes, slowestNodeGBps)) {
    const p = level.ranks;
    const perRankGB = (2 * (p - 1) / p) * shard / 1e9;
    const intra = level.name === 'intra-node';
    const members = intra ? 1 : n;
    const load = (perRankGB * members) / stepSeconds;
    const capacity = level.bandwidthGBps * level.efficiency * members;
    out.push({
      id: `${server.type.id}/sync-${level.name}`,
      label: intra ? `GPU-to-GPU all-reduce (${n} GPUs, per GPU)` : 'NICs for the gradient all-reduce (per node)',
      kind: intra && server.edges.some((e) => e.kind === 'nvlink') ? 'nvlink' : 'network',
      load, capacity, unit: 'GB/s', utilization: capacity > 0 ? Math.min(1, load / capacity) : 0,
    });
    shard /= p;
  }
  return out;
}
