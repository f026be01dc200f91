import { gpuSecondsPerSample } from '../compute';
import { serial, type StepTermFn } from './types';

/** Useful GPU work: math and memory time of the forward and backward passes (roofline, `compute.ts`). */
export const computeTerm: StepTermFn = (ctx) => {
  const run = ctx.design.run;
  const t = gpuSecondsPerSample(ctx.gpu, ctx.workload, run.precision, run.software, run.softwareYear, run.framework);
  const scale = run.computeScale ?? 1;
  const basis = 'tensor peak, FP32 vector rate and HBM bandwidth x fitted efficiency terms, as a fused roofline (efficiency.ts, params/compute.ts)';
  return serial('compute', 'gpu-compute', scale * ctx.batchPerGpu * t.kernelSeconds, scale === 1 ? basis : `${basis}, x${scale.toFixed(3)} calibrated to a measurement`);
};

/**
 * Host-side framework work per sample (Python dispatch, kernel launches; none under CUDA graphs). The host
 * queues kernels asynchronously ahead of the GPU, so only the part longer than the GPU's own compute time
 * is exposed: a launch-bound step runs at the host's pace however fast the GPU is.
 */
export const hostTerm: StepTermFn = (ctx, before) => {
  const seconds = ctx.batchPerGpu * ctx.software.hostSecondsPerSample.value;
  if (!(seconds > 0)) return null;
  const computeSeconds = before.filter((t) => t.term === 'compute').reduce((s, t) => s + t.exposedSeconds, 0);
  return { term: 'host', cause: 'framework', seconds, exposedSeconds: Math.max(0, seconds - computeSeconds), basis: ctx.software.hostSecondsPerSample.basis };
};
