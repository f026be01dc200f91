import type { InputError } from '../engineApi';
import type { Calibration, Design } from '../model/design';

/** The compute correction a measurement gives, and how the model did before it. */
export interface CalibrationResult {
  /** Multiplier on compute time that reproduces the measurement (see `RunSettings.computeScale`). */
  computeScale: number;
  measuredSamplesPerSec: number;
  /** What the model predicted for the measured run before the correction, samples/s. */
  uncalibratedSamplesPerSec: number;
  /** Whether the correction hit a bound: the measurement is not a compute effect the model can absorb. */
  clamped: boolean;
}

/** Bounds of the correction (a factor of 5 either way is far beyond the model's measured error). */
const MIN_SCALE = 0.2;
const MAX_SCALE = 5;

/** The measured run as a design: the first GPU server type at the measured count, the measured batch and workload. */
export function calibrationDesign(design: Design, c: Calibration): Design | InputError {
  const typeIndex = design.serverTypes.findIndex((t) => t.components.some((x) => x.kind === 'gpu'));
  if (typeIndex < 0) return { path: 'calibration', message: 'the design has no GPU server type to calibrate' };
  const run = { ...design.run };
  if (c.globalBatch !== undefined) run.globalBatch = c.globalBatch;
  else if (design.run.globalBatch !== undefined) delete run.globalBatch; // the measured run's own scale sets the batch per GPU rule
  return {
    ...design,
    serverTypes: design.serverTypes.map((t, i) => (i === typeIndex ? { ...t, count: c.nodes } : t)),
    workload: c.workload ?? design.workload,
    run,
    calibration: undefined,
  };
}

/**
 * The compute-time multiplier under which `measured` (the calibration design) predicts the measured
 * throughput. Throughput falls monotonically as compute time grows, so bisection on the log of the
 * multiplier converges; a measurement the compute term cannot explain ends at a bound and says so.
 */
export function solveComputeScale(measured: Design, measuredSamplesPerSec: number, samplesPerSec: (d: Design) => number | InputError[]): CalibrationResult | InputError[] {
  const at = (scale: number) => samplesPerSec({ ...measured, run: { ...measured.run, computeScale: scale } });
  const base = at(1);
  if (typeof base !== 'number') return base;
  let lo = Math.log(MIN_SCALE);
  let hi = Math.log(MAX_SCALE);
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    const rate = at(Math.exp(mid));
    if (typeof rate !== 'number') return rate;
    if (rate > measuredSamplesPerSec) lo = mid;
    else hi = mid;
  }
  const computeScale = Math.exp((lo + hi) / 2);
  const clamped = computeScale < MIN_SCALE * 1.001 || computeScale > MAX_SCALE * 0.999;
  return { computeScale, measuredSamplesPerSec, uncalibratedSamplesPerSec: base, clamped };
}
