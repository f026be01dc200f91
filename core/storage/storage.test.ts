import { describe, expect, it } from 'vitest';
import { loadComponentCatalog } from '../catalog/components';
import { StorageSystemSchema, storageCapacity, writeBandwidthGBps, type StorageSystemInput } from './system';
import { StorageClientSchema, stackCoreSecondsPerGB, type StorageClientInput } from './client';
import { decodeCoreSeconds } from './decode';
import { auAt, demandPerAccelerator, maxAccelerators, supplyParts, type StorageSetup } from './benchmark';
import { EMULATED_WORKLOADS, emulatedWorkload } from './benchmarks';
import { DRIVE_CLASS, TRANSPORT } from './params';
import { sizeStorage } from './sizing';
import { unitReadGBps, unitWriteGBps } from './unit';

const nvmeServers = (over: Partial<StorageSystemInput> = {}): StorageSetup['system'] => StorageSystemSchema.parse({
  nodes: 4, drivesPerNode: 8, driveClass: 'nvme-gen4', portsPerNode: 2, portGbps: 200, transport: 'rdma', fileSystem: 'lustre', coresPerNode: 64, ...over,
});
const host = (over: Partial<StorageClientInput> = {}) => StorageClientSchema.parse({ stack: 'native-pfs', transport: 'rdma', nicPorts: 2, nicGbps: 200, cores: 64, cpuGeneration: 'sapphire-rapids', allCoreGHz: 3, ...over });

describe('storage system as parts', () => {
  it('read bandwidth is the narrowest of drives and ports: 64 Gen4 drives vs 8 x 200 Gb/s RDMA ports', () => {
    const c = storageCapacity(nvmeServers({ drivesPerNode: 16 }));
    const drives = 64 * DRIVE_CLASS.nvmeGen4ReadGBps.value * DRIVE_CLASS.randomReadShare.value;
    const ports = (8 * 200 * TRANSPORT.rdmaEfficiency.value) / 8;
    expect(c.readGBps).toBeCloseTo(Math.min(drives, ports), 6);
    expect(c.readLimit.id).toBe('storage-ports');
    // With 4 drives per node the drives give out first.
    expect(storageCapacity(nvmeServers({ drivesPerNode: 4 })).readLimit.id).toBe('drives');
  });

  it('a rated controller caps the system below its drives and ports', () => {
    const c = storageCapacity(nvmeServers({ controllerReadGBps: 10 }));
    expect(c.readGBps).toBe(40);
    expect(c.readLimit.id).toBe('controllers');
  });

  it('writes cost the data-protection overhead: replication-3 writes at a third of no-protection drive bandwidth', () => {
    const base = nvmeServers({ drivesPerNode: 2, portsPerNode: 8 });
    const none = writeBandwidthGBps({ ...base, dataProtection: 'none' });
    expect(writeBandwidthGBps({ ...base, dataProtection: 'replication-3' })).toBeCloseTo(none / 3, 6);
    expect(writeBandwidthGBps({ ...base, dataProtection: 'erasure-coding' })).toBeLessThan(none);
    expect(none).toBeLessThan(storageCapacity({ ...base, dataProtection: 'none' }).readGBps);
  });

  it('small files: the metadata service and opens are part of the model (S3 opens cost far more than RDMA ones)', () => {
    const c = storageCapacity(nvmeServers());
    expect(c.opensPerSec).toBeGreaterThan(0);
    expect(storageCapacity(nvmeServers({ fileSystem: 's3', transport: 'tcp' })).openLatencySeconds).toBeGreaterThan(10 * c.openLatencySeconds);
    expect(c.readIops).toBe(32 * DRIVE_CLASS.nvmeIopsPerDrive.value);
  });

  it('every catalog unit described as parts models within 0.6-1.2x of its sourced read figure (some figures are line-rate ceilings)', () => {
    for (const s of loadComponentCatalog().sharedStorage) {
      expect(s.system, s.id).toBeDefined();
      const modelled = storageCapacity(s.system!).readGBps;
      expect(modelled / s.readGBps, s.id).toBeGreaterThan(0.6);
      expect(modelled / s.readGBps, s.id).toBeLessThan(1.2);
    }
  });
});

describe('client stack and formats', () => {
  it('per-byte CPU: RDMA native client < kernel NFS < FUSE; a DPU takes most of NVMe/TCP off the host', () => {
    expect(stackCoreSecondsPerGB('native-pfs', 'rdma', false)).toBeLessThan(stackCoreSecondsPerGB('kernel-nfs', 'tcp', false));
    expect(stackCoreSecondsPerGB('kernel-nfs', 'tcp', false)).toBeLessThan(stackCoreSecondsPerGB('fuse', 'tcp', false));
    expect(stackCoreSecondsPerGB('nvmeof-initiator', 'tcp', true)).toBeLessThan(0.5 * stackCoreSecondsPerGB('nvmeof-initiator', 'tcp', false));
  });

  it('decode: a JPEG costs more than the same bytes as raw tensors; one-file-per-sample TFRecord costs its open; a faster core costs less', () => {
    expect(decodeCoreSeconds('jpeg', 110e3)).toBeGreaterThan(5 * decodeCoreSeconds('raw', 110e3));
    expect(decodeCoreSeconds('png', 1e6)).toBeGreaterThan(decodeCoreSeconds('jpeg', 1e6));
    expect(decodeCoreSeconds('tfrecord', 1e5, 1, 1)).toBeGreaterThan(decodeCoreSeconds('tfrecord', 1e5, 1, 1000));
    expect(decodeCoreSeconds('npz', 1e8, 1.5)).toBeCloseTo(decodeCoreSeconds('npz', 1e8, 1) / 1.5, 9);
  });
});

