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

/** Causes a GPU waits for, per step. */
export type IdleCause = 'storage' | 'cpu' | 'pcie' | 'socket-link' | 'network-sync' | 'stragglers' | 'pipeline-variance' | 'framework';

/** Load and capacity of one resource, at the predicted throughput. */
export interface ResourceUse {
  /** Stable id, e.g. 'srv1/nvme0', 'fabric', 'shared-storage'. */
  id: string;
  label: string;
  kind: 'gpu' | 'cpu' | 'drive' | 'pcie-link' | 'socket-link' | 'nic' | 'fabric' | 'shared-storage' | 'nvlink' | 'memory';
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
  /** Resource kind that limits throughput ('gpu-compute' when the GPUs are the limit). */
  resource: 'gpu-compute' | 'storage' | 'cpu' | 'pcie' | 'socket-link' | 'network' | 'shared-storage' | 'none';
  /** One sentence with numbers. */
  explanation: string;
  /** The cheapest change that removes it, in a sentence; absent when GPUs are the limit. */
  fix?: string;
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
  bom: Array<{ item: string; count: number; unitPriceUsd: number; totalUsd: number; confidence: string }>;
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
  bottleneck: Bottleneck;
  resources: ResourceUse[];
  time: TimeToModel;
  cost: CostResult;
  issues: Issue[];
  /** Assumptions and estimates the numbers rest on (shown as such in the UI). */
  assumptions: string[];
}
