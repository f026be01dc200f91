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

/** Host-side framework work per sample that the GPU waits for (none under CUDA graphs). */
export const hostTerm: StepTermFn = (ctx) => {
  const seconds = ctx.batchPerGpu * ctx.software.hostSecondsPerSample.value;
  return seconds > 0 ? serial('host', 'framework', seconds, ctx.software.hostSecondsPerSample.basis) : null;
};
