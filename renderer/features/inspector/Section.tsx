import type { ReactNode } from 'react';

/** A titled group of fields in the inspector. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="inspector__section">
      <h3 className="inspector__heading">{title}</h3>
      {children}
    </section>
  );
}
