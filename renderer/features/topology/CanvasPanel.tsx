import { formatCount, formatNumber } from '../../lib/format';
import { useAppStore } from '../../store/AppStoreProvider';
import { ComingSoon, Panel } from '../shell/Panel';
import { KIND_LABELS, outlineDesign } from './designOutline';

/** The centre region: where the topology editor goes; until then a read-only outline of the open design. */
export function CanvasPanel() {
  const design = useAppStore((state) => state.project.design);
  const servers = outlineDesign(design);

  return (
    <Panel title="Topology" subtitle="read-only outline" area="canvas" testId="canvas">
      <ComingSoon feature="Drag-and-drop topology editor" release="planner release">
        Servers, PCIe trees and interconnects drawn as a graph you can edit. The open design is listed below.
      </ComingSoon>
      <div className="outline">
        {servers.map((server) => (
          <article key={server.id} className="outline__server" data-testid="outline-server">
            <div className="outline__server-header">
              <h3>{server.name}</h3>
              <span className="outline__count">
                × {formatCount(server.servers, 'server')}
              </span>
            </div>
            <table className="outline__parts">
              <tbody>
                {server.parts.map((part) => (
                  <tr key={`${part.kind}:${part.model}`}>
                    <td className="outline__qty">{formatNumber(part.count)} ×</td>
                    <td className="outline__kind">{KIND_LABELS[part.kind]}</td>
                    <td className="outline__model">{part.model}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="outline__footer">{formatCount(server.links, 'link')}</div>
          </article>
        ))}
        <article className="outline__server outline__server--fabric">
          <div className="outline__server-header">
            <h3>Fabric</h3>
          </div>
          <p>
            {design.fabric.protocol === 'infiniband' ? 'InfiniBand' : 'Ethernet'}
            {design.fabric.oversubscription > 1 ? `, ${formatNumber(design.fabric.oversubscription, 1)}:1 oversubscribed` : ', non-blocking'}
          </p>
          <p>{design.sharedStorage ? `Shared storage: ${formatNumber(design.sharedStorage.count)} × ${design.sharedStorage.model}` : 'No shared storage'}</p>
        </article>
      </div>
    </Panel>
  );
}
