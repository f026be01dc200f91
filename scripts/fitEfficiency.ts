/**
 * Fits the global efficiency terms of core/engine/efficiency.ts to a cases file by least squares
 * on log errors (Nelder-Mead over log-parameters). Prints the fitted values; it never writes them:
 * a person reads the result and updates efficiency.ts with the values and their basis.
 *
 *   npx tsx scripts/fitEfficiency.ts ../shared/reference/calibration-cases.json [--only a,b] [--holdout REGEX] [--logo [--generations a,b]] [--iterations N]
 *
 * `--logo` (leave one generation out) refits the terms once per GPU generation on every case of the
 * other generations and reports the error on the generation left out: the figure for a GPU the fit
 * has never seen.
 */
import { readFileSync } from 'node:fs';
import { caseGroup, parseCases, predictCase, errorStats, type Case } from '../core';
import { CONV_LAYOUT, FRAMEWORK_SLOWDOWN, MATH_MEMORY_OVERLAP } from '../core/engine/params/compute';
import { ARITHMETIC_INTENSITY, DOMAIN_MATH_FACTOR, MATH_EFFICIENCY, RECIPE_MATURITY, SOFTWARE, STACK_MATURITY } from '../core/engine/efficiency';

/** A fitted term; the search runs on log(value - offset) so every term stays above its offset. */
type Param = { name: string; get: () => number; set: (v: number) => void };
const term = (name: string, obj: { value: number }, offset = 0): Param => ({
  name,
  get: () => obj.value - offset,
  set: (v) => { obj.value = v + offset; },
});

const params: Param[] = [
  term('math.mixed', MATH_EFFICIENCY.mixed),
  term('math.tf32', MATH_EFFICIENCY.tf32),
  term('math.fp32', MATH_EFFICIENCY.fp32),
  term('intensity.image', ARITHMETIC_INTENSITY['image-classification']),
  term('lm.mathFactor', DOMAIN_MATH_FACTOR['language-model']),
  term('mlperf.stepOverhead', SOFTWARE.mlperf.stepOverheadSeconds),
  term('ngc.host', SOFTWARE.ngc.hostSecondsPerSample),
  term('stock.slowdown', SOFTWARE.stock.slowdown),
  term('stock.host', SOFTWARE.stock.hostSecondsPerSample),
  term('mlperf.stepJitter', SOFTWARE.mlperf.stepJitterSeconds),
  term('maturity.lm.amplitude', STACK_MATURITY.amplitude['language-model']),
  term('maturity.decayYears', STACK_MATURITY.decayYears),
  term('recipe.extraPerYear', RECIPE_MATURITY.extraPerYear),
  // Fitted as years after 2019 (the oldest release in the calibration data).
  term('recipe.settledYear-2019', RECIPE_MATURITY.settledYear, 2019),
  term('overlap.mlperf', MATH_MEMORY_OVERLAP.mlperf),
  term('overlap.ngc', MATH_MEMORY_OVERLAP.ngc),
  term('ngc.pytorch', FRAMEWORK_SLOWDOWN.ngc.pytorch),
  term('ngc.tensorflow', FRAMEWORK_SLOWDOWN.ngc.tensorflow),
  term('layout.nchwTransposes', CONV_LAYOUT.nchwTransposeTrafficShare),
];
// `--only a,b` fits a subset and holds the others (e.g. to test one term at a time).
const only = process.argv.indexOf('--only');
if (only > 0) {
  const keep = new Set(process.argv[only + 1]!.split(','));
  params.splice(0, params.length, ...params.filter((p) => keep.has(p.name)));
}

const file = process.argv[2];
if (!file) throw new Error('usage: tsx scripts/fitEfficiency.ts CASES.json');
const parsed = parseCases(JSON.parse(readFileSync(file, 'utf8')));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
// `--holdout REGEX` leaves the matching cases (e.g. one MLPerf round: 'mlperf-v0\\.7-') out of the fit
// and reports their errors separately: a check that the terms predict data they were not fitted on.
const holdoutAt = process.argv.indexOf('--holdout');
const holdout = holdoutAt > 0 ? new RegExp(process.argv[holdoutAt + 1]!) : undefined;
const cases = parsed.cases.filter((c) => !holdout?.test(c.id));
const heldOut = holdout ? parsed.cases.filter((c) => holdout.test(c.id)) : [];

function errors(set = cases): { tput: number[]; ttt: number[]; loss: number } {
  const tput: number[] = [];
  const ttt: number[] = [];
  let loss = 0;
  for (const c of set) {
    const p = predictCase(c);
    const m = c.measured ?? {};
    for (const [pred, meas, out] of [[p.samplesPerSec, m.samplesPerSec, tput], [p.timeToTrainMin, m.timeToTrainMin, ttt]] as const) {
      if (pred === null || typeof meas !== 'number' || !(meas > 0)) continue;
      const e = Math.log(pred / meas);
      out.push((pred / meas - 1) * 100);
      // Huber loss: outliers (mislabelled or unusual rows) must not drag the global terms.
      loss += Math.abs(e) < 0.25 ? e * e : 0.5 * Math.abs(e) - 0.0625;
    }
  }
  return { tput, ttt, loss };
}

