import type { EvaluateResponse, InputError } from '../engineApi';
import { DesignSchema, type Design } from '../model/design';
import type { Workload } from '../model/workload';
import { loadComponentCatalog, resolveCloudInstance, resolveSharedStorage } from '../catalog/components';
import { resolveWorkload } from '../catalog/workloads';
import { zodToInputErrors } from '../project/zodErrors';
import type { Bottleneck, Evaluation, Issue } from './result';
import type { ResolvedServer } from './resolved';
import { resolveServer } from './normalize';
import { planPipeline } from './pipeline';
import { achievedStepTerms, idleSplit, resourceUses, serverStepTerms, serverThroughput, throughputContext, type ServerThroughput, type ThroughputContext } from './throughput';
import { syncResources } from './sync';
import { DEFAULTS } from './params/defaults';
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
  const blocking = issues.filter((i) => i.severity === 'error' && ['no-gpu', 'needs-model-parallelism', 'no-path-to-cpu', 'no-network', 'no-shared-storage', 'link-endpoints', 'pcie-loop', 'pcie-multiply-plugged'].includes(i.code));
  if (blocking.length) return { ok: false, errors: blocking.map((i) => ({ path: i.path ?? '(design)', message: i.message })) };

  const globalBatch = design.run.globalBatch ?? workload.referenceBatchPerGpu * totalGpus;
  const batchPerGpu = globalBatch / totalGpus;
  const ctx = throughputContext(design, workload, gpuServers, totalGpus, totalNodes, batchPerGpu, sharedStorage);
  const fed = gpuServers.map((s) => feedServer(ctx, s));
  const unfed = fed.flatMap((f, i) => (f.problem ? [{ path: `serverTypes[${gpuServers[i]!.typeIndex}]`, message: f.problem }] : []));
  if (unfed.length) return { ok: false, errors: unfed };
  const warm = fed.map((f) => f.warm!);
  const cold = fed.map((f) => f.cold!);
  const plans = warm.map((w) => w.plan);
  // Synchronous data parallelism: every GPU waits for the slowest server type each step.
  const slowest = warm.reduce((a, b) => (b.perGpuRate < a.perGpuRate ? b : a));
  const coldSlowest = cold.reduce((a, b) => (b.perGpuRate < a.perGpuRate ? b : a));
  const perGpuRate = slowest.perGpuRate;
  const coldPerGpuRate = coldSlowest.perGpuRate;
  const samplesPerSec = perGpuRate * totalGpus;
  const coldSamplesPerSec = coldPerGpuRate * totalGpus;
  const stepSeconds = batchPerGpu / perGpuRate;

  const stepTerms = achievedStepTerms(slowest, perGpuRate, batchPerGpu);
  const { busy, idle } = idleSplit(stepTerms);
  const syncUses = gpuServers.flatMap((s, i) => syncResources(s, warm[i]!.terms, workload.gradientBytes, stepSeconds, totalNodes, ctx.slowestNodeGBps));
  const bottleneckOf = (t: typeof slowest, rate: number): Bottleneck => {
    const terms = t === slowest && rate === perGpuRate ? stepTerms : achievedStepTerms(t, rate, batchPerGpu);
    const split = idleSplit(terms);
    return explainBottleneck({
      t, terms, idle: split.idle, busy: split.busy, gpuName: t.server.gpus[0]!.gpu!.name, gpuResourceId: `${t.server.type.id}/gpus`,
      syncResourceId: busiest(syncUses.filter((u) => u.id.startsWith(`${t.server.type.id}/`)))?.id, prefetchDepth: design.run.prefetchDepth, multiNode: totalNodes > 1,
    });
  };
  const bottleneck = bottleneckOf(slowest, perGpuRate);
  const firstEpochBottleneck = bottleneckOf(coldSlowest, coldPerGpuRate);
  const resources = [
    ...warm.flatMap((t) => resourceUses(t, perGpuRate)),
    ...syncUses,
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
    samplesPerSec, coldSamplesPerSec, stepSeconds, globalBatch, gpus: totalGpus, nodes: totalNodes,
    gpuUtilization: busy, gpuIdle: idle, bottleneck, firstEpochBottleneck, stepTerms, resources, time, cost, issues, assumptions,
  };
  return { ok: true, evaluation };
}

/** Seconds to write one checkpoint to shared storage, else to the first node's local drives. */
function checkpointSeconds(design: Design, servers: ResolvedServer[], workload: Workload, sharedWriteGBps?: number): number {
  if (design.sharedStorage && sharedWriteGBps) return workload.checkpointBytes / 1e9 / (sharedWriteGBps * design.sharedStorage.count);
  const drives = servers[0]?.drives ?? [];
  const writeGBps = drives.reduce((s, d) => s + (d.drive?.seqWriteGBps ?? 0), 0);
  return workload.checkpointBytes / 1e9 / (writeGBps > 0 ? writeGBps : DEFAULTS.checkpointWriteGBps.value);
}

/**
 * Where one server type reads its data and how fast it is fed, warm and cold. An `auto` data location that
 * could read from local drives or from shared storage takes the faster (warm, then cold): more capacity of
 * either kind never slows the design.
 */
function feedServer(ctx: ThroughputContext, server: ResolvedServer): { warm?: ServerThroughput; cold?: ServerThroughput; problem?: string } {
  const { design, workload, totalNodes } = ctx;
  const terms = serverStepTerms(ctx, server);
  const first = planPipeline(design, server, workload, totalNodes);
  if (first.problem) return { problem: first.problem };
  const plans = [first];
  if (design.run.datasetLocation === 'auto' && first.source === 'local' && design.sharedStorage) {
    const shared = planPipeline(design, server, workload, totalNodes, 'shared');
    if (!shared.problem) plans.push(shared);
  }
  let best: { warm: ServerThroughput; cold: ServerThroughput } | undefined;
  for (const plan of plans) {
    const warm = serverThroughput(ctx, server, terms, plan, plan.warmMissFraction);
    const cold = serverThroughput(ctx, server, terms, plan, plan.coldMissFraction);
    if (!best || warm.perGpuRate > best.warm.perGpuRate || (warm.perGpuRate === best.warm.perGpuRate && cold.perGpuRate > best.cold.perGpuRate)) best = { warm, cold };
  }
  return best!;
}

/** The most utilised of some resources (the level of the all-reduce that binds). */
function busiest<T extends { utilization: number }>(xs: readonly T[]): T | undefined {
  return xs.reduce<T | undefined>((a, b) => (!a || b.utilization > a.utilization ? b : a), undefined);
}
