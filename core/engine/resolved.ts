import type { Cpu, Drive, Gpu, Nic, PcieSwitch } from '../model/catalog';
import type { ComponentKind, LinkKind, ServerType } from '../model/design';

/** One physical part after expanding `count` and resolving its catalog model. */
export interface Part {
  /** Instance id: the component id, or `id#i` for the i-th of several. */
  id: string;
  /** Index of the component in `serverType.components` (for error paths). */
  componentIndex: number;
  componentId: string;
  kind: ComponentKind;
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
  /** Power at full load, W. */
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

/** A server type with its parts resolved and its graph indexed. */
export interface ResolvedServer {
  type: ServerType;
  typeIndex: number;
  parts: Part[];
  edges: Edge[];
  byId: Map<string, Part>;
  /** The PCIe edge that feeds each device from upstream. */
  upstream: Map<string, Edge>;
  /** The CPU socket part id each device ultimately hangs off (null: no path to a CPU). */
  rootOf: Map<string, string | null>;
  gpus: Part[];
  cpus: Part[];
  drives: Part[];
  nics: Part[];
  memoryGB: number;
}
