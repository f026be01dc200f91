/**
 * Engine benchmark (not a test; `npm run bench`). Medians over many runs after a warm-up:
 * - evaluation of a 1-node/8-GPU design and of 16- and 128-node clusters, and a sweep rate in designs/s;
 * - rows that show growth: 1/5/20/50 server types; 8/72/144/288 GPUs in one server on an NVSwitch fabric (the
 *   engine on the validated design, and the schema validation apart);
 *   a 1,024-point node-count sweep; the `trainwright` command's start-up against `node -e 0`;
 * - allocation per evaluation of the 8-GPU design (see bench/allocation.ts for how it is measured);
 * then each speed target of issue 10 with its limit and PASS or FAIL. Always exits 0: it reports.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluateDesign, exampleProject, MAX_SWEEP_POINTS, sweepNodes, type Design, type DesignInput } from '../core';
import { DesignSchema } from '../core/model/design';
import { evaluateParsed } from '../core/engine/evaluate';
import { measureCliStartup } from './cliStartup';
import { nvswitchServerDesign, serverTypesDesign } from './designs';
import { planFor, timeInTurns, timeRuns, type Timing } from './measure';
import { benchCluster } from './cluster';

const root = path.resolve(import.meta.dirname, '..');

function evaluateOk(design: DesignInput): void {
  const r = evaluateDesign(design);
  if (!r.ok) throw new Error(`design "${design.name}" failed: ${r.errors[0]?.path}: ${r.errors[0]?.message}`);
}

/** Median time of one evaluation of `design`, with runs sized to how long one takes. */
function timeEvaluation(design: DesignInput): Timing {
  return timeRuns(() => evaluateOk(design), planFor(() => evaluateOk(design)));
}

const ms = (x: number | undefined) => (x === undefined ? '' : x.toFixed(3)).padStart(10);
function printRows(title: string, rows: ReadonlyArray<readonly [string, Timing]>): void {
  console.log(`\n${title.padEnd(34)}  median ms     p90 ms   runs  CPU median`);
  for (const [name, t] of rows) console.log(`${name.padEnd(34)} ${ms(t.medianMs)} ${ms(t.p90Ms)} ${String(t.runs).padStart(6)} ${ms(t.cpuMedianMs)}`);
}
/** A row's CPU time per run (what the ratio targets compare), else its wall-time median. */
const cpuOf = (t: Timing): number => t.cpuMedianMs ?? t.medianMs;

// Clusters of the 8-GPU node (the rows the README has quoted).
const single = exampleProject('dgx-a100-resnet50-nvme').design;
const cluster = exampleProject('cluster-16-shared-storage').design;
const withNodes = (d: Design, n: number): Design => ({ ...d, serverTypes: d.serverTypes.map((s) => ({ ...s, count: n })) });
printRows('Design', [
  ['1 node x 8 GPUs', timeEvaluation(single)],
  ['16 nodes x 8 GPUs', timeEvaluation(withNodes(cluster, 16))],
  ['128 nodes x 8 GPUs', timeEvaluation(withNodes(cluster, 128))],
]);

// Sweep rate: node count x batch x prefetch, as a what-if search would, each point a full evaluation.
{
  const t0 = performance.now();
  let designs = 0;
  for (const nodes of [1, 2, 4, 8, 16, 32, 64, 128]) {
    for (const batch of [1024, 2048, 4096, 8192, 16384]) {
      for (const prefetch of [1, 2, 4, 8]) {
        const d = withNodes(cluster, nodes);
        evaluateOk({ ...d, run: { ...d.run, globalBatch: batch, prefetchDepth: prefetch } });
        designs++;
      }
    }
  }
  console.log(`Sweep: ${designs} designs at ${(designs / ((performance.now() - t0) / 1000)).toFixed(0)} designs/s`);
}

// Growth with the number of server types (8 GPUs each, one node of each).
const typeRows = [1, 5, 20, 50].map((n) => [`${n} server type${n > 1 ? 's' : ''} x 8 GPUs`, timeEvaluation(serverTypesDesign(n))] as const);
printRows('Server types', typeRows);

