/**
 * The network fabric's parts, counted from the design: endpoint ports (NIC ports of every server and the
 * shared storage's ports), a leaf layer sized by the switch radix and the oversubscription, a spine layer when
 * one leaf is not enough, and a cable with a transceiver at each end for every link.
 */
import type { Fabric } from '../model/design';
import { BOM_PRICES } from './bomPrices';

/** Switches and cables of a two-tier leaf-spine fabric. */
export interface FabricCount {
  endpointPorts: number;
  leafSwitches: number;
  spineSwitches: number;
  /** Server/storage-to-leaf links plus leaf-to-spine links. */
  cables: number;
  transceivers: number;
  /** True when the leaves outnumber one spine switch's ports: a third tier is needed and not counted. */
  needsThirdTier: boolean;
}

/**
 * Size the fabric for `endpointPorts` ports. One switch serves up to its radix; beyond that each leaf gives
 * `radix x o/(o+1)` ports to endpoints and the rest to spines (o = oversubscription, 1 = non-blocking).
 */
export function countFabric(endpointPorts: number, fabric: Pick<Fabric, 'oversubscription'>, radix = BOM_PRICES.switchPorts.value): FabricCount {
  if (endpointPorts <= 0) return { endpointPorts: 0, leafSwitches: 0, spineSwitches: 0, cables: 0, transceivers: 0, needsThirdTier: false };
  if (endpointPorts <= radix) {
    return { endpointPorts, leafSwitches: 1, spineSwitches: 0, cables: endpointPorts, transceivers: 2 * endpointPorts, needsThirdTier: false };
  }
  const o = Math.max(1, fabric.oversubscription);
  const downPerLeaf = Math.floor((radix * o) / (o + 1));
  const upPerLeaf = radix - downPerLeaf;
  const leafSwitches = Math.ceil(endpointPorts / downPerLeaf);
  const uplinks = leafSwitches * upPerLeaf;
  const spineSwitches = Math.ceil(uplinks / radix);
  const cables = endpointPorts + uplinks;
  return { endpointPorts, leafSwitches, spineSwitches, cables, transceivers: 2 * cables, needsThirdTier: leafSwitches > radix };
}
