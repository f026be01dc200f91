/**
 * The collective-time primitive (after Calculon's `Network.time(op, size, n)`): the time of one collective
 * over a group of ranks laid out on levels of the topology, innermost first (the GPUs of an NVLink domain
 * or a PCIe tree, then the nodes joined by NICs and the fabric). Data-parallel gradient sync uses it; tensor,
 * pipeline and expert parallelism build on it.
 *
 * Cost model (Thakur et al. 2005; NCCL's ring and double binary tree): for a buffer of B bytes over p ranks
 * with per-rank bandwidth b and per-step latency a,
 *   all-reduce      2 (p-1)/p B / b  + latency
 *   reduce-scatter   (p-1)/p B / b  + latency / 2     (B is the full buffer; each rank ends with B/p)
 *   all-gather       (p-1)/p B / b  + latency / 2     (B is the gathered buffer)
 *   all-to-all       (p-1)/p B / b  + (p-1) a         (B is what each rank sends in all)
 *   point-to-point           B / b  + a
 * where latency is 2 (p-1) a for a ring and 2 ceil(log2 p) a for a tree (NCCL's trees keep the ring's
 * bandwidth term at large sizes). Hierarchically, an all-reduce reduce-scatters inside the inner level,
 * all-reduces the 1/p shard across the next level, and all-gathers back, so each level moves
 * 2 (p_i - 1)/p_i of the bytes that reach it.
 */

/** A collective operation. */
export type CollectiveOp = 'all-reduce' | 'reduce-scatter' | 'all-gather' | 'all-to-all' | 'p2p';

/** One level of the topology a group spans. */
export interface TopologyLevel {
  /** What the level is, for explanations: 'NVSwitch', 'PCIe', 'network'. */
  name: string;
  /** Ranks (GPUs, or groups of the inner level) at this level; 1 means the level is not crossed. */
  ranks: number;
  /** Bandwidth each rank gets on this level, one direction, GB/s. */
  bandwidthGBps: number;
  /** Latency of one algorithm step on this level, s. */
  latencySeconds: number;
  /** Share of `bandwidthGBps` the collective reaches, 0..1. */
  efficiency: number;
  algorithm: 'ring' | 'tree';
}

/** Time of a collective and of each level it crossed. */
export interface CollectiveTime {
  seconds: number;
  levels: Array<{ name: string; seconds: number; bandwidthGBps: number }>;
}

function latencySteps(level: TopologyLevel): number {
  const p = level.ranks;
  return level.algorithm === 'tree' ? 2 * Math.ceil(Math.log2(p)) : 2 * (p - 1);
}

// A function rather than a closure in collectiveTime: no closure to allocate per call (every sweep point calls it).
function addLevel(out: CollectiveTime, level: TopologyLevel, seconds: number): void {
  out.levels.push({ name: level.name, seconds, bandwidthGBps: level.bandwidthGBps * level.efficiency });
  out.seconds += seconds;
}

function transferSeconds(bytes: number, level: TopologyLevel): number {
  const gbps = level.bandwidthGBps * level.efficiency;
  return gbps > 0 ? bytes / 1e9 / gbps : Infinity;
}

/**
 * Seconds one collective of `bytes` takes over a group laid out on `levels` (innermost first); levels
 * with one rank are skipped. Never negative; Infinity when a crossed level has no bandwidth.
 */
export function collectiveTime(op: CollectiveOp, bytes: number, levels: readonly TopologyLevel[]): CollectiveTime {
  const crossed = levels.filter((l) => l.ranks > 1);
  const out: CollectiveTime = { seconds: 0, levels: [] };
  if (bytes <= 0 || crossed.length === 0) return out;
  switch (op) {
    case 'all-reduce':
    case 'reduce-scatter':
    case 'all-gather': {
      // Each level moves (p-1)/p of what reaches it (twice for an all-reduce); the next level sees a 1/p shard.
      const passes = op === 'all-reduce' ? 2 : 1;
      let shard = bytes;
      for (const level of crossed) {
        const p = level.ranks;
        const latency = (latencySteps(level) * level.latencySeconds * passes) / 2;
        addLevel(out, level, passes * ((p - 1) / p) * transferSeconds(shard, level) + latency);
        shard /= p;
      }
      return out;
    }
    case 'all-to-all': {
      // Each rank sends B/R to every rank. The innermost level carries what stays inside its group; an outer
      // level carries everything that leaves the group inside it. Levels run concurrently: the slowest sets the pace.
      const total = crossed.reduce((r, l) => r * l.ranks, 1);
      let inner = 1;
      let slowest = -1;
      let slowestLevel = crossed[0]!;
      crossed.forEach((level, i) => {
        const share = i === 0 ? (level.ranks - 1) / total : (total - inner) / total;
        const seconds = transferSeconds(bytes * share, level) + (level.ranks - 1) * level.latencySeconds;
        if (seconds > slowest) { slowest = seconds; slowestLevel = level; }
        inner *= level.ranks;
      });
      addLevel(out, slowestLevel, slowest);
      return out;
    }
    case 'p2p': {
      // A point-to-point transfer crosses the outermost level given (the link between the two ranks).
      const level = crossed[crossed.length - 1]!;
      addLevel(out, level, transferSeconds(bytes, level) + level.latencySeconds);
      return out;
    }
  }
}
