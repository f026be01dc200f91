/**
 * Cluster-sharing benchmark (not a test): the shipped month-long scenario, about 1,000 jobs on 512 DGX A100
 * (4,096 GPUs) over 720 simulated hours, each of its policies. Target: <= 2 s per policy run.
 */
import { performance } from 'node:perf_hooks';
import { resolveClusterScenario, simulateResolved, type ClusterScenarioInput } from '../core';
import month from '../assets/examples/cluster-sharing-month-4096-gpus.json';

/** Times the month scenario: engine pricing of the job classes, then each policy's simulation; prints and returns the figures. */
export function benchCluster(runs = 3): { pricingMs: number; policyMs: Array<{ name: string; firstMs: number; medianMs: number; jobs: number }> } {
  const t0 = performance.now();
  const r = resolveClusterScenario(month as ClusterScenarioInput);
  if (!r.ok) throw new Error(`month scenario invalid: ${r.errors[0]?.path}: ${r.errors[0]?.message}`);
  const pricingMs = performance.now() - t0;
  const policyMs = r.resolved.scenario.policies.map((spec) => {
    const one = { ...r.resolved, scenario: { ...r.resolved.scenario, policies: [spec] } };
    const times: number[] = [];
    let jobs = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const [result] = simulateResolved(one);
      times.push(performance.now() - t);
      jobs = result!.outcome.jobs.length;
    }
    // The first run also prices the sizes the policy reaches for the first time (each once, then cached).
    const firstMs = times[0]!;
    times.sort((a, b) => a - b);
    return { name: spec.name ?? spec.policy, firstMs, medianMs: times[Math.floor(times.length / 2)]!, jobs };
  });
  const gpus = r.resolved.shape.totalGpus;
  console.log(`Cluster sharing: ${policyMs[0]?.jobs ?? 0} jobs on ${gpus.toLocaleString('en-US')} GPUs over ${r.resolved.scenario.horizonHours} h`);
  console.log(`  engine pricing of the job classes (first run) ${pricingMs.toFixed(0)} ms`);
  for (const p of policyMs) console.log(`  ${p.name.padEnd(26)} first run ${p.firstMs.toFixed(0)} ms, median ${p.medianMs.toFixed(0)} ms (target <= 2000 ms)`);
  return { pricingMs, policyMs };
}

// Run on its own (`npx tsx bench/cluster.ts`); bundled into the benchmark, import.meta.url is the bundle's, so match the path.
if (process.argv[1]?.endsWith('bench/cluster.ts')) benchCluster();
