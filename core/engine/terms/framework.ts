import { optimizerStepSeconds } from '../compute';
import { serial, type StepTermFn } from './types';

/** Fixed per-iteration cost of the software stack (launches, synchronisation). */
export const stepOverheadTerm: StepTermFn = (ctx) =>
  serial('step-overhead', 'framework', ctx.software.stepOverheadSeconds.value, ctx.software.stepOverheadSeconds.basis);

/** The optimizer step: its state streams through HBM once per step. */
export const optimizerTerm: StepTermFn = (ctx) =>
  serial('optimizer', 'framework', optimizerStepSeconds(ctx.gpu, ctx.workload, ctx.design.run.software, ctx.server.gpus.length), 'optimizer state (16 B per parameter, read and written) over HBM bandwidth (ZeRO paper)');
