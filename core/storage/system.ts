/**
 * A storage system as parts: storage nodes (or controllers) x drives x network ports x CPU, with its file system
 * and protocol. Aggregate read and write bandwidth, metadata (open) rate, IOPS and latency follow from the parts;
 * the smallest part is the one that gives out first.
 */
import { z } from 'zod';
import type { Param } from '../engine/params/schema';
import { DRIVE_CLASS, PROTOCOL_LATENCY, STORAGE_SERVER, TRANSPORT } from './params';

export const FileSystemKindSchema = z.enum(['nfs', 'lustre', 'gpfs', 'parallel', 'nvmeof', 's3', 'local', 'other']);
/** File system / access protocol of the storage: NFS, Lustre, GPFS/Spectrum Scale, a parallel FS of the WEKA/DAOS kind, NVMe-oF block, S3-compatible object, local drives. */
export type FileSystemKind = z.infer<typeof FileSystemKindSchema>;

export const TransportSchema = z.enum(['rdma', 'tcp', 'local']);
export type Transport = z.infer<typeof TransportSchema>;

export const DriveClassSchema = z.enum(['nvme-gen3', 'nvme-gen4', 'nvme-gen5', 'sata-ssd', 'hdd', 'cloud-volume']);
export type DriveClass = z.infer<typeof DriveClassSchema>;

export const DataProtectionSchema = z.enum(['none', 'erasure-coding', 'raid10', 'replication-3']);

export const StorageSystemSchema = z.object({
  /** Storage nodes, controllers or appliances that serve data (their ports and CPU add up). */
  nodes: z.number().int().min(1).max(100_000),
  /** Data drives per node. 0 when the description gives none (e.g. cloud volumes): the drive part is then unknown. */
  drivesPerNode: z.number().int().min(0).max(10_000),
  driveClass: DriveClassSchema,
  /** Stated sequential read rate of one drive, GB/s; absent: from the class. */
  driveReadGBps: z.number().positive().max(100).optional(),
  /** Front-end network ports per node and their line rate. */
  portsPerNode: z.number().int().min(0).max(1000),
  portGbps: z.number().positive().max(3200),
  transport: TransportSchema,
  fileSystem: FileSystemKindSchema,
  /** CPU cores per node serving I/O; absent: a typical storage server. */
  coresPerNode: z.number().int().min(1).max(10_000).optional(),
  /** Read ceiling of one node's controller/software as rated by its maker, GB/s (absent: no such limit known). */
  controllerReadGBps: z.number().positive().max(10_000).optional(),
  controllerWriteGBps: z.number().positive().max(10_000).optional(),
  /** Metadata servers (open/close handling); absent: the data nodes do it. */
  metadataNodes: z.number().int().min(1).max(10_000).optional(),
  dataProtection: DataProtectionSchema.default('erasure-coding'),
});
export type StorageSystem = z.infer<typeof StorageSystemSchema>;
export type StorageSystemInput = z.input<typeof StorageSystemSchema>;

/**
 * Each field of a storage system in the user's words, with the unit of a physical quantity: the inspector's labels and the names
 * input errors give (`Shared storage, storage system: the port speed (Gb/s) must be more than 0`).
 */
export const STORAGE_SYSTEM_FIELDS: Record<keyof StorageSystem, { label: string; unit?: string }> = {
  nodes: { label: 'Storage nodes' },
  drivesPerNode: { label: 'Drives per node' },
  driveClass: { label: 'Drive model' },
  driveReadGBps: { label: 'Drive read rate', unit: 'GB/s' },
  portsPerNode: { label: 'Network ports per node' },
  portGbps: { label: 'Port speed', unit: 'Gb/s' },
  transport: { label: 'Transport' },
  fileSystem: { label: 'Protocol / file system' },
  coresPerNode: { label: 'CPU cores per node' },
  controllerReadGBps: { label: 'Controller read limit per node', unit: 'GB/s' },
  controllerWriteGBps: { label: 'Controller write limit per node', unit: 'GB/s' },
  metadataNodes: { label: 'Metadata servers' },
  dataProtection: { label: 'Data protection' },
};

/** Names of the choices of a storage system's enumerated fields, as the inspector lists them. */
export const STORAGE_CHOICE_LABELS = {
  fileSystem: { nfs: 'NFS', lustre: 'Lustre', gpfs: 'GPFS / IBM Storage Scale', parallel: 'Parallel FS (WEKA / DAOS kind)', nvmeof: 'NVMe-oF (block)', s3: 'S3-compatible object', local: 'Local drives', other: 'Other' },
  transport: { rdma: 'RDMA (InfiniBand / RoCE)', tcp: 'TCP/IP', local: 'Local (no network)' },
  driveClass: { 'nvme-gen3': 'NVMe PCIe 3.0', 'nvme-gen4': 'NVMe PCIe 4.0', 'nvme-gen5': 'NVMe PCIe 5.0', 'sata-ssd': 'SATA SSD', hdd: 'HDD (7200 rpm)', 'cloud-volume': 'Cloud block volume' },
  dataProtection: { none: 'None', 'erasure-coding': 'Erasure coding (8+2)', raid10: 'RAID-10 / 2 copies', 'replication-3': '3-way replication' },
} as const satisfies { [K in 'fileSystem' | 'transport' | 'driveClass' | 'dataProtection']: Record<StorageSystem[K], string> };

