import type { CheckpointPlan } from './checkpoint';
import type { LlmSummary } from '../llm/summary';
import type { CauseId, IdleCause } from './causes';
import type { CalibrationResult } from './calibrate';
import type { Uncertainty } from './uncertainty';

export type { CauseId, IdleCause } from './causes';

/** Severity of a topology or input check. */
export type Severity = 'error' | 'warning' | 'info';

/** A finding about the design, attached to the part it concerns. */
export interface Issue {
  severity: Severity;
  /** Stable machine code, e.g. 'pcie-lanes-exceeded'. */
  code: string;
  /** One readable sentence naming the part and the numbers. */
  message: string;
  /** Where: `serverTypes[0].components[3]` style path, server type id and component id when known. */
  path?: string;
  serverTypeId?: string;
  componentId?: string;
}

/** Kinds of resource the engine loads; `causes.ts` says which cause each stands for. */
export type ResourceKind =
  | 'gpu' | 'gpu-decoder' | 'cpu' | 'drive' | 'pcie-link' | 'socket-link' | 'nic' | 'network' | 'fabric' | 'shared-storage' | 'nvlink' | 'memory';

/** Load and capacity of one resource, at the predicted throughput. */
export interface ResourceUse {
  /** Stable id, e.g. 'srv1/nvme0', 'fabric', 'shared-storage'. */
  id: string;
  label: string;
  kind: ResourceKind;
  /** Demand at the achieved throughput, in `unit`. */
  load: number;
  /** What the resource can deliver, in `unit`. */
  capacity: number;
  unit: string;
  /** load / capacity, 0..1. */
  utilization: number;
}

/** The binding constraint, explained. */
export interface Bottleneck {
  /** What limits throughput: the largest `gpuIdle` cause when it can bind, else 'gpu-compute' (see `causes.ts`). */
  cause: CauseId;
  /** Id of the binding resource in `Evaluation.resources`, when one resource stands for the cause. */
  resourceId?: string;
  /** One sentence with numbers. */
  explanation: string;
  /** The cheapest change that removes it, in a sentence; absent when GPUs are the limit. */
  fix?: string;
}

/** One term of a GPU's training step, as the engine summed it (see `core/engine/terms/`). */
export interface StepTermResult {
  /** Term id, e.g. 'compute', 'data-parallel-sync', 'input-wait'. */
  term: string;
  /** The cause the term's exposed time counts toward ('gpu-compute' for useful work). */
  cause: CauseId;
  /** Time the work takes per step, s (before overlap). */
  seconds: number;
  /** Part of it on the critical path, s (after overlap with `overlapsWith`). */
  exposedSeconds: number;
  /** Term it runs concurrently with (e.g. the all-reduce with the backward pass of 'compute'). */
  overlapsWith?: string;
  /** Where the number comes from, in a phrase. */
  basis: string;
}

/** Time-to-model breakdown, seconds. */
export interface TimeToModel {
  epochs: number;
  /** Samples until the quality target. */
  samplesToTarget: number;
  firstEpochSeconds: number;
  remainingEpochsSeconds: number;
  evaluationSeconds: number;
  checkpointSeconds: number;
  failureSeconds: number;
  totalSeconds: number;
  checkpointIntervalSeconds: number;
  expectedFailures: number;
  /** Checkpoints written until the target. */
  checkpointCount: number;
  /** Seconds training is blocked per checkpoint (the write when synchronous; the copy to host memory, plus any wait for the previous write, when asynchronous). */
  checkpointBlockedSeconds: number;
  /** The checkpoint itself: bytes, where it is written, how fast (core/engine/checkpoint.ts). */
  checkpoint: CheckpointPlan;
}

/** Cost outputs. All USD unless named otherwise. */
export interface CostResult {
  capexUsd: number;
  /** Whether any price in the capex is an estimate. */
  capexIncludesEstimates: boolean;
  powerKW: number;
  ownershipUsdPerHour: number;
  breakdownUsdPerHour: { capex: number; power: number; colocation: number; support: number };
  usdPerImage: number;
  usdPerTrainedModel: number;
  kWhPerTrainedModel: number;
  cloud?: { instance: string; instances: number; usdPerHour: number; usdPerTrainedModel: number; breakEvenUtilizationPct: number; breakEvenMonths: number | null };
  rackUnits: number;
  /** Every part of the design as a priced line: per server type, the fabric, shared storage, racks and PDUs, support. */
  bom: BomLine[];
  /** Subtotals and totals of `bom`, with discount, margin and the currency to show them in. */
  bomTotals: BomTotals;
}

