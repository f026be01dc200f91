import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { COMMAND_IDS, COMMANDS, comboLabel, isMacPlatform, useCommands, useProvideService, type HelpActions } from '../../commands';
import './shell.css';

/** Help > Documentation (every command with its keys, from the command table) and Help > About. */
export function HelpDialog() {
  const center = useCommands();
  const [page, setPage] = useState<'docs' | 'about' | null>(null);
  const help = useMemo<HelpActions>(() => ({ show: setPage }), []);
  useProvideService(center, 'help', help);
  const titleId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (page) closeRef.current?.focus();
  }, [page]);
  if (!page) return null;
  const isMac = isMacPlatform();
  const rows = COMMAND_IDS.map((id) => COMMANDS[id]).filter((c) => c.shortcuts?.length);
  return (
    <div className="document-dialog__backdrop" onClick={() => setPage(null)}>
      <div
        className="document-dialog help-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={`help-${page}`}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            setPage(null);
          }
        }}
      >
        {page === 'docs' ? (
          <>
            <h2 className="document-dialog__title" id={titleId}>
              Keyboard and commands
            </h2>
            <p>Drag parts from the palette onto a server (or press Enter on one), drag between handles to link parts, and edit the selection in the inspector. Drag the edge of the palette, the inspector or the results to resize it (or focus the edge with Tab and use the arrow keys; a double-click restores the default); Hide folds a panel away. The numbers are estimates of a model, not measurements: each headline figure shows its 80% range, from the model&apos;s errors on published results like it.</p>
            <table className="help-dialog__keys">
              <tbody>
                {rows.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{c.label.replace('…', '')}</th>
                    <td>{c.shortcuts!.map((s) => comboLabel(s.keys, isMac)).join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <>
            <h2 className="document-dialog__title" id={titleId}>
              About Trainwright
            </h2>
            <p>A what-if planner for deep-learning training platforms: time to model, cost per sample and what holds the GPUs back, estimated from a topology model of the servers you draw.</p>
          </>
        )}
        <div className="document-dialog__actions">
          <button type="button" className="button" ref={closeRef} onClick={() => setPage(null)}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
