import { z } from 'zod';

/** One engine constant as data: its value, unit, source and how much to trust it. */
export const ParamSchema = z.object({
  value: z.number().finite(),
  /** Unit of `value`, e.g. 's', 'GB/s', 'fraction'. */
  unit: z.string().min(1),
  /** Where the number comes from (publication, datasheet, code, or "fitted"/"estimate" with why). */
  source: z.string().min(10),
  confidence: z.enum(['spec-sheet', 'review-measured', 'fitted', 'estimate']),
});

/** An engine constant (see `ParamSchema`). */
export type Param = z.infer<typeof ParamSchema>;

/** A table of named constants. */
export type ParamTable = Record<string, Param>;

/**
 * Validates a parameter table once, at load: a malformed entry (a NaN, a missing source) fails loudly at
 * start-up instead of producing silent garbage later. Returns the table with its literal keys.
 */
export function defineParams<T extends ParamTable>(name: string, table: T): T {
  for (const [key, param] of Object.entries(table)) {
    const parsed = ParamSchema.safeParse(param);
    if (!parsed.success) throw new Error(`engine parameter ${name}.${key} is invalid: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  return Object.freeze(table);
}

/** Shorthand for a parameter entry. */
export const p = (value: number, unit: string, source: string, confidence: Param['confidence'] = 'estimate'): Param => ({ value, unit, source, confidence });
