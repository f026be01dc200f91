// The model's measured accuracy (the report's appendix): the same predictions and statistics as
// `trainwright validate CASES.json`, computed from the public reference cases shipped with the core.
import { errorStats, parseCases, predictCase, type ErrorStats } from './cases';

/** Accuracy of the model on published results. */
export interface ModelAccuracy {
  /** Cases the model could evaluate. */
  evaluated: number;
  total: number;
  /** |predicted - measured| / measured of throughput, %. */
  throughput: ErrorStats;
  /** The same for time-to-train. */
  timeToTrain: ErrorStats;
  /** Cases refused with an explicit error (e.g. model parallelism not modelled). */
  refused: number;
}

const errorPct = (predicted: number | null, measured: unknown): number =>
  predicted !== null && typeof measured === 'number' && measured > 0 ? ((predicted - measured) / measured) * 100 : Number.NaN;

/** Predict every case (never reading `measured`) and compare with the measurement. Throws on a malformed cases file. */
export function measureAccuracy(rawCases: unknown): ModelAccuracy {
  const parsed = parseCases(rawCases);
  if (!parsed.ok) throw new Error(`reference cases are invalid: ${parsed.errors[0]?.path}: ${parsed.errors[0]?.message}`);
  const throughput: number[] = [];
  const time: number[] = [];
  let evaluated = 0;
  for (const c of parsed.cases) {
    const p = predictCase(c);
    if (!p.error) evaluated++;
    throughput.push(errorPct(p.samplesPerSec, c.measured?.samplesPerSec));
    time.push(errorPct(p.timeToTrainMin, c.measured?.timeToTrainMin));
  }
  return { evaluated, total: parsed.cases.length, refused: parsed.cases.length - evaluated, throughput: errorStats(throughput), timeToTrain: errorStats(time) };
}
