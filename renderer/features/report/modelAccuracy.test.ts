import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../../cli/commands/predict';
import cases from '../../../core/validation/calibration-cases.json';
import { measureAccuracy } from './modelAccuracy';

describe('measureAccuracy', () => {
  it('gives the same figures as `trainwright validate --json` on the reference cases', () => {
    let printed = '';
    validateCommand(['core/validation/calibration-cases.json', '--json'], (s) => {
      printed += s;
    });
    const cli = JSON.parse(printed) as { evaluated: number; total: number; throughput: unknown; timeToTrain: unknown; intervalCoverage: unknown };
    const accuracy = measureAccuracy(cases);
    expect(accuracy).toMatchObject({ evaluated: cli.evaluated, total: cli.total, throughput: cli.throughput, timeToTrain: cli.timeToTrain });
    expect(accuracy.refused).toBe(cli.total - cli.evaluated);
    expect(accuracy.intervals).toEqual(cli.intervalCoverage);
  });

  it('refuses a malformed cases file', () => {
    expect(() => measureAccuracy([{ id: 'x' }])).toThrow(/reference cases are invalid/);
  });
});
