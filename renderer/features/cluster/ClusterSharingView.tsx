import { useCallback, useEffect, useMemo } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/AppStoreProvider';
import { formatNumber, formatUsd } from '../../lib/format';
import { ClusterSettings } from './ClusterSettings';
import { ClusterTimeline } from './ClusterTimeline';
import { PolicyComparison } from './PolicyComparison';
import { WorkloadMixEditor } from './WorkloadMixEditor';
import { runClusterSimulation } from './clusterEngine';
import { scenarioToRun } from './clusterChartData';
import { sameRunInput, useClusterView } from './clusterStore';
import { clusterRunInput, useProjectCluster, useUpdateCluster } from './useProjectCluster';
import './cluster.css';

let latestRequest = 0;

/** Runs the scenario as edited and stores the answer (an older request's answer is dropped). */
function useSimulate() {
  const store = useAppStoreApi();
  const setRun = useClusterView((s) => s.setRun);
  return useCallback(() => {
    const { run } = useClusterView.getState();
    const input = clusterRunInput(store.getState().project);
    const request = ++latestRequest;
    setRun({ status: 'running', input, ...(run.status === 'done' ? { previous: run.result } : {}) });
    runClusterSimulation(scenarioToRun(input)).then(
      (response) => {
        if (request !== latestRequest) return;
        setRun(response.ok ? { status: 'done', input, result: response } : { status: 'error', input, errors: response.errors });
      },
      (error: unknown) => {
        if (request !== latestRequest) return;
        setRun({ status: 'error', input, errors: [{ path: '(simulation)', message: error instanceof Error ? error.message : String(error) }] });
      },
    );
  }, [store, setRun]);
}

/** The "Cluster sharing" view: the workload mix, tenants and cluster; the policies side by side; a scrubbable timeline with utilisation and queue. */
export function ClusterSharingView() {
  const run = useClusterView((s) => s.run);
  const policyIndex = useClusterView((s) => s.policyIndex);
  const setPolicyIndex = useClusterView((s) => s.setPolicyIndex);
  const scrubHours = useClusterView((s) => s.scrubHours);
  const setScrubHours = useClusterView((s) => s.setScrubHours);
  const setOpen = useClusterView((s) => s.setOpen);
  const cluster = useProjectCluster();
  const name = cluster.scenario.name;
  const updateCluster = useUpdateCluster();
  const project = useAppStore((s) => s.project);
  const current = useMemo(() => clusterRunInput(project), [project]);
  const stale = run.status === 'done' && !sameRunInput(run.input, current);
  const simulate = useSimulate();
  useEffect(() => {
    if (useClusterView.getState().run.status === 'idle') simulate();
  }, [simulate]);

  const result = run.status === 'done' ? run.result : run.status === 'running' ? run.previous : undefined;
  const policy = result?.policies[Math.min(policyIndex, result.policies.length - 1)];
  return (
    <div className="cluster-view" data-testid="cluster-view" role="region" aria-label="Cluster sharing">
      <div className="cluster-view__bar">
        <h2 className="cluster-view__title">Cluster sharing</h2>
        <span className="cluster-muted">{name}</span>
        <span className="cluster-view__spacer" />
        <span className="cluster-status" data-testid="cluster-status" data-status={stale ? 'stale' : run.status} role="status" aria-live="polite">
          {run.status === 'running' ? 'Simulating…' : run.status === 'error' ? 'Cannot simulate' : run.status === 'done' ? (stale ? 'Edited since the last run' : 'Results current') : ''}
        </span>
        <label className="cluster-check" title="The comparison and the PDF proposal show this what-if's policies side by side (simulated again from the saved scenario).">
          <input type="checkbox" data-testid="cluster-in-proposal" checked={cluster.inProposal ?? false} onChange={(e) => { const on = e.currentTarget.checked; updateCluster((d) => { d.inProposal = on; }); }} /> In Compare and the PDF
        </label>
        <button type="button" className="cluster-button cluster-button--primary" data-testid="cluster-simulate" onClick={simulate} disabled={run.status === 'running'}>Simulate</button>
        <button type="button" className="cluster-button" onClick={() => setOpen(false)}>Back to the design</button>
      </div>
      <div className="cluster-view__body">
        <div className="cluster-view__inputs">
          <ClusterSettings />
          <WorkloadMixEditor />
        </div>
        {run.status === 'error' ? (
          <div className="cluster-errors" role="alert" data-testid="cluster-errors">
            <strong>The scenario cannot be simulated:</strong>
            <ul>{run.errors.map((e, i) => <li key={i}><code>{e.path}</code>: {e.message}</li>)}</ul>
          </div>
        ) : null}
        {result && policy ? (
          <div className={`cluster-view__results${run.status === 'running' || stale ? ' cluster-view__results--stale' : ''}`}>
            <p className="cluster-facts" data-testid="cluster-facts">
              {formatNumber(result.cluster.servers)} servers × {result.cluster.gpusPerServer} GPUs = {formatNumber(result.cluster.totalGpus)} GPUs in {result.cluster.leaves} leaf switch(es) of {result.cluster.serversPerLeaf}, uplinks {result.cluster.oversubscription}:1;
              {' '}{formatUsd(result.cluster.usdPerGpuHour)} per GPU-hour; node MTBF {formatNumber(result.cluster.nodeMtbfHours)} h; {formatNumber(policy.details.failures)} node failure(s) in this run.
              {' '}Job speeds come from the engine at each size; a job spanning leaf switches is priced with the uplinks' oversubscription.
            </p>
            <PolicyComparison policies={result.policies} selected={Math.min(policyIndex, result.policies.length - 1)} onSelect={setPolicyIndex} />
            <ClusterTimeline policy={policy} cluster={result.cluster} scrubHours={scrubHours} onScrub={setScrubHours} />
          </div>
        ) : null}
      </div>
    </div>
  );
}
