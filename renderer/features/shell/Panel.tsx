import { useId, type ReactNode } from 'react';

/** Props of a labelled region of the window. */
export interface PanelProps {
  /** Heading of the region; also its accessible name. */
  title: string;
  /** Short text next to the heading (e.g. what the numbers are for). */
  subtitle?: ReactNode;
  /** Grid area and styling hook, e.g. `palette`. */
  area: string;
  testId?: string;
  children?: ReactNode;
}

/** A titled region of the main window (an ARIA region named by its heading). */
export function Panel({ title, subtitle, area, testId, children }: PanelProps) {
  const headingId = useId();
  return (
    <section className={`panel panel--${area}`} aria-labelledby={headingId} data-testid={testId}>
      <div className="panel__header">
        <h2 id={headingId} className="panel__title">
          {title}
        </h2>
        {subtitle ? <span className="panel__subtitle">{subtitle}</span> : null}
      </div>
      <div className="panel__body">{children}</div>
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
