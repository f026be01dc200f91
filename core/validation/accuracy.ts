// The model's measured accuracy (the report's appendix): the same predictions and statistics as
// `trainwright validate CASES.json`, computed from the public reference cases shipped with the core.
import { errorStats, parseCases, predictCase, type ErrorStats } from './cases';
import { caseResiduals, intervalCoverage, type CoverageStats } from './intervals';
import { INTERVAL_TABLE } from '../engine/params/uncertainty';

/** Accuracy of the model on published results. */
export interface ModelAccuracy {
  /** Cases the model could evaluate. */
  evaluated: number;
  total: number;
  /** |predicted - measured| / measured of throughput, %. */
  throughput: ErrorStats;
  /** The same for time-to-train. */
  timeToTrain: ErrorStats;
  /** Cases refused with an explicit error (a system or setting the model cannot describe). */
  refused: number;
  /**
   * How often the 80% ranges contain the measured value, out of sample: each case's range rebuilt without it,
   * and without every case of its GPU generation (what a buyer of a new GPU faces).
   */
  intervals: Record<'leaveOneCaseOut' | 'leaveOneGenerationOut', { throughput: CoverageStats; timeToTrain: CoverageStats }>;
}

const errorPct = (predicted: number | null, measured: unknown): number =>
  predicted !== null && typeof measured === 'number' && measured > 0 ? ((predicted - measured) / measured) * 100 : Number.NaN;

/** Predict every case (never reading `measured`) and compare with the measurement. Throws on a malformed cases file. */
export function measureAccuracy(rawCases: unknown): ModelAccuracy {
  const parsed = parseCases(rawCases);
  if (!parsed.ok) throw new Error(`reference cases are invalid: ${parsed.errors[0]?.path}: ${parsed.errors[0]?.message}`);
  const throughput: number[] = [];
  const time: number[] = [];
  const predictions: Array<{ samplesPerSec: number | null; timeToTrainMin: number | null }> = [];
  let evaluated = 0;
  for (const c of parsed.cases) {
    const p = predictCase(c);
    predictions.push(p);
    if (!p.error) evaluated++;
    throughput.push(errorPct(p.samplesPerSec, c.measured?.samplesPerSec));
    time.push(errorPct(p.timeToTrainMin, c.measured?.timeToTrainMin));
  }
  const residuals = caseResiduals(parsed.cases, predictions);
  const intervals = {
    leaveOneCaseOut: intervalCoverage(residuals, predictions, INTERVAL_TABLE, 'case'),
    leaveOneGenerationOut: intervalCoverage(residuals, predictions, INTERVAL_TABLE, 'generation'),
  };
  return { evaluated, total: parsed.cases.length, refused: parsed.cases.length - evaluated, throughput: errorStats(throughput), timeToTrain: errorStats(time), intervals };
}
