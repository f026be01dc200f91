import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTERVAL_TABLE } from '../engine/params/uncertainty';
import { parseCases, predictCase } from './cases';
import { buildIntervalTable, caseResiduals, intervalAround, intervalCoverage, predictionIntervals, residualGroups } from './intervals';

describe('80% prediction intervals', () => {
  it('centres on the group mean residual and widens with the spread and the extrapolation factor', () => {
    const g = { n: 50, meanLog: 0.1, sdLog: 0.2 };
    const a = intervalAround(100, g, 1);
    expect(Math.sqrt(a.low * a.high)).toBeCloseTo(100 * Math.exp(0.1), 9);
    const b = intervalAround(100, g, 1.5);
    expect(b.high / b.low).toBeCloseTo((a.high / a.low) ** 1.5, 9);
  });
  it('falls back to the software class and then to all cases when a group is small', () => {
    const r = Array.from({ length: 7 }, (_, i) => ({ family: 'x', software: 'ngc' as const, generation: 'g', throughputLog: i / 100 }));
    const groups = residualGroups([...r, { family: 'y', software: 'ngc', generation: 'g', throughputLog: 0 }], 'throughputLog');
    expect(Object.keys(groups).sort()).toEqual(['*/*', '*/ngc', 'x/ngc']);
    const table = buildIntervalTable(r, 2, 5);
    expect(predictionIntervals(table, { family: 'y', software: 'ngc', generation: 'g' }, { samplesPerSec: 1, timeToTrainMin: null }).basis).toMatch(/\*\/ngc/);
    expect(predictionIntervals(table, { family: 'x', software: 'ngc', generation: 'new' }, { samplesPerSec: 1, timeToTrainMin: null }).basis).toMatch(/widened x2\.00/);
  });

  const raw = JSON.parse(readFileSync('core/validation/calibration-cases.json', 'utf8')) as unknown;
  const parsed = parseCases(raw);
  if (!parsed.ok) throw new Error('reference cases do not parse');
  const predictions = parsed.cases.map(predictCase);
  const residuals = caseResiduals(parsed.cases, predictions);

  it('the stored table is the one the current model gives (regenerate with scripts/intervalTable.ts --write)', () => {
    const fresh = buildIntervalTable(residuals, INTERVAL_TABLE.extrapolationWidening, INTERVAL_TABLE.minGenerationCases);
    expect(Object.keys(INTERVAL_TABLE.throughput)).toEqual(Object.keys(fresh.throughput));
    expect(INTERVAL_TABLE.generationCases).toEqual(fresh.generationCases);
    for (const metric of ['throughput', 'timeToTrain'] as const) {
      for (const [k, g] of Object.entries(fresh[metric])) {
        expect(INTERVAL_TABLE[metric][k]!.n, k).toBe(g.n);
        expect(INTERVAL_TABLE[metric][k]!.sdLog, k).toBeCloseTo(g.sdLog, 3);
        expect(INTERVAL_TABLE[metric][k]!.meanLog, k).toBeCloseTo(g.meanLog, 3);
      }
    }
  });

  it('contains most measurements it was not built from, and not all of them (leave one case out)', () => {
    const c = intervalCoverage(residuals, predictions, INTERVAL_TABLE, 'case');
    for (const s of [c.throughput, c.timeToTrain]) {
      expect(s.n).toBeGreaterThan(50);
      expect(s.contained).toBeGreaterThan(0.7);
      expect(s.contained).toBeLessThan(0.95);
    }
  });
});
