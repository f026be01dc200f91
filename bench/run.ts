/**
 * Engine benchmark (not a test): median evaluation time of a 1-node/8-GPU design, a 16-node and a
 * 128-node cluster, and a sweep rate in designs per second.   npm run bench
 */
import { performance } from 'node:perf_hooks';
import { evaluateDesign, exampleProject, type Design } from '../core';
import { benchCluster } from './cluster';

function median(xs: number[]): number {
  const a = [...xs].sort((x, y) => x - y);
  return a[Math.floor(a.length / 2)]!;
}

function timeIt(design: Design, runs: number): { medianMs: number; p90Ms: number } {
  for (let i = 0; i < 20; i++) evaluateDesign(design); // warm up the JIT and the catalog cache
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = evaluateDesign(design);
    t.push(performance.now() - t0);
    if (!r.ok) throw new Error(`design failed: ${r.errors[0]?.message}`);
  }
  const s = [...t].sort((x, y) => x - y);
  return { medianMs: median(t), p90Ms: s[Math.floor(0.9 * s.length)]! };
}

const single = exampleProject('dgx-a100-resnet50-nvme').design;
const cluster = exampleProject('cluster-16-shared-storage').design;
const withNodes = (d: Design, n: number): Design => ({ ...d, serverTypes: d.serverTypes.map((s) => ({ ...s, count: n })) });

const rows: Array<[string, { medianMs: number; p90Ms: number }]> = [
  ['1 node x 8 GPUs', timeIt(single, 500)],
  ['16 nodes x 8 GPUs', timeIt(withNodes(cluster, 16), 300)],
  ['128 nodes x 8 GPUs', timeIt(withNodes(cluster, 128), 300)],
];

// Sweep: node count x drive count x batch, as a what-if sweep would.
const t0 = performance.now();
let designs = 0;
for (const nodes of [1, 2, 4, 8, 16, 32, 64, 128]) {
  for (const batch of [1024, 2048, 4096, 8192, 16384]) {
    for (const prefetch of [1, 2, 4, 8]) {
      const d = withNodes(cluster, nodes);
      const r = evaluateDesign({ ...d, run: { ...d.run, globalBatch: batch, prefetchDepth: prefetch } });
      if (!r.ok) throw new Error('sweep design failed');
      designs++;
    }
  }
}
const sweepRate = designs / ((performance.now() - t0) / 1000);

console.log('Design                 median ms   p90 ms');
for (const [name, r] of rows) console.log(`${name.padEnd(22)} ${r.medianMs.toFixed(3).padStart(9)} ${r.p90Ms.toFixed(3).padStart(8)}`);
console.log(`Sweep: ${designs} designs at ${sweepRate.toFixed(0)} designs/s`);
benchCluster();
