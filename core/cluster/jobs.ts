/** The job instances a scenario's workload mix generates, and the running state the simulation keeps for each. */
import { exponential, type Random } from './prng';
import type { ResolvedClass, ResolvedScenario } from './resolveScenario';
import type { SizeSpeed } from './speedTable';

/** Where a job is in its life. */
export type JobPhase = 'future' | 'queued' | 'running' | 'done';

/** One job of the simulation. */
export interface SimJob {
  index: number;
  /** `class#n`, e.g. `bert-tuning#3`. */
  id: string;
  cls: ResolvedClass;
  tenant: number;
  priority: number;
  arrivalS: number;
  /** Samples to process (training) or seconds to hold resources (sessions, ETL). */
  work: number;
  remaining: number;
  phase: JobPhase;
  /** Servers held, and GPUs on each (whole servers for multi-server jobs). */
  servers: number[];
  gpusEach: number;
  /** CPU cores held (ETL). */
  cores: number;
  /** Whether this job flexes between its elastic minimum and maximum under the current policy. */
  flexible: boolean;
  /** Work units per second at the current size and placement (0 while it holds nothing). */
  rate: number;
  speed: SizeSpeed | undefined;
  /** No progress before this time (restart, checkpoint reload, elastic re-rendezvous), s. */
  pausedUntilS: number;
  lastS: number;
  /** Running seconds since the last checkpoint. */
  sinceCheckpointS: number;
  /** Overhead to pay when it next starts (restart and checkpoint read), s. */
  startOverheadS: number;
  firstStartS: number | undefined;
  endS: number | undefined;
  gpuSeconds: number;
  /** GPU-seconds held within the arrival horizon (for shares). */
  gpuSecondsInHorizon: number;
  runSeconds: number;
  restarts: number;
  preemptions: number;
  resizes: number;
  /** Bumped on every change, so a stale completion event is ignored. */
  version: number;
}

/** GPUs a job holds now. */
export function heldGpus(job: SimJob): number {
  return job.servers.length * job.gpusEach;
}

function arrivalTimesS(cls: ResolvedClass, horizonHours: number, random: Random): number[] {
  const a = cls.spec.arrival;
  const limitS = horizonHours * 3600;
  if (a.atHours) return a.atHours.map((h) => h * 3600).filter((t) => t < limitS);
  const times: number[] = [];
  const meanGapS = 3600 / a.ratePerHour!;
  let t = (a.startHour ?? 0) * 3600;
  const count = a.count ?? Infinity;
  for (;;) {
    t += exponential(random, meanGapS);
    if (t >= limitS || times.length >= count) return times;
    times.push(t);
  }
}

/** Every job of the scenario, ordered by arrival (ties by class order); the same for every policy. */
export function generateJobs(resolved: ResolvedScenario, random: Random): SimJob[] {
  const out: Array<Omit<SimJob, 'index'>> = [];
  for (const cls of resolved.classes) {
    const times = arrivalTimesS(cls, resolved.scenario.horizonHours, random);
    times.forEach((arrivalS, n) => {
      const work = cls.spec.kind === 'training' ? cls.speed!.samplesPerJob : cls.spec.size.hours! * 3600;
      out.push({
        id: `${cls.spec.id}#${n + 1}`, cls, tenant: cls.tenantIndex, priority: cls.spec.priority, arrivalS, work, remaining: work,
        phase: 'future', servers: [], gpusEach: 0, cores: 0, flexible: false, rate: 0, speed: undefined, pausedUntilS: 0, lastS: arrivalS,
        sinceCheckpointS: 0, startOverheadS: 0, firstStartS: undefined, endS: undefined, gpuSeconds: 0, gpuSecondsInHorizon: 0,
        runSeconds: 0, restarts: 0, preemptions: 0, resizes: 0, version: 0,
      });
    });
  }
  out.sort((a, b) => a.arrivalS - b.arrivalS || a.cls.index - b.cls.index);
  return out.map((j, index) => ({ ...j, index }));
}
