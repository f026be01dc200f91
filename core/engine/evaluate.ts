import type { EvaluateResponse, InputError } from '../engineApi';
import { acceleratorUtilization } from '../storage/au';
import { resolveStorageUse, unitWriteGBps } from '../storage/unit';
import { DesignSchema, type Design } from '../model/design';
import type { Workload } from '../model/workload';
import { loadComponentCatalog, resolveCloudInstance } from '../catalog/components';
import { resolveWorkload } from '../catalog/workloads';
import { zodToInputErrors } from '../project/zodErrors';
import type { Bottleneck, Evaluation, Issue } from './result';
import type { ResolvedServer } from './resolved';
import { resolveServer } from './normalize';
import { planPipeline } from './pipeline';
import { achievedStepTerms, idleSplit, resourceUses, serverStepTerms, serverThroughput, throughputContext, type ServerThroughput, type ThroughputContext } from './throughput';
import { syncResources } from './sync';
import { calibrationDesign, solveComputeScale, type CalibrationResult } from './calibrate';
import { timeToModel } from './timeToModel';
import { checkpointPlan } from './checkpoint';
import { costOf } from './cost';
import { priceNeededIssues } from './bom';
import { checkDesign, checkServer } from './checks';
import { bindingCause, explainBottleneck } from './bottleneck';
import { gpuSecondsPerSample } from './compute';
import { llmEvaluation } from './llmEvaluation';
import { guardFinite } from './finiteGuard';
import { evaluationUncertainty } from './uncertainty';
import { evaluationCostFraction } from './evaluationCost';

/** Validates a design document and evaluates it. Never throws on bad input: errors carry JSON paths. */
export function evaluateDesign(input: unknown): EvaluateResponse {
  const parsed = DesignSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: zodToInputErrors(parsed.error) };
  const calibrated = applyCalibration(parsed.data);
  if (!calibrated.ok) return calibrated;
  const res = evaluateParsed(calibrated.design);
  if (res.ok) {
    const uncertainty = evaluationUncertainty(calibrated.design, res.evaluation);
    if (uncertainty) res.evaluation.uncertainty = uncertainty;
  }
  if (res.ok && calibrated.calibration) {
    const c = calibrated.calibration;
    res.evaluation.calibration = c;
    res.evaluation.assumptions.push(
      `calibrated to your measurement: ${Math.round(c.measuredSamplesPerSec).toLocaleString('en-US')} samples/s measured where the model predicted ${Math.round(c.uncalibratedSamplesPerSec).toLocaleString('en-US')}; GPU compute time x${c.computeScale.toFixed(3)}${c.clamped ? ' (at its bound: the gap is not only compute)' : ''}`,
    );
  }
  return res;
}

/**
 * A design with its `calibration` turned into a compute correction (`run.computeScale`), so that every
 * what-if evaluated from it (other counts, storage, network) carries the user's measurement. Designs
 * without a calibration come back unchanged.
 */
export function applyCalibration(design: Design): { ok: true; design: Design; calibration?: CalibrationResult } | { ok: false; errors: InputError[] } {
  if (!design.calibration) return { ok: true, design };
  const measured = calibrationDesign(design, design.calibration);
  if ('path' in measured) return { ok: false, errors: [measured] };
  const solved = solveComputeScale(measured, design.calibration.measuredSamplesPerSec, (d) => {
    const r = evaluateParsed(d);
    return r.ok ? r.evaluation.samplesPerSec : r.errors.map((e) => ({ path: 'calibration', message: `the measured run cannot be evaluated: ${e.path}: ${e.message}` }));
  });
  if (Array.isArray(solved)) return { ok: false, errors: solved };
  return { ok: true, design: { ...design, run: { ...design.run, computeScale: solved.computeScale } }, calibration: solved };
}

function workloadOf(design: Design, errors: InputError[]): Workload | undefined {
  if (typeof design.workload !== 'string') return design.workload;
  const w = resolveWorkload(design.workload);
  if (!w) errors.push({ path: 'workload', message: `unknown workload "${design.workload}"` });
  return w;
}

/** Evaluates a design that already passed the schema. */
export function evaluateParsed(design: Design): EvaluateResponse {
  const op = operate(design);
  // An answer that is not a finite, plausible number is an error naming the input responsible.
  return op.ok ? guardFinite(design, describe(op)) : op;
}

/** The figures of one node-sweep point: what `evaluateParsed` gives, without the parts a sweep does not show. */
export interface OperatingPoint {
  samplesPerSec: number;
  globalBatch: number;
  gpus: number;
  nodes: number;
  timeToModelSeconds: number;
  usdPerTrainedModel: number;
  usdPerImage: number;
  bottleneck: Bottleneck['cause'];
}

