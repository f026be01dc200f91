import { useEffect, useState } from 'react';
import { exampleProject, loadProject, type ProjectFile } from '../../../core';
import { listScenarios } from '../../../core/project/scenarios';
import { getExportPlatform, type ExportPlatform } from '../../platform/exportPlatform';
import { getScenarioEngine, type ScenarioEngine } from '../compare/scenarioEngine';
import { scenarioResults, type ScenarioResult } from '../compare/scenarioResults';
import type { ModelAccuracy } from './modelAccuracy';
import { DEFAULT_REPORT_TITLE, ProposalReport } from './ProposalReport';

type ReportState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; project: ProjectFile; results: ScenarioResult[]; accuracy: ModelAccuracy | null };

/** What the route is built from (tests pass fakes). */
export interface ReportRouteProps {
  platform?: ExportPlatform;
  engine?: ScenarioEngine;
  /** The project shown when no document was handed over (the app's start design). */
  fallbackProject?: () => ProjectFile;
  /** Open the print dialog once drawn (the browser build's Export PDF). */
  autoPrint?: boolean;
  today?: Date;
}

async function loadReport(platform: ExportPlatform, engine: ScenarioEngine, fallback: () => ProjectFile): Promise<ReportState> {
  const text = await platform.reportDocument();
  let project: ProjectFile;
  if (text === null) project = fallback();
  else {
    const loaded = loadProject(text);
    if (!loaded.ok) return { status: 'error', message: loaded.errors.map((e) => `${e.path}: ${e.message}`).join('; ') };
    project = loaded.project;
  }
  const scenarios = listScenarios(project);
  const responses = await Promise.all(scenarios.map((s) => engine.evaluate(s.design)));
  const accuracy = await engine.measuredAccuracy().catch(() => null);
  return { status: 'ready', project, results: scenarioResults(scenarios, responses), accuracy };
}

/**
 * The `#/report` route: loads the handed-over project, evaluates every scenario, draws the proposal, then
 * marks the page ready (`data-report-ready`, `report:ready` in Electron) so it can be printed to PDF.
 */
export function ReportRoute({ platform = getExportPlatform(), engine = getScenarioEngine(), fallbackProject = () => exampleProject(), autoPrint = false, today }: ReportRouteProps) {
  const [state, setState] = useState<ReportState>({ status: 'loading' });
  const [date] = useState(() => today ?? new Date());

  useEffect(() => {
    document.documentElement.classList.add('report-document');
    let current = true;
    loadReport(platform, engine, fallbackProject)
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
        document.documentElement.dataset.reportReady = state.status === 'ready' ? 'true' : 'error';
        await platform.reportReady();
        if (autoPrint && state.status === 'ready') window.print();
      });
    return () => {
      cancelled = true;
    };
  }, [state, platform, autoPrint]);

  if (state.status === 'loading') return <p className="report-status" data-testid="report-loading">Preparing the proposal…</p>;
  if (state.status === 'error') {
    return (
      <div className="report-status report-status--error" role="alert" data-testid="report-error">
        <p>The proposal cannot be made: the design is not a valid Trainwright project.</p>
        <p>{state.message}</p>
      </div>
    );
  }
  return <ProposalReport project={state.project} results={state.results} accuracy={state.accuracy} today={date} />;
}
