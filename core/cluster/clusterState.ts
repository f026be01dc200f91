/**
 * Which GPUs of which servers are free, kept so that the scheduler's questions ("does a job of g GPUs fit?",
 * "which servers?") cost O(servers per leaf) or less, plus the placement rules: topology-aware (a small job
 * on the fullest server that fits, a large one inside one leaf switch where possible, else across the fewest
 * leaves) or spread (any free servers, drawn at random, as a topology-unaware scheduler would).
 */
import type { Random } from './prng';

/** One GPU server of the cluster. */
export interface ServerState {
  leaf: number;
  up: boolean;
  /** Job index on each GPU slot, -1 when free. */
  slots: Int32Array;
  free: number;
}

/** A stretch of time a job held some GPUs of one server: one bar of the Gantt chart. */
export interface TimelineSegment {
  job: number;
  server: number;
  /** First GPU slot and number of GPUs (contiguous) on that server. */
  slot: number;
  gpus: number;
  startS: number;
  endS: number;
}

/** Where a new job goes: server indices and GPUs on each. */
export interface Allocation {
  servers: number[];
  gpusEach: number;
}

/** How jobs are placed. */
export type Placement = 'topology' | 'spread';

/** The free-GPU bookkeeping of the cluster. */
export class ClusterState {
  readonly servers: ServerState[];
  /** Up servers by number of free GPUs (index 0..gpusPerServer). */
  private readonly byFree: Array<Set<number>>;
  /** Empty up servers of each leaf. */
  private readonly emptyByLeaf: Array<Set<number>>;
  readonly timeline: TimelineSegment[] = [];
  private readonly open = new Map<string, TimelineSegment[]>();

  constructor(
    count: number,
    readonly gpusPerServer: number,
    serversPerLeaf: number,
    private readonly placement: Placement,
    private readonly random: Random,
    private readonly recordTimeline: boolean,
  ) {
    this.servers = Array.from({ length: count }, (_, i) => ({ leaf: Math.floor(i / serversPerLeaf), up: true, slots: new Int32Array(gpusPerServer).fill(-1), free: gpusPerServer }));
    this.byFree = Array.from({ length: gpusPerServer + 1 }, () => new Set<number>());
    this.emptyByLeaf = Array.from({ length: Math.ceil(count / serversPerLeaf) }, () => new Set<number>());
    this.servers.forEach((_, i) => {
      this.byFree[gpusPerServer]!.add(i);
      this.emptyByLeaf[this.servers[i]!.leaf]!.add(i);
    });
  }

  /** Empty servers that are up. */
  get emptyServers(): number {
    return this.byFree[this.gpusPerServer]!.size;
  }

  /** GPUs of the servers that are up. */
  get upGpus(): number {
    let n = 0;
    for (const set of this.byFree) n += set.size;
    return n * this.gpusPerServer;
  }

  /** Whether a job of `gpus` fits now, leaving `reservedServers` empty servers untouched. */
  fits(gpus: number, reservedServers = 0): boolean {
    const gps = this.gpusPerServer;
    if (gpus > gps) return this.emptyServers - reservedServers >= gpus / gps;
    for (let k = gpus; k < gps; k++) if (this.byFree[k]!.size > 0) return true;
    return this.emptyServers - reservedServers >= 1;
  }

  /** Servers for a new job of `gpus` (call `fits` first), by the placement rule. */
  choose(gpus: number): Allocation {
    const gps = this.gpusPerServer;
    if (gpus <= gps) {
      if (this.placement === 'spread') {
        const candidates: number[] = [];
        for (let k = gpus; k <= gps; k++) for (const s of this.byFree[k]!) candidates.push(s);
        return { servers: [candidates[Math.floor(this.random() * candidates.length)]!], gpusEach: gpus };
      }
      for (let k = gpus; k <= gps; k++) {
        const first = this.byFree[k]!.values().next();
        if (!first.done) return { servers: [first.value], gpusEach: gpus };
      }
      throw new Error('no server fits');
    }
    return { servers: this.chooseEmpty(gpus / gps, []), gpusEach: gps };
  }

