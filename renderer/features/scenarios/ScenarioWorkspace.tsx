import { useState, type ReactNode } from 'react';
import { CompareView } from '../compare/CompareView';
import type { ScenarioEngine } from '../compare/scenarioEngine';
import type { ExportPdfButtonProps } from '../report/ExportPdfButton';
import { ScenarioBar } from './ScenarioBar';
import './scenarios.css';

/** Props of the workspace: `children` is the design editor (the canvas) shown while not comparing. */
export interface ScenarioWorkspaceProps {
  children: ReactNode;
  /** Engine for the comparison (tests pass a fake; the app uses the scenario worker). */
  engine?: ScenarioEngine;
  /** Export services for the PDF button and the comparison's CSV buttons (tests pass fakes). */
  exportProps?: ExportPdfButtonProps;
}

/** The canvas area: the scenario bar on top, then the open scenario's canvas or the side-by-side comparison. */
export function ScenarioWorkspace({ children, engine, exportProps }: ScenarioWorkspaceProps) {
  const [comparing, setComparing] = useState(false);
  return (
    <div className="scenario-workspace" data-testid="scenario-workspace">
      <ScenarioBar comparing={comparing} onToggleCompare={() => setComparing((c) => !c)} {...(exportProps ? { exportProps } : {})} />
      <div className="scenario-workspace__body">{comparing ? <CompareView {...(engine ? { engine } : {})} {...(exportProps?.exportPlatform ? { exportPlatform: exportProps.exportPlatform } : {})} /> : children}</div>
    </div>
  );
}
