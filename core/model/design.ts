import { z } from 'zod';
import { ClientStackSchema } from '../storage/client';
import { StorageSystemSchema } from '../storage/system';
import { WorkloadSchema } from './workload';
import { FrameworkSchema, PrecisionSchema, SoftwareClassSchema } from './common';
import { ChassisSchema } from './chassis';
import { ParallelLayoutPinSchema } from './parallelLayout';
import { describeRange, inRange, RANGES } from './ranges';

export { PrecisionSchema, SoftwareClassSchema, type Precision, type SoftwareClass } from './common';

const id = z.string().min(1).max(120);

/** Adds an issue at `path[i].id` for every entry whose id an earlier entry already has. */
function refuseDuplicateIds(entries: ReadonlyArray<{ id: string }>, path: PropertyKey[], what: string, ctx: z.RefinementCtx): void {
  const first = new Map<string, number>();
  entries.forEach((entry, i) => {
    const earlier = first.get(entry.id);
    if (earlier === undefined) first.set(entry.id, i);
    else ctx.addIssue({ code: 'custom', path: [...path, i, 'id'], message: `${what} id "${entry.id}" is already used by ${path.join('.')}[${earlier}]` });
  });
}

/** Kinds of parts inside a server. Lower-case with dashes: they are also the editor's palette kinds. */
export const ComponentKindSchema = z.enum([
  'cpu', 'memory', 'gpu', 'nvme-ssd', 'sata-ssd', 'hdd', 'pcie-switch', 'nic', 'nvswitch', 'psu',
]);
export type ComponentKind = z.infer<typeof ComponentKindSchema>;

/** One part (or `count` identical parts at the same place) in a server's topology graph. */
export const ComponentSchema = z.object({
  /** Unique within its server type. */
  id,
  kind: ComponentKindSchema,
  /** Catalog id or alias of the part (GPU, CPU, drive, NIC, PCIe switch). Memory, PSU and NVSwitch need none. */
  model: z.string().min(1).optional(),
  /** Identical parts at this place; each gets its own copy of this component's links. */
  count: z.number().int().min(1).max(4096).default(1),
  /** Memory capacity of a `memory` component, GB (all DIMMs of one socket). */
  capacityGB: inRange('memoryCapacityGB').optional(),
  /** Capacity of one `psu`, W. */
  capacityW: inRange('psuCapacityW').optional(),
  /** PSU redundancy: how many of the `count` supplies may fail with the server still at full load. */
  redundantPsus: inRange('redundantPsus').optional(),
  /** Price per unit overriding the catalog, USD. */
  priceUsd: inRange('partPriceUsd').optional(),
  /** Display label. */
  label: z.string().max(200).optional(),
  /** Canvas position inside its server, px (editor only; ignored by the engine). */
  position: z.object({ x: z.number().min(-1e7).max(1e7), y: z.number().min(-1e7).max(1e7) }).optional(),
});
export type Component = z.infer<typeof ComponentSchema>;

/** Kinds of links between parts. */
export const LinkKindSchema = z.enum(['pcie', 'socket', 'nvlink', 'memory']);
export type LinkKind = z.infer<typeof LinkKindSchema>;

/** A typed edge of the server graph. PCIe links carry generation x lanes; the others derive from the parts. */
export const LinkSchema = z.object({
  id,
  kind: LinkKindSchema,
  /** Component id at the CPU side (upstream) of the link. */
  from: id,
  /** Component id at the device side (downstream). */
  to: id,
  /** PCIe generation (pcie links). */
  pcieGen: z.number().int().min(1).max(7).optional(),
  /** PCIe lanes (pcie links). */
  lanes: z.number().int().min(1).max(64).optional(),
  /** Explicit one-direction bandwidth overriding the derived one, GB/s (PCIe links at most 512 GB/s). */
  bandwidthGBps: inRange('linkGBps').optional(),
}).superRefine((link, ctx) => {
  const pcie = RANGES.pcieLinkGBps;
  if (link.kind === 'pcie' && link.bandwidthGBps !== undefined && link.bandwidthGBps > pcie.max) {
    ctx.addIssue({ code: 'custom', path: ['bandwidthGBps'], message: `${link.bandwidthGBps} GB/s is not plausible for a PCIe link: expected ${describeRange(pcie)}` });
  }
});
export type Link = z.infer<typeof LinkSchema>;