/**
 * The throughput, time, cost and binding cause of a design that already passed the schema, with the same
 * numbers as `evaluateParsed` but without the resources table, sentences, first-epoch bottleneck, cloud
 * comparison, price warnings and assumptions (a node sweep evaluates hundreds of points and shows none of them).
 */
export function evaluateOperatingPoint(design: Design): { ok: true; point: OperatingPoint } | { ok: false; errors: InputError[] } {
  const op = operate(design);
  if (!op.ok) return op;
  const { sharedStorage, totalGpus, samplesPerSec, time } = op;
  const cost = costOf({ design, servers: op.servers, sharedStorage, samplesPerSec, timeToModelSeconds: time.totalSeconds, cloud: undefined, totalGpus, withoutLines: true });
  return {
    ok: true,
    point: {
      samplesPerSec, globalBatch: op.globalBatch, gpus: totalGpus, nodes: op.totalNodes, timeToModelSeconds: time.totalSeconds,
      usdPerTrainedModel: cost.usdPerTrainedModel, usdPerImage: cost.usdPerImage, bottleneck: bindingCause(op.slowest, op.idle).cause,
    },
  };
}

/** Check errors that leave nothing to evaluate (the others are findings shown with the answer). */
const BLOCKING_CODES: ReadonlySet<string> = new Set(['no-gpu', 'needs-model-parallelism', 'no-path-to-cpu', 'no-network', 'no-shared-storage', 'link-endpoints', 'pcie-loop', 'pcie-multiply-plugged']);
const isBlocking = (i: Issue): boolean => i.severity === 'error' && BLOCKING_CODES.has(i.code);

/** A design taken through resolution, checks, the step terms, throughput and time to model. */
type Operated = Exclude<ReturnType<typeof operate>, { ok: false }>;

// Resolve, check, feed each server type, sum the step terms, time to model: everything both answers need.
function operate(design: Design) {
  const errors: InputError[] = [];
  const workload = workloadOf(design, errors);
  // Loops rather than chains of map, filter and flatMap copies: a node sweep runs all of this at every point.
  const servers: ResolvedServer[] = [];
  for (let i = 0; i < design.serverTypes.length; i++) {
    const s = resolveServer(design.serverTypes[i]!, i, errors);
    if (s) servers.push(s);
  }
  let sharedStorage;
  let storageNotes: string[] = [];
  if (design.sharedStorage) {
    // The catalog unit and the user's own system enter here, the one way both are read.
    const resolved = resolveStorageUse(design.sharedStorage);
    if (resolved.ok) ({ unit: sharedStorage, notes: storageNotes } = resolved);
    else errors.push(resolved.error);
  }
  if (errors.length || !workload) return { ok: false as const, errors };

  const issues: Issue[] = [];
  for (const s of servers) for (const i of checkServer(s)) issues.push(i);
  for (const i of checkDesign(design, servers, workload)) issues.push(i);
  const gpuServers: ResolvedServer[] = [];
  let totalGpus = 0;
  let totalNodes = 0;
  for (const s of servers) {
    if (s.gpus.length === 0) continue;
    gpuServers.push(s);
    totalGpus += s.gpus.length * s.type.count;
    totalNodes += s.type.count;
  }
  if (issues.some(isBlocking)) return { ok: false as const, errors: issues.filter(isBlocking).map((i): InputError => ({ path: i.path ?? '(design)', message: i.message })) };

  const globalBatch = design.run.globalBatch ?? workload.referenceBatchPerGpu * totalGpus;
  const batchPerGpu = globalBatch / totalGpus;
  const ctx = throughputContext(design, workload, gpuServers, totalGpus, totalNodes, batchPerGpu, sharedStorage);
  const warm: ServerThroughput[] = [];
  const cold: ServerThroughput[] = [];
  const unfed: InputError[] = [];
  for (const s of gpuServers) {
    const f = feedServer(ctx, s);
    if (f.problem) unfed.push({ path: `serverTypes[${s.typeIndex}]`, message: f.problem });
    else {
      warm.push(f.warm!);
      cold.push(f.cold!);
    }
  }
  if (unfed.length) return { ok: false as const, errors: unfed };
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
  // Checkpoints are written at the storage system's modelled write bandwidth (erasure coding and all).
  const checkpoint = checkpointPlan(design, gpuServers, workload, totalGpus, sharedStorage ? unitWriteGBps(sharedStorage) : undefined);
  const evalCostFraction = evaluationCostFraction(design, workload, slowest.server, totalGpus, totalNodes, globalBatch);
  const time = timeToModel({ workload, run: design.run, globalBatch, coldSamplesPerSec, warmSamplesPerSec: samplesPerSec, nodes: totalNodes, checkpoint, evalCostFraction });
  return {
    ok: true as const, design, workload, servers, gpuServers, sharedStorage, storageNotes, issues, totalGpus, totalNodes, globalBatch, batchPerGpu, ctx, warm, cold, plans,
    slowest, coldSlowest, perGpuRate, coldPerGpuRate, samplesPerSec, coldSamplesPerSec, stepSeconds, stepTerms, busy, idle, time,
  };
}

