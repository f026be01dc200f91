import type { Cpu, Drive, Gpu, Nic, PcieSwitch } from '../model/catalog';
import type { ComponentKind, LinkKind, ServerType } from '../model/design';

/**
 * One physical part after expanding `count` and resolving its catalog model. Built with every field
 * present (absent ones `undefined`) so all parts share one hidden class.
 */
export interface Part {
  /** Instance id: the component id, or `id#i` for the i-th of several. */
  id: string;
  /** Index of the component in `serverType.components` (for error paths). */
  componentIndex: number;
  componentId: string;
  kind: ComponentKind;
  /**
   * Physical units this part stands for: 1, except an NVSwitch component, whose chips form one hub part
   * (one part, `quantity` chips for price, power and the bill of materials) so its links do not grow as
   * GPUs x chips.
   */
  quantity: number;
  gpu?: Gpu;
  cpu?: Cpu;
  drive?: Drive;
  nic?: Nic;
  pcieSwitch?: PcieSwitch;
  capacityGB?: number;
  capacityW?: number;
  /** Unit price and whether it is an estimate. */
  priceUsd: number;
  priceEstimated: boolean;
  /** False when neither the design nor the catalog gives a price: the part is counted at $0 and reported. */
  priceKnown: boolean;
  /** Power of one unit at full load, W (the part draws `powerW * quantity`). */
  powerW: number;
}

/** One link instance with its one-direction bandwidth. */
export interface Edge {
  id: string;
  linkIndex: number;
  kind: LinkKind;
  from: string;
  to: string;
  bandwidthGBps: number;
  pcieGen?: number;
  lanes?: number;
}

/**
 * The graph of a server type: what depends only on its components and links (not on its id, name,
 * count, price or place in the design), so one graph serves every evaluation and sweep point while
 * the parts do not change (see `serverCache.ts`). Shared between evaluations: never mutate it.
 */
export interface ServerGraph {
  parts: readonly Part[];
  edges: readonly Edge[];
  byId: ReadonlyMap<string, Part>;
  edgeById: ReadonlyMap<string, Edge>;
  /** Index of each component id in `serverType.components` (first occurrence). */
  componentIndexById: ReadonlyMap<string, number>;
  /** The PCIe edge that feeds each device from upstream. */
  upstream: ReadonlyMap<string, Edge>;
  /** The CPU socket part id each device ultimately hangs off (null: no path to a CPU). */
  rootOf: ReadonlyMap<string, string | null>;
  /** Edges on the PCIe path from each part up to its root socket (device side first; empty for a socket). */
  rootPath: ReadonlyMap<string, readonly Edge[]>;
  gpus: readonly Part[];
  cpus: readonly Part[];
  drives: readonly Part[];
  nics: readonly Part[];
  pcieSwitches: readonly Part[];
  nvswitches: readonly Part[];
  psus: readonly Part[];
  nvlinkEdges: readonly Edge[];
  pcieEdges: readonly Edge[];
  socketEdges: readonly Edge[];
  memoryGB: number;
  /** Parts with no price from the design or the catalog (counted at $0 and reported). */
  unpricedParts: readonly Part[];
  /** Full-load power of all parts (each `powerW * quantity`, summed in part order), W. */
  partsPowerW: number;
  /** One entry per resolved component, in component order: its first part and how many units it has in all. */
  componentParts: readonly ComponentParts[];
}

/** A component's parts as the bill of materials counts them. */
export interface ComponentParts {
  /** The component's first part (all its parts share model, price and power). */
  part: Part;
  /** Physical units of the component (parts times their quantity). */
  quantity: number;
}

/** A server type with its parts resolved and its graph indexed. */
export interface ResolvedServer extends ServerGraph {
  type: ServerType;
  typeIndex: number;
  /** The shared graph these fields come from: the key for anything derived from the graph alone. */
  graph: ServerGraph;
}
