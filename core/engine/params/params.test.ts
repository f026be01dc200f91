import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ASSUMED } from '../assumed';
import * as efficiency from '../efficiency';
import { TOPOLOGY } from '../../topology';
import { BOTTLENECK, COLLECTIVE, DEFAULTS, FRAMEWORK_SLOWDOWN, MATH_MEMORY_OVERLAP, NON_TENSOR_FLOP_SHARE, ParamSchema, VECTOR, defineParams } from '.';

/** An efficiency term: a finite value and a basis that says where it comes from. */
const EfficiencyTermSchema = z.object({ value: z.number().finite(), basis: z.string().min(5) });

/** Every `{ value, basis }` leaf of an efficiency export, with its path. */
function terms(value: unknown, path: string): Array<[string, unknown]> {
  if (typeof value !== 'object' || value === null) return [];
  if ('value' in value && 'basis' in value) return [[path, value]];
  return Object.entries(value).flatMap(([k, v]) => terms(v, `${path}.${k}`));
}

describe('engine parameters are sourced data', () => {
  it('validates every parameter table against the schema (value, unit, source, confidence)', () => {
    for (const [name, table] of Object.entries({ ASSUMED, COLLECTIVE, BOTTLENECK, DEFAULTS, TOPOLOGY, NON_TENSOR_FLOP_SHARE, VECTOR, MATH_MEMORY_OVERLAP, ...Object.fromEntries(Object.entries(FRAMEWORK_SLOWDOWN).map(([k, v]) => [`FRAMEWORK_SLOWDOWN.${k}`, v])) })) {
      for (const [key, param] of Object.entries(table)) expect(ParamSchema.safeParse(param).success, `${name}.${key}`).toBe(true);
    }
  });

  it('gives every efficiency term a finite value and its basis', () => {
    const leaves = Object.entries(efficiency).filter(([, v]) => typeof v === 'object').flatMap(([k, v]) => terms(v, k));
    expect(leaves.length).toBeGreaterThan(40);
    for (const [path, term] of leaves) expect(EfficiencyTermSchema.safeParse(term).success, path).toBe(true);
  });

  it('refuses a malformed table at load, naming the entry', () => {
    expect(() => defineParams('T', { bad: { value: Number.NaN, unit: 's', source: 'a source of ten chars', confidence: 'estimate' } })).toThrow(/T\.bad/);
    expect(() => defineParams('T', { bad: { value: 1, unit: 's', source: '', confidence: 'estimate' } })).toThrow(/T\.bad/);
  });
});
