import type { EvaluateResponse, InputError } from '../engineApi';
import { DesignSchema, type Design } from '../model/design';
import type { Workload } from '../model/workload';
import { loadComponentCatalog, resolveCloudInstance, resolveSharedStorage } from '../catalog/components';
import { resolveWorkload } from '../catalog/workloads';
import { zodToInputErrors } from '../project/zodErrors';
import type { Evaluation, Issue } from './result';
import type { ResolvedServer } from './resolved';
import { resolveServer } from './normalize';
import { planPipeline } from './pipeline';
import { idleSplit, resourceUses, serverThroughputs, type ThroughputContext } from './throughput';
import { timeToModel } from './timeToModel';
import { costOf } from './cost';
import { priceNeededIssues } from './bom';
import { checkDesign, checkServer } from './checks';
import { explainBottleneck } from './bottleneck';
import { gpuSecondsPerSample } from './compute';

/** Validates a design document and evaluates it. Never throws on bad input: errors carry JSON paths. */
export function evaluateDesign(input: unknown): EvaluateResponse {
  const parsed = DesignSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: zodToInputErrors(parsed.error) };
  return evaluateParsed(parsed.data);
}

function workloadOf(design: Design, errors: InputError[]): Workload | undefined {
  if (typeof design.workload !== 'string') return design.workload;
  const w = resolveWorkload(design.workload);
  if (!w) errors.push({ path: 'workload', message: `unknown workload "${design.workload}"` });
  return w;
}

