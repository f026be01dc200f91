/**
 * The cluster as the scheduler sees it: identical GPU servers (each one NVLink domain) grouped under leaf
 * switches, a leaf-to-spine oversubscription, and a pool of CPU cores for ETL.
 */
import type { Design } from '../model/design';

/**
 * Servers under one leaf switch when the scenario does not say: a 64-port leaf with half its ports
 * down to servers and half up to the spine (a non-blocking two-tier Clos, Al-Fares et al., SIGCOMM 2008,
 * "A scalable, commodity data center network architecture") serves 32 single-port servers. Estimate:
 * rail-optimised fabrics (one leaf per NIC rail, NVIDIA DGX SuperPOD reference architecture) put 32
 * DGX servers in one scalable unit, which the same figure matches.
 */
export const DEFAULT_SERVERS_PER_LEAF = { value: 32, unit: 'servers', source: 'Al-Fares et al. SIGCOMM 2008 (64-port leaf, half down); NVIDIA DGX SuperPOD scalable unit of 32 nodes', confidence: 'estimate' } as const;

/** The scheduler's view of the cluster. */
export interface ClusterShape {
  /** The design that describes one server type of the cluster (its count is the cluster's size). */
  design: Design;
  /** Id of the GPU server type whose count the engine varies to price a job's size. */
  serverTypeId: string;
  servers: number;
  gpusPerServer: number;
  totalGpus: number;
  serversPerLeaf: number;
  leaves: number;
  /** Leaf-to-spine oversubscription a job spanning leaves sees (1 = non-blocking). */
  oversubscription: number;
  /** CPU cores of the CPU-only nodes that run ETL jobs. */
  etlCores: number;
}

/** GPUs in one server of `type`. */
export function gpusInServer(type: Design['serverTypes'][number]): number {
  return type.components.filter((c) => c.kind === 'gpu').reduce((n, c) => n + c.count, 0);
}

/** The scheduler's view of `design` (its first GPU server type), or a sentence saying why there is none. */
export function clusterShape(design: Design, options: { serversPerLeaf?: number | undefined; oversubscription?: number | undefined; etlCores: number }): ClusterShape | string {
  const gpuTypes = design.serverTypes.filter((t) => gpusInServer(t) > 0);
  const type = gpuTypes[0];
  if (!type) return 'the cluster design has no server with GPUs';
  if (gpuTypes.length > 1) return `the cluster design has ${gpuTypes.length} GPU server types; a cluster scenario models one (split the others into their own scenario)`;
  const gpusPerServer = gpusInServer(type);
  const serversPerLeaf = Math.min(options.serversPerLeaf ?? DEFAULT_SERVERS_PER_LEAF.value, type.count);
  const oversubscription = options.oversubscription ?? design.fabric.oversubscription;
  return {
    design: { ...design, fabric: { ...design.fabric, oversubscription } },
    serverTypeId: type.id,
    servers: type.count,
    gpusPerServer,
    totalGpus: type.count * gpusPerServer,
    serversPerLeaf,
    leaves: Math.ceil(type.count / serversPerLeaf),
    oversubscription,
    etlCores: options.etlCores,
  };
}