  /** `count` empty servers for a job that already holds `held` (growth) or nothing (a new job). */
  chooseEmpty(count: number, held: readonly number[]): number[] {
    if (this.placement === 'spread') {
      const all = [...this.byFree[this.gpusPerServer]!];
      for (let i = 0; i < count; i++) {
        const j = i + Math.floor(this.random() * (all.length - i));
        [all[i], all[j]] = [all[j]!, all[i]!];
      }
      return all.slice(0, count);
    }
    const picked: number[] = [];
    const leaves = this.emptyByLeaf.map((set, leaf) => ({ leaf, set }));
    const heldPerLeaf = new Map<number, number>();
    for (const s of held) heldPerLeaf.set(this.servers[s]!.leaf, (heldPerLeaf.get(this.servers[s]!.leaf) ?? 0) + 1);
    // Best fit: the leaf the job already uses most, else the fullest leaf with room for all of it.
    const whole = leaves.filter((l) => l.set.size >= count).sort((a, b) => (heldPerLeaf.get(b.leaf) ?? 0) - (heldPerLeaf.get(a.leaf) ?? 0) || a.set.size - b.set.size)[0];
    const order = whole ? [whole] : leaves.filter((l) => l.set.size > 0).sort((a, b) => (heldPerLeaf.get(b.leaf) ?? 0) - (heldPerLeaf.get(a.leaf) ?? 0) || b.set.size - a.set.size);
    for (const l of order) {
      for (const s of l.set) {
        if (picked.length === count) return picked;
        picked.push(s);
      }
    }
    return picked;
  }

  /** Gives `gpus` GPUs of server `s` to `job` at `nowS`. */
  take(s: number, job: number, gpus: number, nowS: number): void {
    const server = this.servers[s]!;
    this.move(s, server.free - gpus);
    let left = gpus;
    let runStart = -1;
    const segments = this.recordTimeline ? (this.open.get(`${job}:${s}`) ?? []) : [];
    for (let i = 0; i < server.slots.length && left > 0; i++) {
      if (server.slots[i] === -1) {
        server.slots[i] = job;
        left--;
        if (runStart < 0) runStart = i;
      }
      const endOfRun = runStart >= 0 && (left === 0 || i + 1 >= server.slots.length || server.slots[i + 1] !== -1);
      if (endOfRun && this.recordTimeline) {
        segments.push({ job, server: s, slot: runStart, gpus: i - runStart + 1, startS: nowS, endS: nowS });
        runStart = -1;
      }
    }
    if (this.recordTimeline) this.open.set(`${job}:${s}`, segments);
  }

  /** Takes every GPU of server `s` that `job` holds back at `nowS`; returns how many. */
  release(s: number, job: number, nowS: number): number {
    const server = this.servers[s]!;
    let n = 0;
    for (let i = 0; i < server.slots.length; i++) {
      if (server.slots[i] === job) {
        server.slots[i] = -1;
        n++;
      }
    }
    if (server.up) this.move(s, server.free + n);
    else server.free += n;
    this.closeSegments(job, s, nowS);
    return n;
  }

  /** Marks server `s` failed at `nowS`; returns the jobs that were on it. */
  fail(s: number): number[] {
    const server = this.servers[s]!;
    const jobs = [...new Set([...server.slots].filter((j) => j >= 0))];
    this.byFree[server.free]!.delete(s);
    if (server.free === this.gpusPerServer) this.emptyByLeaf[server.leaf]!.delete(s);
    server.up = false;
    return jobs;
  }

  /** Brings a repaired server back (its jobs were released when it failed). */
  repair(s: number): void {
    const server = this.servers[s]!;
    server.up = true;
    server.free = this.gpusPerServer;
    server.slots.fill(-1);
    this.byFree[server.free]!.add(s);
    this.emptyByLeaf[server.leaf]!.add(s);
  }

  /** Distinct leaves of `servers`. */
  leavesOf(servers: readonly number[]): number {
    return new Set(servers.map((s) => this.servers[s]!.leaf)).size;
  }

  /** Closes every open Gantt bar at `endS` (end of the simulation). */
  closeAll(endS: number): void {
    for (const [, segments] of this.open) for (const seg of segments) this.finish(seg, endS);
    this.open.clear();
  }

  private closeSegments(job: number, s: number, nowS: number): void {
    if (!this.recordTimeline) return;
    const key = `${job}:${s}`;
    for (const seg of this.open.get(key) ?? []) this.finish(seg, nowS);
    this.open.delete(key);
  }

  private finish(seg: TimelineSegment, endS: number): void {
    seg.endS = endS;
    if (endS > seg.startS) this.timeline.push(seg);
  }

  private move(s: number, free: number): void {
    const server = this.servers[s]!;
    this.byFree[server.free]!.delete(s);
    if (server.free === this.gpusPerServer) this.emptyByLeaf[server.leaf]!.delete(s);
    server.free = free;
    this.byFree[free]!.add(s);
    if (free === this.gpusPerServer) this.emptyByLeaf[server.leaf]!.add(s);
  }
}
