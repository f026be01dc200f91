/**
 * The discrete-event simulation of one policy on one scenario: arrivals, completions, node failures and
 * repairs on an agenda; after the events of each instant the policy decides who runs where. Jobs progress
 * at the engine's speed for their size and placement; deterministic for a seed.
 */
import { ClusterState, type Placement } from './clusterState';
import { EventQueue } from './eventQueue';
import { generateJobs, heldGpus, type SimJob } from './jobs';
import { POLICIES, type Scheduler } from './policies';
import { exponential, seededRandom } from './prng';
import type { ResolvedScenario } from './resolveScenario';
import type { PolicySpec } from './scenarioSchema';

type SimEvent =
  | { timeS: number; kind: 'arrival'; job: number }
  | { timeS: number; kind: 'finish'; job: number; version: number }
  | { timeS: number; kind: 'failure' }
  | { timeS: number; kind: 'repair'; server: number };

/** One point of the cluster's step function: from `timeS` on, `busyGpus` are held and `queued` GPU jobs wait. */
export interface ClusterSample {
  timeS: number;
  busyGpus: number;
  upGpus: number;
  queued: number;
}

/** Everything one policy's run produced (summarised by `summarizeRun`). */
export interface PolicyRun {
  spec: PolicySpec;
  jobs: SimJob[];
  samples: ClusterSample[];
  timeline: ClusterState['timeline'];
  failures: number;
  endS: number;
  /** True when the run stopped at the time cap with jobs unfinished. */
  capped: boolean;
}

/** Options of a run. */
export interface SimulateOptions {
  /** Keep the Gantt bars (the app wants them; the CLI and the bench do not). */
  recordTimeline?: boolean;
}

/** A policy's run stops this many horizons after the start even if jobs are left (they are reported unfinished). */
const TIME_CAP_HORIZONS = 20;

/** The running simulation; policies act on it through its methods. */
export class Simulation {
  readonly state: ClusterState;
  readonly jobs: SimJob[];
  nowS = 0;
  private readonly agenda = new EventQueue<SimEvent>();
  private readonly samples: ClusterSample[] = [];
  private etlFreeCores: number;
  private failures = 0;
  private readonly horizonS: number;
  private readonly elasticPolicy: boolean;
  /** GPU jobs by phase, and ETL jobs waiting (kept so that a pass never scans every job). */
  private readonly waiting = new Set<SimJob>();
  private readonly active = new Set<SimJob>();
  private readonly etlWaiting = new Set<SimJob>();

  constructor(readonly resolved: ResolvedScenario, readonly spec: PolicySpec, options: SimulateOptions) {
    const seed = resolved.scenario.seed;
    this.jobs = generateJobs(resolved, seededRandom(seed));
    const shape = resolved.shape;
    this.state = new ClusterState(shape.servers, shape.gpusPerServer, shape.serversPerLeaf, spec.placement as Placement, seededRandom(seed ^ 0x5bd1e995), options.recordTimeline ?? false);
    this.etlFreeCores = shape.etlCores;
    this.horizonS = resolved.scenario.horizonHours * 3600;
    this.elasticPolicy = spec.policy === 'elastic';
    for (const job of this.jobs) {
      job.flexible = this.elasticPolicy && job.cls.elasticServers !== undefined;
      this.agenda.push({ timeS: job.arrivalS, kind: 'arrival', job: job.index });
    }
  }

  /** GPU jobs waiting to start, in arrival order. */
  queued(): SimJob[] {
    return [...this.waiting];
  }

  /** GPU jobs holding GPUs. */
  running(): SimJob[] {
    return [...this.active];
  }

  /** Starts `job` on `gpus` GPUs placed by the policy's placement rule (call `state.fits` first). */
  start(job: SimJob, gpus: number): void {
    const alloc = this.state.choose(gpus);
    this.setPhase(job, 'running');
    job.gpusEach = alloc.gpusEach;
    job.servers = [];
    for (const s of alloc.servers) {
      this.state.take(s, job.index, alloc.gpusEach, this.nowS);
      job.servers.push(s);
    }
    job.firstStartS ??= this.nowS;
    job.lastS = this.nowS;
    job.pausedUntilS = this.nowS + job.startOverheadS;
    job.startOverheadS = 0;
    this.reprice(job);
  }

  /** Adds `count` empty servers to a running elastic job (it pauses to re-rendezvous). */
  grow(job: SimJob, count: number): void {
    this.advance(job);
    for (const s of this.state.chooseEmpty(count, job.servers)) {
      this.state.take(s, job.index, job.gpusEach, this.nowS);
      job.servers.push(s);
    }
    this.resized(job);
  }

