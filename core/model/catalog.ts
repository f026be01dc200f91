import { z } from 'zod';
import { PriceSchema, ProvenanceSchema } from './provenance';
import { inRange } from './ranges';
import { StorageSystemSchema } from '../storage/system';

const id = z.string().regex(/^[a-z0-9][a-z0-9.+-]*$/, 'ids are lower-case letters, digits, ".", "+" and "-"');

/** Fields every catalog entry has: a stable id, other names it is known by, a display name, provenance. */
const entryBase = {
  id,
  /** Other spellings that resolve to this entry (case-insensitive), e.g. MLPerf's "NVIDIA A100-SXM4-80GB". */
  aliases: z.array(z.string()).default([]),
  name: z.string().min(1),
  vendor: z.string().min(1),
  price: PriceSchema.optional(),
  provenance: ProvenanceSchema,
};

/** GPU architecture families; efficiency tables are keyed by these. */
export const GpuArchitectureSchema = z.enum(['volta', 'turing', 'ampere', 'ada', 'hopper', 'blackwell', 'cdna2', 'cdna3', 'cdna4']);
export type GpuArchitecture = z.infer<typeof GpuArchitectureSchema>;

/** An accelerator. FLOPS are dense peak (no sparsity). */
export const GpuSchema = z.object({
  ...entryBase,
  architecture: GpuArchitectureSchema,
  /** 'sxm' / 'oam' parts sit on a baseboard; 'pcie' parts are cards; 'superchip' are CPU+GPU modules. */
  formFactor: z.enum(['sxm', 'pcie', 'oam', 'superchip']),
  launchYear: inRange('launchYear'),
  memoryGB: inRange('gpuMemoryGB'),
  memoryBandwidthTBps: inRange('gpuMemoryTBps'),
  fp32Tflops: inRange('tflops'),
  /** TF32 tensor peak; null where the part has none (Volta). */
  tf32Tflops: inRange('tflops').nullable(),
  /** FP16/BF16 tensor peak with FP32 accumulate. */
  fp16Tflops: inRange('tflops'),
  fp8Tflops: inRange('tflops').nullable(),
  tdpW: inRange('componentPowerW'),
  /** Scale-up link family, e.g. 'nvlink2'; null for PCIe-only parts. */
  scaleUpLink: z.string().nullable(),
  /** All scale-up links together, GB/s per GPU in ONE direction (half of NVIDIA's bidirectional figure). */
  scaleUpGBps: inRange('scaleUpGBps'),
  pcieGen: z.number().int().min(1).max(7),
  pcieLanes: inRange('lanes'),
});
export type Gpu = z.infer<typeof GpuSchema>;

/** A CPU socket. */
export const CpuSchema = z.object({
  ...entryBase,
  cores: inRange('cores'),
  threads: inRange('cores'),
  baseGHz: inRange('clockGHz'),
  boostGHz: inRange('clockGHz'),
  /** PCIe lanes this socket provides to devices. */
  pcieLanes: inRange('lanes'),
  pcieGen: z.number().int().min(1).max(7),
  memoryChannels: inRange('memoryChannels'),
  /** Theoretical DRAM bandwidth per socket, GB/s. */
  memoryBandwidthGBps: inRange('catalogBandwidthGBps'),
  /** Socket-to-socket link bandwidth, all links together, GB/s in one direction (UPI / xGMI / Infinity Fabric). */
  socketLinkGBps: inRange('catalogBandwidthGBps'),
  tdpW: inRange('componentPowerW'),
  /** Launch year (for sorting and for the core-speed term). */
  launchYear: inRange('launchYear'),
});
export type Cpu = z.infer<typeof CpuSchema>;

/** A local drive. */
export const DriveSchema = z.object({
  ...entryBase,
  kind: z.enum(['nvme', 'sata-ssd', 'hdd']),
  /** PCIe generation and lanes of an NVMe drive; null for SATA/SAS devices. */
  pcieGen: z.number().int().min(1).max(7).nullable(),
  pcieLanes: inRange('lanes').nullable(),
  capacityTB: inRange('driveCapacityTB'),
  seqReadGBps: inRange('catalogBandwidthGBps'),
  seqWriteGBps: inRange('catalogBandwidthGBps'),
  /** 4 KiB random read IOPS. */
  randReadIops: inRange('iops'),
  /** Active power, W. */
  powerW: inRange('componentPowerW'),
});
export type Drive = z.infer<typeof DriveSchema>;

