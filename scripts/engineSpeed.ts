/**
 * Engine speed against issue 10's targets (a measurement, not a test).   npx --no-install tsx scripts/engineSpeed.ts
 *
 * Designs: one DGX-H100-style server type with G GPUs in one NVSwitch domain, G/4 switch chips, a PCIe
 * switch per 2 GPUs and a ConnectX-7 per GPU. Each is parsed once (`DesignSchema.parse`), then
 * `evaluateParsed` is timed: median of many runs after warm-up. The sweep row times `sweepNodes` over
 * 1,024 node counts of the 8-GPU design (validation included, as a caller sees it) against one
 * `evaluateDesign` of that design. The "first evaluation" rows clear the server-graph cache before each
 * call, so nothing is reused (what a new or edited server type costs).
 *
 * Allocation per evaluation (needs `node --expose-gc --import tsx scripts/engineSpeed.ts`): heapUsed
 * growth over a small batch of evaluations that starts after a full GC and during which no GC ran,
 * divided by the batch size (see `allocatedBytesPer`).
 */
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { DesignSchema, type Design } from '../core/model/design';
import { evaluateDesign, evaluateParsed } from '../core/engine/evaluate';
import { sweepNodes } from '../core/engine/sweep';
import { clearServerCache } from '../core/engine/serverCache';
import { DGX_H100, testDesign } from '../core/engine/testDesigns';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function serverDesign(gpus: number): Design {
  return DesignSchema.parse(testDesign({
    base: DGX_H100,
    server: { gpusPerNode: gpus, gpusPerSwitch: 2, nvswitchChips: gpus / 4, nics: { model: 'connectx-7-ndr-400g', count: gpus, placement: 'with-gpus' } },
  }));
}

const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/**
 * Median CPU milliseconds per call of each row's `fn` (this process's user + system time, so other load on a
 * shared machine inflates it far less than wall time). Rows are measured round-robin, a batch of about
 * 10 ms each per round, so load that comes and goes hits every row alike; all rows warm up first.
 */
function timeRows(rows: Array<() => void>, rounds: number): number[] {
  const perBatch = rows.map((fn) => {
    const end = performance.now() + 300;
    let n = 0;
    const c0 = cpuMs();
    do { fn(); n++; } while (performance.now() < end);
    return Math.max(1, Math.round((10 * n) / Math.max(0.001, cpuMs() - c0)));
  });
  const samples: number[][] = rows.map(() => []);
  for (let r = 0; r < rounds; r++) {
    rows.forEach((fn, i) => {
      const c0 = cpuMs();
      for (let k = 0; k < perBatch[i]!; k++) fn();
      samples[i]!.push((cpuMs() - c0) / perBatch[i]!);
    });
  }
  return samples.map(median);
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
const designs = sizes.map(serverDesign);
for (const d of designs) mustEvaluate(d);

const sweepDesign = testDesign({ base: DGX_H100 });
const counts = Array.from({ length: 1024 }, (_, i) => i + 1);
const probe = sweepNodes(sweepDesign, counts);
if (!probe.ok) throw new Error(`sweep refused: ${probe.errors[0]?.message}`);
const failed = probe.sweep.points.filter((p) => !p.ok).length;

const [e8, e72, e144, e288, oneEval, sweep, c8, c72, c288] = timeRows([
  ...designs.map((d) => () => mustEvaluate(d)),
  () => { const r = evaluateDesign(sweepDesign); if (!r.ok) throw new Error('design rejected'); },
  () => { sweepNodes(sweepDesign, counts); },
  // The first evaluation of a design: nothing cached (graph, routing, checks all rebuilt).
  ...[0, 1, 3].map((i) => () => { clearServerCache(); mustEvaluate(designs[i]!); }),
], Number(process.env.ROUNDS ?? 40)) as [number, number, number, number, number, number, number, number, number];

const line = (label: string, value: string, ratio: string, target: string) =>
  console.log(`${label.padEnd(36)} ${value.padStart(10)} ${ratio.padStart(9)} ${target.padStart(8)}`);
console.log('CPU ms per call (median of round-robin batches); "evaluation" = evaluateParsed of a parsed design');
line('row', 'CPU ms', 'ratio', 'target');
[e8, e72, e144, e288].forEach((ms, i) => {
  const g = sizes[i]!;
  line(`${g} GPUs in one NVSwitch server`, ms.toFixed(3), g === 8 ? '1x' : `${(ms / e8).toFixed(1)}x`, g === 72 ? '<= 4x' : g === 288 ? '<= 20x' : '');
});
line('evaluateDesign, 8-GPU (parse incl.)', oneEval.toFixed(3), '1x', '');
line('1,024-point node sweep, 8-GPU', sweep.toFixed(1), `${(sweep / oneEval).toFixed(1)}x`, '<= 100x');
line('first evaluation (empty cache), 8 GPUs', c8.toFixed(3), '1x', '');
line('first evaluation (empty cache), 72', c72.toFixed(3), `${(c72 / c8).toFixed(1)}x`, '');
line('first evaluation (empty cache), 288', c288.toFixed(3), `${(c288 / c8).toFixed(1)}x`, '');
if (failed) console.log(`(${failed} sweep points were refused by the engine)`);

const alloc: string[] = [];
for (let i = 0; i < sizes.length; i++) {
  const d = designs[i]!;
  alloc.push(`${sizes[i]} GPUs ${((await allocatedBytesPer(() => mustEvaluate(d), sizes[i]! >= 72 ? 1 : 10)) / 1024).toFixed(0)}`);
}
console.log(`allocation per evaluation, KiB (needs --expose-gc): ${alloc.join(', ')}`);
