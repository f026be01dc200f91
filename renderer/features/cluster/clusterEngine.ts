/**
 * Runs cluster simulations off the UI thread (a worker through comlink), or in the page where workers do
 * not exist (unit tests). A newer request supersedes an older one: its answer is dropped.
 */
import * as Comlink from 'comlink';
import { simulateCluster, type ClusterSimulationResponse } from '../../../core';

/** What the cluster worker exposes. */
export interface ClusterWorkerApi {
  simulate(scenario: unknown): ClusterSimulationResponse;
}

let remote: Comlink.Remote<ClusterWorkerApi> | null = null;

function api(): Pick<ClusterWorkerApi, 'simulate'> | Comlink.Remote<ClusterWorkerApi> {
  if (typeof Worker === 'undefined') return { simulate: (s) => simulateCluster(s, { recordTimeline: true }) };
  remote ??= Comlink.wrap<ClusterWorkerApi>(new Worker(new URL('./cluster.worker.ts', import.meta.url), { type: 'module', name: 'trainwright-cluster' }));
  return remote;
}

/** Simulates every policy of `scenario` with the Gantt timeline recorded. */
export async function runClusterSimulation(scenario: unknown): Promise<ClusterSimulationResponse> {
  return api().simulate(scenario);
}
