/**
 * Scheduling policies, each a pass the simulation runs after the events of an instant:
 * - `static-fifo`: gang scheduling in arrival order; the first job that does not fit blocks the rest.
 * - `static-priority-backfill`: highest priority first; when the head job does not fit it gets a reservation
 *   at the time enough GPUs free up (the "shadow time"), and later jobs run now only if they end before it or
 *   fit in the GPUs left over at it (EASY backfilling, Lifka 1995; Mu'alem & Feitelson, IEEE TPDS 2001).
 * - `elastic`: priority and share; an elastic job starts at its minimum, grows into idle servers (borrowing
 *   beyond its tenant's share) and gives servers back when a job of higher priority, or of a tenant further
 *   below its share, needs them; lower-priority elastic jobs can be suspended whole. Static jobs keep their
 *   geometry for life and are never taken from (the elastic training article's rules).
 */
import { heldGpus, type SimJob } from './jobs';
import type { Simulation } from './simulate';
import type { PolicyKind } from './scenarioSchema';

/** One scheduling pass. */
export type Scheduler = (sim: Simulation) => void;

const byArrival = (a: SimJob, b: SimJob) => a.arrivalS - b.arrivalS || a.index - b.index;

/** GPUs a job asks for when it starts under the current policy. */
function startGpus(sim: Simulation, job: SimJob): number {
  return job.flexible ? job.cls.elasticServers!.min * sim.state.gpusPerServer : job.cls.spec.gpus;
}

/** Seconds a job would run at `gpus` from now (the scheduler's estimate, inside one leaf). */
function estimatedRunS(sim: Simulation, job: SimJob, gpus: number): number {
  const speed = job.cls.speed;
  if (!speed) return job.remaining + job.startOverheadS;
  const gps = sim.state.gpusPerServer;
  const rate = gpus < gps ? (speed.at(1, false).samplesPerSec * gpus) / gps : speed.at(gpus / gps, false).samplesPerSec;
  return job.remaining / rate + job.startOverheadS;
}

function estimatedEndS(sim: Simulation, job: SimJob): number {
  return Math.max(sim.nowS, job.pausedUntilS) + job.remaining / job.rate;
}

const staticFifo: Scheduler = (sim) => {
  for (const job of sim.queued().sort(byArrival)) {
    const gpus = startGpus(sim, job);
    if (!sim.state.fits(gpus)) return;
    sim.start(job, gpus);
  }
};

const byPriority = (a: SimJob, b: SimJob) => b.priority - a.priority || byArrival(a, b);

const priorityBackfill: Scheduler = (sim) => {
  const queue = sim.queued().sort(byPriority);
  const gps = sim.state.gpusPerServer;
  let i = 0;
  for (; i < queue.length; i++) {
    const gpus = startGpus(sim, queue[i]!);
    if (!sim.state.fits(gpus)) break;
    sim.start(queue[i]!, gpus);
  }
  const head = queue[i];
  if (!head) return;
  // Shadow time: when the running jobs that end first have freed enough whole servers for the head job.
  const needServers = Math.max(1, startGpus(sim, head) / gps);
  let freeServers = sim.state.emptyServers;
  let shadowS = Infinity;
  for (const job of sim.running().sort((a, b) => estimatedEndS(sim, a) - estimatedEndS(sim, b))) {
    if (freeServers >= needServers) break;
    freeServers += heldGpus(job) / gps;
    shadowS = estimatedEndS(sim, job);
  }
  let extraServers = Math.floor(freeServers - needServers);
  for (const job of queue.slice(i + 1)) {
    const gpus = startGpus(sim, job);
    if (!sim.state.fits(gpus)) continue;
    const servers = Math.max(1, gpus / gps);
    if (sim.nowS + estimatedRunS(sim, job, gpus) <= shadowS) sim.start(job, gpus);
    else if (servers <= extraServers) {
      extraServers -= servers;
      sim.start(job, gpus);
    }
  }
};

/** GPUs each tenant holds now and the GPUs its share entitles it to. */
function tenantLedger(sim: Simulation): { usage: number[]; entitled: number[] } {
  const tenants = sim.resolved.tenants;
  const usage = tenants.map(() => 0);
  for (const job of sim.running()) usage[job.tenant]! += heldGpus(job);
  const up = sim.state.upGpus;
  return { usage, entitled: tenants.map((t) => Math.max(1e-9, t.share * up)) };
}

