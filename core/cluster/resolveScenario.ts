/**
 * Reading a cluster scenario: schema validation, then the checks a schema cannot express (a job larger
 * than the cluster, an unknown tenant or workload, sizes that are not whole servers), each with its JSON
 * path; then the cluster shape and each training class's engine-backed speed.
 */
import type { InputError } from '../engineApi';
import { resolveWorkload, loadWorkloads } from '../catalog/workloads';
import { DesignSchema, type Design } from '../model/design';
import type { Workload } from '../model/workload';
import { loadProjectValue } from '../project/projectFile';
import { zodToInputErrors } from '../project/zodErrors';
import { designFromTemplate, findShippedTemplate } from '../templates';
import { ASSUMED } from '../engine/assumed';
import { clusterShape, type ClusterShape } from './clusterShape';
import { ClusterScenarioSchema, type ClusterScenario, type JobClass } from './scenarioSchema';
import { classSpeed, SpeedError, usdPerGpuHour, type ClassSpeed } from './speedTable';

/** A tenant with its share normalised so that all shares sum to 1. */
export interface ResolvedTenant {
  id: string;
  name: string;
  share: number;
}

/** A job class ready to simulate. */
export interface ResolvedClass {
  index: number;
  spec: JobClass;
  tenantIndex: number;
  /** Engine-backed speed (training classes only). */
  speed?: ClassSpeed;
  /** Elastic range in whole servers (training classes with `elastic` only). */
  elasticServers?: { min: number; max: number };
}

/** Restart, resize and failure parameters: the single-job model's own (design run settings and `ASSUMED`). */
export interface FaultModel {
  enabled: boolean;
  nodeMtbfHours: number;
  repairHours: number;
  /** Detect a failure and restart a static job, s (the design's `run.restartMinutes`). */
  restartSeconds: number;
  /** Re-rendezvous of an elastic job after it loses or gains a node, s. */
  elasticRejoinSeconds: number;
  /** Reading a checkpoint back, as a multiple of its write time. */
  checkpointReadFactor: number;
}

/** A validated scenario with everything the simulation needs. */
export interface ResolvedScenario {
  scenario: ClusterScenario;
  shape: ClusterShape;
  tenants: ResolvedTenant[];
  classes: ResolvedClass[];
  faults: FaultModel;
  usdPerGpuHour: number;
}

/** A resolved scenario, or every problem found, each with its JSON path. */
export type ResolveScenarioResult = { ok: true; resolved: ResolvedScenario } | { ok: false; errors: InputError[] };

/** Most job instances a scenario may generate (bounded memory and time). */
export const MAX_CLUSTER_JOBS = 20_000;

const n = (x: number) => x.toLocaleString('en-US');

function clusterDesign(scenario: ClusterScenario, errors: InputError[]): Design | undefined {
  const c = scenario.cluster;
  if (c.template !== undefined) {
    const template = findShippedTemplate(c.template);
    if (!template) {
      errors.push({ path: 'cluster.template', message: `unknown server template "${c.template}" (run "trainwright templates" for the list)` });
      return undefined;
    }
    const firstWorkload = scenario.jobs.find((j) => typeof j.workload === 'string')?.workload as string | undefined;
    return DesignSchema.parse(designFromTemplate(template, firstWorkload ?? 'resnet50-imagenet', c.servers ?? 1));
  }
  const raw = c.design;
  if (raw && typeof raw === 'object' && 'format' in raw) {
    const loaded = loadProjectValue(raw);
    if (!loaded.ok) {
      errors.push(...loaded.errors.map((e) => ({ path: `cluster.design.${e.path}`, message: e.message })));
      return undefined;
    }
    return loaded.project.design;
  }
  const parsed = DesignSchema.safeParse(raw);
  if (!parsed.success) {
    errors.push(...zodToInputErrors(parsed.error, 'cluster.design'));
    return undefined;
  }
  return parsed.data;
}

function duplicates(ids: string[], path: string, errors: InputError[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) errors.push({ path: `${path}[${i}].id`, message: `id "${id}" is used twice` });
    seen.add(id);
  });
}

