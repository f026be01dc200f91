/**
 * Numeric input rules read from the design's zod schemas, so a form field accepts exactly what the
 * schema accepts and its error message names the same range (no second copy of the bounds to drift).
 */
import { z } from 'zod';
import { formatNumber } from '../../lib/format';

/** What a numeric field accepts. */
export interface NumberRule {
  /** Lower bound, or -Infinity. */
  min: number;
  /** Whether `min` itself is allowed (false for `.positive()`). */
  minInclusive: boolean;
  /** Upper bound (inclusive), or Infinity. */
  max: number;
  /** Whole numbers only. */
  integer: boolean;
  /** The schema of the value itself, used for the final check. */
  schema: z.ZodNumber;
}

/** The number schema inside `.optional()` / `.default()` wrappers. */
function innerNumber(schema: z.ZodType): z.ZodNumber {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  if (!(inner instanceof z.ZodNumber)) throw new Error('numberRule: the schema is not a number schema');
  return inner;
}

/** The rule of a numeric schema field, e.g. `numberRule(RunSettingsSchema.shape.prefetchDepth)`. */
export function numberRule(schema: z.ZodType): NumberRule {
  const number = innerNumber(schema);
  // `.int()` implies the safe-integer range; that is no limit a user needs to read about.
  const min = number.minValue === null || number.minValue <= Number.MIN_SAFE_INTEGER ? -Infinity : number.minValue;
  const max = number.maxValue === null || number.maxValue >= Number.MAX_SAFE_INTEGER ? Infinity : number.maxValue;
  // zod reports `.positive()` as minValue 0; whether the bound itself passes tells inclusive from exclusive.
  const minInclusive = Number.isFinite(min) ? number.safeParse(min).success : true;
  return { min, minInclusive, max, integer: number.isInt ?? false, schema: number };
}

/** The allowed range in words, with the unit: "a whole number from 0 to 64 batches", "greater than 0 h". */
export function describeRange(rule: NumberRule, unit = ''): string {
  const kind = rule.integer ? 'a whole number' : 'a number';
  const u = unit ? ` ${unit}` : '';
  const fmt = (x: number) => formatNumber(x, 6);
  const hasMin = Number.isFinite(rule.min);
  const hasMax = Number.isFinite(rule.max);
  if (hasMin && hasMax) {
    return rule.minInclusive ? `${kind} from ${fmt(rule.min)} to ${fmt(rule.max)}${u}` : `${kind} greater than ${fmt(rule.min)} and at most ${fmt(rule.max)}${u}`;
  }
  if (hasMin) return rule.minInclusive ? `${kind} of ${fmt(rule.min)}${u} or more` : `${kind} greater than ${fmt(rule.min)}${u}`;
  if (hasMax) return `${kind} of at most ${fmt(rule.max)}${u}`;
  return kind;
}

/** Result of reading what the user typed into a numeric field. */
export type ParsedNumber = { ok: true; value: number | undefined } | { ok: false; error: string };

/**
 * Read `text` as a value for a field named `label`. Thousands separators (`,`, `_`, blanks) are ignored;
 * an empty field is `undefined` when `optional`, an error otherwise.
 */
export function parseNumberField(text: string, rule: NumberRule, label: string, unit = '', optional = false): ParsedNumber {
  const cleaned = text.replace(/[,_\s]/g, '');
  const range = describeRange(rule, unit);
  if (cleaned === '') return optional ? { ok: true, value: undefined } : { ok: false, error: `${label} is required: enter ${range}.` };
  const value = Number(cleaned);
  if (!rule.schema.safeParse(value).success) return { ok: false, error: `${label} must be ${range}.` };
  return { ok: true, value };
}
