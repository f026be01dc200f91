import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { REGION_BOUNDS, useLayoutSizes, type ResizableRegion } from './layoutSizes';

/** Which edge of its region the splitter sits on; dragging away from the region's centre grows it. */
export type SplitterEdge = 'right' | 'left' | 'top';

const KEY_STEP_PX = 16;

/**
 * The draggable edge of a resizable region (an ARIA window splitter): drag it, or focus it and use the
 * arrow keys (Shift for bigger steps); a double-click or Enter returns the region to its default size.
 * The window is a CSS grid whose areas the panels fold away, so the edge writes one grid size (a CSS
 * variable) rather than handing the layout to a split-pane component.
 */
export function Splitter({ region, edge, label }: { region: ResizableRegion; edge: SplitterEdge; label: string }) {
  const size = useLayoutSizes((s) => s.sizesPx[region]);
  const setSize = useLayoutSizes((s) => s.setSize);
  const resetSize = useLayoutSizes((s) => s.resetSize);
  const drag = useRef<{ start: number; startPx: number } | null>(null);
  const bounds = REGION_BOUNDS[region];
  const vertical = edge !== 'top';
  // Growing direction: right edge grows with +x, left edge with -x, top edge with -y.
  const sign = edge === 'right' ? 1 : -1;

  // The size as drawn (the default differs with the window's width): the element the size applies to
  // carries `data-resize-region`.
  const currentPx = (el: HTMLElement) => {
    if (size !== undefined) return size;
    const sized = el.ownerDocument.querySelector(`[data-resize-region="${region}"]`);
    const r = sized?.getBoundingClientRect();
    return r ? (vertical ? r.width : r.height) : bounds.defaultPx;
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { start: vertical ? e.clientX : e.clientY, startPx: currentPx(e.currentTarget) };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    setSize(region, d.startPx + sign * ((vertical ? e.clientX : e.clientY) - d.start));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    drag.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? KEY_STEP_PX * 4 : KEY_STEP_PX;
    const grow: Record<string, number> = vertical ? { ArrowRight: sign, ArrowLeft: -sign } : { ArrowUp: 1, ArrowDown: -1 };
    const dir = grow[e.key];
    if (dir !== undefined) {
      e.preventDefault();
      setSize(region, currentPx(e.currentTarget) + dir * step);
    } else if (e.key === 'Enter' || e.key === 'Home') {
      e.preventDefault();
      resetSize(region);
    }
  };

  return (
    <div
      className={`splitter splitter--${edge}`}
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-orientation={vertical ? 'vertical' : 'horizontal'}
      aria-valuemin={bounds.minPx}
      aria-valuemax={bounds.maxPx}
      aria-valuenow={size ?? bounds.defaultPx}
      title={`Drag to resize (${label.toLowerCase()}); double-click for the default size`}
      data-testid={`splitter-${region}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={() => resetSize(region)}
      onKeyDown={onKeyDown}
    />
  );
}