function resolveClassWorkload(job: JobClass, path: string, errors: InputError[]): { workload: Workload; catalogId?: string } | undefined {
  if (job.workload === undefined) {
    errors.push({ path: `${path}.workload`, message: 'a training job needs a workload (a catalog id such as "resnet50-imagenet", or a workload object)' });
    return undefined;
  }
  if (typeof job.workload !== 'string') return { workload: job.workload };
  const w = resolveWorkload(job.workload);
  if (!w) {
    errors.push({ path: `${path}.workload`, message: `unknown workload "${job.workload}"; known workloads: ${loadWorkloads().map((x) => x.id).join(', ')}` });
    return undefined;
  }
  return { workload: w, catalogId: w.id };
}

/** Checks that make sense only against the cluster: sizes, servers, CPU pool. */
function checkSizes(job: JobClass, path: string, shape: ClusterShape, errors: InputError[]): void {
  const gps = shape.gpusPerServer;
  const whole = (gpus: number, where: string) => {
    if (gpus > shape.totalGpus) errors.push({ path: `${path}.${where}`, message: `asks for ${n(gpus)} GPUs; the cluster has ${n(shape.totalGpus)} (${n(shape.servers)} servers of ${gps})` });
    else if (gpus > gps && gpus % gps !== 0) errors.push({ path: `${path}.${where}`, message: `a job larger than one server takes whole servers: ask for a multiple of ${gps} GPUs, not ${n(gpus)}` });
  };
  if (job.kind === 'etl') {
    if (job.cpuCores === undefined) errors.push({ path: `${path}.cpuCores`, message: 'an ETL job needs "cpuCores", the CPU cores it holds' });
    else if (shape.etlCores === 0) errors.push({ path: 'cluster.cpuNodes', message: `ETL job class "${job.id}" needs CPU nodes: add "cpuNodes": { "count", "coresPerNode" } to the cluster` });
    else if (job.cpuCores > shape.etlCores) errors.push({ path: `${path}.cpuCores`, message: `asks for ${n(job.cpuCores)} CPU cores; the cluster's CPU nodes have ${n(shape.etlCores)}` });
    if (job.size.hours === undefined) errors.push({ path: `${path}.size.hours`, message: 'an ETL job needs "hours", how long it runs' });
    return;
  }
  if (job.gpus < 1) {
    errors.push({ path: `${path}.gpus`, message: 'a GPU job must ask for at least 1 GPU' });
    return;
  }
  whole(job.gpus, 'gpus');
  if (job.kind === 'interactive') {
    if (job.gpus > gps) errors.push({ path: `${path}.gpus`, message: `an interactive session runs on one server: at most ${gps} GPUs, not ${n(job.gpus)}` });
    if (job.size.hours === undefined) errors.push({ path: `${path}.size.hours`, message: 'an interactive session needs "hours", how long it holds its GPUs' });
    if (job.elastic) errors.push({ path: `${path}.elastic`, message: 'interactive sessions are not elastic; only training jobs can be' });
    return;
  }
  if (job.size.hours !== undefined) errors.push({ path: `${path}.size.hours`, message: 'a training job is sized in "epochs" or "samples" (or left to the workload\'s quality target), not hours' });
  const e = job.elastic;
  if (!e) return;
  if (e.minGpus > e.maxGpus) errors.push({ path: `${path}.elastic.minGpus`, message: `the minimum ${n(e.minGpus)} GPUs is above the maximum ${n(e.maxGpus)}` });
  for (const [key, gpus] of [['minGpus', e.minGpus], ['maxGpus', e.maxGpus]] as const) {
    if (gpus > shape.totalGpus) errors.push({ path: `${path}.elastic.${key}`, message: `asks for ${n(gpus)} GPUs; the cluster has ${n(shape.totalGpus)} (${n(shape.servers)} servers of ${gps})` });
    else if (gpus % gps !== 0) errors.push({ path: `${path}.elastic.${key}`, message: `an elastic job grows and shrinks by whole servers: give a multiple of ${gps} GPUs, not ${n(gpus)}` });
  }
  if (job.gpus < e.minGpus || job.gpus > e.maxGpus) errors.push({ path: `${path}.gpus`, message: `the static size ${n(job.gpus)} GPUs is outside the elastic range ${n(e.minGpus)}-${n(e.maxGpus)}` });
}

