import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EconomicsSchema, FabricSchema, RunSettingsSchema, WorkloadSchema } from '../../../core';
import { describeRange, numberRule, parseNumberField } from './numberRule';

describe('numberRule', () => {
  it('reads integer bounds from the schema', () => {
    const rule = numberRule(RunSettingsSchema.shape.prefetchDepth);
    expect(rule).toMatchObject({ min: 0, minInclusive: true, max: 64, integer: true });
    expect(describeRange(rule, 'batches')).toBe('a whole number from 0 to 64 batches');
  });

  it('tells an exclusive lower bound (positive) from an inclusive one (non-negative)', () => {
    const positive = numberRule(z.number().positive());
    expect(positive).toMatchObject({ min: 0, minInclusive: false, max: Infinity, integer: false });
    expect(describeRange(positive, 'h')).toBe('a number greater than 0 h');
    const nonNegative = numberRule(z.number().nonnegative());
    expect(nonNegative.minInclusive).toBe(true);
    expect(describeRange(nonNegative, '$/kWh')).toBe('a number of 0 $/kWh or more');
    // Schema fields carry plausible ranges with both ends (core/model/ranges.ts).
    expect(describeRange(numberRule(EconomicsSchema.shape.electricityUsdPerKWh), '$/kWh')).toBe('a number from 0 to 5 $/kWh');
    expect(numberRule(RunSettingsSchema.shape.nodeMtbfHours)).toMatchObject({ min: 1, minInclusive: true, max: 10_000_000 });
  });

  it('unwraps optional and default wrappers', () => {
    expect(numberRule(RunSettingsSchema.shape.globalBatch)).toMatchObject({ min: 1, max: 10_000_000, integer: true });
    expect(numberRule(FabricSchema.shape.oversubscription)).toMatchObject({ min: 1, max: 64, integer: false });
  });

  it('refuses a schema that is not a number', () => {
    expect(() => numberRule(RunSettingsSchema.shape.precision)).toThrow(/not a number/);
  });
});

describe('parseNumberField', () => {
  const pue = numberRule(EconomicsSchema.shape.pue);
  const batch = numberRule(RunSettingsSchema.shape.globalBatch);

  it('accepts values in range, with thousands separators and exponents', () => {
    expect(parseNumberField('1.2', pue, 'PUE')).toEqual({ ok: true, value: 1.2 });
    expect(parseNumberField(' 4,096 ', batch, 'Global batch')).toEqual({ ok: true, value: 4096 });
    expect(parseNumberField('1e3', batch, 'Global batch')).toEqual({ ok: true, value: 1000 });
  });

  it('names the field and the range for out-of-range, fractional, non-numeric and missing values', () => {
    expect(parseNumberField('0.9', pue, 'PUE')).toEqual({ ok: false, error: 'PUE must be a number from 1 to 5.' });
    expect(parseNumberField('2.5', batch, 'Global batch', 'samples')).toEqual({ ok: false, error: 'Global batch must be a whole number from 1 to 10,000,000 samples.' });
    expect(parseNumberField('abc', pue, 'PUE')).toMatchObject({ ok: false });
    expect(parseNumberField('Infinity', numberRule(RunSettingsSchema.shape.nodeMtbfHours), 'Server MTBF', 'h')).toMatchObject({ ok: false });
    expect(parseNumberField('', pue, 'PUE')).toEqual({ ok: false, error: 'PUE is required: enter a number from 1 to 5.' });
  });

  it('reads an empty optional field as absent', () => {
    expect(parseNumberField('  ', batch, 'Global batch', 'samples', true)).toEqual({ ok: true, value: undefined });
  });
});

describe('numberRule on integer fields without an upper bound', () => {
  it('does not present the safe-integer limit as a range', () => {
    const rule = numberRule(z.number().int().positive());
    expect(rule).toMatchObject({ min: 0, minInclusive: false, max: Infinity, integer: true });
    expect(describeRange(rule, 'samples')).toBe('a whole number greater than 0 samples');
    expect(numberRule(WorkloadSchema.shape.datasetSamples)).toMatchObject({ min: 1, max: 1e13, integer: true });
  });
});
