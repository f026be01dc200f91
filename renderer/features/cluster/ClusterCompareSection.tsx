/**
 * The comparison's cluster-sharing section: whether the comparison and the PDF include the project's
 * what-if, and when they do, its policies side by side (simulated again whenever the scenario changes).
 */
import { useEffect, useState } from 'react';
import type { ClusterSimulationResponse } from '../../../core';
import { formatInputError } from '../../../core/project/zodErrors';
import { useAppStore } from '../../store/AppStoreProvider';
import { scenarioToRun } from './clusterChartData';
import { runClusterSimulation } from './clusterEngine';
import { ClusterPolicySummary } from './ClusterSummary';
import { projectClusterOf, useUpdateCluster } from './useProjectCluster';

type SectionState = { status: 'running' } | { status: 'done'; response: ClusterSimulationResponse } | { status: 'failed'; message: string };

/** The section, for the Compare view. */
export function ClusterCompareSection() {
  const project = useAppStore((s) => s.project);
  const cluster = projectClusterOf(project);
  const included = cluster.inProposal ?? false;
  const update = useUpdateCluster();
  const scenario = cluster.scenario;
  const source = cluster.source ?? 'template';
  // The open design matters only when the cluster is made from it (then every design edit simulates again).
  const design = source === 'open-design' ? project.design : null;
  const [state, setState] = useState<SectionState>({ status: 'running' });
  useEffect(() => {
    if (!included) return;
    let current = true;
    setState({ status: 'running' });
    runClusterSimulation(scenarioToRun({ scenario, source, design })).then(
      (response) => current && setState({ status: 'done', response }),
      (error: unknown) => current && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [included, scenario, source, design]);

  return (
    <section className="compare-cluster" data-testid="compare-cluster" aria-busy={included && state.status === 'running'}>
      <h3 className="compare__section">Cluster sharing what-if</h3>
      <label className="compare-form__check">
        <input type="checkbox" checked={included} data-testid="compare-cluster-include" onChange={(e) => { const on = e.currentTarget.checked; update((d) => { d.inProposal = on; }); }} />
        <span>Include “{cluster.scenario.name}” (edited in Cluster sharing) in the comparison and the PDF</span>
      </label>
      {!included ? null : state.status === 'running' ? (
        <p className="compare__hint">Simulating the policies…</p>
      ) : state.status === 'failed' ? (
        <p className="compare__error" role="alert">The simulation failed: {state.message}</p>
      ) : !state.response.ok ? (
        <p className="compare__error" role="alert">The cluster scenario cannot be simulated: {state.response.errors.map(formatInputError).join('; ')}</p>
      ) : (
        <ClusterPolicySummary name={cluster.scenario.name} sim={state.response} size={{ height: 220 }} tableClass="compare-table" />
      )}
    </section>
  );
}
