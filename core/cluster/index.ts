/**
 * Shared-cluster what-if: tenants, a workload mix, static gang vs elastic scheduling, topology-aware
 * placement and node failures, simulated event by event with each job's speed from the engine.
 */
import type { InputError } from '../engineApi';
import { resolveClusterScenario, type ResolvedScenario } from './resolveScenario';
import { simulatePolicy, type SimulateOptions } from './simulate';
import { summarizeRun, type ClusterDetails, type PolicyOutcome } from './summary';
import type { TimelineSegment } from './clusterState';
import type { ClusterShape } from './clusterShape';

export * from './scenarioSchema';
export { DEFAULT_SERVERS_PER_LEAF, type ClusterShape } from './clusterShape';
export { resolveClusterScenario, MAX_CLUSTER_JOBS, type ResolvedScenario, type ResolveScenarioResult, type ResolvedTenant, type FaultModel } from './resolveScenario';
export type { JobOutcome, TenantOutcome, PolicyOutcome, ClusterDetails } from './summary';
export type { TimelineSegment } from './clusterState';

/** One policy's outcome with the details the app draws (timeline only when asked for). */
export interface PolicyResult {
  outcome: PolicyOutcome;
  details: ClusterDetails;
  timeline: TimelineSegment[];
}

/** The cluster facts a reader needs beside the results. */
export type ClusterFacts = Pick<ClusterShape, 'servers' | 'gpusPerServer' | 'totalGpus' | 'serversPerLeaf' | 'leaves' | 'oversubscription'> & {
  usdPerGpuHour: number;
  nodeMtbfHours: number;
  horizonHours: number;
};

/** Every policy of a scenario, side by side; or the scenario's problems with their JSON paths. */
export type ClusterSimulationResponse =
  | { ok: true; cluster: ClusterFacts; policies: PolicyResult[] }
  | { ok: false; errors: InputError[] };

function facts(r: ResolvedScenario): ClusterFacts {
  const s = r.shape;
  return {
    servers: s.servers, gpusPerServer: s.gpusPerServer, totalGpus: s.totalGpus, serversPerLeaf: s.serversPerLeaf, leaves: s.leaves,
    oversubscription: s.oversubscription, usdPerGpuHour: r.usdPerGpuHour, nodeMtbfHours: r.faults.nodeMtbfHours, horizonHours: r.scenario.horizonHours,
  };
}

/** Simulates every policy of the scenario already resolved. */
export function simulateResolved(resolved: ResolvedScenario, options: SimulateOptions = {}): PolicyResult[] {
  return resolved.scenario.policies.map((spec) => {
    const run = simulatePolicy(resolved, spec, options);
    return { ...summarizeRun(resolved, run), timeline: run.timeline };
  });
}

/** Validates a cluster scenario and simulates each of its policies (deterministic for the scenario's seed); never throws for bad input. */
export function simulateCluster(scenario: unknown, options: SimulateOptions = {}): ClusterSimulationResponse {
  const r = resolveClusterScenario(scenario);
  if (!r.ok) return r;
  return { ok: true, cluster: facts(r.resolved), policies: simulateResolved(r.resolved, options) };
}