/** A server type: one topology graph and how many identical servers of it the design has. */
export const ServerTypeSchema = z.object({
  id,
  name: z.string().min(1).max(200),
  /** Number of identical servers of this type. */
  count: z.number().int().min(1).max(100_000),
  components: z.array(ComponentSchema).max(5000),
  links: z.array(LinkSchema).max(20000),
  /** Price of one whole server (overrides the sum of its parts), USD. */
  priceUsd: inRange('serverPriceUsd').optional(),
  /** Chassis height, rack units. */
  rackUnits: inRange('rackUnits').optional(),
  /** Chassis, fans, board and everything not modelled per part, W at load. */
  basePowerW: inRange('basePowerW').optional(),
  /** Template the server came from, if any. */
  templateId: z.string().optional(),
  /** What the chassis takes (copied from the template); the parts are checked against it. */
  chassis: ChassisSchema.optional(),
}).superRefine((server, ctx) => refuseDuplicateIds(server.links, ['links'], 'link', ctx));
export type ServerType = z.infer<typeof ServerTypeSchema>;

/** The network between servers. */
export const FabricSchema = z.object({
  protocol: z.enum(['infiniband', 'ethernet']),
  /** Oversubscription of the leaf-spine fabric (1 = non-blocking). */
  oversubscription: z.number().min(1).max(64).default(1),
  /** Price of the switching per server port, USD. */
  pricePerPortUsd: inRange('fabricPricePerPortUsd').default(0),
});
export type Fabric = z.infer<typeof FabricSchema>;

/**
 * A shared storage system reached over the fabric: a catalog unit (`model`), or the user's own `system` described
 * as parts, copied from the catalog unit `model` names or from scratch (`core/storage/unit.ts` resolves both).
 */
export const SharedStorageUseSchema = z.object({
  /** Catalog id of one storage unit; with `system`, the unit the user's system was copied from (its power, rack space and price scale with the nodes). */
  model: z.string().min(1).optional(),
  /** The user's own storage system as parts (nodes x drives x ports x CPU, protocol, file system): replaces the catalog unit's parts. */
  system: StorageSystemSchema.optional(),
  /** Display name of the user's own system. */
  name: z.string().min(1).max(200).optional(),
  /** Units; their bandwidth adds up. */
  count: z.number().int().min(1).max(10_000),
  /** Read bandwidth override per unit, GB/s. */
  readGBps: inRange('storageUnitReadGBps').optional(),
  /** Price per unit overriding the catalog, USD. */
  priceUsd: inRange('storagePriceUsd').optional(),
  /** Storage client stack of the servers (absent: the file system's usual client, `core/storage/client.ts`). */
  clientStack: ClientStackSchema.optional(),
  /** TCP / NVMe-oF termination offloaded to a DPU on the servers. */
  dpuOffload: z.boolean().optional(),
}).superRefine((use, ctx) => {
  if (use.model === undefined && use.system === undefined) ctx.addIssue({ code: 'custom', path: ['model'], message: 'name a catalog storage system or describe your own' });
});
export type SharedStorageUse = z.infer<typeof SharedStorageUseSchema>;

/** How a training run is set up. */
export const RunSettingsSchema = z.object({
  /** Samples per optimizer step across all GPUs; absent = the workload's reference batch per GPU x GPUs. */
  globalBatch: z.number().int().min(1).max(10_000_000).optional(),
  precision: PrecisionSchema.default('mixed'),
  software: SoftwareClassSchema.default('ngc'),
  /**
   * Release of the software stack as a decimal year (NGC container 20.06 = 2020.42); absent = a current
   * release. Older tuned stacks run slower and their training recipes need more samples (see efficiency.ts).
   */
  softwareYear: z.number().min(2015).max(2100).optional(),
  /** Framework of an NGC or stock stack (absent = the class's average); see FRAMEWORK_SLOWDOWN in params/compute.ts. */
  framework: FrameworkSchema.optional(),
  /**
   * Where JPEG/record decoding runs: CPU cores, the GPU (DALI-style), or `auto`: what the software class does
   * (a DALI-class stack on a CUDA GPU decodes on the GPU; core/engine/dataLoader.ts).
   */
  dataLoader: z.enum(['auto', 'cpu', 'gpu']).default('auto'),
  /** Batches buffered ahead of the GPU per stage. */
  prefetchDepth: z.number().int().min(0).max(64).default(2),
  /** Where the dataset is read from: decided from the design ('auto'), RAM, local drives or shared storage. */
  datasetLocation: z.enum(['auto', 'page-cache', 'local', 'shared']).default('auto'),
  /** Synthetic data skips storage and decoding. */
  data: z.enum(['real', 'synthetic']).default('real'),
  /** Train a fixed number of epochs instead of to the quality target. */
  epochs: inRange('epochs').optional(),
  /** Count evaluation passes in time-to-model. */
  evaluation: z.boolean().default(true),
  /** Mean time between failures of one server, hours. */
  nodeMtbfHours: inRange('nodeMtbfHours').default(50_000),
  /** Time to detect a failure and restart the job, minutes. */
  restartMinutes: inRange('restartMinutes').default(10),
  /** Checkpoint interval in minutes; absent = Young/Daly optimum. */
  checkpointIntervalMinutes: inRange('checkpointIntervalMinutes').optional(),
  /**
   * How a checkpoint stops training: `sync` (absent) blocks until it is written; `async` blocks only while the
   * state is copied to host memory and writes it in the background (CheckFreq, PyTorch DCP `async_save`).
   */
  checkpointMode: z.enum(['sync', 'async']).optional(),
  /** Elastic training continues on the surviving nodes instead of restarting from a checkpoint. */
  elastic: z.boolean().default(false),
  /**
   * Multiplier on the GPUs' compute time (1 = the model as fitted). The planner derives it from a design's
   * `calibration`; set by hand it says "my GPUs compute this much slower (>1) or faster (<1) than modelled".
   */
  computeScale: z.number().min(0.05).max(20).optional(),
  /** LLM parallel layout: pinned fields are kept, absent ones the layout search decides (transformer workloads only). */
  parallelism: ParallelLayoutPinSchema.optional(),
});
export type RunSettings = z.infer<typeof RunSettingsSchema>;

