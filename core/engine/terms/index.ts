import { computeTerm, hostTerm } from './compute';
import { dataParallelSyncTerm, embeddingExchangeTerm } from './dataParallelSync';
import { optimizerTerm, stepOverheadTerm } from './framework';
import { stragglerTerm } from './stragglers';
import type { StepContext, StepTerm, StepTermFn } from './types';

export type { StepContext, StepTerm, StepTermFn } from './types';

/**
 * The terms of a GPU's step, in the order they are summed. A new effect (tensor-parallel communication,
 * a pipeline bubble) is a new term file and one entry here, plus its parameters and its cause.
 */
export const STEP_TERMS: readonly StepTermFn[] = [computeTerm, hostTerm, stepOverheadTerm, optimizerTerm, dataParallelSyncTerm, embeddingExchangeTerm, stragglerTerm];

/** Evaluates every step term for one server type. */
export function stepTerms(ctx: StepContext): StepTerm[] {
  const out: StepTerm[] = [];
  for (const fn of STEP_TERMS) {
    const t = fn(ctx, out);
    if (t) out.push(t);
  }
  return out;
}

/** Seconds of the GPU's own step: the exposed time of every term. */
export function gpuStepSeconds(terms: readonly StepTerm[]): number {
  return terms.reduce((s, t) => s + t.exposedSeconds, 0);
}