  /** Takes `count` servers back from a running elastic job (the ones in the leaf it uses least). */
  shrink(job: SimJob, count: number): void {
    this.advance(job);
    for (let i = 0; i < count; i++) {
      const perLeaf = new Map<number, number>();
      for (const s of job.servers) perLeaf.set(this.state.servers[s]!.leaf, (perLeaf.get(this.state.servers[s]!.leaf) ?? 0) + 1);
      let pick = job.servers.length - 1;
      for (let k = job.servers.length - 1; k >= 0; k--) {
        if (perLeaf.get(this.state.servers[job.servers[k]!]!.leaf)! < perLeaf.get(this.state.servers[job.servers[pick]!]!.leaf)!) pick = k;
      }
      this.state.release(job.servers[pick]!, job.index, this.nowS);
      job.servers.splice(pick, 1);
    }
    this.resized(job);
  }

  /** Stops a running elastic job gracefully (checkpoint written, nothing lost) and puts it back in the queue. */
  preempt(job: SimJob): void {
    this.advance(job);
    this.releaseAll(job);
    job.preemptions++;
    job.startOverheadS = this.restartOverheadS(job);
  }

  /** Runs the scenario under the policy to the end (every job done, or the time cap). */
  run(scheduler: Scheduler): PolicyRun {
    const faults = this.resolved.faults;
    const servers = this.resolved.shape.servers;
    const failureMeanS = (faults.nodeMtbfHours * 3600) / servers;
    const failRandom = seededRandom(this.resolved.scenario.seed ^ 0x27d4eb2f);
    if (faults.enabled) this.agenda.push({ timeS: exponential(failRandom, failureMeanS), kind: 'failure' });
    const capS = this.horizonS * TIME_CAP_HORIZONS;
    let left = this.jobs.length;
    let capped = false;
    while (left > 0) {
      const t = this.agenda.peekTime();
      if (t === Infinity) break;
      if (t > capS) {
        capped = true;
        break;
      }
      this.nowS = t;
      while (this.agenda.peekTime() === t) {
        const ev = this.agenda.pop()!;
        if (ev.kind === 'arrival') this.arrive(this.jobs[ev.job]!);
        else if (ev.kind === 'finish') left -= this.finish(this.jobs[ev.job]!, ev.version);
        else if (ev.kind === 'failure') {
          this.fail(Math.floor(failRandom() * servers));
          this.agenda.push({ timeS: t + exponential(failRandom, failureMeanS), kind: 'failure' });
        } else this.state.repair(ev.server);
      }
      scheduler(this);
      this.startEtl();
      this.sample();
    }
    const endS = this.nowS;
    for (const job of this.jobs) if (job.phase === 'running') this.advance(job);
    this.state.closeAll(endS);
    return { spec: this.spec, jobs: this.jobs, samples: this.samples, timeline: this.state.timeline, failures: this.failures, endS, capped };
  }

  private arrive(job: SimJob): void {
    this.setPhase(job, 'queued');
  }

  private setPhase(job: SimJob, phase: SimJob['phase']): void {
    const etl = job.cls.spec.kind === 'etl';
    this.waiting.delete(job);
    this.active.delete(job);
    this.etlWaiting.delete(job);
    if (phase === 'queued') (etl ? this.etlWaiting : this.waiting).add(job);
    else if (phase === 'running' && !etl) this.active.add(job);
    job.phase = phase;
  }

  /** Returns 1 when the job completed. */
  private finish(job: SimJob, version: number): number {
    if (job.version !== version || job.phase !== 'running') return 0;
    this.advance(job);
    // Rounding can leave a sliver of work; one that would end within a millisecond is done (no event at the same instant again).
    if (job.remaining > job.work * 1e-9 && job.remaining / job.rate > 1e-3) {
      this.reprice(job);
      return 0;
    }
    job.remaining = 0;
    this.releaseAll(job);
    this.setPhase(job, 'done');
    if (job.cores > 0) {
      this.etlFreeCores += job.cores;
      job.cores = 0;
    }
    job.endS = this.nowS;
    return 1;
  }

