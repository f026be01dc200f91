import { formatInputError } from '../../../core/project/zodErrors';
import { useEffect, useState } from 'react';
import { loadProject, type ProjectFile } from '../../../core';
import { listScenarios } from '../../../core/project/scenarios';
import { getExportPlatform, type ExportPlatform } from '../../platform/exportPlatform';
import { getScenarioEngine, type ScenarioEngine } from '../compare/scenarioEngine';
import { scenarioResults, type ScenarioResult } from '../compare/scenarioResults';
import type { ModelAccuracy } from './modelAccuracy';
import { DEFAULT_REPORT_TITLE, ProposalReport } from './ProposalReport';
import { runClusterSimulation } from '../cluster/clusterEngine';
import { scenarioToRun } from '../cluster/clusterChartData';
import type { ReportCluster } from '../cluster/ClusterReportSection';
import { clusterRunInput } from '../cluster/useProjectCluster';
import type { ClusterSimulationResponse } from '../../../core';

type ReportState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'none' }
  | { status: 'ready'; project: ProjectFile; results: ScenarioResult[]; accuracy: ModelAccuracy | null; cluster: ReportCluster | null };

/** Simulates a cluster scenario (the cluster worker by default). */
export type ClusterSimulator = (scenario: unknown) => Promise<ClusterSimulationResponse>;

/** What the route is built from (tests pass fakes). */
export interface ReportRouteProps {
  platform?: ExportPlatform;
  engine?: ScenarioEngine;
  /** Open the print dialog once drawn (the browser build's Export PDF). */
  autoPrint?: boolean;
  today?: Date;
  simulateCluster?: ClusterSimulator;
}

async function loadReport(platform: ExportPlatform, engine: ScenarioEngine, simulateCluster: ClusterSimulator): Promise<ReportState> {
  const text = await platform.reportDocument();
  if (text === null) return { status: 'none' };
  const loaded = loadProject(text);
  if (!loaded.ok) return { status: 'error', message: loaded.errors.map(formatInputError).join('; ') };
  const project: ProjectFile = loaded.project;
  const chosen = project.proposal?.scenarioIds;
  const all = listScenarios(project);
  // The preparer's choice of scenarios; one that no longer exists is skipped, and an empty choice means all.
  const picked = chosen?.length ? all.filter((s) => chosen.includes(s.id)) : all;
  const scenarios = picked.length > 0 ? picked : all;
  const responses = await Promise.all(scenarios.map((s) => engine.evaluate(s.design)));
  const accuracy = await engine.measuredAccuracy().catch(() => null);
  // The cluster what-if is saved as a scenario, never as results: simulated again here (deterministic for its seed).
  const cluster = project.cluster?.inProposal ? { name: project.cluster.scenario.name, response: await simulateCluster(scenarioToRun(clusterRunInput(project))) } : null;
  return { status: 'ready', project, results: scenarioResults(scenarios, responses), accuracy, cluster };
}

/**
 * The `#/report` route: loads the handed-over project, evaluates every scenario, draws the proposal, then
 * marks the page ready (`data-report-ready`, `report:ready` in Electron) so it can be printed to PDF.
 */
export function ReportRoute({ platform = getExportPlatform(), engine = getScenarioEngine(), autoPrint = false, today, simulateCluster = runClusterSimulation }: ReportRouteProps) {
  const [state, setState] = useState<ReportState>({ status: 'loading' });
  const [date] = useState(() => today ?? new Date());

  useEffect(() => {
    document.documentElement.classList.add('report-document');
    let current = true;
    loadReport(platform, engine, simulateCluster)
      .catch((error: unknown): ReportState => ({ status: 'error', message: error instanceof Error ? error.message : String(error) }))
      .then((next) => {
        if (current) setState(next);
      });
    return () => {
      current = false;
      document.documentElement.classList.remove('report-document');
    };
    // Loaded once per mount: the route renders one document.
  }, []);

  useEffect(() => {
    if (state.status === 'loading') return;
    if (state.status === 'ready') document.title = state.project.proposal?.title?.trim() || `${DEFAULT_REPORT_TITLE}: ${state.results[0]?.name ?? ''}`;
    let cancelled = false;
    // Print only after fonts are in and the charts (which measure their boxes) have drawn: two frames.
    void document.fonts.ready
      .then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
      .then(async () => {
        if (cancelled) return;
        document.documentElement.dataset.reportReady = state.status === 'ready' ? 'true' : state.status;
        await platform.reportReady();
        if (autoPrint && state.status === 'ready') window.print();
      });
    return () => {
      cancelled = true;
    };
  }, [state, platform, autoPrint]);

  if (state.status === 'loading') return <p className="report-status" data-testid="report-loading">Preparing the proposal…</p>;
  if (state.status === 'none') {
    return (
      <div className="report-status" role="status" data-testid="report-none">
        <p><strong>No project is open.</strong></p>
        <p>The proposal shows the project open in the planner. Open the planner, open or build a design there, then use Export PDF or come back to this page.</p>
        <p><a href="./#/">Open the planner</a></p>
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div className="report-status report-status--error" role="alert" data-testid="report-error">
        <p>The proposal cannot be made: the design is not a valid Trainwright project.</p>
        <p>{state.message}</p>
      </div>
    );
  }
  return <ProposalReport project={state.project} results={state.results} accuracy={state.accuracy} today={date} cluster={state.cluster} />;
}
