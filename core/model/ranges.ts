/**
 * Plausible ranges of every number a user (or a file) can give the planner, with units. A value outside
 * its range is refused with its JSON path before the engine runs, so no input can drive an answer to
 * Infinity, NaN or zero through an absurd figure (5e-324 GB/s, a price of 1e308, amortization over a
 * nanosecond). The bounds are deliberately wide, one to two orders of magnitude past the largest real
 * value, so they refuse nonsense and never a real design.
 *
 * Confidence of every bound: `estimate` (engineering judgement from the basis given beside it; there is
 * no published "largest possible" figure to cite).
 */
import { z } from 'zod';

/** One plausible range: inclusive bounds, the unit they are in, and why they are where they are. */
export interface PlausibleRange {
  min: number;
  max: number;
  /** Unit as printed in messages, e.g. 'GB/s', 'USD', 'years'. */
  unit: string;
  /** Whole numbers only. */
  int?: boolean;
  /** Why the bounds are where they are. */
  basis: string;
}

const r = (min: number, max: number, unit: string, basis: string, int = false): PlausibleRange => ({ min, max, unit, basis, ...(int ? { int } : {}) });

/** The ranges, by field. Confidence: estimate (see the module comment). */
export const RANGES = {
  // Parts of a server.
  memoryCapacityGB: r(1, 65_536, 'GB', 'the largest 8-socket servers hold 24-32 TB of DRAM; 64 TB per memory part leaves 2x headroom'),
  psuCapacityW: r(50, 20_000, 'W', 'server PSUs are 500-5,500 W; rack power shelves 33 kW split into supplies of at most ~6 kW'),
  redundantPsus: r(0, 64, 'supplies', 'no chassis has more than ~12 PSUs', true),
  partPriceUsd: r(0, 10_000_000, 'USD', 'the dearest single part (a GB200 superchip module) lists near $70k; $10M is two orders past it'),
  serverPriceUsd: r(0, 100_000_000, 'USD', 'a whole NVL72 rack lists near $3.5M; $100M per server is far past any real one'),
  pcieLinkGBps: r(0.1, 512, 'GB/s', 'PCIe 7.0 x16 is 242 GB/s each way (x32 484); a PCIe 1.0 x1 link is 0.25 GB/s'),
  linkGBps: r(0.1, 2_000, 'GB/s', 'NVLink 5 gives a GPU 900 GB/s each way; socket links are 50-200 GB/s'),
  rackUnits: r(0.5, 60, 'U', 'the tallest racks are 52U; half-width sleds are 0.5U'),
  basePowerW: r(0, 200_000, 'W', 'an NVL72 rack draws ~120 kW'),
  // Cluster.
  fabricPricePerPortUsd: r(0, 1_000_000, 'USD', 'an 800 Gb/s switch port with optics costs $2-5k'),
  storageUnitReadGBps: r(0.1, 10_000, 'GB/s', 'the fastest storage appliances give ~100-300 GB/s per unit'),
  storagePriceUsd: r(0, 100_000_000, 'USD', 'the largest storage appliances list at a few million dollars'),
  // Run settings.
  epochs: r(0.001, 20_000, 'epochs', 'published recipes train 1-1,000 epochs; small datasets more (MLPerf 3D U-Net: 168 volumes, at most 10,000 epochs to target)'),
  nodeMtbfHours: r(1, 10_000_000, 'hours', 'measured server MTBF is 1,000-100,000 h; below 1 h no job can run, above ~1,000 years is not a rate'),
  restartMinutes: r(0, 10_080, 'minutes', 'a restart longer than a week is not a restart'),
  checkpointIntervalMinutes: r(0.1, 525_600, 'minutes', 'from every few seconds to once a year'),
  // Economics.
  amortizationYears: r(0.25, 30, 'years', 'GPU servers are written off over 3-6 years; a building over 30'),
  electricityUsdPerKWh: r(0, 5, 'USD/kWh', 'retail power is $0.03-0.60/kWh worldwide'),
  colocationUsdPerKWMonth: r(0, 10_000, 'USD per kW-month', 'colocation is $100-400 per kW-month'),
  supportPctPerYear: r(0, 100, '% of capex per year', 'support contracts are 5-20% of capex per year'),
  // Workloads (all per sample unless named otherwise).
  datasetSamples: r(1, 1e13, 'samples', 'the largest LLM corpora are ~1e13 tokens', true),
  evalSamples: r(0, 1e12, 'samples', 'evaluation sets are smaller than the largest training sets', true),
  evalEveryEpochs: r(0.001, 10_000, 'epochs', 'evaluation runs from several times per epoch to once per run'),
  bytesPerSample: r(1, 1e11, 'bytes', '16K imagery is ~1 GB per sample; 100 GB leaves two orders of headroom'),
  cpuCoreSecondsPerSample: r(0, 3_600, 'core-seconds', 'heavy 3D augmentation takes ~1 core-second per sample'),
  cpuReferenceGHz: r(0.5, 10, 'GHz', 'server cores run at 1-6 GHz'),
  gpuDecodeSecondsPerSample: r(0, 3_600, 'GPU-seconds', 'GPU decode of the largest images takes well under a second'),
  trainFlopsPerSample: r(1, 1e21, 'FLOP', 'a 1T-parameter model on a 32k-token sample is ~2e17 FLOP'),
  parameters: r(1, 1e14, 'parameters', 'the largest models have ~2e12 parameters'),
  gradientBytes: r(1, 1e15, 'bytes', 'parameters x 4 bytes at most, with headroom'),
  exchangeBytesPerSample: r(0, 1e12, 'bytes', 'embedding all-to-all is a few MB per sample'),
  attentionScoresPerSample: r(0, 1e12, 'score elements', 'layers x heads x sequence length squared: BERT-large at 512 tokens is ~1e8'),
  checkpointBytes: r(1, 1e16, 'bytes', 'a 2T-parameter model with Adam state is ~3e13 bytes'),
  replicaMemoryGB: r(0.001, 1e6, 'GB', 'a 2T-parameter model needs ~3e4 GB'),
  referenceBatchPerGpu: r(1, 1_000_000, 'samples', 'per-GPU batches are 1-65,536', true),
  convergenceGlobalBatch: r(1, 100_000_000, 'samples', 'global batches are at most a few million samples (LLM tokens per step / sequence)', true),
  convergenceValue: r(1e-6, 1e16, 'epochs or samples', 'from a fraction of an epoch to 1e16 samples'),
  samplesPerSecPerGpu: r(1e-6, 1e9, 'samples/s', 'small MLPs reach ~1e6 samples/s on one GPU'),
  // Catalog entries (shipped data; the same bounds guard a hand-edited catalog).
  catalogPriceUsd: r(0, 100_000_000, 'USD', 'the dearest catalog entry is a whole server near $500k'),
  gpuMemoryGB: r(1, 10_000, 'GB', 'the largest accelerators carry ~300 GB'),
  gpuMemoryTBps: r(0.01, 1_000, 'TB/s', 'HBM3e gives ~8-20 TB/s'),
  tflops: r(0.01, 1_000_000, 'TFLOPS', 'the fastest GPU is ~10,000 TFLOPS dense FP4'),
  componentPowerW: r(0.1, 1_000_000, 'W', 'from an M.2 drive to a storage rack'),
  scaleUpGBps: r(0, 10_000, 'GB/s', 'NVLink 5 is 900 GB/s each way'),
  lanes: r(1, 1_024, 'lanes', 'the largest PCIe switches have 144 lanes; sockets 128-160', true),
  cores: r(1, 4_096, 'cores', 'the largest CPUs have 192-288 cores', true),
  clockGHz: r(0.1, 10, 'GHz', 'CPUs run at 1-6 GHz'),
  memoryChannels: r(1, 64, 'channels', 'sockets have 2-16 memory channels', true),
  catalogBandwidthGBps: r(0.001, 100_000, 'GB/s', 'from a SATA HDD to a storage cluster'),
  driveCapacityTB: r(0.01, 1_000, 'TB', 'the largest SSDs hold ~250 TB'),
  iops: r(1, 1e9, 'IOPS', 'NVMe drives give ~1e6-1e7 IOPS'),
  portSpeedGbps: r(1, 10_000, 'Gb/s', 'ports run at 1-1,600 Gb/s'),
  ports: r(1, 64, 'ports', 'adapters have 1-8 ports', true),
  gpuCount: r(1, 1_024, 'GPUs', 'cloud instances hold 1-72 GPUs', true),
  usdPerHour: r(0.001, 100_000, 'USD/hour', 'cloud GPU instances cost $0.1-300 per hour'),
  facilityValue: r(1e-6, 100_000, '(the figure\'s own unit)', 'facility figures are PUE 1-3, $/kWh below 1, $/kW-month below 1,000'),
  launchYear: r(1990, 2100, 'year', 'accelerators for deep learning date from ~2010', true),
} satisfies Record<string, PlausibleRange>;