const arg = (name: string) => { const at = process.argv.indexOf(name); return at > 0 ? process.argv[at + 1] : undefined; };
const iterations = Number(arg('--iterations') ?? 600);

/**
 * Nelder-Mead over the log-parameters, from `start`, minimising the loss on `set`; leaves the best point set.
 * A term the set carries no information on (e.g. FP32 efficiency when a left-out generation holds every FP32
 * case) would only drift in the search, so it is held at its start value.
 */
function fit(set: Case[], start: number[]): number[] {
  const setAll = (x: number[]) => x.forEach((v, i) => params[i]!.set(Math.exp(v)));
  setAll(start);
  const base = errors(set).loss;
  const active = start.map((_, i) => i).filter((i) => {
    setAll(start.map((v, j) => (j === i ? v + 0.1 : v)));
    return Math.abs(errors(set).loss - base) > 1e-12;
  });
  const full = (y: number[]) => { const x = [...start]; active.forEach((i, k) => { x[i] = y[k]!; }); return x; };
  const y = fitActive(set, active.map((i) => start[i]!), full);
  return full(y);
}

function fitActive(set: Case[], start: number[], full: (y: number[]) => number[]): number[] {
  const f = (y: number[]) => { full(y).forEach((v, i) => params[i]!.set(Math.exp(v))); return errors(set).loss; };
  const n = start.length;
  let simplex = [start, ...start.map((_, i) => start.map((v, j) => (i === j ? v + 0.3 : v)))].map((x) => ({ x, f: f(x) }));
  for (let iter = 0; iter < iterations; iter++) {
    simplex.sort((a, b) => a.f - b.f);
    const best = simplex[0]!;
    const worst = simplex[n]!;
    const centroid = start.map((_, j) => simplex.slice(0, n).reduce((s, p) => s + p.x[j]!, 0) / n);
    const at = (t: number) => centroid.map((c, j) => c + t * (worst.x[j]! - c));
    const r = { x: at(-1), f: 0 }; r.f = f(r.x);
    if (r.f < best.f) {
      const e = { x: at(-2), f: 0 }; e.f = f(e.x);
      simplex[n] = e.f < r.f ? e : r;
    } else if (r.f < simplex[n - 1]!.f) simplex[n] = r;
    else {
      const k = { x: at(0.5), f: 0 }; k.f = f(k.x);
      if (k.f < worst.f) simplex[n] = k;
      else simplex = simplex.map((p, i) => (i === 0 ? p : { x: p.x.map((v, j) => best.x[j]! + 0.5 * (v - best.x[j]!)), f: 0 })).map((p, i) => (i === 0 ? p : { ...p, f: f(p.x) }));
    }
  }
  simplex.sort((a, b) => a.f - b.f);
  f(simplex[0]!.x);
  return simplex[0]!.x;
}

const x0 = params.map((p) => Math.log(p.get()));
const fmt = (s: ReturnType<typeof errorStats>) => (s.n ? `n=${s.n} median ${s.medianPct!.toFixed(1)}% p90 ${s.p90Pct!.toFixed(1)}%` : 'n=0');

if (process.argv.includes('--logo')) {
  // Leave one generation out: fit on the others from the same start, score the one left out.
  const only = arg('--generations')?.split(',');
  const generations = [...new Set(cases.map((c) => caseGroup(c, 'generation')))].filter((g) => !only || only.includes(g)).sort();
  console.log('generation   held-out throughput              held-out time-to-train           in-fit throughput   in-fit time-to-train');
  for (const g of generations) {
    const train = cases.filter((c) => caseGroup(c, 'generation') !== g);
    const test = cases.filter((c) => caseGroup(c, 'generation') === g);
    fit(train, x0);
    const h = errors(test);
    const t = errors(train);
    console.log(`${g.padEnd(12)} ${fmt(errorStats(h.tput)).padEnd(32)} ${fmt(errorStats(h.ttt)).padEnd(32)} ${fmt(errorStats(t.tput)).padEnd(19)} ${fmt(errorStats(t.ttt))}`);
    // Terms the held-out generation alone pinned down move most when it is left out.
    const moved = params.map((p, i) => [p.name, p.get() / Math.exp(x0[i]!)] as const).filter(([, r]) => r > 1.5 || r < 1 / 1.5);
    if (moved.length) console.log(`             terms moved > 1.5x without it: ${moved.map(([n, r]) => `${n} x${r.toPrecision(2)}`).join(', ')}`);
  }
  params.forEach((p, i) => p.set(Math.exp(x0[i]!)));
} else {
  fit(cases, x0);
  const res = errors();
  for (const p of params) console.log(`${p.name.padEnd(26)} ${p.get().toPrecision(4)}`);
  console.log('loss', res.loss.toFixed(3));
  console.log('throughput', errorStats(res.tput));
  console.log('time-to-train', errorStats(res.ttt));
  if (heldOut.length) {
    const h = errors(heldOut);
    console.log(`held out (${heldOut.length} cases)`);
    console.log('  throughput', errorStats(h.tput));
    console.log('  time-to-train', errorStats(h.ttt));
  }
}
