import { describe, expect, it } from 'vitest';
import { loadComponentCatalog } from '../catalog/components';
import { evaluateDesign } from '../engine/evaluate';
import { evaluate, testDesign } from '../engine/testDesigns';
import { sizeStorageOfDesign } from '../engine/storageSizing';
import { DesignSchema, type SharedStorageUse } from '../model/design';
import { loadProject, serializeProject } from '../project/projectFile';
import { storageCapacity } from './system';
import { OWN_STORAGE_ID, resolveStorageUse } from './unit';

// Nodes without local drives reading 16K imagery from shared storage: the storage is the wall.
const onShared = (sharedStorage: SharedStorageUse, nodes = 4) =>
  testDesign({
    name: 'reads shared storage', workload: 'hires-imagery-16k',
    server: { count: nodes, drives: { kind: 'nvme-ssd', model: 'samsung-pm1733-15.36', count: 0, placement: 'spread' }, memoryGBPerSocket: 64, nics: { model: 'connectx-7-ndr-400g', count: 2, placement: 'spread' } },
    sharedStorage, run: { datasetLocation: 'shared' },
  });

const described = loadComponentCatalog().sharedStorage.filter((s) => s.system);

describe('shared storage: a catalog unit or the user\'s own system', () => {
  it.each(described.map((s) => [s.id, s] as const))('%s copied into the design gives the catalog entry\'s answer', (id, entry) => {
    const catalog = evaluate(onShared({ model: id, count: 2 }));
    const copied = evaluate(onShared({ model: id, count: 2, system: entry.system }));
    expect(copied.samplesPerSec).toBe(catalog.samplesPerSec);
    expect(copied.coldSamplesPerSec).toBe(catalog.coldSamplesPerSec);
    expect(copied.time.totalSeconds).toBe(catalog.time.totalSeconds);
    expect(copied.bottleneck.cause).toBe(catalog.bottleneck.cause);
    expect(copied.cost.capexUsd).toBe(catalog.cost.capexUsd);
    expect(copied.cost.powerKW).toBe(catalog.cost.powerKW);
    // From scratch the same parts read the same; only power, rack space and price are the user's to give.
    const scratch = evaluate(onShared({ count: 2, system: entry.system }));
    expect(scratch.samplesPerSec).toBe(catalog.samplesPerSec);
    expect(scratch.assumptions.join(' ')).toMatch(/described from scratch/);
  });

  it('the user\'s parts decide the answer: twice the ports on a port-bound system read faster, and sizing sees it', () => {
    const system = { nodes: 2, drivesPerNode: 24, driveClass: 'nvme-gen4', portsPerNode: 1, portGbps: 100, transport: 'rdma', fileSystem: 'lustre', coresPerNode: 64, dataProtection: 'erasure-coding' } as const;
    expect(storageCapacity(system).readLimit.id).toBe('storage-ports');
    const one = evaluate(onShared({ count: 1, system }));
    const two = evaluate(onShared({ count: 1, system: { ...system, portsPerNode: 2 } }));
    expect(two.samplesPerSec).toBeGreaterThan(1.5 * one.samplesPerSec);
    expect(one.bottleneck.resourceId).toBe('shared-storage');
    const sized = (ports: number) => {
      const r = sizeStorageOfDesign(onShared({ count: 1, system: { ...system, portsPerNode: ports } }), { auTargetPct: 90 });
      if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
      return r.sizing.result;
    };
    expect(sized(2).maxGpus).toBeGreaterThan(sized(1).maxGpus);
  });

  it('refuses a bad field of the user\'s system with its name in the inspector\'s words', () => {
    const good = { nodes: 2, drivesPerNode: 8, driveClass: 'nvme-gen4', portsPerNode: 2, portGbps: 200, transport: 'rdma', fileSystem: 'lustre' };
    const refused = (over: Record<string, unknown>) => {
      const r = evaluateDesign(onShared({ count: 1, system: { ...good, ...over } as SharedStorageUse['system'] }));
      if (r.ok) throw new Error('accepted');
      return r.errors;
    };
    expect(refused({ nodes: 0 })[0]).toEqual({ path: 'sharedStorage.system.nodes', message: 'Shared storage, storage system: the storage nodes must be at least 1' });
    expect(refused({ portGbps: -100 })[0]!.message).toBe('Shared storage, storage system: the port speed (Gb/s) must be more than 0');
    expect(refused({ driveReadGBps: -1 })[0]!.message).toMatch(/the drive read rate \(GB\/s\) must be more than 0/);
    const protocol = refused({ fileSystem: 'ceph' })[0]!;
    expect(protocol.path).toBe('sharedStorage.system.fileSystem');
    expect(protocol.message).toMatch(/^Shared storage, storage system: the protocol \/ file system must be one of "nfs", "lustre"/);
    // Parts that set no limit at all are refused by the engine, not read as infinite bandwidth.
    expect(refused({ drivesPerNode: 0, portsPerNode: 0, fileSystem: 'local', transport: 'local' })[0]).toMatchObject({ path: 'sharedStorage.system', message: expect.stringMatching(/nothing limits its read bandwidth/) });
    // Neither a catalog id nor a system.
    const none = evaluateDesign(onShared({ count: 1 } as SharedStorageUse));
    expect(none.ok ? [] : none.errors.map((e) => e.path)).toContain('sharedStorage.model');
  });

  it('a copy with more nodes scales the catalog unit\'s power and rack space; an unknown catalog id is named', () => {
    const entry = described.find((s) => s.system!.nodes === 1)!;
    const r = resolveStorageUse({ model: entry.id, count: 1, system: { ...entry.system!, nodes: 3 } });
    expect(r.ok && [r.unit.powerW, r.unit.rackUnits, r.unit.id]).toEqual([3 * entry.powerW, 3 * entry.rackUnits, entry.id]);
    const scratch = resolveStorageUse({ count: 1, system: entry.system, name: 'Lab Lustre' });
    expect(scratch.ok && [scratch.unit.id, scratch.unit.name, scratch.unit.powerW]).toEqual([OWN_STORAGE_ID, 'Lab Lustre', 0]);
    expect(resolveStorageUse({ model: 'no-such-array', count: 1 })).toEqual({ ok: false, error: { path: 'sharedStorage.model', message: 'unknown shared storage "no-such-array"' } });
  });

  it('a project with its own storage system saves and loads; the catalog-id form still loads', () => {
    const design = onShared({ model: described[0]!.id, count: 1, system: { ...described[0]!.system!, nodes: 5 }, name: 'Five nodes' });
    const loaded = loadProject(serializeProject(DesignSchema.parse(design)));
    expect(loaded.ok && loaded.project.design.sharedStorage).toMatchObject({ name: 'Five nodes', system: { nodes: 5 } });
    const old = loadProject(serializeProject(DesignSchema.parse(onShared({ model: described[0]!.id, count: 1 }))));
    expect(old.ok && old.project.design.sharedStorage).toEqual({ model: described[0]!.id, count: 1 });
  });
});
