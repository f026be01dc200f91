import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import { useCommands } from '../../commands';
import { useAppStore } from '../../store/AppStoreProvider';
import { Panel } from '../shell/Panel';
import { TemplatePickerButton } from '../templates/TemplatePickerButton';
import { TopologyCanvas, type CanvasView } from './TopologyCanvas';

/** How long a canvas notice stays, ms. */
const NOTICE_MS = 5000;

/** The centre region: the topology editor with its view switch and notices. */
export function CanvasPanel() {
  const [view, setView] = useState<CanvasView>('servers');
  const [notice, setNotice] = useState<{ text: string; at: number } | null>(null);
  const commands = useCommands();
  const serverTypes = useAppStore((s) => s.project.design.serverTypes);
  const totalServers = serverTypes.reduce((n, s) => n + s.count, 0);

  const onNotice = useCallback((text: string) => setNotice({ text, at: Date.now() }), []);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const subtitle = (
    <span className="canvas-toolbar">
      <span className="segmented" role="group" aria-label="Canvas view">
        <button type="button" aria-pressed={view === 'servers'} onClick={() => setView('servers')} data-testid="view-servers">
          Servers
        </button>
        <button type="button" aria-pressed={view === 'cluster'} onClick={() => setView('cluster')} data-testid="view-cluster">
          Cluster
        </button>
      </span>
      <button type="button" className="button button--small" onClick={() => commands?.run('insert.serverType')} data-testid="add-server-type">
        + Server type
      </button>
      <TemplatePickerButton />
      <span className="canvas-toolbar__summary">
        {serverTypes.length} server type{serverTypes.length === 1 ? '' : 's'} · {totalServers.toLocaleString('en-US')} server{totalServers === 1 ? '' : 's'}
      </span>
    </span>
  );

  return (
    <Panel title="Topology" subtitle={subtitle} area="canvas" testId="canvas">
      {serverTypes.length === 0 ? (
        <div className="canvas-empty" data-testid="canvas-empty">
          <p>No servers yet.</p>
          <p>Drag a GPU from the palette onto the canvas, or press “+ Server type”.</p>
        </div>
      ) : null}
      <ReactFlowProvider>
        <TopologyCanvas view={view} onViewChange={setView} onNotice={onNotice} />
      </ReactFlowProvider>
      {view === 'servers' ? (
        <ul className="canvas-legend" aria-label="Link types">
          <li className="canvas-legend__pcie">PCIe</li>
          <li className="canvas-legend__nvlink">NVLink</li>
          <li className="canvas-legend__socket">Socket link</li>
          <li className="canvas-legend__memory">Memory</li>
        </ul>
      ) : null}
      <p className="canvas-hint">Drag parts from the palette onto a server · drag between handles to link · Del removes · Ctrl+C/V/D · F fits · F1 all keys</p>
      {notice ? (
        <div className="canvas-notice" role="status" data-testid="canvas-notice" key={notice.at}>
          {notice.text}
        </div>
      ) : null}
    </Panel>
  );
}