function jobCount(job: JobClass, horizonHours: number): number {
  const a = job.arrival;
  if (a.atHours) return a.atHours.filter((h) => h < horizonHours).length;
  const expected = (a.ratePerHour ?? 0) * Math.max(0, horizonHours - (a.startHour ?? 0));
  return Math.min(a.count ?? Infinity, Math.ceil(expected * 1.5 + 10));
}

/** Validates a scenario document and prices its job classes with the engine; never throws for bad input. */
export function resolveClusterScenario(input: unknown): ResolveScenarioResult {
  const parsed = ClusterScenarioSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: zodToInputErrors(parsed.error, '', 'The scenario') };
  const scenario = parsed.data;
  const errors: InputError[] = [];
  duplicates(scenario.tenants.map((t) => t.id), 'tenants', errors);
  duplicates(scenario.jobs.map((j) => j.id), 'jobs', errors);
  const design = clusterDesign(scenario, errors);
  if (!design) return { ok: false, errors };
  const cpu = scenario.cluster.cpuNodes;
  const shape = clusterShape(design, { serversPerLeaf: scenario.cluster.serversPerLeaf, oversubscription: scenario.cluster.oversubscription, etlCores: cpu ? cpu.count * cpu.coresPerNode : 0 });
  if (typeof shape === 'string') return { ok: false, errors: [...errors, { path: 'cluster', message: shape }] };

  const tenantIndex = new Map(scenario.tenants.map((t, i) => [t.id, i]));
  const shareSum = scenario.tenants.reduce((s, t) => s + t.sharePct, 0);
  const tenants = scenario.tenants.map((t) => ({ id: t.id, name: t.name ?? t.id, share: t.sharePct / shareSum }));

  let instances = 0;
  const classes: ResolvedClass[] = [];
  scenario.jobs.forEach((job, index) => {
    const path = `jobs[${index}]`;
    const ti = tenantIndex.get(job.tenant);
    if (ti === undefined) errors.push({ path: `${path}.tenant`, message: `unknown tenant "${job.tenant}"; the tenants are ${scenario.tenants.map((t) => `"${t.id}"`).join(', ')}` });
    const before = errors.length;
    checkSizes(job, path, shape, errors);
    instances += jobCount(job, scenario.horizonHours);
    const resolved: ResolvedClass = { index, spec: job, tenantIndex: ti ?? 0 };
    if (job.elastic) resolved.elasticServers = { min: job.elastic.minGpus / shape.gpusPerServer, max: job.elastic.maxGpus / shape.gpusPerServer };
    if (job.kind === 'training') {
      const w = resolveClassWorkload(job, path, errors);
      if (w && errors.length === before) {
        try {
          resolved.speed = classSpeed(shape, job, w.workload, w.catalogId);
          const sizes = [Math.max(1, job.gpus / shape.gpusPerServer), ...(resolved.elasticServers ? [resolved.elasticServers.min, resolved.elasticServers.max] : [])];
          for (const s of sizes) resolved.speed.at(Math.ceil(s), false);
        } catch (e) {
          if (!(e instanceof SpeedError)) throw e;
          errors.push({ path: e.path ? `${path}.${e.path}` : path, message: e.message });
        }
      }
    }
    classes.push(resolved);
  });
  if (instances > MAX_CLUSTER_JOBS) errors.push({ path: 'jobs', message: `the arrivals make about ${n(instances)} jobs; a scenario may have at most ${n(MAX_CLUSTER_JOBS)} (lower the rates, counts or horizon)` });
  if (errors.length > 0) return { ok: false, errors };

  const f = scenario.failures;
  const firstTraining = classes.find((c) => c.spec.kind === 'training')?.spec.workload;
  return {
    ok: true,
    resolved: {
      scenario, shape, tenants, classes,
      faults: {
        enabled: f.enabled,
        nodeMtbfHours: f.nodeMtbfHours ?? design.run.nodeMtbfHours,
        repairHours: f.repairHours ?? ASSUMED.repairHours.value,
        restartSeconds: design.run.restartMinutes * 60,
        elasticRejoinSeconds: ASSUMED.elasticRejoinSeconds.value,
        checkpointReadFactor: ASSUMED.checkpointReadFactor.value,
      },
      usdPerGpuHour: usdPerGpuHour(shape, firstTraining ?? design.workload),
    },
  };
}
