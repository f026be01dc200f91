// Entry point of the renderer: builds the store, the engine client and the platform, and mounts the window.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { exampleProject } from '../core';
import { App } from './App';
import { EngineSweepProvider } from './features/results/EngineSweepContext';
import { getPlatform } from './platform/getPlatform';
import { createAppStore } from './store/appStore';
import { createEngineClient } from './workers/engineClient';
import './app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

const store = createAppStore({ project: exampleProject() });
const engine = createEngineClient();

createRoot(container).render(
  <StrictMode>
    <EngineSweepProvider client={engine}>
      <App store={store} engine={engine} platform={getPlatform()} />
    </EngineSweepProvider>
  </StrictMode>,
);
