/**
 * The 80% range of an evaluation's headline figures, from the validation residuals of similar public cases
 * (`core/validation/intervals.ts`, table in `params/uncertainty.ts`). Throughput and time-to-model carry their
 * own residual groups; the cost figures follow from them because the cost model is linear in time: an hour of
 * ownership costs the same whatever the throughput, so cost per sample scales as 1/throughput and cost per
 * trained model as the time to model (`cost.ts`).
 */
import type { Design } from '../model/design';
import { designIntervals, type Interval } from '../validation/intervals';
import { INTERVAL_TABLE } from './params/uncertainty';
import type { Evaluation } from './result';

/** The 80% ranges of an evaluation's headline figures, and how they were derived. */
export interface Uncertainty {
  samplesPerSec?: Interval;
  timeToModelSeconds?: Interval;
  usdPerImage?: Interval;
  usdPerTrainedModel?: Interval;
  /** Transformer LLM workloads: the token rate and its cost follow the sample rate. */
  tokensPerSec?: Interval;
  usdPerMillionTokens?: Interval;
  /** One sentence: which cases the spread comes from, and whether it is widened for extrapolation. */
  basis: string;
}

/** `value` scaled by the ratios `predicted / bound` of an interval (for figures inverse to it). */
const inverse = (value: number, predicted: number, iv: Interval): Interval => ({ low: (value * predicted) / iv.high, high: (value * predicted) / iv.low });
/** `value` scaled by the ratios `bound / predicted` of an interval (for figures proportional to it). */
const proportional = (value: number, predicted: number, iv: Interval): Interval => ({ low: (value * iv.low) / predicted, high: (value * iv.high) / predicted });

/** The 80% ranges of `ev`, or undefined when no residual group covers the design (no figure is then given a range). */
export function evaluationUncertainty(design: Design, ev: Evaluation): Uncertainty | undefined {
  const minutes = ev.time.totalSeconds / 60;
  const iv = designIntervals(design, { samplesPerSec: ev.samplesPerSec > 0 ? ev.samplesPerSec : null, timeToTrainMin: minutes > 0 && Number.isFinite(minutes) ? minutes : null }, INTERVAL_TABLE);
  if (!iv.samplesPerSec && !iv.timeToTrainMin) return undefined;
  const out: Uncertainty = { basis: iv.basis };
  const tput = iv.samplesPerSec;
  if (tput) {
    out.samplesPerSec = tput;
    out.usdPerImage = inverse(ev.cost.usdPerImage, ev.samplesPerSec, tput);
    if (ev.llm) {
      out.tokensPerSec = proportional(ev.llm.tokensPerSec, ev.samplesPerSec, tput);
      out.usdPerMillionTokens = inverse(ev.llm.usdPerMillionTokens, ev.samplesPerSec, tput);
    }
  }
  const time = iv.timeToTrainMin;
  if (time) {
    out.timeToModelSeconds = { low: time.low * 60, high: time.high * 60 };
    out.usdPerTrainedModel = proportional(ev.cost.usdPerTrainedModel, minutes, time);
  }
  return out;
}
