/** A small seeded pseudo-random generator, so a cluster simulation gives the same run for the same seed. */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * Mulberry32 (Tommy Ettinger, public domain): a 32-bit generator that passes gjrand's tests, plenty for
 * arrivals and failures; not for cryptography.
 */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An exponentially distributed draw with mean `meanValue` (inter-arrival time of a Poisson process). */
export function exponential(random: Random, meanValue: number): number {
  return -Math.log(1 - random()) * meanValue;
}