/** One part of a storage path and what it can carry. */
export interface StoragePart {
  id: string;
  label: string;
  /** Read (or write) bandwidth this part allows, GB/s. */
  gbps: number;
  /** The figure rests on an estimated or fitted constant of `params.ts` (shown as an estimate). */
  estimate: boolean;
}

/** Capacities of a storage system. */
export interface StorageCapacity {
  readGBps: number;
  writeGBps: number;
  /** The part that sets `readGBps` and every read part with its limit. */
  readLimit: StoragePart;
  readParts: StoragePart[];
  writeLimit: StoragePart;
  /** File opens (open+close) per second the metadata service sustains. */
  opensPerSec: number;
  /** `opensPerSec` rests on an estimated constant. */
  opensEstimate: boolean;
  /** 4 KiB random-read IOPS of the drives. */
  readIops: number;
  /** Latency of one open (metadata round trip) and one small read, s. */
  openLatencySeconds: number;
  readLatencySeconds: number;
}

/** Stated or class rate of one drive, GB/s (sequential read). */
export function driveReadGBps(s: StorageSystem): number {
  if (s.driveReadGBps) return s.driveReadGBps;
  switch (s.driveClass) {
    case 'nvme-gen3': return DRIVE_CLASS.nvmeGen3ReadGBps.value;
    case 'nvme-gen5': return DRIVE_CLASS.nvmeGen5ReadGBps.value;
    case 'sata-ssd': return DRIVE_CLASS.sataSsdReadGBps.value;
    case 'hdd': return DRIVE_CLASS.hddReadGBps.value;
    default: return DRIVE_CLASS.nvmeGen4ReadGBps.value;
  }
}

/** Payload share of the line rate for a transport. */
export function transportEfficiency(t: Transport): number {
  return transportParam(t).value;
}

/** The constant `transportEfficiency` reads. */
function transportParam(t: Transport): Param {
  return t === 'rdma' ? TRANSPORT.rdmaEfficiency : t === 'tcp' ? TRANSPORT.tcpEfficiency : TRANSPORT.localEfficiency;
}

/** Bytes written to media per byte of data under the system's protection scheme. */
function writeAmplification(s: StorageSystem): number {
  switch (s.dataProtection) {
    case 'erasure-coding': return 1 / STORAGE_SERVER.ecDataShare.value;
    case 'raid10': return 1 / STORAGE_SERVER.raid10DataShare.value;
    case 'replication-3': return 1 / STORAGE_SERVER.replication3DataShare.value;
    default: return 1;
  }
}

/** Open latency of the system's protocol family, s. */
export function openLatencySeconds(s: StorageSystem): number {
  if (s.fileSystem === 'local') return PROTOCOL_LATENCY.localOpenSeconds.value;
  if (s.fileSystem === 's3') return PROTOCOL_LATENCY.objectOpenSeconds.value;
  if (s.fileSystem === 'nvmeof') return PROTOCOL_LATENCY.localOpenSeconds.value; // block device under a local file system
  return s.transport === 'rdma' ? PROTOCOL_LATENCY.rdmaOpenSeconds.value : PROTOCOL_LATENCY.tcpOpenSeconds.value;
}

/** Whether any of the constants a figure uses is an estimate or fitted to a class. */
const estimated = (...params: Param[]) => params.some((x) => x.confidence === 'estimate' || x.confidence === 'fitted');

const min = (parts: StoragePart[]) => parts.reduce((a, b) => (b.gbps < a.gbps ? b : a));

/**
 * Aggregate capacities of a storage system, with the part that limits each. `sequential`: readers stream large
 * contiguous extents (packed record files, multi-MB samples) and drives deliver their sequential rating; otherwise
 * per-file random reads reach `DRIVE_CLASS.randomReadShare` of it.
 */
