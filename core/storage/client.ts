/**
 * The client side of shared storage: one host's storage client stack (kernel NFS, FUSE, native parallel-FS
 * client, user-space PFS client, NVMe-oF initiator, local), its NIC ports and protocol efficiency, the CPU cost
 * per byte of the stack (and its offload to a DPU), reader threads and the page cache; and the CPU cost per
 * sample of the file format (`decode.ts`).
 */
import { z } from 'zod';
import { CLIENT_STACK, CPU_GENERATION } from './params';
import { transportEfficiency, TransportSchema, type FileSystemKind, type Transport } from './system';

export const ClientStackSchema = z.enum(['kernel-nfs', 'fuse', 'native-pfs', 'userspace-pfs', 'nvmeof-initiator', 'local']);
export type ClientStack = z.infer<typeof ClientStackSchema>;

export const CpuGenerationSchema = z.enum([
  'broadwell', 'skylake', 'cascade-lake', 'ice-lake', 'sapphire-rapids', 'granite-rapids', 'zen2', 'zen3', 'zen4', 'zen5', 'arm-neoverse',
]);
export type CpuGeneration = z.infer<typeof CpuGenerationSchema>;

export const StorageClientSchema = z.object({
  stack: ClientStackSchema,
  transport: TransportSchema,
  /** Network ports the host reads storage through, and their line rate (0 ports for local drives). */
  nicPorts: z.number().int().min(0).max(64),
  nicGbps: z.number().min(0).max(3200),
  /** TCP/NVMe-oF termination offloaded to a DPU/SmartNIC. */
  dpuOffload: z.boolean().default(false),
  /** Physical cores of the host and their generation and all-core clock. */
  cores: z.number().int().min(1).max(10_000),
  cpuGeneration: CpuGenerationSchema.default('skylake'),
  allCoreGHz: z.number().positive().max(10).optional(),
  memoryGB: z.number().min(0).max(1e6).default(0),
});
export type StorageClient = z.infer<typeof StorageClientSchema>;
export type StorageClientInput = z.input<typeof StorageClientSchema>;

const GENERATION: Record<CpuGeneration, number> = {
  broadwell: CPU_GENERATION.broadwell.value, skylake: CPU_GENERATION.reference.value, 'cascade-lake': CPU_GENERATION.cascadeLake.value,
  'ice-lake': CPU_GENERATION.iceLake.value, 'sapphire-rapids': CPU_GENERATION.sapphireRapids.value, 'granite-rapids': CPU_GENERATION.graniteRapids.value,
  zen2: CPU_GENERATION.zen2.value, zen3: CPU_GENERATION.zen3.value, zen4: CPU_GENERATION.zen4.value, zen5: CPU_GENERATION.zen5.value,
  'arm-neoverse': CPU_GENERATION.armNeoverse.value,
};

/** Speed of one of the host's cores relative to the reference core the costs are quoted on. */
export function coreSpeed(c: StorageClient): number {
  const ghz = c.allCoreGHz ?? CPU_GENERATION.referenceGHz.value;
  return GENERATION[c.cpuGeneration] * (ghz / CPU_GENERATION.referenceGHz.value);
}

/** Reference-core seconds the client stack spends per GB read. */
export function stackCoreSecondsPerGB(stack: ClientStack, transport: Transport, dpuOffload: boolean): number {
  let cost: number;
  switch (stack) {
    case 'kernel-nfs': cost = CLIENT_STACK.kernelNfsCoreSecondsPerGB.value; break;
    case 'fuse': cost = CLIENT_STACK.fuseCoreSecondsPerGB.value; break;
    case 'native-pfs': cost = transport === 'rdma' ? CLIENT_STACK.nativePfsRdmaCoreSecondsPerGB.value : CLIENT_STACK.nativePfsTcpCoreSecondsPerGB.value; break;
    case 'userspace-pfs': cost = CLIENT_STACK.userspacePfsCoreSecondsPerGB.value; break;
    case 'nvmeof-initiator': cost = transport === 'rdma' ? CLIENT_STACK.nvmeofRdmaCoreSecondsPerGB.value : CLIENT_STACK.nvmeofTcpCoreSecondsPerGB.value; break;
    default: cost = CLIENT_STACK.localCoreSecondsPerGB.value;
  }
  return dpuOffload && transport !== 'rdma' ? cost * CLIENT_STACK.dpuResidualShare.value : cost;
}

/** The client stack a file system is read through by default. */
export function defaultClientStack(fs: FileSystemKind): ClientStack {
  switch (fs) {
    case 'nfs': return 'kernel-nfs';
    case 'lustre': case 'gpfs': return 'native-pfs';
    case 'parallel': return 'userspace-pfs';
    case 'nvmeof': return 'nvmeof-initiator';
    case 's3': return 'fuse';
    case 'local': return 'local';
    default: return 'native-pfs';
  }
}

/** Payload GB/s of the host's storage NIC ports (Infinity for local drives). */
export function clientNicGBps(c: StorageClient): number {
  if (c.stack === 'local') return Infinity;
  return (c.nicPorts * c.nicGbps * transportEfficiency(c.transport)) / 8;
}

/**
 * Ceiling of one host's client stack, GB/s, where its class has one: a kernel TCP stack (no DPU) holds about half
 * the NIC line rate; a Lustre client node tops out on its own (`CLIENT_STACK`).
 */
export function clientHostCeilingGBps(c: StorageClient, fileSystem: FileSystemKind): number {
  let ceiling = Infinity;
  if (c.transport === 'tcp' && !c.dpuOffload && c.stack !== 'userspace-pfs' && c.stack !== 'local') ceiling = (c.nicPorts * c.nicGbps * CLIENT_STACK.kernelTcpClientShare.value) / 8;
  if (c.stack === 'native-pfs' && fileSystem === 'lustre') ceiling = Math.min(ceiling, CLIENT_STACK.lustreClientHostGBps.value);
  return ceiling;
}

/** Physical cores the host can give to loading (the rest stay with the OS and framework). */
export function usableCores(c: StorageClient): number {
  return c.cores * CLIENT_STACK.usableCoreShare.value;
}
