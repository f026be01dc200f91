import { defineParams, p } from './schema';

/** When a cause is named as the binding constraint, and when a wait is worth mentioning. */
export const BOTTLENECK = defineParams('BOTTLENECK', {
  bindingIdleShare: p(0.05, 'fraction of a step', 'a wait below 5% of the step is within the model\'s own error (throughput median error 7%), so the GPUs are named as the limit; product choice', 'estimate'),
  mentionIdleShare: p(0.005, 'fraction of a step', 'waits below 0.5% of a step round to 0% in the sentence; product choice', 'estimate'),
});