describe('emulated accelerators (MLPerf Storage / DLIO)', () => {
  const unet = emulatedWorkload('unet3d-h100')!;
  const sys: StorageSetup = { system: { ...nvmeServers(), dataProtection: 'erasure-coding' }, client: host(), hosts: 2 };

  it('the shipped definitions ask what the benchmark defines (U-Net H100: 7 samples per 0.323 s)', () => {
    expect(EMULATED_WORKLOADS.length).toBeGreaterThanOrEqual(6);
    expect(demandPerAccelerator(unet)).toBeCloseTo(7 / 0.323, 9);
  });

  it('AU falls as accelerators are added, from the light-load level down past the threshold', () => {
    const d = demandPerAccelerator(unet);
    const aus = [1, 4, 16, 64, 256].map((n) => auAt(sys, unet, d, n).au);
    for (let i = 1; i < aus.length; i++) expect(aus[i]!).toBeLessThanOrEqual(aus[i - 1]! + 1e-12);
    expect(aus[0]!).toBeGreaterThan(0.95);
    expect(aus.at(-1)!).toBeLessThan(0.5);
  });

  it('max accelerators is the last count at or above the threshold', () => {
    const d = demandPerAccelerator(unet);
    const n = maxAccelerators(sys, unet, d, 0.9);
    expect(n).toBeGreaterThan(1);
    expect(auAt(sys, unet, d, n).au).toBeGreaterThanOrEqual(0.9);
    expect(auAt(sys, unet, d, n + 1).au).toBeLessThan(0.9);
  });

  it('a kernel-TCP client and a DPU-offloaded one of the same NVMe/TCP array differ where the client CPU binds', () => {
    const resnet = emulatedWorkload('resnet50-h100')!;
    const array: StorageSetup['system'] = { nodes: 1, drivesPerNode: 16, driveClass: 'nvme-gen4', portsPerNode: 4, portGbps: 100, transport: 'tcp', fileSystem: 'nvmeof', dataProtection: 'none' };
    const client = (dpu: boolean) => host({ stack: 'nvmeof-initiator', transport: 'tcp', nicPorts: 4, nicGbps: 100, cores: 16, dpuOffload: dpu });
    const d = demandPerAccelerator(resnet);
    const sw = maxAccelerators({ system: array, client: client(false), hosts: 1 }, resnet, d, 0.9);
    const dpu = maxAccelerators({ system: array, client: client(true), hosts: 1 }, resnet, d, 0.9);
    expect(dpu).toBeGreaterThan(sw);
    expect(supplyParts({ system: array, client: client(false), hosts: 1 }, resnet, sw + 1).limit.id).toBe('client:cpu');
  });

  it('more client hosts on one storage scale the supply until the storage gives out', () => {
    const d = demandPerAccelerator(unet);
    const small = { ...sys, client: host({ nicPorts: 1, nicGbps: 100 }) };
    const one = maxAccelerators({ ...small, hosts: 1 }, unet, d, 0.9);
    const three = maxAccelerators({ ...small, hosts: 3 }, unet, d, 0.9);
    const many = maxAccelerators({ ...small, hosts: 64 }, unet, d, 0.9);
    expect(three).toBeGreaterThan(2 * one);
    expect(supplyParts({ ...small, hosts: 64 }, unet, many + 1).limit.id).toMatch(/^storage:/);
  });
});

describe('sizing', () => {
  const unet = emulatedWorkload('unet3d-h100')!;
  const base = { system: nvmeServers(), client: host(), gpusPerHost: 4, read: unet, demandPerGpu: demandPerAccelerator(unet), auTarget: 0.9 };

  it('answers in whole servers, with the part past the answer and a curve that falls below the target', () => {
    const r = sizeStorage(base);
    expect(r.maxGpus % 4).toBe(0);
    expect(r.maxGpus).toBeGreaterThan(0);
    expect(r.curve.find((p) => p.gpus === r.maxGpus)!.au).toBeGreaterThanOrEqual(0.9);
    expect(r.curve.at(-1)!.au).toBeLessThan(0.9);
    expect(r.limitingPart.id).toMatch(/^storage:/);
  });

  it('a higher target never allows more GPUs; local drives on every server scale with the servers', () => {
    expect(sizeStorage({ ...base, auTarget: 0.97 }).maxGpus).toBeLessThanOrEqual(sizeStorage({ ...base, auTarget: 0.7 }).maxGpus);
    const local = { ...base, system: StorageSystemSchema.parse({ nodes: 1, drivesPerNode: 8, driveClass: 'nvme-gen4', portsPerNode: 0, portGbps: 1, transport: 'local', fileSystem: 'local', dataProtection: 'none' }), client: host({ stack: 'local', transport: 'local', nicPorts: 0 }), storagePerHost: true, maxGpus: 4000 };
    expect(sizeStorage(local).capped).toBe(true);
  });

  it('catalog units: read and write bandwidth from the parts (writes pay the protection)', () => {
    for (const u of loadComponentCatalog().sharedStorage) expect(unitWriteGBps(u), u.id).toBeLessThanOrEqual(unitReadGBps(u));
  });
});