/** A network adapter (Ethernet or InfiniBand). */
export const NicSchema = z.object({
  ...entryBase,
  protocol: z.enum(['ethernet', 'infiniband']),
  /** Line rate per port, Gb/s. */
  portSpeedGbps: inRange('portSpeedGbps'),
  ports: inRange('ports'),
  pcieGen: z.number().int().min(1).max(7),
  pcieLanes: inRange('lanes'),
  powerW: inRange('componentPowerW'),
});
export type Nic = z.infer<typeof NicSchema>;

/** A PCIe switch chip. */
export const PcieSwitchSchema = z.object({
  ...entryBase,
  pcieGen: z.number().int().min(1).max(7),
  /** Total lanes of the switch (uplink + downstream). */
  lanes: inRange('lanes'),
  powerW: inRange('componentPowerW'),
});
export type PcieSwitch = z.infer<typeof PcieSwitchSchema>;

/** A shared (network) storage system: one appliance or chassis, scaled by count in a design. */
export const SharedStorageSchema = z.object({
  ...entryBase,
  kind: z.string().min(1),
  /** Aggregate read bandwidth of one unit, GB/s. */
  readGBps: inRange('catalogBandwidthGBps'),
  writeGBps: inRange('catalogBandwidthGBps'),
  rackUnits: inRange('rackUnits'),
  powerW: inRange('componentPowerW'),
  /** What the bandwidth figure covers (one chassis, one client, a benchmark). */
  scope: z.string().min(1),
  /**
   * The unit as parts (nodes x drives x ports x CPU, file system, protocol; `core/storage/system.ts`). When present,
   * the engine reads the unit's read and write bandwidth from this model; `readGBps`/`writeGBps` stay the vendor's figures.
   */
  system: StorageSystemSchema.optional(),
});
export type SharedStorage = z.infer<typeof SharedStorageSchema>;

/** A link technology: PCIe generation, NVLink generation, socket link, network speed. */
export const InterconnectSchema = z.object({
  ...entryBase,
  category: z.enum(['pcie', 'nvlink', 'socket', 'network', 'other']),
  /** Bandwidth in one direction, GB/s (per lane for PCIe entries named `pcie<gen>-lane`). */
  perDirectionGBps: inRange('catalogBandwidthGBps'),
});
export type Interconnect = z.infer<typeof InterconnectSchema>;

/** A cloud GPU instance used for the cloud comparison. */
export const CloudInstanceSchema = z.object({
  ...entryBase,
  provider: z.string().min(1),
  instance: z.string().min(1),
  /** Catalog GPU id of its accelerators. */
  gpuId: id,
  gpuCount: inRange('gpuCount'),
  onDemandUsdPerHour: inRange('usdPerHour'),
  reservedUsdPerHour: inRange('usdPerHour').nullable(),
});
export type CloudInstance = z.infer<typeof CloudInstanceSchema>;

/** A facility cost figure (electricity price, PUE, colocation rate). */
export const FacilityFigureSchema = z.object({
  ...entryBase,
  metric: z.enum(['electricity-usd-per-kwh', 'pue', 'colocation-usd-per-kw-month', 'other']),
  value: inRange('facilityValue'),
  unit: z.string().min(1),
});
export type FacilityFigure = z.infer<typeof FacilityFigureSchema>;

/** The whole component catalog as shipped in `assets/catalog/`. */
export const CatalogSchema = z.object({
  gpus: z.array(GpuSchema),
  cpus: z.array(CpuSchema),
  drives: z.array(DriveSchema),
  nics: z.array(NicSchema),
  pcieSwitches: z.array(PcieSwitchSchema),
  sharedStorage: z.array(SharedStorageSchema),
  interconnects: z.array(InterconnectSchema),
  cloud: z.array(CloudInstanceSchema),
  facilities: z.array(FacilityFigureSchema),
});
export type Catalog = z.infer<typeof CatalogSchema>;
