/**
 * Queueing terms of the throughput model.
 *
 * Stages of the input pipeline and the GPU are joined by finite prefetch buffers. For two
 * exponential stations with N places between them (blocking after service), the throughput is
 *   X = mu1 mu2 (mu1^N - mu2^N) / (mu1^(N+1) - mu2^(N+1))          (Hillier & Boling 1967)
 * and X = mu N / (N + 1) when mu1 = mu2. Service times of real stages vary less than exponential
 * ones; a buffer of K batches behaves like K / c^2 exponential places (c: coefficient of
 * variation), so regular stages lose little and jittery storage loses more.
 */
export function tandemThroughput(mu1: number, mu2: number, places: number): number {
  // The last few answers: the cold-cache chain of a server type repeats the warm chain's pairs that do not involve
  // storage (the same rates and places), and each costs two powers. Pure: the same inputs give the same number.
  for (const m of tandemMemo) if (m.mu1 === mu1 && m.mu2 === mu2 && m.places === places) return m.x;
  const x = tandemUncached(mu1, mu2, places);
  const slot = tandemMemo[tandemNext]!;
  slot.mu1 = mu1;
  slot.mu2 = mu2;
  slot.places = places;
  slot.x = x;
  tandemNext = (tandemNext + 1) % tandemMemo.length;
  return x;
}

const tandemMemo: Array<{ mu1: number; mu2: number; places: number; x: number }> = Array.from({ length: 4 }, () => ({ mu1: NaN, mu2: NaN, places: NaN, x: NaN }));
let tandemNext = 0;

function tandemUncached(mu1: number, mu2: number, places: number): number {
  if (!(mu1 > 0) || !(mu2 > 0)) return 0;
  const n = Math.max(1, places);
  const r = mu2 / mu1;
  if (Math.abs(r - 1) < 1e-9) return (mu1 * n) / (n + 1);
  // Work with the ratio so large N does not overflow: X = mu2 (1 - r^N) / (1 - r^(N+1)) for r < 1, symmetric otherwise.
  // With a ratio of at most 1/2 and N >= 60, r^N <= 2^-60 is below half an ulp of 1 (2^-54): both brackets round to
  // exactly 1 and X is exactly the slower side's rate without the two powers (the usual pair at every sweep point: a
  // stage far faster than the GPUs behind a buffer of hundreds of effective places).
  if (r < 1) return r <= 0.5 && n >= 60 ? mu2 : (mu2 * (1 - r ** n)) / (1 - r ** (n + 1));
  const q = 1 / r;
  return q <= 0.5 && n >= 60 ? mu1 : (mu1 * (1 - q ** n)) / (1 - q ** (n + 1));
}

/** Effective exponential places of a buffer of `depth` batches between stages with the given variability. */
export function effectivePlaces(depth: number, cvA: number, cvB: number): number {
  const c2 = Math.max(1e-4, (cvA * cvA + cvB * cvB) / 2);
  // One place is always there: the batch in service.
  return Math.min(1e4, (depth + 1) / c2);
}

/**
 * Expected maximum of n independent normal step times, in units of the standard deviation
 * above the mean (Blom's approximation of the largest order statistic). 0 for one GPU.
 */
export function expectedMaxZ(n: number): number {
  if (n <= 1) return 0;
  const p = (n - 0.375) / (n + 0.25);
  return inverseNormal(p);
}

// Coefficients of the rational approximation below (module constants: it runs at every evaluation and sweep point).
const IN_A = [-39.69683028665376, 220.9460984245205, -275.928510446969, 138.357751867269, -30.66479806614716, 2.506628277459239];
const IN_B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const IN_C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const IN_D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

function poly(k: readonly number[], x: number): number {
  let acc = 0;
  for (let i = 0; i < k.length; i++) acc = acc * x + k[i]!;
  return acc;
}

/** Acklam's rational approximation of the standard normal quantile (|error| < 1.2e-9). */
function inverseNormal(p: number): number {
  const a = IN_A, b = IN_B, c = IN_C, d = IN_D;
  const pl = 0.02425;
  if (p < pl) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (p > 1 - pl) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -poly(c, q) / (poly(d, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
}
