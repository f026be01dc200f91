/**
 * Engine speed against issue 10's targets (a measurement, not a test).   npx --no-install tsx scripts/engineSpeed.ts
 *
 * Designs: one DGX-H100-style server type with G GPUs in one NVSwitch domain, G/4 switch chips, a PCIe
 * switch per 2 GPUs and a ConnectX-7 per GPU. Each is parsed once (`DesignSchema.parse`), then
 * `evaluateParsed` is timed: median of many runs after warm-up. The sweep row times `sweepNodes` over
 * 1,024 node counts of the 8-GPU design (validation included, as a caller sees it).
 *
 * Allocation per evaluation (needs `node --expose-gc --import tsx scripts/engineSpeed.ts`): heapUsed
 * growth over a small batch of evaluations that starts after a full GC and during which no GC ran,
 * divided by the batch size (see `allocatedBytesPer`).
 */
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { DesignSchema, type Design } from '../core/model/design';
import { evaluateParsed } from '../core/engine/evaluate';
import { sweepNodes } from '../core/engine/sweep';
import { DGX_H100, testDesign } from '../core/engine/testDesigns';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function serverDesign(gpus: number): Design {
  return DesignSchema.parse(testDesign({
    base: DGX_H100,
    server: { gpusPerNode: gpus, gpusPerSwitch: 2, nvswitchChips: gpus / 4, nics: { model: 'connectx-7-ndr-400g', count: gpus, placement: 'with-gpus' } },
  }));
}

/**
 * Median CPU milliseconds per call of `fn` (this process's user + system time, so other load on a shared
 * machine inflates it far less than wall time), over batches of about 20 ms after warm-up.
 */
function timeMs(fn: () => void, budgetMs = 3000): number {
  const warmEnd = performance.now() + budgetMs / 5;
  do fn(); while (performance.now() < warmEnd);
  const t0 = performance.now();
  fn();
  const perBatch = Math.max(1, Math.round(20 / Math.max(0.001, performance.now() - t0)));
  const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const samples: number[] = [];
  const end = performance.now() + budgetMs;
  while (samples.length < 9 || (performance.now() < end && samples.length < 500)) {
    const c0 = cpuMs();
    for (let i = 0; i < perBatch; i++) fn();
    samples.push((cpuMs() - c0) / perBatch);
  }
  return median(samples);
}

function mustEvaluate(d: Design): void {
  const r = evaluateParsed(d);
  if (!r.ok) throw new Error(`design rejected: ${r.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
}

/**
 * Bytes allocated per call of `fn`: the heap grows by what a batch allocates when no GC runs during it,
 * so each batch starts right after a full GC and batches during which V8 reported a GC (PerformanceObserver
 * 'gc' entries) are discarded; median over the clean batches. Needs `node --expose-gc`.
 */
async function allocatedBytesPer(fn: () => void, perBatch: number): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return NaN;
  const gcTimes: number[] = [];
  const obs = new PerformanceObserver((list) => { for (const e of list.getEntries()) gcTimes.push(e.startTime); });
  obs.observe({ entryTypes: ['gc'] });
  for (let i = 0; i < 5; i++) fn();
  const batches: Array<{ t0: number; t1: number; bytes: number }> = [];
  for (let k = 0; k < 25; k++) {
    gc();
    await new Promise((r) => setImmediate(r));
    const t0 = performance.now();
    const a = process.memoryUsage().heapUsed;
    for (let i = 0; i < perBatch; i++) fn();
    const bytes = (process.memoryUsage().heapUsed - a) / perBatch;
    batches.push({ t0, t1: performance.now(), bytes });
  }
  await new Promise((r) => setTimeout(r, 50));
  obs.disconnect();
  const clean = batches.filter((b) => !gcTimes.some((t) => t >= b.t0 && t <= b.t1)).map((b) => b.bytes);
  return clean.length ? median(clean) : NaN;
}

const sizes = [8, 72, 144, 288];
const designs = new Map(sizes.map((g) => [g, serverDesign(g)]));
const evalMs = new Map<number, number>();
const allocKiB = new Map<number, number>();
for (const g of sizes) {
  const d = designs.get(g)!;
  mustEvaluate(d);
  evalMs.set(g, timeMs(() => mustEvaluate(d), g >= 144 ? 4000 : 2500));
  allocKiB.set(g, (await allocatedBytesPer(() => mustEvaluate(d), g >= 72 ? 1 : 10)) / 1024);
}

const sweepDesign = testDesign({ base: DGX_H100 });
const counts = Array.from({ length: 1024 }, (_, i) => i + 1);
let sweepMs = NaN;
let sweepNote = '';
const probe = sweepNodes(sweepDesign, counts);
if (!probe.ok) sweepNote = `sweep refused: ${probe.errors[0]?.message}`;
else {
  const bad = probe.sweep.points.filter((p) => !p.ok).length;
  if (bad) sweepNote = `${bad} points failed`;
  sweepMs = timeMs(() => { sweepNodes(sweepDesign, counts); }, 6000);
}
const oneEvalOfSweepDesign = timeMs(() => mustEvaluate(DesignSchema.parse(sweepDesign)), 2500);

const base = evalMs.get(8)!;
const line = (label: string, value: string, ratio: string, target: string) =>
  console.log(`${label.padEnd(34)} ${value.padStart(11)} ${ratio.padStart(9)} ${target.padStart(9)}`);
console.log('(CPU ms per call, median of batches; one evaluation = evaluateParsed of a parsed design)');
line('row', 'median ms', 'ratio', 'target');
for (const g of sizes) {
  const target = g === 72 ? '<= 4x' : g === 288 ? '<= 20x' : '';
  line(`${g} GPUs in one NVSwitch server`, evalMs.get(g)!.toFixed(3), g === 8 ? '1x' : `${(evalMs.get(g)! / base).toFixed(1)}x`, target);
}
line('1 evaluation, 8-GPU (parse incl.)', oneEvalOfSweepDesign.toFixed(3), '1x', '');
line('1,024-point node sweep, 8-GPU', sweepMs.toFixed(1), `${(sweepMs / oneEvalOfSweepDesign).toFixed(1)}x`, '<= 100x');
if (sweepNote) console.log(`sweep: ${sweepNote}`);
console.log('');
console.log('allocation per evaluation, KiB: ' + sizes.map((g) => `${g} GPUs ${allocKiB.get(g)!.toFixed(0)}`).join(', '));
