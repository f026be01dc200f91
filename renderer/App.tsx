import { useEffect } from 'react';
import { ClusterSharingOverlay } from './features/cluster/ClusterSharingEntry';
import { DocumentNotices } from './features/document/DocumentNotices';
import { useDocumentCommands } from './features/document/useDocumentCommands';
import { InspectorPanel } from './features/inspector/InspectorPanel';
import { PalettePanel } from './features/palette/PalettePanel';
import { ScenarioWorkspace } from './features/scenarios/ScenarioWorkspace';
import { ResultsPanel } from './features/results/ResultsPanel';
import { StorageSizingOverlay } from './features/storage/StorageSizingEntry';
import { TopBar } from './features/shell/TopBar';
import { HelpDialog } from './features/shell/HelpDialog';
import { layoutStyle, useLayoutSizes } from './features/shell/layoutSizes';
import { CommandsProvider, useCommandCenter, useProvideService } from './commands';
import { usePublishOpenProject } from './features/report/usePublishOpenProject';
import { getExportPlatform } from './platform/exportPlatform';
import { CanvasPanel } from './features/topology/CanvasPanel';
import type { Platform } from './platform/platform';
import type { AppStore } from './store/appStore';
import { AppStoreProvider } from './store/AppStoreProvider';
import { connectEngine, type EngineConnection } from './store/evaluationSync';

/** What the window needs from outside; main.tsx builds the real ones, tests pass fakes. */
export interface AppProps {
  store: AppStore;
  engine: EngineConnection;
  platform: Platform;
}

/** The main window: top bar, palette, canvas, inspector and results, with results kept in step with the design. */
export function App({ store, engine, platform }: AppProps) {
  useEffect(() => connectEngine(store, engine), [store, engine]);
  // The window's one key dispatcher and menu subscriber (renderer/commands): every key, menu item, palette pick
  // and toolbar button runs a command from one table.
  const commands = useCommandCenter(store, platform);
  const documentCommands = useDocumentCommands(store, platform);
  useProvideService(commands, 'document', documentCommands);
  usePublishOpenProject(store, getExportPlatform());
  const sizesPx = useLayoutSizes((s) => s.sizesPx);

  return (
    <AppStoreProvider store={store}>
      <CommandsProvider center={commands}>
      <div className="app-shell" data-testid="app-shell" data-platform={platform.kind} style={layoutStyle(sizesPx)}>
        <TopBar commands={documentCommands} />
        <PalettePanel />
        <main className="app-shell__canvas">
          <ScenarioWorkspace>
            <CanvasPanel />
          </ScenarioWorkspace>
        </main>
        <InspectorPanel />
        <ResultsPanel />
        <ClusterSharingOverlay />
        <StorageSizingOverlay />
        <DocumentNotices commands={documentCommands} />
        <HelpDialog />
      </div>
      </CommandsProvider>
    </AppStoreProvider>
  );
}
