/**
 * Builders of realistic designs for the engine's scenario and property tests.
 *
 * Every design starts from a DGX-A100-like 8-GPU server (2 x EPYC 7742, NVSwitch, GPUs in pairs
 * behind PCIe Gen4 switches, 4 x PM1733 NVMe, 8 x ConnectX-7) and overrides only what a test
 * varies, so two designs of a comparison differ in one thing.
 */
import { buildServer, type ServerSpec } from '../catalog/serverBuilder';
import type { DesignInput, RunSettings, SharedStorageUse } from '../model/design';
import type { Evaluation } from './result';
import { evaluateDesign } from './evaluate';

/** The drive part of a `ServerSpec`. */
export type DriveSpec = ServerSpec['drives'];
/** The NIC part of a `ServerSpec`. */
export type NicSpec = ServerSpec['nics'];

/** 4 x Samsung PM1733 (PCIe Gen4 NVMe, ~7 GB/s each), spread over the sockets. */
export const NVME_X4: DriveSpec = { kind: 'nvme-ssd', model: 'samsung-pm1733-15.36', count: 4, placement: 'spread' };
/** 4 x Micron 5400 PRO (SATA SSD, ~0.54 GB/s each), spread over the sockets. */
export const SATA_X4: DriveSpec = { kind: 'sata-ssd', model: 'micron-5400-pro', count: 4, placement: 'spread' };
/** No local drives. */
export const NO_DRIVES: DriveSpec = { kind: 'nvme-ssd', model: 'samsung-pm1733-15.36', count: 0, placement: 'spread' };
/** One ConnectX-7 NDR 400 Gb/s per GPU, next to the GPUs (GPUDirect layout). */
export const CX7_X8: NicSpec = { model: 'connectx-7-ndr-400g', count: 8, placement: 'with-gpus' };

/** The default server: an 8 x A100 SXM4 80GB node in the DGX A100 layout. */
export const DGX_A100: ServerSpec = {
  id: 'node',
  name: 'Test node',
  count: 1,
  gpu: 'a100-sxm4-80gb',
  gpusPerNode: 8,
  gpuFabric: 'nvswitch',
  nvswitchChips: 6,
  cpu: 'epyc-7742',
  sockets: 2,
  memoryGBPerSocket: 512,
  rooting: 'dual-root',
  gpusPerSwitch: 2,
  pcieSwitch: 'pex88096',
  switchUplinkLanes: 16,
  drives: NVME_X4,
  nics: CX7_X8,
};

/** An 8 x H100 SXM5 node in the DGX H100 layout (2 x Xeon 8480C, PCIe Gen5 switches). */
export const DGX_H100: ServerSpec = {
  ...DGX_A100,
  gpu: 'h100-sxm5-80gb',
  nvswitchChips: 4,
  cpu: 'xeon-8480c',
  memoryGBPerSocket: 1024,
  pcieSwitch: 'pex89144',
};

/** Run settings a test may override (schema defaults fill the rest). */
export type RunInput = Partial<RunSettings>;

/** What a test design may set. */
export interface TestDesignOptions {
  name?: string;
  /** Overrides of the server spec (on top of `base`). */
  server?: Partial<ServerSpec>;
  /** Server spec to start from (default `DGX_A100`). */
  base?: ServerSpec;
  workload?: string;
  run?: RunInput;
  sharedStorage?: SharedStorageUse;
  fabricOversubscription?: number;
}

/** A complete design document: one server type built with `buildServer`, a workload and run settings. */
export function testDesign(opts: TestDesignOptions = {}): DesignInput {
  const spec: ServerSpec = { ...(opts.base ?? DGX_A100), ...opts.server };
  const design: DesignInput = {
    name: opts.name ?? 'test design',
    serverTypes: [buildServer(spec)],
    fabric: { protocol: 'infiniband', oversubscription: opts.fabricOversubscription ?? 1, pricePerPortUsd: 0 },
    workload: opts.workload ?? 'resnet50-imagenet',
    run: { precision: 'mixed', software: 'ngc', dataLoader: 'cpu', prefetchDepth: 2, datasetLocation: 'local', ...opts.run },
  };
  if (opts.sharedStorage) design.sharedStorage = opts.sharedStorage;
  return design;
}

/** Evaluates a design and returns the evaluation; throws with the engine's messages when it is rejected. */
export function evaluate(design: DesignInput): Evaluation {
  const r = evaluateDesign(design);
  if (!r.ok) throw new Error(`design "${design.name}" rejected: ${r.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return r.evaluation;
}

/** Shorthand: build and evaluate in one call. */
export function evaluateTest(opts: TestDesignOptions = {}): Evaluation {
  return evaluate(testDesign(opts));
}

/** Sum of the GPU idle shares of the input pipeline (storage, GPU decoders, CPU, PCIe, socket link). */
export function starvation(e: Evaluation): number {
  return e.gpuIdle.storage + e.gpuIdle['gpu-decode'] + e.gpuIdle.cpu + e.gpuIdle.pcie + e.gpuIdle['socket-link'];
}

/** Issues of severity 'error' (a realistic test design should have none). */
export function errorIssues(e: Evaluation): string[] {
  return e.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}: ${i.message}`);
}

/** Sets an explicit one-direction bandwidth on every CPU socket link of the design's server types. */
export function withSocketLinkGBps(design: DesignInput, gbps: number): DesignInput {
  for (const t of design.serverTypes ?? []) for (const l of t.links) if (l.kind === 'socket') l.bandwidthGBps = gbps;
  return design;
}

/** The resources whose id ends with `suffix` (e.g. '/drives', '/socket-link'), across server types. */
export function resourcesEndingWith(e: Evaluation, suffix: string): Evaluation['resources'] {
  return e.resources.filter((r) => r.id.endsWith(suffix));
}
