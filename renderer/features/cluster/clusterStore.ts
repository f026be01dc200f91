/**
 * The Cluster sharing view's own state: whether it is open, the scenario being edited (the workload mix,
 * tenants, cluster and policies), the last simulation's answer and the time the timeline is scrubbed to.
 * The scenario is the view's, not the project's: it is not saved with the project file yet.
 */
import { produce, type Draft } from 'immer';
import { create } from 'zustand';
import type { ClusterScenarioInput, ClusterSimulationResponse, InputError } from '../../../core';
import threeTeams from '../../../assets/examples/cluster-sharing-three-teams.json';

/** Where the cluster's servers come from: the scenario's template, or the design open in the editor. */
export type ClusterSource = 'template' | 'open-design';

/** A finished simulation, or why it could not run. */
export type ClusterRunState =
  | { status: 'idle' }
  | { status: 'running'; previous?: Extract<ClusterSimulationResponse, { ok: true }> }
  | { status: 'done'; result: Extract<ClusterSimulationResponse, { ok: true }>; stale: boolean }
  | { status: 'error'; errors: InputError[] };

/** State and actions of the view. */
export interface ClusterViewState {
  open: boolean;
  scenario: ClusterScenarioInput;
  source: ClusterSource;
  run: ClusterRunState;
  /** Index of the policy whose timeline and charts are shown. */
  policyIndex: number;
  /** Time the timeline is scrubbed to, h. */
  scrubHours: number;
  setOpen: (open: boolean) => void;
  updateScenario: (recipe: (draft: Draft<ClusterScenarioInput>) => void) => void;
  setSource: (source: ClusterSource) => void;
  setRun: (run: ClusterRunState) => void;
  setPolicyIndex: (index: number) => void;
  setScrubHours: (hours: number) => void;
}

/** A fresh copy of the example the view opens with. */
export function defaultClusterScenario(): ClusterScenarioInput {
  return JSON.parse(JSON.stringify(threeTeams)) as ClusterScenarioInput;
}

/** The view's store (one per window). */
export const useClusterView = create<ClusterViewState>()((set) => ({
  open: false,
  scenario: defaultClusterScenario(),
  source: 'template',
  run: { status: 'idle' },
  policyIndex: 0,
  scrubHours: 0,
  setOpen: (open) => set({ open }),
  updateScenario: (recipe) => set((s) => ({ scenario: produce(s.scenario, recipe), run: s.run.status === 'done' ? { ...s.run, stale: true } : s.run })),
  setSource: (source) => set((s) => ({ source, run: s.run.status === 'done' ? { ...s.run, stale: true } : s.run })),
  setRun: (run) => set((s) => ({ run, policyIndex: run.status === 'done' ? Math.min(s.policyIndex, run.result.policies.length - 1) : s.policyIndex })),
  setPolicyIndex: (policyIndex) => set({ policyIndex }),
  setScrubHours: (scrubHours) => set({ scrubHours }),
}));