export function storageCapacity(input: StorageSystemInput, sequential = false): StorageCapacity {
  const s = StorageSystemSchema.parse(input);
  const drives = s.nodes * s.drivesPerNode;
  const driveGBps = driveReadGBps(s);
  const eff = transportEfficiency(s.transport);
  const cores = s.coresPerNode ?? STORAGE_SERVER.defaultServerCores.value;
  const serverCost = s.transport === 'rdma' ? STORAGE_SERVER.rdmaServerCoreSecondsPerGB : STORAGE_SERVER.serverCoreSecondsPerGB;
  const portsEstimate = estimated(transportParam(s.transport));
  const readParts: StoragePart[] = [];
  if (drives > 0 && s.driveClass !== 'cloud-volume') {
    readParts.push({ id: 'drives', label: `${drives} x ${s.driveClass} drive (${driveGBps} GB/s)`, gbps: drives * driveGBps * (sequential ? 1 : DRIVE_CLASS.randomReadShare.value), estimate: !sequential && estimated(DRIVE_CLASS.randomReadShare) });
  }
  if (s.driveClass === 'cloud-volume') readParts.push({ id: 'volumes', label: `${s.nodes} node(s) on network block volumes`, gbps: s.nodes * DRIVE_CLASS.cloudVolumeNodeGBps.value, estimate: estimated(DRIVE_CLASS.cloudVolumeNodeGBps) });
  if (s.fileSystem !== 'local' && s.portsPerNode > 0) {
    readParts.push({ id: 'storage-ports', label: `${s.nodes * s.portsPerNode} x ${s.portGbps} Gb/s storage ports (${s.transport})`, gbps: (s.nodes * s.portsPerNode * s.portGbps * eff) / 8, estimate: portsEstimate });
  }
  if (s.controllerReadGBps) readParts.push({ id: 'controllers', label: `${s.nodes} controller(s) at ${s.controllerReadGBps} GB/s rated`, gbps: s.nodes * s.controllerReadGBps, estimate: false });
  if (s.fileSystem !== 'local' && s.fileSystem !== 'nvmeof') readParts.push({ id: 'storage-cpu', label: `${s.nodes} x ${cores}-core storage server CPU`, gbps: (s.nodes * cores) / serverCost.value, estimate: estimated(serverCost) || (s.coresPerNode === undefined && estimated(STORAGE_SERVER.defaultServerCores)) });
  if (!readParts.length) readParts.push({ id: 'unknown', label: 'no stated limit', gbps: Infinity, estimate: false });
  const readLimit = min(readParts);

  const wa = writeAmplification(s);
  const protectionEstimate = s.dataProtection === 'erasure-coding' && estimated(STORAGE_SERVER.ecDataShare);
  const writeParts: StoragePart[] = [];
  if (drives > 0 && s.driveClass !== 'cloud-volume') writeParts.push({ id: 'drives', label: 'drive writes', gbps: (drives * driveGBps * DRIVE_CLASS.writeShareOfRead.value) / wa, estimate: protectionEstimate || estimated(DRIVE_CLASS.writeShareOfRead) });
  if (s.fileSystem !== 'local' && s.portsPerNode > 0) {
    // Protection strips cross the back end, but clients send each byte once through the front-end ports.
    writeParts.push({ id: 'storage-ports', label: 'storage ports (ingest)', gbps: (s.nodes * s.portsPerNode * s.portGbps * eff) / 8, estimate: portsEstimate });
  }
  const ctrlWrite = s.controllerWriteGBps ?? (s.controllerReadGBps ? s.controllerReadGBps * DRIVE_CLASS.writeShareOfRead.value : undefined);
  if (ctrlWrite) writeParts.push({ id: 'controllers', label: 'controller writes', gbps: s.nodes * ctrlWrite, estimate: false });
  if (!writeParts.length) writeParts.push({ id: 'unknown', label: 'no stated limit', gbps: Infinity, estimate: false });
  const writeLimit = min(writeParts);

  const mdCores = (s.metadataNodes ?? s.nodes) * cores;
  const opensPerSec = s.fileSystem === 'local' ? 1 / PROTOCOL_LATENCY.localOpenSeconds.value * 16 : mdCores * PROTOCOL_LATENCY.metadataOpsPerCoreSecond.value;
  return {
    readGBps: readLimit.gbps, writeGBps: writeLimit.gbps, readLimit, readParts, writeLimit,
    opensPerSec, opensEstimate: s.fileSystem === 'local' ? estimated(PROTOCOL_LATENCY.localOpenSeconds) : estimated(PROTOCOL_LATENCY.metadataOpsPerCoreSecond), readIops: drives * DRIVE_CLASS.nvmeIopsPerDrive.value,
    openLatencySeconds: openLatencySeconds(s), readLatencySeconds: DRIVE_CLASS.nvmeLatencySeconds.value + (s.fileSystem === 'local' ? 0 : openLatencySeconds(s) / 2),
  };
}

/** Aggregate write bandwidth of a storage system, GB/s (what checkpoints are written at). */
export function writeBandwidthGBps(system: StorageSystemInput): number {
  return storageCapacity(system).writeGBps;
}