/** Field names of the ranges. */
export type RangeName = keyof typeof RANGES;

const fmt = (x: number): string => (Math.abs(x) >= 1e7 || (x !== 0 && Math.abs(x) < 1e-3) ? x.toExponential() : String(x));

/** The one-line statement of a range, e.g. `between 0.1 and 512 GB/s`. */
export function describeRange(range: PlausibleRange): string {
  return `between ${fmt(range.min)} and ${fmt(range.max)} ${range.unit}`;
}

/**
 * A zod number inside `range`. The message states the value, the range and its unit, e.g.
 * `5e-324 GB/s is not plausible: expected between 0.1 and 512 GB/s`; zod adds the JSON path.
 */
export function rangedNumber(range: PlausibleRange) {
  const message = (input: unknown) => `${typeof input === 'number' ? fmt(input) : String(input)} ${range.unit} is not plausible: expected ${describeRange(range)}${range.int ? ' (a whole number)' : ''}`;
  let schema = z.number();
  if (range.int) schema = schema.int({ error: (iss) => message(iss.input) });
  return schema.min(range.min, { error: (iss) => message(iss.input) }).max(range.max, { error: (iss) => message(iss.input) });
}

/** Shorthand: the zod number for a named range. */
export const inRange = (name: RangeName) => rangedNumber(RANGES[name]);