/** Where a BOM line belongs: a server type's parts, the network, the shared storage, racks and power, support. */
export type BomSection = 'server' | 'fabric' | 'storage' | 'facility' | 'support';

/**
 * How a BOM line's price was obtained. `included`: part of a quoted whole-server price (no own price);
 * `price needed`: nothing gives a price, so the line is left out of the totals and flagged.
 */
export type BomConfidence = 'quoted' | 'user' | 'catalog' | 'estimate' | 'included' | 'price needed';

/** One line of the bill of materials. Prices are USD after margin and before discount. */
export interface BomLine {
  section: BomSection;
  /** Heading the line sits under: the server type's name, "Network fabric", "Shared storage", ... */
  group: string;
  /** Server type and part the line describes, where it is one (the editor flags "price needed" there). */
  serverTypeId?: string;
  componentId?: string;
  /** Description, e.g. "NVIDIA H100 SXM5 80GB". */
  item: string;
  /** Catalog id (the SKU a quote refers to), when the part has one. */
  sku?: string;
  /** Units in one server, for server parts. */
  perServer?: number;
  /** Units in the whole design. */
  count: number;
  /** Price of one unit, USD; null when it is included in another line or has no price. */
  unitPriceUsd: number | null;
  /** count x unit price, USD; null as for `unitPriceUsd`. */
  totalUsd: number | null;
  confidence: BomConfidence;
  /** Where the price comes from, in a phrase (catalog basis, "your price", a planning estimate). */
  basis: string;
}

/** Totals of a bill of materials, USD. */
export interface BomTotals {
  /** Sum of the priced lines per section. */
  subtotalsUsd: Record<BomSection, number>;
  /** Hardware before discount (servers, fabric, storage, racks and PDUs). */
  hardwareListUsd: number;
  /** Discount on the hardware, USD (0 without one). */
  discountUsd: number;
  /** Hardware after discount: the capex. */
  hardwareUsd: number;
  /** Support over the amortization period. */
  supportUsd: number;
  /** Hardware after discount plus support. */
  totalUsd: number;
  /** Lines without a price, left out of every total. */
  unpricedLines: number;
  /** Lines whose price is an estimate. */
  estimatedLines: number;
  /** Currency to show the amounts in and how many of it one USD buys. */
  currency: { code: string; perUsd: number };
}

/** Everything the engine says about one design. */
export interface Evaluation {
  samplesPerSec: number;
  /** Throughput from the first (cold-cache) epoch. */
  coldSamplesPerSec: number;
  stepSeconds: number;
  globalBatch: number;
  gpus: number;
  nodes: number;
  /** GPU busy share of each step, 0..1. */
  gpuUtilization: number;
  /** Share of each step a GPU waits, by cause (sums to 1 - gpuUtilization). */
  gpuIdle: Record<IdleCause, number>;
  /** Accelerator utilization as MLPerf Storage defines it: the share of time not waiting for input data, 0..1 (`core/storage/au.ts`). */
  acceleratorUtilization: number;
  bottleneck: Bottleneck;
  /** The binding constraint of the cold first epoch (differs from `bottleneck` when storage limits only then). */
  firstEpochBottleneck: Bottleneck;
  /** The terms of the slowest server type's step (warm epochs), in order; exposed seconds sum to `stepSeconds`. */
  stepTerms: StepTermResult[];
  resources: ResourceUse[];
  time: TimeToModel;
  cost: CostResult;
  issues: Issue[];
  /** The correction derived from the design's `calibration`, when it carries one. */
  calibration?: CalibrationResult;
  /** Assumptions and estimates the numbers rest on (shown as such in the UI). */
  assumptions: string[];
  /** Tokens/s, MFU, layout, memory per GPU and $ per million tokens (transformer LLM workloads only). */
  llm?: LlmSummary;
  /** 80% ranges of the headline figures from the validation residuals of similar cases (`uncertainty.ts`); absent where no group covers the design. */
  uncertainty?: Uncertainty;
}
