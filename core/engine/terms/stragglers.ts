import type { StepTermFn } from './types';

/**
 * Synchronous training waits for the slowest of N GPUs: the expected maximum of N step times, with a
 * relative jitter that scales with the step and an absolute one that does not (OS noise, launch latency).
 */
export const stragglerTerm: StepTermFn = (ctx, before) => {
  const base = before.reduce((s, t) => s + t.exposedSeconds, 0);
  const seconds = (base * ctx.software.stepTimeCv.value + ctx.software.stepJitterSeconds.value) * ctx.stragglerZ;
  return seconds > 0 ? { term: 'stragglers', cause: 'stragglers', seconds, exposedSeconds: seconds, basis: 'expected maximum of N step times (stepTimeCv, stepJitterSeconds in efficiency.ts)' } : null;
};
