// Entry point of the renderer: builds the store, the engine client and the platform, and mounts the window.
// `#/report` mounts the printable proposal instead (the PDF export prints that route).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { exampleProject } from '../core';
import { App } from './App';
import { EngineSweepProvider } from './features/results/EngineSweepContext';
import { ReportRoute } from './features/report/ReportRoute';
import { isReportRoute, wantsPrint } from './features/report/route';
import { getPlatform } from './platform/getPlatform';
import { createAppStore } from './store/appStore';
import { getEngineClient } from './workers/engineClient';
import './app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

// Switching between the editor and the report by editing the address reloads: each owns the whole page.
const startedOnReport = isReportRoute(window.location.hash);
window.addEventListener('hashchange', () => {
  if (isReportRoute(window.location.hash) !== startedOnReport) window.location.reload();
});

if (startedOnReport) {
  createRoot(container).render(
    <StrictMode>
      <ReportRoute autoPrint={wantsPrint(window.location.hash)} />
    </StrictMode>,
  );
} else {
  const store = createAppStore({ project: exampleProject() });
  const engine = getEngineClient();

  createRoot(container).render(
    <StrictMode>
      <EngineSweepProvider client={engine}>
        <App store={store} engine={engine} platform={getPlatform()} />
      </EngineSweepProvider>
    </StrictMode>,
  );
}