  private fail(s: number): void {
    if (!this.state.servers[s]!.up) return;
    this.failures++;
    const hit = this.state.fail(s);
    this.agenda.push({ timeS: this.nowS + this.resolved.faults.repairHours * 3600, kind: 'repair', server: s });
    for (const index of hit) {
      const job = this.jobs[index]!;
      this.advance(job);
      const min = job.cls.elasticServers?.min ?? Infinity;
      if (job.flexible && job.servers.length - 1 >= min) {
        // Elastic: continue on the survivors after a re-rendezvous (seed 003; TorchElastic).
        this.state.release(s, job.index, this.nowS);
        job.servers = job.servers.filter((x) => x !== s);
        this.resized(job);
        continue;
      }
      // Static (or below its minimum): restart from the last checkpoint; the work since then is lost.
      job.remaining = Math.min(job.work, job.remaining + job.rate * job.sinceCheckpointS);
      job.sinceCheckpointS = 0;
      job.restarts++;
      this.releaseAll(job);
      job.startOverheadS = this.restartOverheadS(job);
    }
  }

  private restartOverheadS(job: SimJob): number {
    const f = this.resolved.faults;
    const read = job.speed ? job.speed.checkpointWriteSeconds * f.checkpointReadFactor : 0;
    return f.restartSeconds + read;
  }

  private releaseAll(job: SimJob): void {
    for (const s of job.servers) this.state.release(s, job.index, this.nowS);
    job.servers = [];
    job.gpusEach = 0;
    job.rate = 0;
    this.setPhase(job, 'queued');
    job.version++;
  }

  private resized(job: SimJob): void {
    job.resizes++;
    job.pausedUntilS = Math.max(job.pausedUntilS, this.nowS + this.resolved.faults.elasticRejoinSeconds);
    this.reprice(job);
  }

  /** Speed at the current size and placement, and the completion event that follows from it. */
  private reprice(job: SimJob): void {
    const spec = job.cls.spec;
    const gps = this.state.gpusPerServer;
    if (spec.kind === 'training') {
      const speed = job.cls.speed!;
      if (job.gpusEach < gps) {
        // Part of one server: the whole server's per-GPU speed (the engine models whole servers; NVLink inside).
        job.speed = speed.at(1, false);
        job.rate = (job.speed.samplesPerSec * job.gpusEach) / gps;
      } else {
        job.speed = speed.at(job.servers.length, this.state.leavesOf(job.servers) > 1);
        job.rate = job.speed.samplesPerSec;
      }
    } else job.rate = 1;
    job.version++;
    const startS = Math.max(this.nowS, job.pausedUntilS);
    this.agenda.push({ timeS: startS + job.remaining / job.rate, kind: 'finish', job: job.index, version: job.version });
  }

  /** Brings a running job's progress, GPU-seconds and checkpoint clock up to now. */
  private advance(job: SimJob): void {
    const t = this.nowS;
    const held = job.cls.spec.kind === 'etl' ? 0 : heldGpus(job);
    const dtHeld = t - job.lastS;
    job.gpuSeconds += held * dtHeld;
    job.gpuSecondsInHorizon += held * Math.max(0, Math.min(t, this.horizonS) - Math.min(job.lastS, this.horizonS));
    job.runSeconds += dtHeld;
    const dt = Math.max(0, t - Math.max(job.lastS, job.pausedUntilS));
    job.remaining = Math.max(0, job.remaining - job.rate * dt);
    const interval = job.speed?.checkpointIntervalSeconds ?? 0;
    const checkpoints = (job.speed?.checkpointWriteSeconds ?? 0) > 0 && interval > 0;
    job.sinceCheckpointS = checkpoints ? (job.sinceCheckpointS + dt) % interval : job.sinceCheckpointS + dt;
    job.lastS = t;
  }

  private startEtl(): void {
    for (const job of this.etlWaiting) {
      const cores = job.cls.spec.cpuCores!;
      if (cores > this.etlFreeCores) continue;
      this.etlFreeCores -= cores;
      job.cores = cores;
      this.setPhase(job, 'running');
      job.firstStartS ??= this.nowS;
      job.lastS = this.nowS;
      job.rate = 1;
      job.version++;
      this.agenda.push({ timeS: this.nowS + job.remaining, kind: 'finish', job: job.index, version: job.version });
    }
  }

  private sample(): void {
    let busy = 0;
    for (const j of this.active) busy += heldGpus(j);
    const point = { timeS: this.nowS, busyGpus: busy, upGpus: this.state.upGpus, queued: this.waiting.size };
    const last = this.samples[this.samples.length - 1];
    if (last && last.timeS === this.nowS) this.samples[this.samples.length - 1] = point;
    else this.samples.push(point);
  }
}

/** Runs one policy on a resolved scenario. */
export function simulatePolicy(resolved: ResolvedScenario, spec: PolicySpec, options: SimulateOptions = {}): PolicyRun {
  return new Simulation(resolved, spec, options).run(POLICIES[spec.policy]);
}