// Growth with the GPUs of one server on one NVSwitch fabric (NVL72-class racks at 72): the engine's evaluation
// of the validated design (the ratio targets), and apart from it the schema validation of the document, which
// grows with its size like reading the file does.
const parsedEvaluation = (design: Design): Timing => {
  const run = () => {
    const r = evaluateParsed(design);
    if (!r.ok) throw new Error(`design "${design.name}" failed: ${r.errors[0]?.path}: ${r.errors[0]?.message}`);
  };
  return timeRuns(run, planFor(run));
};
const gpuCounts = [8, 72, 144, 288];
const gpuDesigns = new Map(gpuCounts.map((g) => [g, DesignSchema.parse(nvswitchServerDesign(g))]));
const gpuRows = new Map(gpuCounts.map((g) => [g, parsedEvaluation(gpuDesigns.get(g)!)]));
const validationRows = gpuCounts.map((g) => {
  const input = nvswitchServerDesign(g);
  const run = () => void DesignSchema.parse(input);
  return [`validate 1 server x ${g} GPUs`, timeRuns(run, planFor(run))] as const;
});
printRows('GPUs in one NVSwitch server', [...[...gpuRows].map(([g, t]) => [`evaluate 1 server x ${g} GPUs`, t] as const), ...validationRows]);

// A 1,024-point node-count sweep of the 8-GPU node (one request, as design search would send it).
const sweepDesign = nvswitchServerDesign(8);
const sweepCounts = Array.from({ length: MAX_SWEEP_POINTS }, (_, i) => i + 1);
const runSweep = (): void => {
  const r = sweepNodes(sweepDesign, sweepCounts);
  if (!r.ok) throw new Error(`sweep failed: ${r.errors[0]?.message}`);
  const failed = r.sweep.points.filter((p) => !p.ok).length;
  if (failed > 0) throw new Error(`${failed} of ${sweepCounts.length} sweep points failed`);
};
// The sweep validates its design once, as one `evaluateDesign` call does: compare like with like. The two are
// timed in turns (5 sweeps, then 300 evaluations, 9 times), so that their ratio compares them under the same load.
const sweepPair = timeInTurns(runSweep, () => evaluateOk(sweepDesign), { rounds: 9, aPerRound: 5, bPerRound: 300, warmupMs: 300 });
const eightGpus = gpuRows.get(8)!;
printRows('Node sweep (timed in turns)', [
  [`${sweepCounts.length}-point sweep, 8-GPU node`, sweepPair.a],
  ['evaluateDesign of the same design', sweepPair.b],
]);

// Start-up of the command, bundled (what `npm ci` leaves) and from the TypeScript source.
const cliArgs = ['evaluate', 'assets/examples/dgx-a100-resnet50-nvme.json', '--json'];
const cli = measureCliStartup(cliArgs, 15);
const cliSource = measureCliStartup(cliArgs, 5, true);
printRows('Command start-up (wall time)', [
  ['node -e 0', cli.nodeOnly],
  [`trainwright (${cli.entry})`.slice(0, 34), cli.cli],
  ['trainwright (TypeScript via tsx)', cliSource.cli],
]);
console.log(`  ${cli.command}`);

// Allocation per evaluation, in a child process with a large young generation (see bench/allocation.ts).
{
  const child = spawnSync(process.execPath, ['--expose-gc', '--min-semi-space-size=64', '--max-semi-space-size=64', '--import', 'tsx', path.join('bench', 'allocation.ts'), '8'], { cwd: root, encoding: 'utf8' });
  if (child.status !== 0) {
    console.log(`\nAllocation: could not be measured: ${child.stderr.trim().split('\n').at(-1)}`);
  } else {
    const a = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { bytesPerEvaluation: number; runs: number; collections: number };
    const note = a.collections > 0 ? ` (a lower bound: ${a.collections} collection(s) ran during the runs)` : ' (no collection during the runs)';
    console.log(`\nAllocation per evaluation, 1 server x 8 GPUs: ${(a.bytesPerEvaluation / 1024).toFixed(0)} KiB, heapUsed growth over ${a.runs} evaluations${note}`);
  }
}

// The targets of issue 10, ratios from this run: engine rows by CPU time per run (the sweep's as the median of its
// rounds' ratios, see timeInTurns), the command by wall time (its start-up is a child process, so this process's
// CPU time does not see it).
const targets: Array<[string, number, number]> = [
  ['72-GPU evaluation / 8-GPU evaluation', cpuOf(gpuRows.get(72)!) / cpuOf(eightGpus), 4],
  ['288-GPU evaluation / 8-GPU evaluation', cpuOf(gpuRows.get(288)!) / cpuOf(eightGpus), 20],
  [`${sweepCounts.length}-point sweep / one evaluation`, sweepPair.cpuRatio, 100],
  ['trainwright evaluate --json / node -e 0', cli.cli.medianMs / cli.nodeOnly.medianMs, 4],
];
console.log('\nTarget                                       ratio    limit');
for (const [name, ratio, limit] of targets) console.log(`${name.padEnd(42)} ${ratio.toFixed(1).padStart(8)}x ${`<= ${limit}x`.padStart(8)}  ${ratio <= limit ? 'PASS' : 'FAIL'}`);

benchCluster();