/** Servers to take from running elastic jobs so that `job` (asking for `gpus`) fits, or null if it cannot. */
function reclaimPlan(sim: Simulation, flexRunning: readonly SimJob[], job: SimJob, gpus: number, reserved: number, usage: number[], entitled: number[]) {
  const gps = sim.state.gpusPerServer;
  let needServers = gpus > gps ? gpus / gps - Math.max(0, sim.state.emptyServers - reserved) : 1;
  const planned = [...usage];
  planned[job.tenant]! += gpus;
  const ratio = (t: number) => planned[t]! / entitled[t]!;
  const victims = flexRunning
    .filter((v) => v.phase === 'running' && v.priority <= job.priority && v !== job)
    .sort((a, b) => a.priority - b.priority || ratio(b.tenant) - ratio(a.tenant) || byArrival(b, a));
  const shrinks: Array<[SimJob, number]> = [];
  const suspends: SimJob[] = [];
  for (const v of victims) {
    if (needServers <= 0) break;
    let take = 0;
    const surplus = v.servers.length - v.cls.elasticServers!.min;
    // A borrowed server goes back to a job of higher priority, or to a tenant that stays further below its share.
    while (take < surplus && needServers > 0 && (v.priority < job.priority || (v.tenant !== job.tenant && (planned[v.tenant]! - gps) / entitled[v.tenant]! >= ratio(job.tenant)))) {
      take++;
      needServers--;
      planned[v.tenant]! -= gps;
    }
    if (needServers > 0 && v.priority < job.priority) {
      suspends.push(v);
      needServers -= v.servers.length - take;
      planned[v.tenant]! -= (v.servers.length - take) * gps;
    } else if (take > 0) shrinks.push([v, take]);
  }
  return needServers > 0 ? null : { shrinks, suspends };
}

const elastic: Scheduler = (sim) => {
  const gps = sim.state.gpusPerServer;
  const { usage, entitled } = tenantLedger(sim);
  const ratio = (t: number) => usage[t]! / entitled[t]!;
  const queue = sim.queued().sort((a, b) => b.priority - a.priority || ratio(a.tenant) - ratio(b.tenant) || byArrival(a, b));
  let reserved = 0;
  const flexRunning = sim.running().filter((j) => j.flexible);
  // A plan that failed for a tenant and priority fails for any larger ask of theirs until some plan succeeds.
  const failedAsk = new Map<string, number>();
  for (const job of queue) {
    const gpus = startGpus(sim, job);
    if (!sim.state.fits(gpus, reserved)) {
      const key = `${job.tenant}:${job.priority}`;
      const plan = gpus >= (failedAsk.get(key) ?? Infinity) ? null : reclaimPlan(sim, flexRunning, job, gpus, reserved, usage, entitled);
      if (!plan) {
        failedAsk.set(key, Math.min(gpus, failedAsk.get(key) ?? Infinity));
        // The first job that cannot start keeps the empty servers it will need, so growth cannot starve it.
        if (reserved === 0) reserved = Math.min(sim.state.emptyServers, Math.max(1, gpus / gps));
        continue;
      }
      for (const [v, n] of plan.shrinks) {
        sim.shrink(v, n);
        usage[v.tenant]! -= n * gps;
      }
      for (const v of plan.suspends) {
        usage[v.tenant]! -= heldGpus(v);
        sim.preempt(v);
      }
      failedAsk.clear();
      if (!sim.state.fits(gpus, reserved)) continue;
    }
    sim.start(job, gpus);
    usage[job.tenant]! += gpus;
  }
  // Idle servers go to the elastic jobs below their maximum, the tenant furthest below its share first.
  let available = sim.state.emptyServers - reserved;
  if (available <= 0) return;
  const growing = sim.running().filter((j) => j.flexible && j.servers.length < j.cls.elasticServers!.max);
  const adds = new Map<SimJob, number>();
  while (available > 0) {
    let best: SimJob | undefined;
    for (const j of growing) {
      if (j.servers.length + (adds.get(j) ?? 0) >= j.cls.elasticServers!.max) continue;
      if (!best || ratio(j.tenant) < ratio(best.tenant) || (ratio(j.tenant) === ratio(best.tenant) && (j.priority > best.priority || (j.priority === best.priority && byArrival(j, best) < 0)))) best = j;
    }
    if (!best) break;
    adds.set(best, (adds.get(best) ?? 0) + 1);
    usage[best.tenant]! += gps;
    available--;
  }
  for (const [job, n] of adds) sim.grow(job, n);
};

/** The scheduler of each policy. */
export const POLICIES: Record<PolicyKind, Scheduler> = {
  'static-fifo': staticFifo,
  'static-priority-backfill': priorityBackfill,
  elastic,
};
