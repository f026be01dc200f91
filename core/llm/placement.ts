import type { TopologyLevel } from '../engine/collectives';
import { COLLECTIVE } from '../engine/params/network';
import type { ParallelLayout } from '../model/parallelLayout';

/** The machine a layout is placed on: identical nodes of `gpusPerNode` GPUs in one NVLink (or PCIe) domain. */
export interface LlmMachine {
  gpusPerNode: number;
  nodes: number;
  /** Collective bandwidth per GPU inside a node, GB/s one direction. */
  intraNodeGBps: number;
  /** Network bandwidth per node for collectives, GB/s one direction. */
  nodeNetworkGBps: number;
}

/**
 * The topology levels of one parallel group of `ranks` GPUs whose consecutive members are `stride` GPUs
 * apart in the rank order (tensor innermost, then pipeline, then data: TP inside the NVLink domain, PP
 * across nodes, DP outermost). Members that share a node talk over NVLink/PCIe; the rest over the network,
 * where every GPU of a node runs its own group's collective at once and gets its share of the node's NICs.
 */
export function groupLevels(machine: LlmMachine, ranks: number, stride: number): TopologyLevel[] {
  const perNode = Math.max(1, Math.min(ranks, Math.floor(machine.gpusPerNode / stride)));
  const acrossNodes = Math.max(1, Math.ceil(ranks / perNode));
  const levels: TopologyLevel[] = [];
  if (perNode > 1) levels.push({ name: 'intra-node', ranks: perNode, bandwidthGBps: machine.intraNodeGBps, latencySeconds: COLLECTIVE.intraNodeHopSeconds.value, efficiency: COLLECTIVE.levelEfficiency.value, algorithm: 'ring' });
  if (acrossNodes > 1) levels.push({ name: 'network', ranks: acrossNodes, bandwidthGBps: machine.nodeNetworkGBps / machine.gpusPerNode, latencySeconds: COLLECTIVE.interNodeHopSeconds.value, efficiency: COLLECTIVE.levelEfficiency.value, algorithm: 'tree' });
  return levels;
}

/** Levels of each group of a layout. */
export function layoutLevels(machine: LlmMachine, layout: ParallelLayout): { tensor: TopologyLevel[]; pipeline: TopologyLevel[]; data: TopologyLevel[] } {
  return {
    tensor: groupLevels(machine, layout.tensor, 1),
    pipeline: groupLevels(machine, layout.pipeline, layout.tensor),
    data: groupLevels(machine, layout.data, layout.tensor * layout.pipeline),
  };
}
