/**
 * Bytes the engine allocates per evaluation of a design, measured in a child process that `bench/run.ts`
 * starts with `--expose-gc --min-semi-space-size=64 --max-semi-space-size=64`:
 * 1. warm up (JIT, catalog caches), then `gc()` twice so the heap holds only live data;
 * 2. evaluate the design `runs` times, keeping nothing, with a young generation large enough that no
 *    collection runs in between (a `gc` PerformanceObserver counts collections; any collection makes the
 *    figure a lower bound, and the output says so);
 * 3. allocation per evaluation = (heapUsed after - heapUsed before) / runs.
 * Prints one JSON line: { bytesPerEvaluation, runs, collections }.
 * (a fixed 64 MiB semi-space: V8 grows the young generation only as it fills, so a maximum alone is not enough)
 * Usage (from bench/run.ts): node --expose-gc --min-semi-space-size=64 --max-semi-space-size=64 --import tsx bench/allocation.ts GPUS
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { evaluateDesign } from '../core';
import { nvswitchServerDesign } from './designs';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('bench/allocation.ts needs node --expose-gc');

const gpus = Number(process.argv[2] ?? '8');
const design = nvswitchServerDesign(gpus);
const runs = 40;
for (let i = 0; i < 50; i++) evaluateDesign(design);

let collections = 0;
const observer = new PerformanceObserver((list) => {
  collections += list.getEntries().length;
});
gc();
gc();
observer.observe({ entryTypes: ['gc'] });
const before = process.memoryUsage().heapUsed;
let ok = 0;
for (let i = 0; i < runs; i++) if (evaluateDesign(design).ok) ok++;
const after = process.memoryUsage().heapUsed;
// Observer callbacks run asynchronously: let them report before reading the count.
await new Promise((resolve) => setTimeout(resolve, 50));
observer.disconnect();
if (ok !== runs) throw new Error(`the ${gpus}-GPU design failed to evaluate`);
process.stdout.write(`${JSON.stringify({ bytesPerEvaluation: (after - before) / runs, runs, collections })}\n`);
