import type { SharedStorage } from '../model/catalog';
import { storageCapacity } from './system';

/** Read bandwidth of one catalog storage unit, GB/s: modelled from its parts when described as parts, else its catalog figure. */
export function unitReadGBps(unit: SharedStorage): number {
  return unit.system ? storageCapacity(unit.system).readGBps : unit.readGBps;
}

/** Write bandwidth of one catalog storage unit, GB/s (what checkpoints are written at), modelled as `unitReadGBps`. */
export function unitWriteGBps(unit: SharedStorage): number {
  return unit.system ? storageCapacity(unit.system).writeGBps : unit.writeGBps;
}