/**
 * What the user measured on their own system: this design's server types at another scale (or the same),
 * with the throughput they saw. The planner corrects the compute term so that it reproduces the
 * measurement, and carries the correction into every what-if.
 */
export const CalibrationSchema = z.object({
  /** Servers of the first GPU server type in the measured run. */
  nodes: z.number().int().min(1).max(100_000),
  /** Global batch of the measured run; absent = the design's rule for the batch. */
  globalBatch: z.number().int().min(1).max(10_000_000).optional(),
  /** Catalog workload id of the measured run; absent = the design's workload. */
  workload: z.string().min(1).max(200).optional(),
  /** Warm-epoch throughput the user measured, samples/s. */
  measuredSamplesPerSec: z.number().positive().max(1e12),
  /** Where the number comes from (free text shown in the results). */
  note: z.string().max(500).optional(),
});
export type Calibration = z.infer<typeof CalibrationSchema>;

/** Money and facility assumptions. */
export const EconomicsSchema = z.object({
  /** Years over which capex is written off. */
  amortizationYears: inRange('amortizationYears').default(4),
  /** Price of electricity, USD per kWh. */
  electricityUsdPerKWh: inRange('electricityUsdPerKWh').default(0.0806),
  /** Power usage effectiveness of the facility (>= 1). */
  pue: z.number().min(1).max(5).default(1.5),
  /** Colocation rent, USD per kW of IT load per month. */
  colocationUsdPerKWMonth: inRange('colocationUsdPerKWMonth').default(0),
  /** Support and staff per year as % of capex. */
  supportPctPerYear: inRange('supportPctPerYear').default(10),
  /** Share of hours the platform does useful work, %. */
  utilizationPct: z.number().min(1).max(100).default(70),
  /** Cloud instance to compare against (catalog id). */
  cloudInstance: z.string().optional(),
  /** Discount on the hardware of the bill of materials, %. */
  discountPct: z.number().min(0).max(100).optional(),
  /** Margin added to every unit price of the bill of materials, % (a vendor's markup, not printed as a line). */
  marginPct: z.number().min(0).max(1000).optional(),
  /** Currency the bill of materials is shown in: ISO 4217 code and how many units of it one USD buys. */
  currency: z.object({ code: z.string().regex(/^[A-Z]{3}$/, 'a three-letter currency code such as EUR'), perUsd: z.number().positive().max(1_000_000) }).optional(),
});
export type Economics = z.infer<typeof EconomicsSchema>;

/** A whole design: servers, fabric, storage, workload, run settings and economics. */
export const DesignSchema = z.object({
  name: z.string().min(1).max(200),
  serverTypes: z.array(ServerTypeSchema).max(64),
  fabric: FabricSchema.default({ protocol: 'infiniband', oversubscription: 1, pricePerPortUsd: 0 }),
  sharedStorage: SharedStorageUseSchema.optional(),
  /** Catalog workload id, or a user-defined workload object. */
  workload: z.union([z.string().min(1), z.lazy(() => WorkloadSchema)]),
  run: RunSettingsSchema.default(RunSettingsSchema.parse({})),
  economics: EconomicsSchema.default(EconomicsSchema.parse({})),
  /** A measurement of the user's own system this design is calibrated to. */
  calibration: CalibrationSchema.optional(),
}).superRefine((design, ctx) => refuseDuplicateIds(design.serverTypes, ['serverTypes'], 'server type', ctx));
export type Design = z.infer<typeof DesignSchema>;
export type DesignInput = z.input<typeof DesignSchema>;
