import { PROJECT_FORMAT, loadProjectValue, simulateCluster, type ClusterFacts, type PolicyResult } from '../../core';
import { projectClusterScenario } from '../../core/project/clusterSection';
import { UsageError } from '../errors';
import { num, table, usd } from '../format';
import { readJsonFile } from '../readJson';

const USAGE = 'usage: trainwright simulate-cluster SCENARIO.json|PROJECT.json [--json]';

/**
 * `trainwright simulate-cluster SCENARIO.json [--json]`: every policy of a shared-cluster scenario side by
 * side; with `--json` one object `{ policies: [{ name, meanCompletionHours, p95WaitHours, gpuUtilization, tenants, jobs }] }`.
 */
export function simulateClusterCommand(args: string[], out: (s: string) => void): number {
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json');
  if (unknown.length > 0) throw new UsageError(`unknown option ${unknown[0]}; ${USAGE}`);
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) throw new UsageError(USAGE);
  const file = files[0]!;
  const response = simulateCluster(scenarioOf(file, readJsonFile(file)));
  if (!response.ok) throw new UsageError(`${file}: ${response.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  out(json ? JSON.stringify({ policies: response.policies.map((p) => p.outcome) }, null, 2) : clusterSummary(response.cluster, response.policies));
  return 0;
}

/** A scenario file as it is; a project file's saved cluster what-if (with its open design when the cluster is made from it). */
function scenarioOf(file: string, value: unknown): unknown {
  if ((value as { format?: unknown } | null)?.format !== PROJECT_FORMAT) return value;
  const loaded = loadProjectValue(value);
  if (!loaded.ok) throw new UsageError(`${file}: ${loaded.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  const scenario = projectClusterScenario(loaded.project);
  if (!scenario) throw new UsageError(`${file}: cluster: the project has no cluster-sharing what-if (edit one in the app's Cluster sharing view and save)`);
  return scenario;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const hours = (x: number) => `${num(x, 1)} h`;

/** The readable comparison of the policies. */
export function clusterSummary(cluster: ClusterFacts, policies: PolicyResult[]): string {
  const head = `${num(cluster.servers)} servers x ${cluster.gpusPerServer} GPUs = ${num(cluster.totalGpus)} GPUs in ${cluster.leaves} leaf switch(es) of ${cluster.serversPerLeaf} (uplinks ${cluster.oversubscription}:1); ` +
    `${usd(cluster.usdPerGpuHour)} per GPU-hour; node MTBF ${num(cluster.nodeMtbfHours)} h; arrivals over ${num(cluster.horizonHours)} h`;
  const rows = policies.map(({ outcome: o, details: d }) => [
    o.name, hours(o.meanCompletionHours), hours(d.meanWaitHours), hours(o.p95WaitHours), pct(o.gpuUtilization),
    num(o.jobs.reduce((s, j) => s + j.restarts, 0)), num(d.failures), usd(d.totalCostUsd), num(d.unfinishedJobs),
  ]);
  const tenantRows = policies.flatMap(({ outcome: o }) => o.tenants.map((t) => [o.name, t.name, pct(t.entitledShare), pct(t.receivedShare), num(t.jobs), hours(t.meanWaitHours), hours(t.meanCompletionHours)]));
  return [
    head,
    '',
    table(['Policy', 'Mean completion', 'Mean wait', 'p95 wait', 'GPU util', 'Restarts', 'Failures', 'Cost', 'Unfinished'], rows),
    '',
    table(['Policy', 'Tenant', 'Entitled', 'Received', 'Jobs', 'Mean wait', 'Mean completion'], tenantRows),
    '',
    'Completion = arrival to end; utilisation and shares are over the arrival horizon. Per-job figures: --json.',
  ].join('\n');
}
