/**
 * The project's cluster-sharing what-if, read and edited through the document store so that every edit is
 * saved with the project and is one undo step. A project that has none shows the shipped three-teams example
 * until its first edit writes it into the project.
 */
import type { Draft } from 'immer';
import { useCallback } from 'react';
import type { ClusterScenarioInput, ProjectFile } from '../../../core';
import type { ProjectCluster } from '../../../core/project/clusterSection';
import threeTeams from '../../../assets/examples/cluster-sharing-three-teams.json';
import { useAppStore, useAppStoreApi } from '../../store/AppStoreProvider';
import type { ClusterRunInput } from './clusterStore';

/** The what-if a project without one starts from (frozen: copied before it is edited). */
export const DEFAULT_PROJECT_CLUSTER: ProjectCluster = Object.freeze({ scenario: threeTeams as ClusterScenarioInput, source: 'template' as const });

/** The project's what-if, or the example. */
export function projectClusterOf(project: ProjectFile): ProjectCluster {
  return project.cluster ?? DEFAULT_PROJECT_CLUSTER;
}

/** What a simulation of the project's what-if is run from. */
export function clusterRunInput(project: ProjectFile): ClusterRunInput {
  const cluster = projectClusterOf(project);
  const source = cluster.source ?? 'template';
  return { scenario: cluster.scenario, source, design: source === 'open-design' ? project.design : null };
}

/** The open project's what-if. */
export function useProjectCluster(): ProjectCluster {
  return useAppStore((s) => projectClusterOf(s.project));
}

/** Edit the open project's what-if (one undo step per call). */
export function useUpdateCluster(): (recipe: (cluster: Draft<ProjectCluster>) => void) => void {
  const store = useAppStoreApi();
  return useCallback((recipe) => store.getState().updateCluster(recipe, DEFAULT_PROJECT_CLUSTER), [store]);
}

/** Edit the open project's cluster scenario (one undo step per call). */
export function useUpdateScenario(): (recipe: (scenario: Draft<ClusterScenarioInput>) => void) => void {
  const update = useUpdateCluster();
  return useCallback((recipe) => update((c) => recipe(c.scenario)), [update]);
}
