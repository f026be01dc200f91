import type { DragEvent } from 'react';
import { Panel } from '../shell/Panel';
import { useCommands } from '../../commands';
import { KIND_BADGES, PALETTE_DRAG_TYPE, PALETTE_HINTS, PALETTE_KINDS, PALETTE_LABELS, type PaletteKind } from '../topology/paletteKinds';
import './palette.css';

function onDragStart(event: DragEvent, kind: PaletteKind) {
  event.dataTransfer.setData(PALETTE_DRAG_TYPE, kind);
  event.dataTransfer.effectAllowed = 'copy';
}

/** The left region: part kinds to drag onto the canvas, or to add with Enter. */
export function PalettePanel() {
  const commands = useCommands();
  return (
    <Panel title="Components" subtitle="drag, or Enter" area="palette" testId="palette" collapsible resizable={{ region: 'palette', edge: 'right' }}>
      <ul className="palette" aria-label="Component kinds">
        {PALETTE_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className={`palette__item palette__item--${kind}`}
              data-testid={`palette-item-${kind}`}
              draggable
              onDragStart={(event) => onDragStart(event, kind)}
              // The keyboard path of a drop: the `insert.part` command adds it to the selected (or first) server.
              onClick={() => commands?.run('insert.part', kind)}
              title={PALETTE_HINTS[kind]}
            >
              <span className={`palette__badge part--${kind}`} aria-hidden="true">
                {KIND_BADGES[kind]}
              </span>
              <span className="palette__label">{PALETTE_LABELS[kind]}</span>
            </button>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
