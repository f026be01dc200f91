import { useId, useState, type ReactNode } from 'react';
import { Splitter, type SplitterEdge } from './Splitter';
import type { ResizableRegion } from './layoutSizes';
import './shell.css';

/** Props of a labelled region of the window. */
export interface PanelProps {
  /** Heading of the region; also its accessible name. */
  title: string;
  /** Short text next to the heading (e.g. what the numbers are for). */
  subtitle?: ReactNode;
  /** Grid area and styling hook, e.g. `palette`. */
  area: string;
  testId?: string;
  /** A Hide / Show button in the header folds the region away, giving its space to the canvas. */
  collapsible?: boolean;
  /** A draggable edge that resizes the region (not while it is folded). */
  resizable?: { region: ResizableRegion; edge: SplitterEdge };
  children?: ReactNode;
}

/** A titled region of the main window (an ARIA region named by its heading), optionally collapsible. */
export function Panel({ title, subtitle, area, testId, collapsible = false, resizable, children }: PanelProps) {
  const headingId = useId();
  const bodyId = useId();
  const [collapsed, setCollapsed] = useState(false);
  return (
    <section
      className={`panel panel--${area}${collapsed ? ' panel--collapsed' : ''}`}
      aria-labelledby={headingId}
      data-testid={testId}
      data-resize-region={resizable && resizable.edge !== 'top' ? resizable.region : undefined}
    >
      <div className="panel__header">
        <h2 id={headingId} className="panel__title">
          {title}
        </h2>
        {subtitle && !collapsed ? <span className="panel__subtitle">{subtitle}</span> : null}
        {collapsible ? (
          <button
            type="button"
            className="panel__toggle"
            aria-expanded={!collapsed}
            aria-controls={bodyId}
            title={collapsed ? `Show ${title.toLowerCase()}` : `Hide ${title.toLowerCase()} (more room for the canvas)`}
            data-testid={testId ? `${testId}-toggle` : undefined}
            onClick={() => setCollapsed((c) => !c)}
          >
            {collapsed ? 'Show' : 'Hide'}
          </button>
        ) : null}
      </div>
      <div className="panel__body" id={bodyId} hidden={collapsed}>
        {children}
      </div>
      {resizable && !collapsed ? <Splitter region={resizable.region} edge={resizable.edge} label={`Resize ${title.toLowerCase()}`} /> : null}
    </section>
  );
}

/** Marks where a feature that is not built yet will go: what it will do and which release brings it. */
export function ComingSoon({ feature, release, children }: { feature: string; release: string; children?: ReactNode }) {
  return (
    <div className="coming-soon" data-testid="coming-soon">
      <p className="coming-soon__title">
        {feature} — coming in the {release}
      </p>
      {children ? <p className="coming-soon__text">{children}</p> : null}
    </div>
  );
}
