import type { InputError } from '../engineApi';
import type { SharedStorage } from '../model/catalog';
import type { SharedStorageUse } from '../model/design';
import { resolveSharedStorage } from '../catalog/components';
import { storageCapacity, type StorageSystem } from './system';

/** Read bandwidth of one catalog storage unit, GB/s: modelled from its parts when described as parts, else its catalog figure. */
export function unitReadGBps(unit: SharedStorage): number {
  return unit.system ? storageCapacity(unit.system).readGBps : unit.readGBps;
}

/** Write bandwidth of one catalog storage unit, GB/s (what checkpoints are written at), modelled as `unitReadGBps`. */
export function unitWriteGBps(unit: SharedStorage): number {
  return unit.system ? storageCapacity(unit.system).writeGBps : unit.writeGBps;
}

/** Id (and BOM sku) of a storage system the user described from scratch. */
export const OWN_STORAGE_ID = 'own-storage-system';

/** A design's shared storage as one unit the engine reads, with what it had to assume. */
export type ResolvedStorageUse = { ok: true; unit: SharedStorage; notes: string[] } | { ok: false; error: InputError };

/**
 * The storage unit a design's `sharedStorage` stands for: the catalog entry `model` names, or the user's own
 * `system` (copied from that entry, or from scratch) as a unit of the same shape, so that the engine, sizing
 * and the report read both the same way. Power, rack space and price of a copied entry scale with its storage
 * nodes; a system from scratch has none of them (the notes say so).
 */
export function resolveStorageUse(use: SharedStorageUse): ResolvedStorageUse {
  const base = use.model === undefined ? undefined : resolveSharedStorage(use.model);
  if (use.model !== undefined && !base) return { ok: false, error: { path: 'sharedStorage.model', message: `unknown shared storage "${use.model}"` } };
  if (!use.system) return base ? { ok: true, unit: base, notes: [] } : { ok: false, error: { path: 'sharedStorage', message: 'Shared storage: name a catalog system or describe your own' } };
  const capacity = storageCapacity(use.system);
  if (!Number.isFinite(capacity.readGBps)) {
    return { ok: false, error: { path: 'sharedStorage.system', message: 'Shared storage, storage system: nothing limits its read bandwidth; give it drives, network ports or a controller read limit' } };
  }
  return ownUnit(use.system, use.name, base, capacity.readGBps, capacity.writeGBps);
}

function ownUnit(system: StorageSystem, name: string | undefined, base: SharedStorage | undefined, readGBps: number, writeGBps: number): ResolvedStorageUse {
  if (!base) {
    const unit: SharedStorage = {
      id: OWN_STORAGE_ID, aliases: [], name: name ?? 'Your storage system', vendor: 'your design', kind: 'storage system described as parts',
      provenance: { source: ['your design'], confidence: 'estimate', estimatedFields: ['readGBps', 'writeGBps'] },
      readGBps, writeGBps, rackUnits: 0, powerW: 0, scope: 'the whole system as you described it', system,
    };
    return { ok: true, unit, notes: [`${unit.name}: described from scratch, so its power and rack space are not counted and it has no price unless you give one`] };
  }
  // The catalog entry's nodes are the basis of its power, rack space and price; the user's nodes scale them.
  const scale = system.nodes / (base.system?.nodes ?? system.nodes);
  const unit: SharedStorage = {
    ...base, name: name ?? `${base.name}, your parts`, readGBps, writeGBps, system,
    rackUnits: base.rackUnits * scale, powerW: base.powerW * scale,
    provenance: { ...base.provenance, estimatedFields: [...new Set([...base.provenance.estimatedFields, 'readGBps', 'writeGBps'])] },
    ...(base.price ? { price: scale === 1 ? base.price : { usd: base.price.usd * scale, basis: `${base.price.basis}, scaled to ${system.nodes} storage nodes`, confidence: 'estimate' as const } } : {}),
  };
  const notes = scale === 1 ? [] : [`${unit.name}: power, rack space and price scaled from ${base.name} to ${system.nodes} storage nodes`];
  return { ok: true, unit, notes };
}
