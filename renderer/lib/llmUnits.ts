/**
 * LLM units for the results, the comparison and the report: a transformer workload's throughput in tokens/s,
 * its MFU and its cost per million tokens, where other workloads show samples/s and $ per sample. One place,
 * so every view says the same thing. Pure.
 */
import type { Design, Evaluation } from '../../core';
import { resolveWorkload } from '../../core/catalog/workloads';
import { formatNumber, formatPercent, formatThroughput, formatUsd, formatUsdPerSample } from './format';
import type { SampleNoun } from './sampleNoun';

/** Throughput in the workload's unit: tokens/s for an LLM, samples/s (`noun.short`) otherwise. */
export function throughputText(e: Evaluation, noun: SampleNoun): string {
  return e.llm ? formatThroughput(e.llm.tokensPerSec, 'tok') : formatThroughput(e.samplesPerSec, noun.short);
}

/** The LLM line under the throughput: "MFU 41% · 2,020 seq/s"; undefined for other workloads. */
export function llmRateDetail(e: Evaluation, noun: SampleNoun): string | undefined {
  return e.llm ? `MFU ${formatPercent(e.llm.mfu)} · ${formatThroughput(e.samplesPerSec, noun.short)}` : undefined;
}

/**
 * Label of the unit-cost figure: "Cost per million tokens" for an LLM ("Token cost" where a card is narrow),
 * "Cost per image" otherwise.
 */
export function unitCostLabel(e: Evaluation | null | undefined, noun: SampleNoun, narrow = false): string {
  if (e?.llm) return narrow ? 'Token cost' : 'Cost per million tokens';
  return `Cost per ${noun.long}`;
}

/** The unit cost: "$2.41 / M tokens" for an LLM, "$0.000021 / image" otherwise. */
export function unitCostText(e: Evaluation, noun: SampleNoun): string {
  return e.llm ? `${formatUsd(e.llm.usdPerMillionTokens)} / M tokens` : formatUsdPerSample(e.cost.usdPerImage, noun.long);
}

/** Tokens one sequence of the design's transformer workload holds, or undefined for other workloads. */
export function tokensPerSample(workload: Design['workload']): number | undefined {
  const w = typeof workload === 'string' ? resolveWorkload(workload) : workload;
  return w?.transformer?.seqLength;
}

/** "1.31 B tokens": trained tokens in the largest readable unit. */
export function formatTokens(tokens: number): string {
  if (tokens >= 1e12) return `${formatNumber(tokens / 1e12, 2)} T tokens`;
  if (tokens >= 1e9) return `${formatNumber(tokens / 1e9, 2)} B tokens`;
  if (tokens >= 1e6) return `${formatNumber(tokens / 1e6, 1)} M tokens`;
  return `${formatNumber(tokens)} tokens`;
}