/** The bottleneck of server type `t` at per-GPU rate `rate` (the sentence names `syncResourceId` when the sync binds). */
function bottleneckOf(op: Operated, t: ServerThroughput, rate: number, syncResourceId: string | undefined): Bottleneck {
  const terms = t === op.slowest && rate === op.perGpuRate ? op.stepTerms : achievedStepTerms(t, rate, op.batchPerGpu);
  const split = idleSplit(terms);
  return explainBottleneck({
    t, terms, idle: split.idle, busy: split.busy, gpuName: t.server.gpus[0]!.gpu!.name, gpuResourceId: `${t.server.type.id}/gpus`,
    syncResourceId, prefetchDepth: op.design.run.prefetchDepth, multiNode: op.totalNodes > 1,
  });
}

// The full answer: bottleneck sentences, resources table, cloud comparison, price warnings, cost, assumptions.
function describe(op: Operated): Evaluation {
  const { design, workload, servers, gpuServers, sharedStorage, storageNotes, issues, totalGpus, totalNodes, globalBatch, ctx, warm, plans, slowest, coldSlowest } = op;
  const { perGpuRate, coldPerGpuRate, samplesPerSec, coldSamplesPerSec, stepSeconds, stepTerms, busy, idle, time } = op;
  const syncUses = gpuServers.flatMap((s, i) => syncResources(s, warm[i]!.terms, workload.gradientBytes, stepSeconds, totalNodes, ctx.slowestNodeGBps));
  const syncResourceOf = (t: ServerThroughput) => busiest(syncUses.filter((u) => u.id.startsWith(`${t.server.type.id}/`)))?.id;
  const bottleneck = bottleneckOf(op, slowest, perGpuRate, syncResourceOf(slowest));
  const firstEpochBottleneck = bottleneckOf(op, coldSlowest, coldPerGpuRate, syncResourceOf(coldSlowest));
  const resources = [
    ...warm.flatMap((t) => resourceUses(t, perGpuRate)),
    ...syncUses,
    ...gpuServers.map((s) => ({
      id: `${s.type.id}/gpus`, label: `${s.gpus.length} x ${s.gpus[0]!.gpu!.name}`, kind: 'gpu' as const,
      load: busy, capacity: 1, unit: 'busy share', utilization: busy,
    })),
  ];

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
    ...storageNotes,
    `data source: ${[...new Set(plans.map((p) => p.source))].join(', ')}`,
    'GPU compute from peak FLOPS, HBM bandwidth and fitted efficiency terms (estimates; see the Model section of the README)',
    ...(cost.capexIncludesEstimates ? ['some prices are estimates'] : []),
    ...(cost.bomTotals.unpricedLines > 0 ? ['some parts have no price: the bill of materials leaves them out of its totals'] : []),
  ];
  return {
    samplesPerSec, coldSamplesPerSec, stepSeconds, globalBatch, gpus: totalGpus, nodes: totalNodes,
    // The answer's own copies: the terms are the server's (and a transformer's come from a memoised layout plan).
    gpuUtilization: busy, gpuIdle: idle, acceleratorUtilization: acceleratorUtilization(idle), bottleneck, firstEpochBottleneck, stepTerms: stepTerms.map((x) => ({ ...x })), resources, time, cost, issues, assumptions,
    llm: llmEvaluation(design, workload, slowest.server, totalGpus, totalNodes, globalBatch, samplesPerSec, cost.ownershipUsdPerHour),
  };
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
    // Often the same state (synthetic data, a dataset staged in RAM, or one that never fits the page cache).
    const cold = plan.coldMissFraction === plan.warmMissFraction ? warm : serverThroughput(ctx, server, terms, plan, plan.coldMissFraction);
    if (!best || warm.perGpuRate > best.warm.perGpuRate || (warm.perGpuRate === best.warm.perGpuRate && cold.perGpuRate > best.cold.perGpuRate)) best = { warm, cold };
  }
  return best!;
}

/** The most utilised of some resources (the level of the all-reduce that binds). */
function busiest<T extends { utilization: number }>(xs: readonly T[]): T | undefined {
  return xs.reduce<T | undefined>((a, b) => (!a || b.utilization > a.utilization ? b : a), undefined);
}
