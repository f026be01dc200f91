import { z } from 'zod';
import { inRange } from './ranges';

/** How much a value can be trusted: a vendor datasheet, a third-party measurement, or an estimate. */
export const ConfidenceSchema = z.enum(['spec-sheet', 'review-measured', 'estimate']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

/** Where a catalog entry's values come from. `estimatedFields` names fields that are derived or unconfirmed. */
export const ProvenanceSchema = z.object({
  /** Citations: documents, datasets or pages the values were taken from. */
  source: z.array(z.string().min(1)).min(1),
  /** Confidence of the entry's values, unless a field is listed in `estimatedFields`. */
  confidence: ConfidenceSchema,
  /** Field names whose values are estimates (derived, leaked or unconfirmed); shown as estimates in the UI. */
  estimatedFields: z.array(z.string()).default([]),
  /** Free-text caveats. */
  notes: z.string().optional(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** A price with its own basis and confidence (prices are often street estimates even for spec-sheet parts). */
export const PriceSchema = z.object({
  /** US dollars per unit. */
  usd: inRange('catalogPriceUsd'),
  /** How the figure was obtained. */
  basis: z.string().min(1),
  confidence: ConfidenceSchema,
});
export type Price = z.infer<typeof PriceSchema>;
