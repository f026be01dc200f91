import { describe, expect, it } from 'vitest';
import cases from './calibration-cases.json';
import { calibratedOnSmallest, errorStats, parseCases, predictCase } from './cases';

// The public reference cases (copied from the shared reference folder; see its README for sources).
const parsed = parseCases(cases);

describe('calibration against published training results', () => {
  it('parses the cases file', () => {
    expect(parsed.ok).toBe(true);
  });
  if (!parsed.ok) return;
  const all = parsed.cases;
  const predictions = all.map((c) => ({ c, p: predictCase(c) }));
  const pct = (pred: number | null, meas: unknown) => (pred !== null && typeof meas === 'number' ? ((pred - meas) / meas) * 100 : NaN);
  const tput = errorStats(predictions.map(({ c, p }) => pct(p.samplesPerSec, c.measured?.samplesPerSec)));
  const ttt = errorStats(predictions.map(({ c, p }) => pct(p.timeToTrainMin, c.measured?.timeToTrainMin)));

  it('evaluates every ResNet-50 and BERT case', () => {
    const missed = predictions.filter(({ c, p }) => typeof c.workload === 'string' && /resnet|bert/.test(c.workload) && p.error !== null);
    expect(missed.map(({ c, p }) => `${c.id}: ${p.error}`)).toEqual([]);
  });
  it('gives LLM cases an explicit error or a number, never silence', () => {
    for (const { c, p } of predictions.filter(({ c }) => typeof c.workload === 'string' && /llama|gpt/.test(c.workload))) {
      expect(p.error !== null || p.samplesPerSec !== null, c.id).toBe(true);
    }
  });
  it('meets the throughput targets: median <= 10%, p90 <= 25%', () => {
    expect(tput.medianPct!).toBeLessThanOrEqual(10);
    expect(tput.p90Pct!).toBeLessThanOrEqual(25);
  });
  it('meets the time-to-train targets: median <= 12%, p90 <= 30%', () => {
    expect(ttt.medianPct!).toBeLessThanOrEqual(12);
    expect(ttt.p90Pct!).toBeLessThanOrEqual(30);
  });
  it('never reads `measured`: predictions are identical without it', () => {
    for (const { c, p } of predictions.slice(0, 20)) {
      const { measured: _m, ...rest } = c;
      expect(predictCase(rest)).toEqual(p);
    }
  });
});

describe('calibrating a case on a measurement at another scale', () => {
  const parsedCases = parseCases(cases);
  if (!parsedCases.ok) return;
  it('lowers the median throughput error at larger scales of the same system', () => {
    const pairs = calibratedOnSmallest(parsedCases.cases);
    expect(pairs.length).toBeGreaterThanOrEqual(5);
    const err = (c: (typeof pairs)[number]['target'], p: number | null) => (((p ?? NaN) - (c.measured!.samplesPerSec as number)) / (c.measured!.samplesPerSec as number)) * 100;
    const before = errorStats(pairs.map(({ target }) => err(target, predictCase(target).samplesPerSec)));
    const after = errorStats(pairs.map(({ target, calibrated }) => err(target, predictCase(calibrated).samplesPerSec)));
    expect(after.n).toBe(before.n);
    expect(after.medianPct!).toBeLessThan(before.medianPct!);
  });
});
