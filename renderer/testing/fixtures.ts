// Test data for renderer tests: a small valid project and an engine answer, independent of the engine's numbers.
import { DesignSchema, type EvaluateResponse, type Evaluation, type NodeSweep, type ProjectFile, type SweepPoint, type SweepResponse } from '../../core';

/** A small, valid project: one 8-GPU server type training a catalog workload. */
export function makeProject(name = 'Test rig'): ProjectFile {
  const design = DesignSchema.parse({
    name,
    serverTypes: [
      {
        id: 'node',
        name: 'GPU node',
        count: 2,
        components: [
          { id: 'cpu0', kind: 'cpu', model: 'epyc-7742', count: 2 },
          { id: 'mem0', kind: 'memory', capacityGB: 1024 },
          { id: 'gpu0', kind: 'gpu', model: 'a100-sxm4-80gb', count: 8 },
          { id: 'nvme0', kind: 'nvme-ssd', model: 'samsung-pm1733-3.84tb', count: 4 },
        ],
        links: [{ id: 'l0', kind: 'pcie', from: 'cpu0', to: 'gpu0', pcieGen: 4, lanes: 16 }],
      },
    ],
    workload: 'resnet50-imagenet',
  });
  return { format: 'trainwright/project', version: 1, design };
}

/** A complete evaluation with round numbers; `overrides` replaces top-level fields. */
export function makeEvaluation(overrides: Partial<Evaluation> = {}): Evaluation {
  return {
    samplesPerSec: 27_120,
    coldSamplesPerSec: 21_500,
    stepSeconds: 0.3,
    globalBatch: 4096,
    gpus: 16,
    nodes: 2,
    gpuUtilization: 0.87,
    gpuIdle: { storage: 0.1, 'gpu-decode': 0, cpu: 0.03, pcie: 0, 'socket-link': 0, 'network-sync': 0, 'tensor-parallel': 0, 'context-parallel': 0, 'expert-parallel': 0, 'pipeline-bubble': 0, stragglers: 0, 'pipeline-variance': 0, framework: 0 },
    acceleratorUtilization: 0.87,
    bottleneck: { cause: 'storage', explanation: 'The NVMe drives deliver 12.4 GB/s; the GPUs need 14.1 GB/s.', fix: 'Add two NVMe drives per server.' },
    firstEpochBottleneck: { cause: 'storage', explanation: 'The NVMe drives deliver 12.4 GB/s; the GPUs need 14.1 GB/s.', fix: 'Add two NVMe drives per server.' },
    stepTerms: [],
    resources: [],
    time: {
      epochs: 35,
      samplesToTarget: 44_800_000,
      firstEpochSeconds: 60,
      remainingEpochsSeconds: 1600,
      evaluationSeconds: 30,
      checkpointSeconds: 10,
      failureSeconds: 4,
      totalSeconds: 1704,
      checkpointIntervalSeconds: 600,
      expectedFailures: 0.01,
      checkpointCount: 2,
      checkpointBlockedSeconds: 5,
      checkpoint: {
        mode: 'sync', bytes: 204_456_256, parameters: 25_557_032, bytesPerParameter: 8, basis: '8 B per parameter (test)', target: 'local-drives',
        writeGBps: 40.9, writeSeconds: 5, stagedBytesPerGpu: 204_456_256, blockedSeconds: 5,
      },
    },
    cost: {
      capexUsd: 400_000,
      capexIncludesEstimates: true,
      powerKW: 13,
      ownershipUsdPerHour: 2.05,
      breakdownUsdPerHour: { capex: 1.6, power: 0.3, colocation: 0, support: 0.15 },
      usdPerImage: 0.0000213,
      usdPerTrainedModel: 0.97,
      kWhPerTrainedModel: 6.2,
      rackUnits: 12,
      bom: [],
      bomTotals: {
        subtotalsUsd: { server: 400_000, fabric: 0, storage: 0, facility: 0, support: 0 },
        hardwareListUsd: 400_000, discountUsd: 0, hardwareUsd: 400_000, supportUsd: 0, totalUsd: 400_000,
        unpricedLines: 0, estimatedLines: 1, currency: { code: 'USD', perUsd: 1 },
      },
    },
    issues: [],
    assumptions: [],
    ...overrides,
  };
}

/** The engine's successful answer carrying `evaluation`. */
export function okResponse(evaluation: Evaluation = makeEvaluation()): EvaluateResponse {
  return { ok: true, evaluation };
}

/** A sweep point that evaluated: `gpusPerServer` GPUs per server and `perGpu` samples/s per GPU times `efficiency`. */
export function makeSweepPoint(serverCount: number, efficiency = 1, gpusPerServer = 8, perGpu = 1_700): SweepPoint {
  const gpus = serverCount * gpusPerServer;
  const samplesPerSec = gpus * perGpu * efficiency;
  return {
    ok: true, serverCount, nodes: serverCount, gpus, globalBatch: gpus * 256, samplesPerSec, scalingEfficiency: efficiency,
    timeToModelSeconds: 45_000_000 / samplesPerSec, usdPerTrainedModel: 20 + serverCount, usdPerImage: 0.00002, bottleneck: 'gpu-compute',
  };
}

/** A node sweep of the fixture project's server type; `points` default to 1, 2 and 4 servers at falling efficiency. */
export function makeSweep(points: SweepPoint[] = [makeSweepPoint(1), makeSweepPoint(2, 0.98), makeSweepPoint(4, 0.95)], designServerCount = 2): NodeSweep {
  return { serverTypeId: 'node', serverTypeName: 'GPU node', designServerCount, batchRule: 'per-gpu', points };
}

/** The engine's successful sweep answer carrying `sweep`. */
export function okSweep(sweep: NodeSweep = makeSweep()): SweepResponse {
  return { ok: true, sweep };
}
