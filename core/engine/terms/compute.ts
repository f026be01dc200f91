import { gpuSecondsPerSample } from '../compute';
import { serial, type StepTermFn } from './types';

/** Useful GPU work: math and memory time of the forward and backward passes (roofline, `compute.ts`). */
export const computeTerm: StepTermFn = (ctx) => {
  const run = ctx.design.run;
  const t = gpuSecondsPerSample(ctx.gpu, ctx.workload, run.precision, run.software, run.softwareYear);
  return serial('compute', 'gpu-compute', ctx.batchPerGpu * (t.mathSeconds + t.memorySeconds), 'peak FLOP/s and HBM bandwidth x fitted efficiency terms (efficiency.ts)');
};

/** Host-side framework work per sample that the GPU waits for (none under CUDA graphs). */
export const hostTerm: StepTermFn = (ctx) => {
  const seconds = ctx.batchPerGpu * ctx.software.hostSecondsPerSample.value;
  return seconds > 0 ? serial('host', 'framework', seconds, ctx.software.hostSecondsPerSample.basis) : null;
};