/** Evaluates a design that already passed the schema. */
export function evaluateParsed(design: Design): EvaluateResponse {
  const errors: InputError[] = [];
  const workload = workloadOf(design, errors);
  const servers = design.serverTypes.map((t, i) => resolveServer(t, i, errors)).filter((s): s is ResolvedServer => s !== null);
  let sharedStorage;
  if (design.sharedStorage) {
    sharedStorage = resolveSharedStorage(design.sharedStorage.model);
    if (!sharedStorage) errors.push({ path: 'sharedStorage.model', message: `unknown shared storage "${design.sharedStorage.model}"` });
  }
  if (errors.length || !workload) return { ok: false, errors };

  const issues: Issue[] = [...servers.flatMap(checkServer), ...checkDesign(design, servers, workload)];
  const gpuServers = servers.filter((s) => s.gpus.length > 0);
  const totalGpus = gpuServers.reduce((s, sv) => s + sv.gpus.length * sv.type.count, 0);
  const totalNodes = gpuServers.reduce((s, sv) => s + sv.type.count, 0);
  const blocking = issues.filter((i) => i.severity === 'error' && ['no-gpu', 'needs-model-parallelism', 'no-path-to-cpu', 'no-network', 'no-shared-storage'].includes(i.code));
  if (blocking.length) return { ok: false, errors: blocking.map((i) => ({ path: i.path ?? '(design)', message: i.message })) };

  const globalBatch = design.run.globalBatch ?? workload.referenceBatchPerGpu * totalGpus;
  const batchPerGpu = globalBatch / totalGpus;
  const plans = gpuServers.map((s) => planPipeline(design, s, workload, totalNodes));
  const unfed = plans.flatMap((p, i) => (p.problem ? [{ path: `serverTypes[${gpuServers[i]!.typeIndex}]`, message: p.problem }] : []));
  if (unfed.length) return { ok: false, errors: unfed };
  const ctx: ThroughputContext = { design, workload, servers: gpuServers, plans, totalGpus, totalNodes, batchPerGpu, sharedStorage };
  const warm = serverThroughputs(ctx, (p) => p.warmMissFraction);
  const cold = serverThroughputs(ctx, (p) => p.coldMissFraction);
  // Synchronous data parallelism: every GPU waits for the slowest server type each step.
  const slowest = warm.reduce((a, b) => (b.perGpuRate < a.perGpuRate ? b : a));
  const perGpuRate = slowest.perGpuRate;
  const coldPerGpuRate = Math.min(...cold.map((c) => c.perGpuRate));
  const samplesPerSec = perGpuRate * totalGpus;
  const coldSamplesPerSec = coldPerGpuRate * totalGpus;

  const { busy, idle } = idleSplit(slowest, perGpuRate, batchPerGpu);
  const gpuName = slowest.server.gpus[0]!.gpu!.name;
  const bottleneck = explainBottleneck(slowest, idle, slowest.server.gpus.length, gpuName, busy);
  const resources = [
    ...warm.flatMap((t) => resourceUses(t, perGpuRate)),
    ...gpuServers.map((s) => ({
      id: `${s.type.id}/gpus`, label: `${s.gpus.length} x ${s.gpus[0]!.gpu!.name}`, kind: 'gpu' as const,
      load: busy, capacity: 1, unit: 'busy share', utilization: busy,
    })),
  ];

  const checkpointWriteSeconds = checkpointSeconds(design, gpuServers, workload, sharedStorage?.writeGBps);
  const time = timeToModel({ workload, run: design.run, globalBatch, coldSamplesPerSec, warmSamplesPerSec: samplesPerSec, nodes: totalNodes, checkpointWriteSeconds });

  const firstGpu = gpuServers[0]!.gpus[0]!.gpu!;
  const catalog = loadComponentCatalog();
  const cloudInstance = design.economics.cloudInstance
    ? resolveCloudInstance(design.economics.cloudInstance)
    : catalog.cloud.find((c) => c.gpuId === firstGpu.id);
  let cloud;
  if (cloudInstance) {
    const cloudGpu = catalog.gpus.find((g) => g.id === cloudInstance.gpuId);
    const speed = (g: typeof firstGpu) => 1 / gpuSecondsPerSample(g, workload, design.run.precision, design.run.software).totalSeconds;
    cloud = { instance: cloudInstance, speedRatio: cloudGpu ? speed(firstGpu) / speed(cloudGpu) : 1 };
  } else if (design.economics.cloudInstance) {
    issues.push({ severity: 'warning', code: 'unknown-cloud-instance', message: `Unknown cloud instance "${design.economics.cloudInstance}": no cloud comparison.`, path: 'economics.cloudInstance' });
  }
  const cost = costOf({ design, servers, sharedStorage, samplesPerSec, timeToModelSeconds: time.totalSeconds, cloud, totalGpus });
  issues.push(...priceNeededIssues(cost.bom, servers));

  const assumptions = [
    ...new Set(plans.flatMap((p) => p.notes)),
    `data source: ${[...new Set(plans.map((p) => p.source))].join(', ')}`,
    'GPU compute from peak FLOPS, HBM bandwidth and fitted efficiency terms (estimates; see the Model section of the README)',
    ...(cost.capexIncludesEstimates ? ['some prices are estimates'] : []),
    ...(cost.bomTotals.unpricedLines > 0 ? ['some parts have no price: the bill of materials leaves them out of its totals'] : []),
  ];
  const evaluation: Evaluation = {
    samplesPerSec, coldSamplesPerSec, stepSeconds: batchPerGpu / perGpuRate, globalBatch, gpus: totalGpus, nodes: totalNodes,
    gpuUtilization: busy, gpuIdle: idle, bottleneck, resources, time, cost, issues, assumptions,
  };
  return { ok: true, evaluation };
}

/** Seconds to write one checkpoint to shared storage, else to the first node's local drives. */
function checkpointSeconds(design: Design, servers: ResolvedServer[], workload: Workload, sharedWriteGBps?: number): number {
  if (design.sharedStorage && sharedWriteGBps) return workload.checkpointBytes / 1e9 / (sharedWriteGBps * design.sharedStorage.count);
  const drives = servers[0]?.drives ?? [];
  const writeGBps = drives.reduce((s, d) => s + (d.drive?.seqWriteGBps ?? 0), 0);
  return workload.checkpointBytes / 1e9 / (writeGBps > 0 ? writeGBps : 0.5);
}
