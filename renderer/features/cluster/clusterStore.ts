/**
 * The Cluster sharing view's own state: whether it is open, the last simulation's answer and the time the
 * timeline is scrubbed to. The scenario itself (the workload mix, tenants, cluster and policies) belongs to
 * the project (`project.cluster`, see useProjectCluster.ts): it is saved with the file and undone with it.
 */
import { create } from 'zustand';
import type { ClusterScenarioInput, ClusterSimulationResponse, Design, InputError } from '../../../core';
import type { ClusterSource } from '../../../core/project/clusterSection';

export type { ClusterSource };

/** What a simulation was run from (compared by identity to tell whether the results are current). */
export interface ClusterRunInput {
  scenario: ClusterScenarioInput;
  source: ClusterSource;
  /** The open design, when the cluster is made from it. */
  design: Design | null;
}

/** A finished simulation, or why it could not run. */
export type ClusterRunState =
  | { status: 'idle' }
  | { status: 'running'; input: ClusterRunInput; previous?: Extract<ClusterSimulationResponse, { ok: true }> }
  | { status: 'done'; input: ClusterRunInput; result: Extract<ClusterSimulationResponse, { ok: true }> }
  | { status: 'error'; input: ClusterRunInput; errors: InputError[] };

/** State and actions of the view. */
export interface ClusterViewState {
  open: boolean;
  run: ClusterRunState;
  /** Index of the policy whose timeline and charts are shown. */
  policyIndex: number;
  /** Time the timeline is scrubbed to, h. */
  scrubHours: number;
  setOpen: (open: boolean) => void;
  setRun: (run: ClusterRunState) => void;
  setPolicyIndex: (index: number) => void;
  setScrubHours: (hours: number) => void;
}

/** Whether two run inputs are the same scenario (equal content), source and, for the open design, the same design. */
export function sameRunInput(a: ClusterRunInput, b: ClusterRunInput): boolean {
  return a.source === b.source && a.design === b.design && (a.scenario === b.scenario || JSON.stringify(a.scenario) === JSON.stringify(b.scenario));
}

/** The view's store (one per window). */
export const useClusterView = create<ClusterViewState>()((set) => ({
  open: false,
  run: { status: 'idle' },
  policyIndex: 0,
  scrubHours: 0,
  setOpen: (open) => set({ open }),
  setRun: (run) => set((s) => ({ run, policyIndex: run.status === 'done' ? Math.min(s.policyIndex, run.result.policies.length - 1) : s.policyIndex })),
  setPolicyIndex: (policyIndex) => set({ policyIndex }),
  setScrubHours: (scrubHours) => set({ scrubHours }),
}));
