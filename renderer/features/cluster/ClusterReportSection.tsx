import type { ClusterSimulationResponse } from '../../../core';
import { formatInputError } from '../../../core/project/zodErrors';
import { ClusterPolicySummary } from './ClusterSummary';

/** The cluster what-if the proposal includes: its name and the simulation of its policies. */
export interface ReportCluster {
  name: string;
  response: ClusterSimulationResponse;
}

/** Anchor of the section in the proposal's contents. */
export const CLUSTER_REPORT_ANCHOR = 'cluster-sharing';

/** The proposal's section on the shared cluster: the policies side by side, shares, and a vector chart. */
export function ClusterReportSection({ cluster, number, chartWidth }: { cluster: ReportCluster; number: number; chartWidth: number }) {
  const { response } = cluster;
  return (
    <section className="report-section" aria-labelledby={CLUSTER_REPORT_ANCHOR} data-testid="report-cluster">
      <h2 id={CLUSTER_REPORT_ANCHOR}>{number}. Cluster sharing: scheduling policies compared</h2>
      <p>
        Several teams sharing one cluster, simulated job by job under each scheduling policy: static gang jobs keep their GPUs for life and restart whole after a node
        failure; elastic jobs grow into idle GPUs and give them back by priority and share. Completion is from arrival to finish; utilisation is GPU-hours held over the
        cluster's GPU-hours within the arrival horizon.
      </p>
      {response.ok ? (
        <ClusterPolicySummary name={cluster.name} sim={response} size={{ width: chartWidth, height: 230 }} tableClass="report-table report-compare" />
      ) : (
        <p role="alert">The cluster scenario “{cluster.name}” could not be simulated: {response.errors.map(formatInputError).join('; ')}</p>
      )}
    </section>
  );
}
