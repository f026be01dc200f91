/**
 * One-off converter: reads the reference hardware catalog in ../shared/reference (not present in CI)
 * and writes the product catalog to assets/catalog/*.json in the schema of core/model/catalog.ts.
 *
 * Usage: npx --no-install tsx scripts/convert-reference-catalog.ts [path/to/hardware-catalog.json]
 *
 * Every value keeps its source. Entries and fields the reference catalog lacks are added here with
 * their own citations; anything not confirmed from a cited document is listed in `estimatedFields`.
 * Nothing in the product or its tests imports this script.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import {
  CloudInstanceSchema,
  CpuSchema,
  DriveSchema,
  FacilityFigureSchema,
  GpuSchema,
  InterconnectSchema,
  NicSchema,
  PcieSwitchSchema,
  SharedStorageSchema,
} from '../core/model/catalog';
import type {
  CloudInstance,
  Cpu,
  Drive,
  FacilityFigure,
  Gpu,
  GpuArchitecture,
  Interconnect,
  Nic,
  PcieSwitch,
  SharedStorage,
} from '../core/model/catalog';
import type { Confidence, Price, Provenance } from '../core/model/provenance';

// ---------------------------------------------------------------------------------------------
// Reference-catalog shapes (only the fields this converter reads).
// ---------------------------------------------------------------------------------------------

interface RefEntry {
  id: string;
  name?: string;
  vendor?: string;
  source: string[];
  confidence: Confidence;
  notes?: string | null;
  unverifiedFields?: string[];
}

interface RefPrice {
  usd: number | null;
  basis: string;
  confidence: Confidence;
}

interface RefGpu extends RefEntry {
  name: string;
  vendor: string;
  architecture: string;
  formFactor: string;
  launchYear: number | null;
  memoryGB: number;
  memoryType: string;
  memoryBandwidthTBs: number;
  fp32Tflops: number | null;
  tf32TensorTflopsDense: number | null;
  fp16bf16TensorTflopsDense: number;
  fp8TensorTflopsDense: number | null;
  tdpW: number;
  scaleUpLink: string | null;
  scaleUpBandwidthGBsPerGpuBidir: number | null;
  pcieGen: number | null;
  pcieLanes: number;
  price: RefPrice | null;
}

interface RefCpu extends RefEntry {
  name: string;
  vendor: string;
  generation: string;
  launch: string | null;
  cores: number;
  threads: number;
  baseGHz: number | null;
  boostGHz: number | null;
  pcieLanes: number | null;
  pcieGen: number | null;
  memoryChannels: number | null;
  memoryType: string | null;
  memoryMaxMTs: number | null;
  memoryBandwidthGBsPerSocket: number | null;
  socketInterconnect: string | null;
  tdpW: number | null;
  listPriceUSD: number | null;
}

interface RefDrive extends RefEntry {
  name: string;
  vendor: string;
  kind: string;
  interface: string;
  formFactor: string;
  capacityTB: number | null;
  seqReadGBs: number;
  seqWriteGBs: number | null;
  randReadIOPS: number | null;
  priceEstimateUSD: [number, number] | null;
  priceBasis?: string;
}

interface RefSharedStorage extends RefEntry {
  name: string;
  vendor: string;
  kind: string;
  rackUnits: number | null;
  readGBs: number | null;
  writeGBs: number | null;
  scope: string | null;
}

interface RefInterconnect extends RefEntry {
  name: string;
  category: string;
  perDirectionGBs: number | null;
  bidirectionalGBs: number | null;
  signalingRate: string | null;
}

interface RefCloud extends RefEntry {
  provider: string;
  instance: string;
  gpus: string;
  gpuCount: number;
  onDemandUSDPerHour: number | null;
  perGpuHourUSD: number | null;
  reservedOrCommittedUSDPerHour: number | null;
  reservedBasis: string | null;
  region: string | null;
  asOf: string | null;
  instanceDetails: string | null;
}

interface RefFacility extends RefEntry {
  metric: string;
  value: number | number[] | Record<string, number | string>;
  unit: string;
  scope: string | null;
  asOf: string | null;
}

interface RefCatalog {
  meta: { primaryDatasets: string[] };
  gpus: RefGpu[];
  cpus: RefCpu[];
  storage: RefDrive[];
  sharedStorage: RefSharedStorage[];
  interconnects: RefInterconnect[];
  cloud: RefCloud[];
  facilities: RefFacility[];
}

// ---------------------------------------------------------------------------------------------
// Helpers.
// ---------------------------------------------------------------------------------------------

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..');
const refPath = process.argv[2] ?? resolve(repoRoot, '../shared/reference/hardware-catalog.json');
const ref = JSON.parse(readFileSync(refPath, 'utf8')) as RefCatalog;

/** Reference catalog citation, added to every converted entry so the chain of custody is visible. */
const REF = 'Trainwright reference hardware catalog (shared/reference/hardware-catalog.json), compiled 2026 from the sources listed with it';

function byId<T extends { id: string }>(list: T[], id: string): T {
  const found = list.find((e) => e.id === id);
  if (!found) throw new Error(`reference entry ${id} not found`);
  return found;
}

function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function uniq(values: string[]): string[] {
  return [...new Set(values)];
}

/** Drops aliases that normalize to the id or to an earlier alias (case, spaces, dashes, underscores). */
function cleanAliases(id: string, aliases: string[]): string[] {
  const norm = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, '');
  const seen = new Set([norm(id)]);
  const out: string[] = [];
  for (const a of aliases) {
    const k = norm(a);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(a);
  }
  return out;
}

function provenance(source: string[], confidence: Confidence, estimatedFields: string[], notes: string[]): Provenance {
  const text = notes.filter((n) => n.trim().length > 0).join(' ');
  return {
    source: uniq(source),
    confidence,
    estimatedFields: uniq(estimatedFields),
    ...(text ? { notes: text } : {}),
  };
}

/**
 * Maps the reference catalog's free-text `unverifiedFields` to schema field names.
 * Items with no schema field (e.g. "P5510 equivalence") are returned as caveat text.
 */
function mapUnverified(items: string[] | undefined, table: Record<string, string[]>): { fields: string[]; caveats: string[] } {
  const fields: string[] = [];
  const caveats: string[] = [];
  for (const item of items ?? []) {
    const key = Object.keys(table).find((k) => item.startsWith(k));
    if (key) fields.push(...(table[key] ?? []));
    else caveats.push(item);
  }
  return { fields, caveats };
}

