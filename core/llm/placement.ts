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

/** The topology levels of each parallel group of a layout. */
export interface LayoutLevels {
  tensor: TopologyLevel[];
  context: TopologyLevel[];
  pipeline: TopologyLevel[];
  data: TopologyLevel[];
  /** The ranks of one data-parallel group that share an MoE layer's tokens (the expert-parallel group). */
  expert: TopologyLevel[];
  /** The ranks that hold the same experts and reduce their gradients (data x context / expert). */
  expertData: TopologyLevel[];
}

/**
 * Levels of each group of a layout. Rank order, innermost first: tensor, context, pipeline, data (Megatron-Core
 * orders tensor, then context, then the rest), so TP sits inside the NVLink domain, a context group next to it
 * and the pipeline across nodes; the expert-parallel group is the innermost part of the data-parallel one.
 */
export function layoutLevels(machine: LlmMachine, layout: ParallelLayout): LayoutLevels {
  const { tensor, context, pipeline, data, expert } = layout;
  const replica = tensor * context * pipeline;
  return {
    tensor: groupLevels(machine, tensor, 1),
    context: groupLevels(machine, context, tensor),
    pipeline: groupLevels(machine, pipeline, tensor * context),
    data: groupLevels(machine, data, replica),
    expert: groupLevels(machine, expert, replica),
    expertData: groupLevels(machine, data / expert, replica * expert),
  };
}
