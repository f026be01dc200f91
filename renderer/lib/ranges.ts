/**
 * The 80% ranges of the headline figures (`Evaluation.uncertainty`, from the validation residuals of similar
 * cases), formatted in the same units as the figures themselves: "84,310–107,490 img/s". Each returns
 * undefined where the engine gives no range, so the caller shows nothing rather than a made-up one.
 */
import type { Evaluation, Interval } from '../../core';
import { formatDuration, formatThroughput, formatUsd, formatUsdPerSample, splitUnit } from './format';
import type { SampleNoun } from './sampleNoun';

/** "84,310–107,490 img/s": the unit once when both ends share it, else both ends whole ("52 min – 1.1 h"). */
export function formatRange(iv: Interval | undefined, format: (value: number) => string): string | undefined {
  if (!iv || !Number.isFinite(iv.low) || !Number.isFinite(iv.high)) return undefined;
  const low = splitUnit(format(iv.low));
  const high = splitUnit(format(iv.high));
  return low.unit && low.unit === high.unit ? `${low.number}–${high.number} ${high.unit}` : `${format(iv.low)} – ${format(iv.high)}`;
}

/** Range of the throughput figure (tokens/s for an LLM, samples/s otherwise). */
export function throughputRange(e: Evaluation, noun: SampleNoun): string | undefined {
  return e.llm ? formatRange(e.uncertainty?.tokensPerSec, (v) => formatThroughput(v, 'tok')) : formatRange(e.uncertainty?.samplesPerSec, (v) => formatThroughput(v, noun.short));
}

/** Range of the time to model. */
export function timeToModelRange(e: Evaluation): string | undefined {
  return formatRange(e.uncertainty?.timeToModelSeconds, formatDuration);
}

/** Range of the unit cost ($ per million tokens for an LLM, $ per sample otherwise). */
export function unitCostRange(e: Evaluation, noun: SampleNoun): string | undefined {
  return e.llm ? formatRange(e.uncertainty?.usdPerMillionTokens, (v) => `${formatUsd(v)} / M tokens`) : formatRange(e.uncertainty?.usdPerImage, (v) => formatUsdPerSample(v, noun.long));
}

/** Range of the cost per trained model. */
export function modelCostRange(e: Evaluation): string | undefined {
  return formatRange(e.uncertainty?.usdPerTrainedModel, formatUsd);
}

/** The tooltip and footnote text of the ranges: what they are and where they come from. */
export function rangeBasis(e: Evaluation): string | undefined {
  return e.uncertainty ? `${e.uncertainty.basis[0]!.toUpperCase()}${e.uncertainty.basis.slice(1)}.` : undefined;
}