function parseYear(text: string | null): number | null {
  if (!text) return null;
  const four = text.match(/(19|20)\d{2}/);
  if (four) return Number(four[0]);
  const quarter = text.match(/Q\d'(\d{2})/);
  if (quarter?.[1]) return 2000 + Number(quarter[1]);
  return null;
}

function checkEstimatedFields(section: string, entry: { id: string; provenance: Provenance }): void {
  for (const f of entry.provenance.estimatedFields) {
    if (!(f in entry)) throw new Error(`${section}/${entry.id}: estimatedFields names unknown field ${f}`);
  }
}

/** Zero is this converter's marker for "not filled"; only scale-up bandwidth may legitimately be 0. */
function checkNoPlaceholderZero(section: string, entry: object & { id: string }): void {
  for (const [key, value] of Object.entries(entry as Record<string, unknown>)) {
    if (value === 0 && key !== 'scaleUpGBps') throw new Error(`${section}/${entry.id}: ${key} was left unfilled`);
  }
}

// ---------------------------------------------------------------------------------------------
// Sources found for entries the reference catalog lacks (searched 2026; see the notes per entry).
// ---------------------------------------------------------------------------------------------

const CHEAT = ref.meta.primaryDatasets[2] ?? 'Community NVIDIA AI Infrastructure Cheat Sheet';

const SRC = {
  voltaTable: 'https://maosong.website/p/nvidia-gpu-specs (reproduces the NVIDIA Tesla V100 whitepaper table: 15.7 TFLOPS FP32, 125 tensor TFLOPS, 16 GB HBM2, 300 W, 1530 MHz boost)',
  v100sxm3: 'https://sysrqmts.com/es/gpus/compare/nvidia-tesla-t4-vs-nvidia-tesla-v100-sxm3-32-gb (TechPowerUp-derived: Tesla V100 SXM3 32 GB, GV100, 1530 MHz boost, 897 GB/s, 15.67 TFLOPS FP32, released Mar 2018)',
  dgx2: 'AnandTech "NVIDIA\'s DGX-2: Sixteen V100 GPUs, 30 TB of NVMe, only $400K" (mirror it.anandtech.com/Show/Index/12587): 16 x V100 SXM3 32 GB, 2 PFLOPS tensor, NVSwitch 300 GB/s per GPU',
  v100sDatasheet: 'NVIDIA Tesla V100S PCIe datasheet (nvidia.com, 2019): 32 GB HBM2, 1,134 GB/s, 16.4 TFLOPS FP32, 130 tensor TFLOPS, 250 W (not re-verified in this catalog)',
  a30Hf: 'https://huggingface.co/hardware/a30 (NVIDIA A30: 24 GB, 10.32 TFLOPS FP32, 165 W, released 2021)',
  a30Datasheet: 'NVIDIA A30 Tensor Core GPU datasheet (nvidia.com): 24 GB HBM2, 933 GB/s, TF32 82 / BF16 165 TFLOPS dense, NVLink bridge 200 GB/s, PCIe Gen4 (not re-verified in this catalog)',
  a40Datasheet: 'NVIDIA A40 datasheet as reproduced at https://www.ecer.com/corp/details-uuuedqa-p1bsay9-multi-display-setups-supported-by-48gb-gddr6-ecc-memory-nvidia-a40-gpu-and-vga-outputs.html (48 GB GDDR6, 696 GB/s, NVLink 112.5 GB/s bidirectional, PCIe Gen4 64 GB/s, FP32 37.4, TF32 74.8, BF16 149.7 dense with FP32 accumulate, 300 W)',
  a40Date: 'https://technical.city/en/video/A40-PCIe (A40 released 5 October 2020, PCIe 4.0 x16)',
  a5000Csv: 'https://huggingface.co/datasets/ohdoking/gpu_spec data/nvidia_gpu.csv (NVIDIA RTX A5000: 24 GB, 230 W, 8,192 CUDA cores, 27.77 TFLOPS FP32, Ampere)',
  a5000Datasheet: 'NVIDIA RTX A5000 datasheet (nvidia.com): 768 GB/s GDDR6, NVLink 112.5 GB/s (2-way), 222.2 TFLOPS sparse tensor, PCIe Gen4 x16 (not re-verified in this catalog)',
  ampereGa102: 'NVIDIA Ampere GA102 whitepaper appendix: RTX A6000 (84 SMs, 1800 MHz) 154.8 TFLOPS FP16 tensor with FP32 accumulate and 77.4 TF32, dense; A5000 values scaled by SM count x clock (64/84 x 1695/1800)',
  gh200Spheron: 'https://spheron.network/blog/nvidia-gh200-guide (GH200: 72-core Grace + H100 with 96 GB HBM3, 480 GB LPDDR5X, NVLink-C2C 900 GB/s bidirectional)',
  gh200Power: 'https://artificial-intelligence-wiki.com/ai-development/ai-hardware-infrastructure/nvidia-grace-hopper-guide (GH200 module TDP up to 1000 W)',
  h100Klockwood: 'https://glennklockwood.com/garden/processors/h100 (H100 SXM5 dense: FP32 66.9, TF32 494.7, FP16/BF16 989.4, FP8 1978.9 TFLOPS; cites the NVIDIA H100 whitepaper)',
  gh200Datasheet: 'NVIDIA GH200 Grace Hopper Superchip datasheet (nvidia.com): 96 GB HBM3 at up to 4 TB/s, module power 450-1000 W (memory bandwidth not re-verified in this catalog)',
  b300Klockwood: 'https://glennklockwood.com/garden/processors/B300 (HGX B300 dense: FP32 75, TF32 1125, FP16/BF16 2250, FP8 4500 TFLOPS; 288 GB HBM3e, 8 TB/s max, 2 x 900 GB/s NVLink 5, PCIe Gen6, up to 1400 W in GB300)',
  b300Acecloud: 'https://acecloud.ai/blog/nvidia-hgx-b300 (HGX B300: 8 GPUs, 288 GB HBM3e per GPU, up to 8 TB/s, NVLink 5 1.8 TB/s bidirectional per GPU, ConnectX-8 800 Gb/s per GPU)',
  dgxB300Power: 'https://thedailyscout.com/s/mS-qfkbCluI (citing docs.nvidia.com: DGX B300 system power 14.5 kW, HGX B200 up to 1 kW per GPU)',
  mi355xRegister: 'https://www.theregister.com/2025/06/12/amd_mi355x/ (MI355X: CDNA 4, 288 GB HBM3E, 8 TB/s, 1.4 kW, liquid-cooled)',
  mi355xTom: 'https://www.tomshardware.com/pc-components/gpus/amds-instinct-mi355x-accelerator-will-consume-1-400-watts (MI355X up to 1400 W; MI350X 1000 W; 288 GB HBM3E at 8 TB/s)',
  mi355xSvet: 'https://www.svethardware.cz/amd-uvadi-akceleratory-instinct-mi350x-a-mi355x-s-288gb-pameti-hbm3e/61870 (MI355X: 256 CU, 2400 MHz, FP32 157.3 TFLOPS, INT8 5 POPS dense / 10.1 sparse)',
  mi355xIsscc: 'https://www.world-today-news.com/?p=7253162 (ISSCC 2026 report: MI355X delivers five petaflops of FP8)',
  h100nvlBrief: 'NVIDIA H100 NVL product brief (datasheet PB-11773-001_v01, via Epoch): FP32 60 TFLOPS, NVLink bridge 600 GB/s (FP32 and bridge bandwidth not re-verified in this catalog)',
  ada: 'NVIDIA Ada Lovelace architecture whitepaper (GeForce RTX 4090: 165.2 TFLOPS FP16 tensor with FP32 accumulate dense; RTX 6000 Ada: TF32 91.1 dense) - per the reference catalog note, not re-verified from the primary document',
  l40sDate: 'NVIDIA L40S announcement (SIGGRAPH, August 2023) - launch year not confirmed in the searched sources',
} as const;

// ---------------------------------------------------------------------------------------------
// GPUs.
// ---------------------------------------------------------------------------------------------

/** Reference ids that become aliases of the canonical ids the calibration cases use. */
const GPU_ID_RENAMES: Record<string, string> = {
  'h100-sxm5': 'h100-sxm5-80gb',
  'h100-pcie': 'h100-pcie-80gb',
  'h200-sxm': 'h200-sxm-141gb',
  'b200-hgx': 'b200-sxm-180gb',
  'gb200-gpu': 'gb200',
};

/** Spellings as MLPerf submissions and nvidia-smi print them (from the calibration cases and system JSONs). */
const GPU_ALIASES: Record<string, string[]> = {
  'v100-sxm2-16gb': ['Tesla V100-SXM2-16GB', 'NVIDIA V100-SXM2-16GB', 'NVIDIA Tesla V100 SXM2 16GB', 'V100 16GB (Lambda Cloud)'],
  'v100-sxm2-32gb': ['Tesla V100-SXM2-32GB', 'Nvidia Tesla V100-SXM2-32GB', 'NVIDIA V100-SXM2-32GB', 'NVIDIA Tesla V100 SXM2 32GB'],
  'v100-sxm3-32gb': ['Tesla V100-SXM3-32GB', 'Tesla V100-SXM3-32GB-H', 'NVIDIA V100-SXM3-32GB', 'NVIDIA Tesla V100 SXM3 32GB'],
  'v100-pcie-32gb': ['Tesla V100-PCIE-32GB', 'NVIDIA V100-PCIe-32GB', 'NVIDIA Tesla V100 PCIe 32GB'],
  'v100s-pcie-32gb': ['Tesla V100S-PCIE-32GB', 'Nvidia Tesla V100S-PCIe-32GB', 'NVIDIA Tesla V100S PCIe 32GB'],
  'a100-sxm4-40gb': ['A100-SXM4-40GB', 'NVIDIA A100-SXM4-40GB', 'NVIDIA A100-SXM-40GB', 'NVIDIA A100 SXM4 40GB'],
  'a100-sxm4-80gb': ['A100-SXM4-80GB', 'NVIDIA A100-SXM4-80GB', 'NVIDIA A100-SXM-80GB', 'A100 80GB SXM4', 'NVIDIA A100-SXM-80GB CTS', 'NVIDIA A100 SXM4 80GB'],
  'a100-pcie-40gb': ['A100-PCIE-40GB', 'NVIDIA A100-PCIE-40GB', 'NVIDIA A100 PCIe 40GB'],
  'a100-pcie-80gb': ['A100-PCIE-80GB', 'NVIDIA A100-PCIe-80GB', 'NVIDIA A100 80GB PCIe', 'NVIDIA A100 PCIe 80GB'],
  a30: ['NVIDIA A30', 'NVIDIA A30-PCIE-24GB'],
  a40: ['NVIDIA A40', 'NVIDIA A40-PCIE-48GB'],
  a10: ['NVIDIA A10', 'NVIDIA A10-PCIE-24GB'],
  l4: ['NVIDIA L4'],
  l40s: ['NVIDIA L40S', 'NVIDIA L40S-PCIE-48GB', 'L40S PCIe 48GB'],
  'rtx-a5000': ['NVIDIA RTX A5000', 'RTX A5000'],
  'rtx6000-ada': ['NVIDIA RTX 6000 Ada Generation', 'RTX 6000 Ada'],
  rtx4090: ['NVIDIA GeForce RTX 4090', 'RTX 4090'],
  'h100-sxm5-80gb': ['NVIDIA H100-SXM5-80GB', 'NVIDIA H100 80GB HBM3', 'H100 80GB SXM5', 'NVIDIA H100-SXM-80GB', 'NVIDIA H100 SXM5 80GB'],
  'h100-pcie-80gb': ['NVIDIA H100-PCIe-80GB', 'H100 80GB PCIe Gen5', 'NVIDIA H100 PCIe', 'NVIDIA H100 PCIe 80GB'],
  'h100-nvl': ['NVIDIA H100 NVL', 'NVIDIA H100 NVL 94GB', 'H100-NVL-94GB'],
  'h200-sxm-141gb': ['NVIDIA H200-SXM5-141GB', 'NVIDIA H200-SXM-141GB', 'H200 141GB SXM', 'NVIDIA H200 SXM 141GB', 'NVIDIA H200 141GB HBM3e'],
  'gh200-96gb': ['GH200 96GB', 'NVIDIA GH200 96GB HBM3', 'NVIDIA GH200 480GB', 'NVIDIA GH200 Grace Hopper Superchip', 'GH200'],
  'b200-sxm-180gb': ['NVIDIA B200', 'B200', 'B200-SXM-180GB', 'NVIDIA Blackwell GPU (B200-SXM-180GB)', 'B200 (192GB as labelled)'],
  gb200: ['NVIDIA GB200', 'NVIDIA Blackwell GPU (GB200)', 'GB200 186GB'],
  'b300-sxm-270gb': ['NVIDIA B300', 'B300', 'NVIDIA B300-SXM-270GB', 'NVIDIA Blackwell Ultra GPU (B300-SXM-270GB)'],
  mi250x: ['AMD Instinct MI250X'],
  mi300x: ['AMD Instinct MI300X', 'AMD Instinct MI300X 192GB HBM3', 'AMD MI300X'],
  mi325x: ['AMD Instinct MI325X', 'AMD Instinct MI325X 256GB HBM3E', 'AMD MI325X'],
  mi355x: ['AMD Instinct MI355X', 'AMD Instinct MI355X 288GB HBM3E', 'AMD MI355X'],
};

const ARCH: Record<string, GpuArchitecture> = {
  Volta: 'volta',
  Ampere: 'ampere',
  Hopper: 'hopper',
  Blackwell: 'blackwell',
  'Ada Lovelace': 'ada',
  'CDNA 2 (2 dies)': 'cdna2',
  'CDNA 3': 'cdna3',
};

function formFactorOf(text: string): Gpu['formFactor'] {
  if (text.startsWith('SXM')) return 'sxm';
  if (text.startsWith('OAM')) return 'oam';
  if (text.startsWith('Superchip')) return 'superchip';
  if (text.startsWith('PCIe')) return 'pcie';
  throw new Error(`unknown GPU form factor ${text}`);
}

function scaleUpLinkOf(g: RefGpu): string | null {
  const link = g.scaleUpLink ?? '';
  if (link.startsWith('NVLink 2')) return 'nvlink2';
  if (link.startsWith('NVLink 3')) return 'nvlink3';
  if (link.startsWith('NVLink 4')) return 'nvlink4';
  if (link.startsWith('NVLink 5')) return 'nvlink5';
  if (link.startsWith('NVLink bridge')) return g.architecture === 'Hopper' ? 'nvlink4-bridge' : 'nvlink3-bridge';
  if (link.startsWith('Infinity Fabric')) return 'infinity-fabric';
  return null;
}

const GPU_UNVERIFIED: Record<string, string[]> = {
  launchYear: ['launchYear'],
  fp8TensorTflopsDense: ['fp8Tflops'],
  tf32TensorTflopsDense: ['tf32Tflops'],
  fp16bf16TensorTflopsDense: ['fp16Tflops'],
  scaleUpBandwidth: ['scaleUpGBps'],
  scaleUpLink: ['scaleUpLink'],
  pcieGen: ['pcieGen'],
  price: [],
};

/** Fields the reference leaves empty or that need a correction, with their basis. */
interface GpuPatch {
  values: Partial<Gpu>;
  estimated: string[];
  sources: string[];
  notes: string[];
}

const GPU_PATCHES: Record<string, GpuPatch> = {
  'h100-nvl': {
    values: { fp32Tflops: 60, scaleUpLink: 'nvlink4-bridge', scaleUpGBps: 300 },
    estimated: ['fp32Tflops', 'scaleUpLink', 'scaleUpGBps'],
    sources: [SRC.h100nvlBrief],
    notes: ['FP32 and the 600 GB/s bidirectional NVLink bridge (pairs only) are from the product brief as recalled, not re-verified; scaleUpGBps = 600 / 2.'],
  },
  gb200: {
    values: { pcieGen: 6 },
    estimated: ['pcieGen'],
    sources: [],
    notes: ['The GPU reaches its Grace CPU over NVLink-C2C (450 GB/s per direction), not PCIe; pcieGen 6 is the Blackwell GPU host-link generation per glennklockwood.com and matters only for PCIe-attached NICs.'],
  },
  l40s: {
    values: { launchYear: 2023 },
    estimated: ['launchYear'],
    sources: [SRC.l40sDate],
    notes: [],
  },
  mi325x: {
    values: { fp8Tflops: 2614.9, scaleUpLink: 'infinity-fabric', scaleUpGBps: 448 },
    estimated: ['fp8Tflops', 'scaleUpLink', 'scaleUpGBps', 'pcieGen'],
    sources: [],
    notes: ['FP8 and Infinity Fabric bandwidth assumed equal to the MI300X (same CDNA 3 compute die and 8-GPU platform; reference note says "likely equal - unverified").'],
  },
  rtx4090: {
    values: { fp16Tflops: 165.2 },
    estimated: ['fp16Tflops'],
    sources: [SRC.ada],
    notes: ['fp16Tflops is the FP32-accumulate rate the schema asks for (GeForce runs it at half the 330 TFLOPS FP16-accumulate rate Epoch lists).'],
  },
  'rtx6000-ada': {
    values: { tf32Tflops: 91.1 },
    estimated: ['tf32Tflops'],
    sources: [SRC.ada],
    notes: ['TF32 filled from the Ada whitepaper figure (the reference left it empty although the part has TF32 tensor cores).'],
  },
};

function convertGpu(g: RefGpu): Gpu {
  const id = GPU_ID_RENAMES[g.id] ?? g.id;
  const architecture = ARCH[g.architecture];
  if (!architecture) throw new Error(`no architecture mapping for ${g.id}: ${g.architecture}`);
  const { fields, caveats } = mapUnverified(g.unverifiedFields, GPU_UNVERIFIED);
  const patch = GPU_PATCHES[id];
  const bidir = g.scaleUpBandwidthGBsPerGpuBidir;
  const price: Price | undefined =
    g.price && g.price.usd !== null ? { usd: g.price.usd, basis: g.price.basis, confidence: g.price.confidence } : undefined;
  const notes = [
    `${g.name}; ${g.formFactor}; ${g.memoryType}.`,
    g.notes ?? '',
    bidir ? `Scale-up ${bidir} GB/s bidirectional per GPU (vendor convention); scaleUpGBps is one direction.` : '',
    g.price && g.price.usd === null ? `Price: ${g.price.basis}` : '',
    caveats.length ? `Unverified in the reference: ${caveats.join('; ')}.` : '',
    ...(patch?.notes ?? []),
  ];
  const base: Gpu = {
    id,
    aliases: cleanAliases(id, [...(id !== g.id ? [g.id] : []), g.name, ...(GPU_ALIASES[id] ?? [])]),
    name: g.name,
    vendor: g.vendor,
    ...(price ? { price } : {}),
    provenance: provenance([REF, ...g.source, ...(patch?.sources ?? [])], g.confidence, [...fields, ...(patch?.estimated ?? [])], notes),
    architecture,
    formFactor: formFactorOf(g.formFactor),
    launchYear: g.launchYear ?? 0,
    memoryGB: g.memoryGB,
    memoryBandwidthTBps: g.memoryBandwidthTBs,
    fp32Tflops: g.fp32Tflops ?? 0,
    tf32Tflops: g.tf32TensorTflopsDense,
    fp16Tflops: g.fp16bf16TensorTflopsDense,
    fp8Tflops: g.fp8TensorTflopsDense,
    tdpW: g.tdpW,
    scaleUpLink: scaleUpLinkOf(g),
    scaleUpGBps: bidir ? round(bidir / 2) : 0,
    pcieGen: g.pcieGen ?? 0,
    pcieLanes: g.pcieLanes,
  };
  return { ...base, ...(patch?.values ?? {}) };
}

function newGpu(gpu: Omit<Gpu, 'aliases'>): Gpu {
  return { ...gpu, aliases: cleanAliases(gpu.id, [gpu.name, ...(GPU_ALIASES[gpu.id] ?? [])]) };
}

/** GPUs the reference catalog lacks, with values from the cited vendor documents. */
function addedGpus(): Gpu[] {
  const v100 = byId(ref.gpus, 'v100-sxm2-32gb');
  const h100 = byId(ref.gpus, 'h100-sxm5');
  return [
    newGpu({
      id: 'v100-sxm2-16gb',
      name: 'NVIDIA Tesla V100 SXM2 16GB',
      vendor: 'NVIDIA',
      provenance: provenance(
        [SRC.voltaTable, REF, ...v100.source],
        'spec-sheet',
        ['memoryBandwidthTBps'],
        ['Launch 16 GB variant of the V100 SXM2 (DGX-1, AWS p3); same compute as the 32 GB part per the reference catalog note. Memory bandwidth taken equal to the 32 GB part (0.898 TB/s, same 4096-bit HBM2 at 1.75 Gb/s).'],
      ),
      architecture: 'volta',
      formFactor: 'sxm',
      launchYear: 2017,
      memoryGB: 16,
      memoryBandwidthTBps: v100.memoryBandwidthTBs,
      fp32Tflops: 15.7,
      tf32Tflops: null,
      fp16Tflops: 125,
      fp8Tflops: null,
      tdpW: 300,
      scaleUpLink: 'nvlink2',
      scaleUpGBps: 150,
      pcieGen: 3,
      pcieLanes: 16,
    }),
    newGpu({
      id: 'v100-sxm3-32gb',
      name: 'NVIDIA Tesla V100 SXM3 32GB (DGX-2)',
      vendor: 'NVIDIA',
      provenance: provenance(
        [SRC.v100sxm3, SRC.dgx2, REF],
        'spec-sheet',
        ['tdpW', 'fp16Tflops'],
        [
          'DGX-2 GPU. Tensor 125 TFLOPS = DGX-2 2 PFLOPS / 16 GPUs. TDP 350 W is the DGX-2 figure as commonly quoted, not confirmed from a datasheet here.',
          'The DGX-2H variant (published as "Tesla V100-SXM3-32GB-H" / "V100-SXM3-32GB (450W)") runs at 450 W with higher clocks (2.1 PFLOPS per 16 GPUs, about 131 TFLOPS each); this entry carries the base DGX-2 figures.',
        ],
      ),
      architecture: 'volta',
      formFactor: 'sxm',
      launchYear: 2018,
      memoryGB: 32,
      memoryBandwidthTBps: 0.897,
      fp32Tflops: 15.67,
      tf32Tflops: null,
      fp16Tflops: 125,
      fp8Tflops: null,
      tdpW: 350,
      scaleUpLink: 'nvlink2',
      scaleUpGBps: 150,
      pcieGen: 3,
      pcieLanes: 16,
    }),
    newGpu({
      id: 'v100s-pcie-32gb',
      name: 'NVIDIA Tesla V100S PCIe 32GB',
      vendor: 'NVIDIA',
      provenance: provenance(
        [SRC.v100sDatasheet],
        'estimate',
        ['memoryBandwidthTBps', 'fp32Tflops', 'fp16Tflops', 'tdpW', 'launchYear'],
        ['Faster-memory refresh of the V100 PCIe; values from the datasheet as recalled, not confirmed by a search hit.'],
      ),
      architecture: 'volta',
      formFactor: 'pcie',
      launchYear: 2019,
      memoryGB: 32,
      memoryBandwidthTBps: 1.134,
      fp32Tflops: 16.4,
      tf32Tflops: null,
      fp16Tflops: 130,
      fp8Tflops: null,
      tdpW: 250,
      scaleUpLink: null,
      scaleUpGBps: 0,
      pcieGen: 3,
      pcieLanes: 16,
    }),
    newGpu({
      id: 'a30',
      name: 'NVIDIA A30',
      vendor: 'NVIDIA',
      provenance: provenance(
        [SRC.a30Hf, SRC.a30Datasheet],
        'spec-sheet',
        ['memoryBandwidthTBps', 'tf32Tflops', 'fp16Tflops', 'scaleUpGBps'],
        ['Memory size, FP32, TDP and year confirmed; bandwidth, tensor rates and the NVLink bridge (200 GB/s bidirectional, pairs only) are the datasheet values as recalled.'],
      ),
      architecture: 'ampere',
      formFactor: 'pcie',
      launchYear: 2021,
      memoryGB: 24,
      memoryBandwidthTBps: 0.933,
      fp32Tflops: 10.3,
      tf32Tflops: 82,
      fp16Tflops: 165,
      fp8Tflops: null,
      tdpW: 165,
      scaleUpLink: 'nvlink3-bridge',
      scaleUpGBps: 100,
      pcieGen: 4,
      pcieLanes: 16,
    }),
    newGpu({
      id: 'a40',
      name: 'NVIDIA A40',
      vendor: 'NVIDIA',
      provenance: provenance([SRC.a40Datasheet, SRC.a40Date], 'spec-sheet', [], ['NVLink bridge 112.5 GB/s bidirectional connects pairs only; scaleUpGBps = 112.5 / 2.']),
      architecture: 'ampere',
      formFactor: 'pcie',
      launchYear: 2020,
      memoryGB: 48,
      memoryBandwidthTBps: 0.696,
      fp32Tflops: 37.4,
      tf32Tflops: 74.8,
      fp16Tflops: 149.7,
      fp8Tflops: null,
      tdpW: 300,
      scaleUpLink: 'nvlink3-bridge',
      scaleUpGBps: 56.25,
      pcieGen: 4,
      pcieLanes: 16,
    }),
    newGpu({
      id: 'rtx-a5000',
      name: 'NVIDIA RTX A5000',
      vendor: 'NVIDIA',
      provenance: provenance(
        [SRC.a5000Csv, SRC.a5000Datasheet, SRC.ampereGa102],
        'spec-sheet',
        ['memoryBandwidthTBps', 'tf32Tflops', 'fp16Tflops', 'scaleUpGBps', 'launchYear'],
        ['Workstation card. Tensor rates derived by scaling the RTX A6000 whitepaper figures (111.1 FP16/FP32-accumulate = half the 222.2 sparse datasheet figure). NVLink bridge pairs only.'],
      ),
      architecture: 'ampere',
      formFactor: 'pcie',
      launchYear: 2021,
      memoryGB: 24,
      memoryBandwidthTBps: 0.768,
      fp32Tflops: 27.8,
      tf32Tflops: 55.6,
      fp16Tflops: 111.1,
      fp8Tflops: null,
      tdpW: 230,
      scaleUpLink: 'nvlink3-bridge',
      scaleUpGBps: 56.25,
      pcieGen: 4,
      pcieLanes: 16,
    }),
    newGpu({
      id: 'gh200-96gb',
      name: 'NVIDIA GH200 Grace Hopper Superchip (96 GB HBM3)',
      vendor: 'NVIDIA',
      provenance: provenance(
        [SRC.gh200Spheron, SRC.gh200Power, SRC.h100Klockwood, SRC.gh200Datasheet, REF],
        'spec-sheet',
        ['memoryBandwidthTBps', 'pcieGen'],
        [
          'One Hopper GPU (H100 compute: same SM count and clocks as H100 SXM5) plus one 72-core Grace CPU with 480 GB LPDDR5X, joined by NVLink-C2C (450 GB/s per direction).',
          'tdpW is the whole module (CPU + GPU + memory), configurable 450-1000 W; do not add a separate CPU TDP for the Grace die.',
          'pcieGen 5 refers to the Grace PCIe Gen5 lanes that host NICs and drives.',
        ],
      ),
      architecture: 'hopper',
      formFactor: 'superchip',
      launchYear: 2023,
      memoryGB: 96,
      memoryBandwidthTBps: 4.0,
      fp32Tflops: h100.fp32Tflops ?? 66.9,
      tf32Tflops: h100.tf32TensorTflopsDense,
      fp16Tflops: h100.fp16bf16TensorTflopsDense,
      fp8Tflops: h100.fp8TensorTflopsDense,
      tdpW: 1000,
      scaleUpLink: 'nvlink4',
      scaleUpGBps: 450,
      pcieGen: 5,
      pcieLanes: 16,
    }),
    newGpu({
      id: 'b300-sxm-270gb',
      name: 'NVIDIA B300 (HGX Blackwell Ultra)',
      vendor: 'NVIDIA',
      provenance: provenance(
        [SRC.b300Klockwood, SRC.b300Acecloud, SRC.dgxB300Power],
        'spec-sheet',
        ['memoryGB', 'tdpW', 'launchYear'],
        [
          'Chip carries 288 GB HBM3e; 270 GB is the usable capacity implied by the canonical id (as MLPerf prints "B300-SXM-270GB"), not confirmed from a datasheet.',
          'tdpW 1100 W is an estimate for the HGX part: DGX B300 is 14.5 kW per 8 GPUs (vs 14.3 kW for DGX B200 at 1000 W per GPU); GB300 parts run up to 1400 W.',
          'FP64 is cut to about 1.25 TFLOPS on B300; dense FP4 about 13 PFLOPS.',
        ],
      ),
      architecture: 'blackwell',
      formFactor: 'sxm',
      launchYear: 2025,
      memoryGB: 270,
      memoryBandwidthTBps: 8.0,
      fp32Tflops: 75,
      tf32Tflops: 1125,
      fp16Tflops: 2250,
      fp8Tflops: 4500,
      tdpW: 1100,
      scaleUpLink: 'nvlink5',
      scaleUpGBps: 900,
      pcieGen: 6,
      pcieLanes: 16,
    }),
    newGpu({
      id: 'mi355x',
      name: 'AMD Instinct MI355X',
      vendor: 'AMD',
      provenance: provenance(
        [SRC.mi355xRegister, SRC.mi355xTom, SRC.mi355xSvet, SRC.mi355xIsscc],
        'spec-sheet',
        ['fp16Tflops', 'tf32Tflops', 'scaleUpGBps', 'pcieGen'],
        [
          'FP32 157.3 is vector. FP8 5,033 TFLOPS dense (= INT8 dense 5 POPS; "five petaflops" FP8). FP16/BF16 2,516.6 dense taken as half the FP8 rate (AMD matrix-core ratio), not confirmed.',
          'No TF32 figure was found (CDNA 4 dropped the XF32 path of CDNA 3); tf32Tflops is null and FP32 work runs at the FP32 rate.',
          'Infinity Fabric: 7 links x 153.6 GB/s bidirectional = 1,075 GB/s (estimate); scaleUpGBps is one direction. 8-GPU OAM platform, PCIe Gen5 x16 host link assumed as on the MI300X.',
        ],
      ),
      architecture: 'cdna4',
      formFactor: 'oam',
      launchYear: 2025,
      memoryGB: 288,
      memoryBandwidthTBps: 8.0,
      fp32Tflops: 157.3,
      tf32Tflops: null,
      fp16Tflops: 2516.6,
      fp8Tflops: 5033.2,
      tdpW: 1400,
      scaleUpLink: 'infinity-fabric',
      scaleUpGBps: 537.6,
      pcieGen: 5,
      pcieLanes: 16,
    }),
  ];
}

/** Reference GPUs whose architecture the schema has no value for; reported, not converted. */
const SKIPPED_GPUS: Record<string, string> = {
  gaudi2: 'Intel Gaudi 2: GpuArchitectureSchema has no Gaudi value',
  gaudi3: 'Intel Gaudi 3: GpuArchitectureSchema has no Gaudi value',
};

// ---------------------------------------------------------------------------------------------
// CPUs.
// ---------------------------------------------------------------------------------------------

const CPU_UNVERIFIED: Record<string, string[]> = {
  'UPI speed': ['socketLinkGBps'],
  'socketInterconnect speed': ['socketLinkGBps'],
  pcieLanes: ['pcieLanes'],
  memoryBandwidth: ['memoryBandwidthGBps'],
  'memory speed': ['memoryBandwidthGBps'],
  memory: ['memoryChannels', 'memoryBandwidthGBps'],
  tdpW: ['tdpW'],
  listPriceUSD: [],
  'baseGHz/boostGHz': ['baseGHz', 'boostGHz'],
};

/** GB/s per direction per socket link: UPI 1.x is 20 lanes (2 B per transfer), UPI 2.0 is 24 lanes (2.4 B). */
function socketLinkFromText(c: RefCpu): { gbps: number; estimated: boolean; note: string } | null {
  const text = c.socketInterconnect ?? '';
  const upi = text.match(/(\d)\s*x\s*UPI(?:\s*2\.0)?\s*@\s*([\d.]+)\s*GT\/s/);
  if (upi?.[1] && upi[2]) {
    const links = Number(upi[1]);
    const gt = Number(upi[2]);
    const upi2 = gt >= 16;
    const perLink = gt * (upi2 ? 2.4 : 2);
    return {
      gbps: round(links * perLink, 1),
      estimated: gt !== 10.4,
      note: `${links} UPI links x ${round(perLink, 1)} GB/s per direction (${gt} GT/s x ${upi2 ? 24 : 20} lanes).`,
    };
  }
  return null;
}

const XGMI_ROME_MILAN = { gbps: 144, note: '4 xGMI links x 36 GB/s per direction (18 Gb/s x 16 lanes; reference "AMD xGMI socket link" estimate); 3-link 2P boards give 108 GB/s.' };
const XGMI_GENOA_TURIN = { gbps: 256, note: '4 xGMI links x 64 GB/s per direction (32 Gb/s x 16 lanes, AMD Genoa/Turin launch material; not captured in the reference) - estimate.' };
const C2C = { gbps: 450, note: 'NVLink-C2C 900 GB/s bidirectional = 450 GB/s per direction (reference interconnect nvlink-c2c).' };

interface CpuPatch {
  values: Partial<Cpu>;
  estimated: string[];
  sources: string[];
  notes: string[];
  id?: string;
  aliases?: string[];
}

const CPU_PATCHES: Record<string, CpuPatch> = {
  'xeon-8480c': {
    values: { pcieLanes: 80, memoryChannels: 8, memoryBandwidthGBps: 307.2, socketLinkGBps: 153.6, tdpW: 350, launchYear: 2023 },
    estimated: ['launchYear', 'socketLinkGBps'],
    sources: [],
    notes: ['Platform values assumed equal to the Xeon Platinum 8480+ (per the reference note): 80 PCIe 5.0 lanes, 8 x DDR5-4800, 4 UPI @ 16 GT/s, 350 W.'],
  },
  'xeon-8570': {
    values: { pcieLanes: 80, memoryChannels: 8, memoryBandwidthGBps: 358.4, socketLinkGBps: 192, tdpW: 350, launchYear: 2023 },
    estimated: ['launchYear', 'socketLinkGBps'],
    sources: ['Public NVIDIA DGX B200 specification listing: 2 Intel Xeon Platinum 8570, 112 cores total, 2.1 GHz base, 4 GHz max boost'],
    notes: ['Emerald Rapids platform values assumed from the 8592+ entry: 80 PCIe 5.0 lanes, 8 x DDR5-5600 (358.4 GB/s), 4 UPI @ 20 GT/s (4 x 48 GB/s), 350 W.'],
  },
  'xeon-8580': {
    values: { baseGHz: 2.0, boostGHz: 4.0, pcieLanes: 80, memoryChannels: 8, memoryBandwidthGBps: 358.4, socketLinkGBps: 192, tdpW: 350, launchYear: 2023 },
    estimated: ['baseGHz', 'boostGHz', 'pcieLanes', 'memoryChannels', 'memoryBandwidthGBps', 'socketLinkGBps', 'tdpW', 'launchYear'],
    sources: [],
    notes: ['Only the core count comes from a (leak) source; clocks, TDP and platform values are Emerald Rapids family values assumed from the 8592+ entry.'],
  },
  'xeon-8592plus': {
    values: { socketLinkGBps: 192, launchYear: 2023 },
    estimated: ['socketLinkGBps'],
    sources: [],
    notes: ['Socket links: 4 UPI @ 20 GT/s x 24 lanes = 4 x 48 GB/s per direction (reference: "likely", estimate).'],
  },
  'epyc-9005-family': {
    id: 'epyc-9965',
    aliases: ['epyc-9005-family', 'AMD EPYC 9005 (Turin) family', 'EPYC 9965', 'AMD EPYC 9965 192-Core Processor'],
    values: {
      name: 'AMD EPYC 9965 (Turin Dense, top of the EPYC 9005 family)',
      baseGHz: 2.25,
      boostGHz: 3.7,
      pcieLanes: 128,
      memoryChannels: 12,
      memoryBandwidthGBps: 576,
      socketLinkGBps: XGMI_GENOA_TURIN.gbps,
      tdpW: 500,
      launchYear: 2024,
    },
    estimated: ['baseGHz', 'boostGHz', 'memoryBandwidthGBps', 'socketLinkGBps', 'tdpW'],
    sources: ['AMD EPYC 9965 product page (amd.com): 192 Zen 5c cores, 2.25/3.7 GHz, 500 W, 12 x DDR5-6000 (clocks, TDP and memory speed not re-verified in this catalog)'],
    notes: ['The reference entry describes the EPYC 9005 family maximum (192 cores); it is stored as its 192-core SKU so that it has a full set of values.', XGMI_GENOA_TURIN.note],
  },
  'epyc-9655': {
    aliases: ['AMD EPYC 9655', 'EPYC 9655', 'AMD EPYC 9655 96-Core Processor'],
    values: {
      name: 'AMD EPYC 9655',
      baseGHz: 2.6,
      boostGHz: 4.5,
      pcieLanes: 128,
      memoryChannels: 12,
      memoryBandwidthGBps: 576,
      socketLinkGBps: XGMI_GENOA_TURIN.gbps,
      launchYear: 2024,
    },
    estimated: ['baseGHz', 'boostGHz', 'pcieLanes', 'memoryBandwidthGBps', 'socketLinkGBps', 'tdpW', 'launchYear'],
    sources: [],
    notes: ['Pre-launch leak data in the reference; clocks and DDR5-6000 memory are the launched SKU values as recalled from amd.com, not re-verified.', XGMI_GENOA_TURIN.note],
  },
  'nvidia-grace': {
    aliases: ['Neoverse-V2', 'NVIDIA Grace', 'NVIDIA Grace CPU', 'Grace'],
    values: {
      baseGHz: 3.1,
      boostGHz: 3.44,
      pcieLanes: 64,
      pcieGen: 5,
      memoryChannels: 8,
      socketLinkGBps: C2C.gbps,
      tdpW: 250,
      launchYear: 2023,
    },
    estimated: ['pcieLanes', 'memoryChannels', 'tdpW', 'baseGHz', 'boostGHz'],
    sources: ['MLPerf Inference v6.1 Crusoe system description GB200-NVL72_GB200-186GB_aarch64x16_Dynamo.json (mlcommons/inference_results_v6.1): NVIDIA Grace, 3.1 GHz base / 3.44 GHz boost'],
    notes: [
      'One Grace die as in GH200/GB200. PCIe lanes and TDP are half of the Grace CPU Superchip figures (128 lanes, 500 W).',
      'memoryChannels is a 64-bit-channel equivalent derived from the bandwidth (500 GB/s / (8.533 GT/s x 8 B) = 7.3, rounded to 8); LPDDR5X channel count is not published in the sources here.',
      C2C.note,
    ],
  },
  'nvidia-grace-superchip': {
    aliases: ['NVIDIA Grace CPU Superchip', 'Grace Superchip'],
    values: { baseGHz: 3.1, boostGHz: 3.44, memoryChannels: 16, socketLinkGBps: C2C.gbps, launchYear: 2023 },
    estimated: ['baseGHz', 'boostGHz', 'memoryChannels'],
    sources: [],
    notes: ['Clocks assumed equal to the single Grace die (MLPerf-reported 3.1/3.44 GHz). memoryChannels is a 64-bit-channel equivalent of 1 TB/s. Socket link = NVLink-C2C between the two dies.', C2C.note],
  },
};

function cpuAliases(c: { id: string; name: string; vendor: string }): string[] {
  const bare = c.name.replace(/\s*\(.*\)\s*$/, '');
  const withoutVendor = bare.replace(/^(Intel|AMD|NVIDIA)\s+/, '');
  const parts = [bare, withoutVendor];
  const intel = withoutVendor.match(/^Xeon (Gold|Platinum|Silver) (\S+)$/);
  if (intel?.[1] && intel[2]) parts.push(`${intel[1]} ${intel[2]}`, `Intel(R) Xeon(R) ${intel[1]} ${intel[2]}`);
  return parts;
}

function convertCpu(c: RefCpu): Cpu {
  const patch = CPU_PATCHES[c.id];
  const id = patch?.id ?? c.id;
  const { fields, caveats } = mapUnverified(c.unverifiedFields, CPU_UNVERIFIED);
  const estimated = [...fields];
  const notes: string[] = [c.notes ?? '', `${c.generation}.`];

  let socketLinkGBps: number | undefined;
  const upi = socketLinkFromText(c);
  if (upi) {
    socketLinkGBps = upi.gbps;
    notes.push(`Socket links: ${upi.note}`);
    if (upi.estimated) estimated.push('socketLinkGBps');
  } else if (/EPYC 7/.test(c.generation)) {
    socketLinkGBps = XGMI_ROME_MILAN.gbps;
    notes.push(`Socket links: ${XGMI_ROME_MILAN.note}`);
    estimated.push('socketLinkGBps');
  } else if (/EPYC 9/.test(c.generation)) {
    socketLinkGBps = XGMI_GENOA_TURIN.gbps;
    notes.push(`Socket links: ${XGMI_GENOA_TURIN.note}`);
    estimated.push('socketLinkGBps');
  }
  if (caveats.length) notes.push(`Unverified in the reference: ${caveats.join('; ')}.`);
  if (c.memoryType) notes.push(`Memory: ${c.memoryChannels ?? '?'} x ${c.memoryType}${c.memoryMaxMTs ? `-${c.memoryMaxMTs}` : ''}.`);
  notes.push(...(patch?.notes ?? []));

  const price: Price | undefined =
    c.listPriceUSD !== null
      ? {
          usd: c.listPriceUSD,
          basis: c.vendor === 'AMD' ? 'AMD 1kU list price (AMD spec export via felixsteinke/cpu-spec-dataset)' : 'Intel price at introduction (cpu-world via felixsteinke/cpu-spec-dataset)',
          confidence: c.id === 'xeon-8592plus' ? 'review-measured' : 'spec-sheet',
        }
      : undefined;

  const name = patch?.values.name ?? c.name;
  const base = {
    id,
    name,
    vendor: c.vendor,
    ...(price ? { price } : {}),
    provenance: provenance([REF, ...c.source, ...(patch?.sources ?? [])], c.confidence, [...estimated, ...(patch?.estimated ?? [])], notes),
    cores: c.cores,
    threads: c.threads,
    baseGHz: c.baseGHz ?? 0,
    boostGHz: c.boostGHz ?? 0,
    pcieLanes: c.pcieLanes ?? 0,
    pcieGen: c.pcieGen ?? 0,
    memoryChannels: c.memoryChannels ?? 0,
    memoryBandwidthGBps: c.memoryBandwidthGBsPerSocket ?? 0,
    socketLinkGBps: socketLinkGBps ?? 0,
    tdpW: c.tdpW ?? 0,
    launchYear: parseYear(c.launch) ?? 0,
  };
  const merged = { ...base, ...(patch?.values ?? {}) };
  return { ...merged, aliases: cleanAliases(id, [...(id !== c.id ? [c.id] : []), ...(patch?.aliases ?? []), ...cpuAliases(merged)]) };
}

function newCpu(cpu: Omit<Cpu, 'aliases'>, extraAliases: string[] = []): Cpu {
  return { ...cpu, aliases: cleanAliases(cpu.id, [...extraAliases, ...cpuAliases(cpu)]) };
}

const SKYLAKE_UPI = 'UPI 10.4 GT/s x 20 lanes = 20.8 GB/s per direction per link (reference interconnect upi-10.4).';
const SPR_UPI = 'UPI 2.0 16 GT/s x 24 lanes = 38.4 GB/s per direction per link (reference interconnect upi2-16, estimate).';

/** CPUs printed in the calibration cases and MLPerf system files that the reference catalog lacks. */
function addedCpus(): Cpu[] {
  return [
    newCpu(
      {
        id: 'xeon-e5-2698v4',
        name: 'Intel Xeon E5-2698 v4',
        vendor: 'Intel',
        provenance: provenance(
          [
            'AnandTech DGX-2 vs DGX-1 table (mirror it.anandtech.com/Show/Index/12587) via the reference catalog: DGX-1 uses 2 x Intel Xeon E5-2698 v4 (20C)',
            'Public lscpu listings in GitHub READMEs (DGX-1/DGX Station hosts): "Intel(R) Xeon(R) CPU E5-2698 v4 @ 2.20GHz", 20 cores / 40 threads per socket, max 3600 MHz, 50 MB L3',
            'Intel ARK, Xeon Processor E5-2698 v4 (50M cache, 2.20 GHz) - platform values as recalled, not re-verified',
          ],
          'spec-sheet',
          ['pcieLanes', 'memoryChannels', 'memoryBandwidthGBps', 'socketLinkGBps', 'tdpW'],
          ['Broadwell-EP (Xeon E5 v4), DGX-1 host CPU. Platform values: 40 PCIe 3.0 lanes, 4 x DDR4-2400 (76.8 GB/s), 2 QPI links @ 9.6 GT/s (19.2 GB/s per direction each), 135 W.'],
        ),
        price: { usd: 3226, basis: 'Intel recommended customer price at launch as recalled (ARK); not re-verified', confidence: 'estimate' },
        cores: 20,
        threads: 40,
        baseGHz: 2.2,
        boostGHz: 3.6,
        pcieLanes: 40,
        pcieGen: 3,
        memoryChannels: 4,
        memoryBandwidthGBps: 76.8,
        socketLinkGBps: 38.4,
        tdpW: 135,
        launchYear: 2016,
      },
      ['E5-2698 v4', 'Xeon E5-2698v4', 'Intel(R) Xeon(R) CPU E5-2698 v4 @ 2.20GHz'],
    ),
    newCpu(
      {
        id: 'xeon-8174',
        name: 'Intel Xeon Platinum 8174',
        vendor: 'Intel',
        provenance: provenance(
          [
            'Reference catalog server entry DGX-2H: 2 x Xeon Platinum 8174 (3.1 GHz)',
            'TOP500 listings (SuperMUC-NG; NVIDIA DGX-2H POD "Circe"): Xeon Platinum 8174 24C 3.1GHz',
            'LRZ SuperMUC-NG system description: 24 cores per package, 2 threads per core, turbo 3.90 GHz, 33 MB L3 per socket',
          ],
          'review-measured',
          ['pcieLanes', 'memoryChannels', 'memoryBandwidthGBps', 'socketLinkGBps', 'tdpW'],
          [
            'Off-roadmap Skylake-SP SKU (DGX-2H, SuperMUC-NG); no ARK page. Platform values assumed equal to other Skylake-SP Platinum parts: 48 PCIe 3.0 lanes, 6 x DDR4-2666 (128 GB/s), 3 UPI @ 10.4 GT/s.',
            'TDP 240 W is the commonly reported figure for this OEM part, not confirmed here.',
            SKYLAKE_UPI,
          ],
        ),
        cores: 24,
        threads: 48,
        baseGHz: 3.1,
        boostGHz: 3.9,
        pcieLanes: 48,
        pcieGen: 3,
        memoryChannels: 6,
        memoryBandwidthGBps: 128,
        socketLinkGBps: 62.4,
        tdpW: 240,
        launchYear: 2017,
      },
    ),
    newCpu(
      {
        id: 'xeon-6240r',
        name: 'Intel Xeon Gold 6240R',
        vendor: 'Intel',
        provenance: provenance(
          ['Public lscpu listings in GitHub READMEs: "Intel(R) Xeon(R) Gold 6240R CPU @ 2.40GHz", 24 cores per socket, 2 threads per core', 'Intel ARK, Xeon Gold 6240R (35.75M cache) - turbo, TDP and price as recalled, not re-verified'],
          'spec-sheet',
          ['boostGHz', 'tdpW', 'socketLinkGBps'],
          ['Cascade Lake refresh. 48 PCIe 3.0 lanes, 6 x DDR4-2933 (140.8 GB/s), 2 UPI @ 10.4 GT/s, 165 W, turbo 4.0 GHz.', SKYLAKE_UPI],
        ),
        price: { usd: 2445, basis: 'Intel recommended customer price as recalled (ARK); not re-verified', confidence: 'estimate' },
        cores: 24,
        threads: 48,
        baseGHz: 2.4,
        boostGHz: 4.0,
        pcieLanes: 48,
        pcieGen: 3,
        memoryChannels: 6,
        memoryBandwidthGBps: 140.8,
        socketLinkGBps: 41.6,
        tdpW: 165,
        launchYear: 2020,
      },
    ),
    newCpu(
      {
        id: 'xeon-6430',
        name: 'Intel Xeon Gold 6430',
        vendor: 'Intel',
        provenance: provenance(
          ['Public system descriptions in GitHub READMEs: "2 of Intel Xeon Gold 6430 (32 cores/CPU, 2.10 GHz)", DDR5 8 channels per CPU', 'Intel ARK, Xeon Gold 6430 (60M cache, 2.10 GHz) - turbo, TDP, memory speed and price as recalled, not re-verified'],
          'spec-sheet',
          ['boostGHz', 'tdpW', 'memoryBandwidthGBps', 'socketLinkGBps'],
          ['Sapphire Rapids. 80 PCIe 5.0 lanes, 8 x DDR5-4400 (281.6 GB/s), 3 UPI @ 16 GT/s, 270 W, turbo 3.4 GHz.', SPR_UPI],
        ),
        price: { usd: 2128, basis: 'Intel recommended customer price as recalled (ARK); not re-verified', confidence: 'estimate' },
        cores: 32,
        threads: 64,
        baseGHz: 2.1,
        boostGHz: 3.4,
        pcieLanes: 80,
        pcieGen: 5,
        memoryChannels: 8,
        memoryBandwidthGBps: 281.6,
        socketLinkGBps: 115.2,
        tdpW: 270,
        launchYear: 2023,
      },
    ),
    newCpu(
      {
        id: 'xeon-8490h',
        name: 'Intel Xeon Platinum 8490H',
        vendor: 'Intel',
        provenance: provenance(
          ['Public SKU tables in GitHub sources: Intel Xeon Platinum 8490H, 60 cores, 1.9 GHz base / 3.5 GHz turbo, 350 W (Sapphire Rapids)', 'MLPerf Training v3.0 Supermicro SYS-821GE-TNHR system description: Intel(R) Xeon(R) Platinum 8490H, 60 cores'],
          'spec-sheet',
          ['socketLinkGBps'],
          ['Sapphire Rapids; 80 PCIe 5.0 lanes, 8 x DDR5-4800 (307.2 GB/s), 4 UPI @ 16 GT/s.', SPR_UPI],
        ),
        price: { usd: 17000, basis: 'Intel recommended customer price as recalled (ARK); not re-verified', confidence: 'estimate' },
        cores: 60,
        threads: 120,
        baseGHz: 1.9,
        boostGHz: 3.5,
        pcieLanes: 80,
        pcieGen: 5,
        memoryChannels: 8,
        memoryBandwidthGBps: 307.2,
        socketLinkGBps: 153.6,
        tdpW: 350,
        launchYear: 2023,
      },
    ),
    newCpu(
      {
        id: 'epyc-7v12',
        name: 'AMD EPYC 7V12',
        vendor: 'AMD',
        provenance: provenance(
          ['Microsoft Azure HBv2-series documentation: AMD EPYC 7V12, 2.45 GHz base, 3.1 GHz all-core peak, 3.3 GHz single-core peak', 'Microsoft Azure NCasT4_v3 documentation: AMD EPYC 7V12 (Rome), 64-core processor'],
          'spec-sheet',
          ['tdpW', 'socketLinkGBps', 'launchYear'],
          [
            'Azure-custom EPYC 7002 (Rome, Zen 2) SKU, no AMD spec page. Platform values as for Rome: 128 PCIe 4.0 lanes, 8 x DDR4-3200 (204.8 GB/s).',
            'TDP not published; assumed equal to the EPYC 7742 (225 W).',
            `Socket links: ${XGMI_ROME_MILAN.note}`,
          ],
        ),
        cores: 64,
        threads: 128,
        baseGHz: 2.45,
        boostGHz: 3.3,
        pcieLanes: 128,
        pcieGen: 4,
        memoryChannels: 8,
        memoryBandwidthGBps: 204.8,
        socketLinkGBps: XGMI_ROME_MILAN.gbps,
        tdpW: 225,
        launchYear: 2020,
      },
    ),
    newCpu(
      {
        id: 'epyc-9374f',
        name: 'AMD EPYC 9374F',
        vendor: 'AMD',
        provenance: provenance(
          ['Public SKU tables in GitHub sources: AMD EPYC 9374F, 32 cores / 64 threads, 3.85 GHz base, up to 4.3 GHz, 320 W', 'Yandex Cloud platform documentation linking amd.com/en/products/processors/server/epyc/4th-generation-9004-and-8004-series/amd-epyc-9374f.html (3.85 GHz)'],
          'spec-sheet',
          ['socketLinkGBps'],
          ['Genoa (Zen 4), frequency-optimised. 128 PCIe 5.0 lanes, 12 x DDR5-4800 (460.8 GB/s).', `Socket links: ${XGMI_GENOA_TURIN.note}`],
        ),
        price: { usd: 4850, basis: 'AMD 1kU price as recalled (amd.com); not re-verified', confidence: 'estimate' },
        cores: 32,
        threads: 64,
        baseGHz: 3.85,
        boostGHz: 4.3,
        pcieLanes: 128,
        pcieGen: 5,
        memoryChannels: 12,
        memoryBandwidthGBps: 460.8,
        socketLinkGBps: XGMI_GENOA_TURIN.gbps,
        tdpW: 320,
        launchYear: 2022,
      },
    ),
    newCpu(
      {
        id: 'epyc-9634',
        name: 'AMD EPYC 9634',
        vendor: 'AMD',
        provenance: provenance(
          ['MLPerf Training v4.0 Lenovo SR675V3-8xL40S system description: AMD EPYC 9634 84-Core Processor', 'Public benchmark notes in GitHub READMEs: AMD EPYC 9634, 2.25 GHz base / 3.7 GHz boost, 384 MB L3, DDR5-4800'],
          'spec-sheet',
          ['tdpW', 'socketLinkGBps'],
          ['Genoa (Zen 4). 128 PCIe 5.0 lanes, 12 x DDR5-4800 (460.8 GB/s). TDP 290 W as recalled from amd.com, not re-verified.', `Socket links: ${XGMI_GENOA_TURIN.note}`],
        ),
        price: { usd: 10304, basis: 'AMD 1kU price as recalled (amd.com); not re-verified', confidence: 'estimate' },
        cores: 84,
        threads: 168,
        baseGHz: 2.25,
        boostGHz: 3.7,
        pcieLanes: 128,
        pcieGen: 5,
        memoryChannels: 12,
        memoryBandwidthGBps: 460.8,
        socketLinkGBps: XGMI_GENOA_TURIN.gbps,
        tdpW: 290,
        launchYear: 2022,
      },
    ),
    newCpu(
      {
        id: 'epyc-9575f',
        name: 'AMD EPYC 9575F',
        vendor: 'AMD',
        provenance: provenance(
          [
            'MLPerf Training v5.0 AMD MI300X_EPYC_9575F_pytorch system description: AMD EPYC 9575F, 64 cores per processor, 2 per node',
            'Chips and Cheese, "Evaluating Uniform Memory Access Mode on AMD\'s Turin" (dual EPYC 9575F; 5 GHz clock)',
            'Public VPS listings: AMD EPYC 9575F @ 3.295 GHz (base); public SKU table: 3.3/5.0 GHz, 400 W',
          ],
          'spec-sheet',
          ['tdpW', 'memoryBandwidthGBps', 'socketLinkGBps'],
          ['Turin (Zen 5), frequency-optimised. 128 PCIe 5.0 lanes, 12 x DDR5-6400 (614.4 GB/s, as recalled from amd.com).', `Socket links: ${XGMI_GENOA_TURIN.note}`],
        ),
        price: { usd: 11791, basis: 'AMD 1kU price as recalled (amd.com); not re-verified', confidence: 'estimate' },
        cores: 64,
        threads: 128,
        baseGHz: 3.3,
        boostGHz: 5.0,
        pcieLanes: 128,
        pcieGen: 5,
        memoryChannels: 12,
        memoryBandwidthGBps: 614.4,
        socketLinkGBps: XGMI_GENOA_TURIN.gbps,
        tdpW: 400,
        launchYear: 2024,
      },
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// Drives.
// ---------------------------------------------------------------------------------------------

/** Active-power estimates by drive class; no drive power figure was captured in the reference. */
const DRIVE_POWER_W: Record<string, { w: number; basis: string }> = {
  'nvme5': { w: 25, basis: 'PCIe 5.0 x4 U.2/E3.S enterprise NVMe class (about 25 W active max)' },
  'nvme4': { w: 20, basis: 'PCIe 4.0 x4 U.2/U.3 enterprise NVMe class (about 20 W active max)' },
  'nvme3': { w: 12, basis: 'PCIe 3.0 x4 U.2 enterprise NVMe class (about 12 W active)' },
  sata: { w: 3, basis: 'SATA SSD class (about 3 W active)' },
  hdd: { w: 9.5, basis: '3.5-inch 7200 rpm helium HDD class (about 9-10 W operating)' },
};

interface DrivePatch {
  values: Partial<Drive>;
  estimated: string[];
  notes: string[];
}

const DRIVE_PATCHES: Record<string, DrivePatch> = {
  'samsung-pm1733-15.36': { values: { seqWriteGBps: 3.8 }, estimated: ['seqWriteGBps'], notes: ['Sequential write not captured; 3.8 GB/s is the datasheet value as recalled.'] },
  'micron-7450-pro-7.68': {
    values: { seqWriteGBps: 5.3, randReadIops: 1_000_000 },
    estimated: ['seqWriteGBps', 'randReadIops'],
    notes: ['Write as recalled from the datasheet; random read taken as the predecessor 7400 figure (up to 1M IOPS) per the reference note.'],
  },
  'kioxia-cm7-class': { values: { capacityTB: 30.72 }, estimated: ['capacityTB'], notes: ['Capacity: "up to ~30 TB planned" per the reference; 30.72 TB used.'] },
  'micron-5400-pro': { values: { capacityTB: 7.68 }, estimated: ['capacityTB'], notes: ['Capacity not captured; 7.68 TB is the largest 5400 PRO capacity as recalled.'] },
  'seagate-exos-x20-20tb': {
    values: { seqWriteGBps: 0.285, randReadIops: 170 },
    estimated: ['seqWriteGBps', 'randReadIops'],
    notes: ['HDD sustained write taken equal to the 285 MB/s sustained read; random read 170 IOPS chosen inside the reference\'s 80-200 IOPS estimate for 7200 rpm drives (4.17 ms rotational latency + seek).'],
  },
  'seagate-exos-x24-24tb': {
    values: { seqWriteGBps: 0.285, randReadIops: 170 },
    estimated: ['seqWriteGBps', 'randReadIops'],
    notes: ['Same HDD estimates as the Exos X20 (see there).'],
  },
};

const DRIVE_ALIASES: Record<string, string[]> = {
  'samsung-pm1743-15.36': ['PM1743', 'Samsung PM1743'],
  'samsung-pm1733-15.36': ['PM1733', 'Samsung PM1733'],
  'micron-9400-pro-30.72': ['Micron 9400 PRO', '9400 PRO'],
  'micron-7450-pro-7.68': ['Micron 7450 PRO', '7450 PRO'],
  'kioxia-cm6-30.72': ['Kioxia CM6', 'CM6'],
  'kioxia-cm7-class': ['Kioxia CM7', 'CM7'],
  'intel-d7-p5500-7.68': ['Intel D7-P5500', 'D7-P5500', 'D7-P5510', 'Solidigm D7-P5510'],
  'intel-p4500-4tb': ['Intel DC P4500', 'P4500', 'P4510'],
  'micron-5400-pro': ['Micron 5400 PRO', '5400 PRO'],
  'kingston-dc600m-0.96': ['Kingston DC600M', 'DC600M'],
  'seagate-exos-x20-20tb': ['Seagate Exos X20', 'Exos X20'],
  'seagate-exos-x24-24tb': ['Seagate Exos X24', 'Exos X24'],
};

const DRIVE_UNVERIFIED: Record<string, string[]> = {
  seqReadGBs: ['seqReadGBps'],
  randReadIOPS: ['randReadIops'],
};

function convertDrive(d: RefDrive): Drive {
  const pcie = d.interface.match(/PCIe (\d)\.0 x(\d+)/);
  const kind: Drive['kind'] = d.kind.startsWith('NVMe') ? 'nvme' : d.kind.startsWith('SATA') ? 'sata-ssd' : 'hdd';
  const powerClass = kind === 'nvme' ? `nvme${pcie?.[1] ?? '4'}` : kind === 'sata-ssd' ? 'sata' : 'hdd';
  const power = DRIVE_POWER_W[powerClass];
  if (!power) throw new Error(`no power class for ${d.id}`);
  const patch = DRIVE_PATCHES[d.id];
  const { fields, caveats } = mapUnverified(d.unverifiedFields, DRIVE_UNVERIFIED);
  const price: Price | undefined = d.priceEstimateUSD
    ? {
        usd: Math.round((d.priceEstimateUSD[0] + d.priceEstimateUSD[1]) / 2),
        basis: `Midpoint of ${d.priceEstimateUSD[0]}-${d.priceEstimateUSD[1]} USD from market $/GB: ${d.priceBasis ?? ''}`.trim(),
        confidence: 'estimate',
      }
    : undefined;
  const base: Drive = {
    id: d.id,
    aliases: cleanAliases(d.id, [d.name, ...(DRIVE_ALIASES[d.id] ?? [])]),
    name: d.name,
    vendor: d.vendor,
    ...(price ? { price } : {}),
    provenance: provenance(
      [REF, ...d.source],
      d.confidence,
      [...fields, 'powerW', ...(patch?.estimated ?? [])],
      [
        `${d.kind}; ${d.interface}; ${d.formFactor}.`,
        d.notes ?? '',
        caveats.length ? `Unverified in the reference: ${caveats.join('; ')}.` : '',
        `powerW is an estimate for the ${power.basis}; no drive power figure was captured.`,
        ...(patch?.notes ?? []),
      ],
    ),
    kind,
    pcieGen: pcie?.[1] ? Number(pcie[1]) : null,
    pcieLanes: pcie?.[2] ? Number(pcie[2]) : null,
    capacityTB: d.capacityTB ?? 0,
    seqReadGBps: d.seqReadGBs,
    seqWriteGBps: d.seqWriteGBs ?? 0,
    randReadIops: d.randReadIOPS ?? 0,
    powerW: power.w,
  };
  return { ...base, ...(patch?.values ?? {}) };
}

// ---------------------------------------------------------------------------------------------
// Shared storage.
// ---------------------------------------------------------------------------------------------

interface StoragePatch {
  values: Partial<SharedStorage>;
  estimated: string[];
  notes: string[];
}

const STORAGE_PATCHES: Record<string, StoragePatch> = {
  'ddn-ai400x2-turbo': {
    values: { writeGBps: 80, rackUnits: 2, powerW: 2000 },
    estimated: ['writeGBps', 'rackUnits', 'powerW'],
    notes: [
      'readGBps is the vendor-measured single appliance -> single DGX B200 figure (client-limited), not the appliance ceiling.',
      'No write figure captured: writeGBps set equal to readGBps as a placeholder - do not use for write-bound checkpoint sizing.',
      'rackUnits 2 per DDN marketing of the AI400X2 as a 2U appliance (unverified); powerW is an order-of-magnitude estimate for a 2U dual-controller 24-NVMe appliance.',
    ],
  },
  'pure-flashblade-gen1': {
    values: { writeGBps: 16, powerW: 1800 },
    estimated: ['writeGBps', 'powerW'],
    notes: ['No write figure captured: writeGBps set equal to readGBps as a placeholder. powerW is an order-of-magnitude estimate for a 4U 15-blade chassis.'],
  },
  'netapp-aff-a90-8node': {
    values: { readGBps: 58.8, writeGBps: 58.8, rackUnits: 16, powerW: 8000 },
    estimated: ['rackUnits', 'powerW', 'writeGBps'],
    notes: [
      'Bandwidth is the audited SPECstorage 2020_eda_blended mixed read/write throughput of 8 nodes (4 HA pairs), used for both read and write; not a streaming-read ceiling.',
      'rackUnits assumes 4U per AFF A90 HA pair with internal drives; powerW is an order-of-magnitude estimate (about 2 kW per HA pair).',
    ],
  },
  'netapp-aff-a900-2node': {
    values: { readGBps: 7.7, writeGBps: 7.7, rackUnits: 10, powerW: 3000 },
    estimated: ['rackUnits', 'powerW', 'writeGBps'],
    notes: [
      'Bandwidth is the audited SPECstorage 2020_swbuild result (metadata-heavy) used for read and write; a streaming read from an A900 HA pair is much higher.',
      'rackUnits assumes the 8U A900 controller chassis plus one 2U NS224 shelf; powerW is an order-of-magnitude estimate.',
    ],
  },
  'dell-powerscale-f210': {
    values: { writeGBps: 25, powerW: 500 },
    estimated: ['writeGBps', 'powerW'],
    notes: ['Read and write are the 2 x 100GbE front-end network ceiling (derived upper bound). powerW is an order-of-magnitude estimate for a 1U R660-class node with 4 NVMe drives.'],
  },
};

/** Reference shared-storage entries with no product figure; reported, not converted. */
const SKIPPED_STORAGE: Record<string, string> = {
  'nvidia-storage-guidance': 'sizing guidance, not a product: stored as facility figures storage-guidance-*',
  'vast-weka-gap': 'no figure in the reference (deliberate gap): model VAST/WEKA with a per-node network ceiling',
};

function convertSharedStorage(s: RefSharedStorage): SharedStorage {
  const patch = STORAGE_PATCHES[s.id];
  if (!patch) throw new Error(`no shared-storage patch for ${s.id}`);
  const { fields, caveats } = mapUnverified(s.unverifiedFields, { rackUnits: ['rackUnits'] });
  const base: SharedStorage = {
    id: s.id,
    aliases: cleanAliases(s.id, [s.name]),
    name: s.name,
    vendor: s.vendor,
    provenance: provenance(
      [REF, ...s.source],
      s.confidence,
      [...fields, ...patch.estimated],
      [s.notes ?? '', caveats.length ? `Unverified in the reference: ${caveats.join('; ')}.` : '', ...patch.notes],
    ),
    kind: s.kind,
    readGBps: s.readGBs ?? 0,
    writeGBps: s.writeGBs ?? 0,
    rackUnits: s.rackUnits ?? 0,
    powerW: 0,
    scope: s.scope ?? '',
  };
  return { ...base, ...patch.values };
}

// ---------------------------------------------------------------------------------------------
// Interconnects and PCIe switches.
// ---------------------------------------------------------------------------------------------

const INTERCONNECT_CATEGORY: Record<string, Interconnect['category']> = {
  'host I/O': 'pcie',
  'GPU scale-up': 'nvlink',
  'GPU switch fabric': 'nvlink',
  'CPU-GPU coherent link': 'nvlink',
  'CPU socket link': 'socket',
  Ethernet: 'network',
  InfiniBand: 'network',
  memory: 'other',
};

function interconnectVendor(i: RefInterconnect): string {
  if (i.category === 'host I/O') return 'PCI-SIG';
  if (i.id.startsWith('upi')) return 'Intel';
  if (i.id.startsWith('xgmi')) return 'AMD';
  if (i.category === 'Ethernet') return 'IEEE 802.3';
  if (i.category === 'InfiniBand') return 'InfiniBand Trade Association';
  if (i.category === 'memory') return 'JEDEC';
  return 'NVIDIA';
}

function convertInterconnect(i: RefInterconnect): Interconnect {
  const category = INTERCONNECT_CATEGORY[i.category];
  if (!category) throw new Error(`no interconnect category for ${i.id}`);
  const derived = i.perDirectionGBs === null;
  const perDirection = i.perDirectionGBs ?? (i.bidirectionalGBs ?? 0) / 2;
  return {
    id: i.id,
    aliases: cleanAliases(i.id, [i.name]),
    name: i.name,
    vendor: interconnectVendor(i),
    provenance: provenance(
      [REF, ...i.source],
      i.confidence,
      [],
      [
        i.signalingRate ? `Signalling: ${i.signalingRate}.` : '',
        i.notes ?? '',
        derived ? `perDirectionGBps = ${i.bidirectionalGBs} GB/s bidirectional / 2${i.category === 'GPU switch fabric' ? ' (per GPU)' : ''}.` : '',
        i.category === 'memory' ? 'Per-socket DRAM bandwidth (category other).' : '',
      ],
    ),
    category,
    perDirectionGBps: round(perDirection, 3),
  };
}

const PCIE_LANE_SOURCE = 'https://www.systemrequirements.net/tools/pcie-bandwidth-calculator (per-lane 0.985/1.969/3.938 GB/s), via the reference catalog';

/** Per-lane PCIe entries (`pcie<gen>-lane`) that pcieLaneGBps() reads. */
function pcieLaneEntries(): Interconnect[] {
  const pcie6 = byId(ref.interconnects, 'pcie6-x16');
  const lane = (gen: number, gbps: number, confidence: Confidence, estimated: string[], notes: string[], source: string[]): Interconnect => ({
    id: `pcie${gen}-lane`,
    aliases: [`PCIe ${gen}.0 x1`, `PCIe Gen${gen} lane`],
    name: `PCIe ${gen}.0, one lane`,
    vendor: 'PCI-SIG',
    provenance: provenance(source, confidence, estimated, notes),
    category: 'pcie',
    perDirectionGBps: gbps,
  });
  return [
    lane(1, 0.25, 'spec-sheet', [], ['Derived from the PCI-SIG signalling rate: 2.5 GT/s x 8b/10b / 8 = 0.25 GB/s per direction.'], ['PCI Express Base Specification 1.0 signalling rate (2.5 GT/s, 8b/10b encoding)']),
    lane(2, 0.5, 'spec-sheet', [], ['Derived from the PCI-SIG signalling rate: 5 GT/s x 8b/10b / 8 = 0.5 GB/s per direction.'], ['PCI Express Base Specification 2.0 signalling rate (5 GT/s, 8b/10b encoding)']),
    lane(3, 0.985, 'spec-sheet', [], ['8 GT/s x 128b/130b / 8 = 0.985 GB/s per direction.'], [REF, PCIE_LANE_SOURCE]),
    lane(4, 1.969, 'spec-sheet', [], ['16 GT/s x 128b/130b / 8 = 1.969 GB/s per direction.'], [REF, PCIE_LANE_SOURCE]),
    lane(5, 3.938, 'spec-sheet', [], ['32 GT/s x 128b/130b / 8 = 3.938 GB/s per direction.'], [REF, PCIE_LANE_SOURCE]),
    lane(
      6,
      7.563,
      'estimate',
      ['perDirectionGBps'],
      ['Raw 64 GT/s PAM4 is 8 GB/s per lane; FLIT/FEC overhead lowers usable bandwidth to about 121 GB/s per x16 (reference estimate) = 7.563 GB/s per lane.'],
      [REF, ...pcie6.source],
    ),
    lane(
      7,
      15.125,
      'estimate',
      ['perDirectionGBps'],
      ['PCIe 7.0 doubles the PCIe 6.0 signalling rate (128 GT/s); usable bandwidth assumed to scale with the same FLIT efficiency as PCIe 6.0 (2 x 7.563).'],
      ['PCI-SIG PCIe 7.0 announcement (128 GT/s PAM4)'],
    ),
  ];
}

/** Network line rates printed in calibration cases that the reference lacks (nominal line rate / 8). */
function extraNetworkEntries(): Interconnect[] {
  const eth = (gbit: number, name: string, aliases: string[]): Interconnect => ({
    id: `eth-${gbit}`,
    aliases,
    name,
    vendor: 'IEEE 802.3',
    provenance: provenance(['IEEE 802.3 nominal line rate'], 'spec-sheet', [], [`${gbit} Gb/s / 8 = ${gbit / 8} GB/s per direction (line rate, before protocol overhead).`]),
    category: 'network',
    perDirectionGBps: gbit / 8,
  });
  return [
    eth(1, '1GbE', ['1 Gb Ethernet', '1GbE']),
    eth(10, '10GbE', ['10 Gb Ethernet', '10GbE']),
    eth(40, '40GbE', ['40 Gb Ethernet', '40GbE']),
    {
      id: 'ib-hdr100',
      aliases: ['HDR100', 'InfiniBand HDR100'],
      name: 'InfiniBand HDR100 100 Gb/s (ConnectX-6)',
      vendor: 'InfiniBand Trade Association',
      provenance: provenance(['https://docs.nvidia.com/networking/display/ConnectX6VPIOCP3/Introduction (ConnectX-6 data rates SDR/DDR/QDR/FDR/EDR/HDR100/HDR)'], 'spec-sheet', [], ['HDR100 = 100 Gb/s per port (2 lanes of HDR) = 12.5 GB/s per direction.']),
      category: 'network',
      perDirectionGBps: 12.5,
    },
  ];
}

const SWITCH_POWER: Record<string, { w: number; estimated: boolean; note: string; name: string; lanes: number; gen: number }> = {
  pex8796: { w: 25, estimated: true, note: 'No power figure captured; 25 W is an order-of-magnitude estimate for a 96-lane Gen3 switch (below the 36 W of the Gen4 PEX88096).', name: 'Broadcom PEX8796 PCIe Gen3 switch', lanes: 96, gen: 3 },
  pex88096: { w: 36, estimated: false, note: '36 W typical (Linley Group newsletter).', name: 'Broadcom PEX88096 PCIe Gen4 switch', lanes: 96, gen: 4 },
  pex89144: { w: 60, estimated: true, note: 'No power figure captured; 60 W is an order-of-magnitude estimate for a 144-lane Gen5 switch (scaled up from the 36 W PEX88096).', name: 'Broadcom PEX89144 PCIe Gen5 switch', lanes: 144, gen: 5 },
};

function convertPcieSwitch(i: RefInterconnect): PcieSwitch {
  const spec = SWITCH_POWER[i.id];
  if (!spec) throw new Error(`no PCIe switch spec for ${i.id}`);
  return {
    id: i.id,
    aliases: cleanAliases(i.id, [i.name, i.id.toUpperCase()]),
    name: spec.name,
    vendor: 'Broadcom',
    provenance: provenance([REF, ...i.source], i.confidence, spec.estimated ? ['powerW'] : [], [`${i.signalingRate ?? ''}.`, i.notes ?? '', spec.note]),
    pcieGen: spec.gen,
    lanes: spec.lanes,
    powerW: spec.w,
  };
}

// ---------------------------------------------------------------------------------------------
// NICs (derived from the Ethernet / InfiniBand interconnect entries).
// ---------------------------------------------------------------------------------------------

const NIC_DOCS = {
  cx4: 'https://docs.nvidia.com/networking/display/ConnectX4IB/Interfaces (ConnectX-4: PCIe Gen 3.0 x8/x16, QSFP28, EDR InfiniBand / 100GbE)',
  cx6: 'https://docs.nvidia.com/networking/display/ConnectX6VPI/Interfaces (ConnectX-6: PCIe Gen 3.0/4.0 x16, QSFP56, HDR InfiniBand / 200GbE)',
  cx6en: 'https://docs.nvidia.com/networking/display/ConnectX6EN/Introduction (ConnectX-6 EN: PCIe x16 Gen 4.0 needed for 200GbE; dual-port QSFP56 10/25/40/50/100/200 GbE)',
  cx6dx: 'https://manuals.online/nvidia/adapter/mellanox-connectx-6-dx-series/user-manual/xnou (ConnectX-6 Dx 25/100/200GbE adapter family)',
  cx7: 'https://docs.nvidia.com/networking/display/connectx7vpiocp3/supported+interfaces (ConnectX-7: PCIe Gen 5.0 x16, single-port OSFP or dual-port QSFP112)',
  cx7dgx: 'https://docs.nvidia.com/dgx/dgxb200-user-guide/introduction-to-dgxb200.html via the reference catalog (8 single-port ConnectX-7 400 Gb/s IB/Ethernet; 2 dual-port BlueField-3 400GbE/IB)',
  cx8: 'Community NVIDIA AI Infrastructure Cheat Sheet via the reference catalog (ConnectX-8 800 Gb/s, Quantum-X800 XDR); https://acecloud.ai/blog/nvidia-hgx-b300 (ConnectX-8 SuperNIC, 800 Gb/s per GPU)',
  dgxa100: 'Reference catalog server entry DGX A100: Mellanox ConnectX-6, up to 8 x 200 Gb/s HDR InfiniBand',
  dgx1: 'Reference catalog server entry DGX-1: 4 x 100 Gb InfiniBand EDR (ConnectX-4 MT27700 per MLPerf v0.6 submission)',
  mlperf: 'MLPerf Training system descriptions (calibration cases): "ConnectX-5 IB EDR 100Gb/Sec", "ConnectX-6 IB HDR 200Gb/Sec", "ConnectX-7 IB NDR 400Gb/s", "Bluefield-2 DPU Ethernet 100Gb/Sec", "BF3 200Gbps / 400Gbps", "Intel X710 2x10GbE"',
  x710: 'https://gist.github.com/you21979/5eef45d5186a525d62abf7a5066369e6 (Intel X710-DA2: 2 x SFP+, 3-5 W)',
} as const;

interface NicSpec {
  id: string;
  name: string;
  vendor: string;
  aliases: string[];
  protocol: Nic['protocol'];
  portSpeedGbps: number;
  ports: number;
  pcieGen: number;
  pcieLanes: number;
  powerW: number;
  priceUsd: number;
  linkEntry: string;
  sources: string[];
  note: string;
}

const NIC_SPECS: NicSpec[] = [
  { id: 'connectx-4-edr-100g', name: 'NVIDIA (Mellanox) ConnectX-4 VPI EDR 100Gb/s, single port', vendor: 'NVIDIA', aliases: ['ConnectX-4', 'ConnectX-4 EDR', 'MT27700 Family [ConnectX-4]', 'Mellanox ConnectX-4'], protocol: 'infiniband', portSpeedGbps: 100, ports: 1, pcieGen: 3, pcieLanes: 16, powerW: 14, priceUsd: 600, linkEntry: 'ib-edr', sources: [NIC_DOCS.cx4, NIC_DOCS.dgx1], note: 'DGX-1 compute NIC.' },
  { id: 'connectx-5-edr-100g', name: 'NVIDIA (Mellanox) ConnectX-5 VPI EDR 100Gb/s, single port', vendor: 'NVIDIA', aliases: ['ConnectX-5', 'ConnectX-5 EDR', 'ConnectX-5 IB EDR 100Gb/Sec', 'MT27800 Family [ConnectX-5]', 'Mellanox ConnectX-5'], protocol: 'infiniband', portSpeedGbps: 100, ports: 1, pcieGen: 3, pcieLanes: 16, powerW: 15, priceUsd: 700, linkEntry: 'ib-edr', sources: [NIC_DOCS.mlperf], note: 'PCIe Gen3 x16 card (some SKUs Gen4); 100 Gb/s fits a Gen3 x16 link (15.75 GB/s).' },
  { id: 'connectx-6-hdr-200g', name: 'NVIDIA (Mellanox) ConnectX-6 VPI HDR 200Gb/s, single port', vendor: 'NVIDIA', aliases: ['ConnectX-6', 'ConnectX-6 HDR', 'ConnectX-6 IB HDR 200Gb/Sec', 'MT28908 Family [ConnectX-6]', 'Mellanox ConnectX-6'], protocol: 'infiniband', portSpeedGbps: 200, ports: 1, pcieGen: 4, pcieLanes: 16, powerW: 20, priceUsd: 1200, linkEntry: 'ib-hdr', sources: [NIC_DOCS.cx6, NIC_DOCS.dgxa100], note: 'DGX A100 compute NIC.' },
  { id: 'connectx-6-hdr100-2p', name: 'NVIDIA (Mellanox) ConnectX-6 VPI HDR100/100GbE, dual port', vendor: 'NVIDIA', aliases: ['ConnectX-6 HDR100', 'Mellanox ConnectX-6 HDR100/100GbE QSFP56'], protocol: 'infiniband', portSpeedGbps: 100, ports: 2, pcieGen: 4, pcieLanes: 16, powerW: 20, priceUsd: 1000, linkEntry: 'ib-hdr100', sources: [NIC_DOCS.cx6, NIC_DOCS.mlperf], note: 'Two ports together need PCIe Gen4 x16 (25 GB/s of 31.5).' },
  { id: 'connectx-6-200gbe', name: 'NVIDIA ConnectX-6 EN 200GbE, single port', vendor: 'NVIDIA', aliases: ['ConnectX-6 200GbE', 'ConnectX-6 Ethernet 200Gb/s'], protocol: 'ethernet', portSpeedGbps: 200, ports: 1, pcieGen: 4, pcieLanes: 16, powerW: 20, priceUsd: 1100, linkEntry: 'eth-200', sources: [NIC_DOCS.cx6en], note: '' },
  { id: 'connectx-6-dx-100gbe-2p', name: 'NVIDIA ConnectX-6 Dx 100GbE, dual port', vendor: 'NVIDIA', aliases: ['ConnectX-6 Dx', 'ConnectX-6 Dx 100GbE', 'ConnectX-6 Ethernet 100Gb/Sec'], protocol: 'ethernet', portSpeedGbps: 100, ports: 2, pcieGen: 4, pcieLanes: 16, powerW: 18, priceUsd: 900, linkEntry: 'eth-100', sources: [NIC_DOCS.cx6dx], note: 'Two 100GbE ports exceed one Gen4 x16 link only slightly (25 GB/s of 31.5).' },
  { id: 'connectx-6-lx-25gbe-2p', name: 'NVIDIA ConnectX-6 Lx 25GbE, dual port', vendor: 'NVIDIA', aliases: ['ConnectX-6 Lx', 'ConnectX-6 Lx 25GbE'], protocol: 'ethernet', portSpeedGbps: 25, ports: 2, pcieGen: 4, pcieLanes: 8, powerW: 10, priceUsd: 350, linkEntry: 'eth-25', sources: [NIC_DOCS.cx6dx], note: 'PCIe Gen4 x8 is the usual host link for the 25GbE parts.' },
  { id: 'connectx-7-ndr-400g', name: 'NVIDIA ConnectX-7 VPI NDR 400Gb/s, single port OSFP', vendor: 'NVIDIA', aliases: ['ConnectX-7', 'ConnectX-7 NDR', 'ConnectX-7 IB NDR 400Gb/s', 'ConnectX-7 InfiniBand NDR 400Gb/s', 'NVIDIA ConnectX-7'], protocol: 'infiniband', portSpeedGbps: 400, ports: 1, pcieGen: 5, pcieLanes: 16, powerW: 25, priceUsd: 2200, linkEntry: 'ib-ndr', sources: [NIC_DOCS.cx7, NIC_DOCS.cx7dgx], note: 'DGX H100/H200/B200 compute NIC (one per GPU).' },
  { id: 'connectx-7-400gbe', name: 'NVIDIA ConnectX-7 400GbE, single port', vendor: 'NVIDIA', aliases: ['ConnectX-7 400GbE', 'ConnectX-7 Ethernet 400Gb/s'], protocol: 'ethernet', portSpeedGbps: 400, ports: 1, pcieGen: 5, pcieLanes: 16, powerW: 25, priceUsd: 2200, linkEntry: 'eth-400', sources: [NIC_DOCS.cx7, NIC_DOCS.cx7dgx], note: 'Same card as the NDR part in Ethernet mode (VPI).' },
  { id: 'connectx-7-200g-2p', name: 'NVIDIA ConnectX-7 200Gb/s, dual port QSFP112', vendor: 'NVIDIA', aliases: ['ConnectX-7 dual-port', 'ConnectX-7 2x200G'], protocol: 'ethernet', portSpeedGbps: 200, ports: 2, pcieGen: 5, pcieLanes: 16, powerW: 25, priceUsd: 2000, linkEntry: 'eth-200', sources: [NIC_DOCS.cx7, 'Reference catalog server entry DGX H100: 2 x dual-port ConnectX-7 QSFP112 (storage/in-band)'], note: 'DGX H100 storage/in-band NIC.' },
  { id: 'bluefield-2-100g-2p', name: 'NVIDIA BlueField-2 DPU 100GbE, dual port', vendor: 'NVIDIA', aliases: ['BlueField-2', 'Bluefield-2 DPU', 'NVIDIA BlueField 2 DPU'], protocol: 'ethernet', portSpeedGbps: 100, ports: 2, pcieGen: 4, pcieLanes: 16, powerW: 75, priceUsd: 2000, linkEntry: 'eth-100', sources: [NIC_DOCS.mlperf, 'https://docs.nvidia.com/networking/display/mlnxenv543750lts/changes+and+new+features (BlueField-2 in the ConnectX-6 Dx feature class)'], note: 'DPU with Arm cores; power includes the SoC.' },
  { id: 'bluefield-3-400g-2p', name: 'NVIDIA BlueField-3 DPU 400Gb/s, dual port', vendor: 'NVIDIA', aliases: ['BlueField-3', 'BF3', 'NVIDIA BlueField-3'], protocol: 'ethernet', portSpeedGbps: 200, ports: 2, pcieGen: 5, pcieLanes: 16, powerW: 150, priceUsd: 3000, linkEntry: 'eth-400', sources: [NIC_DOCS.cx7dgx, NIC_DOCS.mlperf], note: 'Two 200 Gb/s ports (400 Gb/s per card; single-port 400G SKUs exist). DPU with Arm cores; power includes the SoC.' },
  { id: 'connectx-8-800g', name: 'NVIDIA ConnectX-8 SuperNIC 800Gb/s (XDR / 800GbE)', vendor: 'NVIDIA', aliases: ['ConnectX-8', 'ConnectX-8 SuperNIC', 'ConnectX-8 XDR'], protocol: 'infiniband', portSpeedGbps: 800, ports: 1, pcieGen: 6, pcieLanes: 16, powerW: 40, priceUsd: 3500, linkEntry: 'ib-xdr', sources: [NIC_DOCS.cx8], note: 'PCIe Gen6 x16 host link (about 121 GB/s usable) carries the 100 GB/s port; on a Gen5 host the card is capped near 63 GB/s.' },
  { id: 'intel-x710-2x10gbe', name: 'Intel Ethernet X710-DA2 2x10GbE', vendor: 'Intel', aliases: ['Intel X710', 'X710-DA2', 'Intel X710 2x10GbE'], protocol: 'ethernet', portSpeedGbps: 10, ports: 2, pcieGen: 3, pcieLanes: 8, powerW: 5, priceUsd: 350, linkEntry: 'eth-10', sources: [NIC_DOCS.x710, NIC_DOCS.mlperf], note: 'Management / low-end storage NIC.' },
];

function convertNic(spec: NicSpec): Nic {
  const link = [...ref.interconnects, ...extraNetworkEntries().map((e) => ({ id: e.id, source: e.provenance.source }))].find((i) => i.id === spec.linkEntry);
  if (!link) throw new Error(`NIC ${spec.id}: link entry ${spec.linkEntry} not found`);
  return {
    id: spec.id,
    aliases: cleanAliases(spec.id, spec.aliases),
    name: spec.name,
    vendor: spec.vendor,
    price: { usd: spec.priceUsd, basis: 'Rough street-price estimate for the adapter class, not from a vendor price list; refresh before quoting', confidence: 'estimate' },
    provenance: provenance(
      [...spec.sources, `Line rate from interconnect entry ${spec.linkEntry} (${link.source[0] ?? REF})`],
      'spec-sheet',
      ['powerW'],
      [
        `Derived from the ${spec.linkEntry} interconnect entry: port speed, port count and host link from the adapter documentation cited.`,
        'powerW is an estimate of typical adapter power with passive copper cables (optical modules add about 9 W per 400G port, per NVIDIA transceiver specifications); no adapter power table was captured.',
        spec.note,
      ],
    ),
    protocol: spec.protocol,
    portSpeedGbps: spec.portSpeedGbps,
    ports: spec.ports,
    pcieGen: spec.pcieGen,
    pcieLanes: spec.pcieLanes,
    powerW: spec.powerW,
  };
}

// ---------------------------------------------------------------------------------------------
// Cloud instances.
// ---------------------------------------------------------------------------------------------

const CLOUD_GPU: Record<string, string> = {
  'aws-p3.16xlarge': 'v100-sxm2-16gb',
  'aws-p4d.24xlarge': 'a100-sxm4-40gb',
  'aws-p4de.24xlarge': 'a100-sxm4-80gb',
  'aws-p5.48xlarge': 'h100-sxm5-80gb',
  'aws-p5e.48xlarge': 'h200-sxm-141gb',
  'aws-p5en.48xlarge': 'h200-sxm-141gb',
  'gcp-a2-highgpu-8g': 'a100-sxm4-40gb',
  'gcp-a3-highgpu-8g': 'h100-sxm5-80gb',
  'azure-nd96asr-a100-v4': 'a100-sxm4-40gb',
  'azure-nd96isr-h100-v5': 'h100-sxm5-80gb',
  'lambda-8x-h100-sxm': 'h100-sxm5-80gb',
  'lambda-8x-v100': 'v100-sxm2-16gb',
  'market-a100-80gb': 'a100-sxm4-80gb',
  'market-h100-sxm': 'h100-sxm5-80gb',
};

const CLOUD_PATCHES: Record<string, { onDemand?: number; reserved?: number | null; estimated: string[]; notes: string[] }> = {
  'aws-p5e.48xlarge': {
    onDemand: 84.8,
    estimated: ['onDemandUsdPerHour'],
    notes: ['On-demand p5e price not captured; 84.80 USD/h is the p5en.48xlarge rate (same 8 x H200) used as a proxy.'],
  },
  'gcp-a2-highgpu-8g': {
    onDemand: 29.36,
    reserved: 18.48,
    estimated: ['onDemandUsdPerHour', 'reservedUsdPerHour'],
    notes: ['Derived 8 x per-GPU rates: 8 x 3.67 on-demand, 8 x 2.31 1-yr CUD.'],
  },
  'gcp-a3-highgpu-8g': {
    onDemand: 88.48,
    reserved: 38.88,
    estimated: ['onDemandUsdPerHour', 'reservedUsdPerHour'],
    notes: ['Derived from asia-southeast1 per-GPU rates: 8 x 11.06 on-demand, 8 x 4.86 3-yr commitment; other regions are cheaper (about 4.10-11.06 per GPU-hour).'],
  },
  'market-a100-80gb': {
    onDemand: 1.99,
    estimated: ['onDemandUsdPerHour'],
    notes: ['Midpoint of the typical 1.49-2.49 USD per GPU-hour on-demand range (early 2026).'],
  },
  'market-h100-sxm': {
    onDemand: 3.24,
    reserved: 1.79,
    estimated: ['onDemandUsdPerHour', 'reservedUsdPerHour'],
    notes: ['Midpoint of the typical 2.49-3.99 USD per GPU-hour on-demand range (early 2026); reserved is one unverified CoreWeave 1-yr figure.'],
  },
  'azure-nd96asr-a100-v4': { reserved: null, estimated: [], notes: [] },
};

function convertCloud(c: RefCloud): CloudInstance {
  const gpuId = CLOUD_GPU[c.id];
  if (!gpuId) throw new Error(`no GPU mapping for cloud ${c.id}`);
  const patch = CLOUD_PATCHES[c.id];
  const onDemand = c.onDemandUSDPerHour ?? patch?.onDemand;
  if (onDemand === undefined) throw new Error(`cloud ${c.id} has no on-demand price`);
  const reserved = patch && 'reserved' in patch && patch.reserved !== undefined ? patch.reserved : c.reservedOrCommittedUSDPerHour;
  const instanceName = c.instance.replace(/\s*\(.*\)$/, '');
  return {
    id: c.id,
    aliases: cleanAliases(c.id, [instanceName, `${c.provider} ${instanceName}`]),
    name: `${c.provider} ${c.instance}`,
    vendor: c.provider,
    provenance: provenance(
      [REF, ...c.source],
      c.confidence,
      patch?.estimated ?? [],
      [
        `GPUs: ${c.gpus}.`,
        c.region ? `Region: ${c.region}.` : '',
        c.asOf ? `As of ${c.asOf}.` : 'Date not recorded.',
        c.reservedBasis ? `Reserved/committed basis: ${c.reservedBasis}.` : '',
        c.instanceDetails ? `Instance: ${c.instanceDetails}.` : '',
        c.notes ?? '',
        ...(patch?.notes ?? []),
      ],
    ),
    provider: c.provider,
    instance: c.instance,
    gpuId,
    gpuCount: c.gpuCount,
    onDemandUsdPerHour: onDemand,
    reservedUsdPerHour: reserved ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// Facilities.
// ---------------------------------------------------------------------------------------------

function facilityMetric(metric: string): FacilityFigure['metric'] {
  if (metric.startsWith('Electricity price')) return 'electricity-usd-per-kwh';
  if (metric.startsWith('PUE')) return 'pue';
  if (/colocation/i.test(metric)) return 'colocation-usd-per-kw-month';
  return 'other';
}

function facilityVendor(f: RefFacility): string {
  const s = f.source.join(' ');
  if (/EIA|eia\.gov/.test(s)) return 'US EIA';
  if (/uptime/i.test(s)) return 'Uptime Institute';
  if (/cbre/i.test(s)) return 'CBRE';
  if (/google|cnbc/i.test(s)) return 'Google';
  return 'NVIDIA';
}

function convertFacility(f: RefFacility): FacilityFigure[] {
  const metric = facilityMetric(f.metric);
  const common = (id: string, name: string, value: number, estimated: string[], notes: string[], unit = f.unit): FacilityFigure => ({
    id,
    aliases: [],
    name,
    vendor: facilityVendor(f),
    provenance: provenance([REF, ...f.source], f.confidence, estimated, [f.scope ? `Scope: ${f.scope}.` : '', f.asOf ? `As of ${f.asOf}.` : '', f.notes ?? '', ...notes]),
    metric,
    value,
    unit,
  });
  if (typeof f.value === 'number') return [common(f.id, f.metric, f.value, [], [])];
  if (Array.isArray(f.value)) {
    const [lo, hi] = f.value;
    if (lo === undefined || hi === undefined) throw new Error(`facility ${f.id}: bad range`);
    return [common(f.id, f.metric, (lo + hi) / 2, ['value'], [`Published as a range ${lo}-${hi}; value is the midpoint.`])];
  }
  const out: FacilityFigure[] = [];
  for (const [key, raw] of Object.entries(f.value)) {
    const slug = key.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    if (f.id === 'dgx-power-ref') {
      const num = typeof raw === 'number' ? raw : Number(String(raw).replace(/[^0-9.]/g, ''));
      const community = typeof raw === 'string';
      out.push(
        {
          ...common(`node-power-${slug}`, `Reference AI node power, ${key}`, num, community ? ['value'] : [], community ? [`Published as "${raw}".`] : [], 'kW max'),
          provenance: provenance(
            community ? [REF, CHEAT] : [REF, ...f.source],
            community ? 'estimate' : f.confidence,
            community ? ['value'] : [],
            [`Maximum system power of one ${key} for rack planning.`, community ? `Published as "${raw}" (community figure, not a datasheet).` : ''],
          ),
        },
      );
      continue;
    }
    if (typeof raw !== 'number') throw new Error(`facility ${f.id}: non-numeric ${key}`);
    const label = f.metric.replace(/\s*\(commercial \/ industrial\)/, '');
    out.push(common(`${f.id}-${slug}`, `${label}, ${key}`, raw, [], []));
  }
  return out;
}

function storageGuidanceFigures(): FacilityFigure[] {
  const g = byId(ref.sharedStorage, 'nvidia-storage-guidance');
  const make = (id: string, name: string, value: number, unit: string, note: string): FacilityFigure => ({
    id,
    aliases: [],
    name,
    vendor: 'NVIDIA / DDN',
    provenance: provenance([REF, ...g.source], g.confidence, [], [note, g.notes ?? '']),
    metric: 'other',
    value,
    unit,
  });
  return [
    make('storage-guidance-read-per-gpu', 'Training-data read bandwidth guidance per GPU', 1, 'GB/s per GPU', 'Usual minimum sustained read (and write) per GPU quoted by DDN for DGX systems.'),
    make('storage-guidance-read-per-dgx-h100-gds', 'GPUDirect Storage read target per DGX H100', 40, 'GB/s per 8-GPU node', 'DGX SuperPOD H100 reference architecture: a GDS-enabled application should read at over 40 GB/s per DGX H100.'),
  ];
}

// ---------------------------------------------------------------------------------------------
// Assemble, validate, write.
// ---------------------------------------------------------------------------------------------

function writeSection<T extends { id: string; provenance: Provenance }>(file: string, section: string, schema: z.ZodType<T>, entries: T[]): void {
  const ids = new Set<string>();
  for (const e of entries) {
    if (ids.has(e.id)) throw new Error(`${section}: duplicate id ${e.id}`);
    ids.add(e.id);
    schema.parse(e);
    checkEstimatedFields(section, e);
    checkNoPlaceholderZero(section, e);
  }
  const outDir = join(repoRoot, 'assets/catalog');
  mkdirSync(outDir, { recursive: true });
  const body = { format: 'trainwright/catalog', version: 1, [section]: entries };
  writeFileSync(join(outDir, file), `${JSON.stringify(body, null, 2)}\n`);
  console.log(`${file}: ${entries.length} ${section}`);
}

const gpus = [...ref.gpus.filter((g) => !(g.id in SKIPPED_GPUS)).map(convertGpu), ...addedGpus()];
const cpus = [...ref.cpus.map(convertCpu), ...addedCpus()];
const drives = ref.storage.map(convertDrive);
const sharedStorage = ref.sharedStorage.filter((s) => !(s.id in SKIPPED_STORAGE)).map(convertSharedStorage);
const switchIds = Object.keys(SWITCH_POWER);
const interconnects = [
  ...pcieLaneEntries(),
  ...ref.interconnects.filter((i) => !switchIds.includes(i.id)).map(convertInterconnect),
  ...extraNetworkEntries(),
];
const pcieSwitches = ref.interconnects.filter((i) => switchIds.includes(i.id)).map(convertPcieSwitch);
const nics = NIC_SPECS.map(convertNic);
const cloud = ref.cloud.map(convertCloud);
const facilities = [...ref.facilities.flatMap(convertFacility), ...storageGuidanceFigures()];

writeSection('gpus.json', 'gpus', GpuSchema, gpus);
writeSection('cpus.json', 'cpus', CpuSchema, cpus);
writeSection('drives.json', 'drives', DriveSchema, drives);
writeSection('nics.json', 'nics', NicSchema, nics);
writeSection('pcie-switches.json', 'pcieSwitches', PcieSwitchSchema, pcieSwitches);
writeSection('shared-storage.json', 'sharedStorage', SharedStorageSchema, sharedStorage);
writeSection('interconnects.json', 'interconnects', InterconnectSchema, interconnects);
writeSection('cloud.json', 'cloud', CloudInstanceSchema, cloud);
writeSection('facilities.json', 'facilities', FacilityFigureSchema, facilities);

for (const [id, why] of Object.entries({ ...SKIPPED_GPUS, ...SKIPPED_STORAGE })) console.log(`skipped ${id}: ${why}`);
