import { collectiveTime } from '../collectives';
import { DOMAIN_SYNC_OVERLAP } from '../efficiency';
import { COLLECTIVE } from '../params/network';
import type { StepTermFn } from './types';

/**
 * Gradient all-reduce of data parallelism over the data-parallel group, partly hidden behind the backward
 * pass: gradients become ready during the backward share of the compute, and the software stack and the
 * optimizer decide how much of that window the reduction uses.
 */
export const dataParallelSyncTerm: StepTermFn = (ctx, before) => {
  const seconds = collectiveTime('all-reduce', ctx.workload.gradientBytes, ctx.dataParallelLevels).seconds;
  if (seconds <= 0) return null;
  const compute = before.find((t) => t.term === 'compute')?.seconds ?? 0;
  const overlap = ctx.software.syncOverlap.value * DOMAIN_SYNC_OVERLAP[ctx.workload.domain].value;
  const hidden = Math.min(seconds, overlap * COLLECTIVE.backwardShareOfCompute.value * compute);
  return {
    term: 'data-parallel-sync', cause: 'network-sync', seconds, exposedSeconds: seconds - hidden, overlapsWith: 'compute',
    basis: 'hierarchical ring all-reduce of the gradients (collectives.ts), overlapped with backward by the software class and optimizer',
  };
};

/**
 * Model-parallel embedding exchange (recommendation models): an all-to-all of the pooled embeddings forward
 * and their gradients backward, on the critical path. `exchangeBytesPerSample` holds both directions.
 */
export const embeddingExchangeTerm: StepTermFn = (ctx) => {
  const bytes = (ctx.workload.exchangeBytesPerSample ?? 0) * ctx.batchPerGpu;
  if (bytes <= 0) return null;
  const seconds = collectiveTime('all-to-all', bytes, ctx.dataParallelLevels).seconds;
  return seconds > 0 ? { term: 'embedding-exchange', cause: 'network-sync', seconds, exposedSeconds: seconds, basis: 'all-to-all of pooled embeddings and their gradients (collectives.ts)' } : null;
};
