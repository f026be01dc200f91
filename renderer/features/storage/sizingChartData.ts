import type { StorageSizing } from '../../../core';
import { formatNumber } from '../../lib/format';

/** One point of the AU chart. */
export interface SizingRow {
  gpus: number;
  hosts: number;
  /** Accelerator utilization, %. */
  auPct: number;
  samplesPerSec: number;
  /** The narrowest part of the data path there. */
  part: string;
}

/** The sizing's AU curve as chart rows, in GPU order. */
export function sizingRows(sizing: StorageSizing): SizingRow[] {
  return sizing.result.curve.map((p) => ({ gpus: p.gpus, hosts: p.hosts, auPct: p.au * 100, samplesPerSec: p.samplesPerSec, part: p.limitingPart.label }));
}

/** An AU (0..1) as a percentage with one decimal: `97.5%`. */
export function formatAu(au: number): string {
  return `${formatNumber(au * 100, 1)}%`;
}

/** What the consumers are called: "GPU"s of the design, or emulated accelerators. */
export function consumerNoun(sizing: StorageSizing, count: number): string {
  const one = sizing.consumer.kind === 'emulated' ? 'emulated accelerator' : 'GPU';
  return count === 1 ? one : `${one}s`;
}

/**
 * The headline: "This storage and these clients keep N GPUs (H hosts) >= X% busy; the first part to give out is
 * <part>", or that not even one server's GPUs are, or that nothing gave out up to the search's end.
 */
export function sizingHeadline(sizing: StorageSizing): string {
  const { result, gpusPerHost } = sizing;
  const target = formatNumber(result.auTarget * 100, 1);
  const part = result.limitingPart.label;
  if (result.maxGpus === 0) {
    return `This storage and these clients cannot keep even one server's ${formatNumber(gpusPerHost)} ${consumerNoun(sizing, gpusPerHost)} ≥ ${target}% busy; the first part to give out is ${part}.`;
  }
  const kept = `${formatNumber(result.maxGpus)} ${consumerNoun(sizing, result.maxGpus)} (${formatNumber(result.hosts)} ${result.hosts === 1 ? 'host' : 'hosts'})`;
  if (result.capped) return `This storage and these clients keep at least ${kept} ≥ ${target}% busy: nothing gave out up to there; the narrowest part is ${part}.`;
  return `This storage and these clients keep ${kept} ≥ ${target}% busy; the first part to give out is ${part}.`;
}
