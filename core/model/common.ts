import { z } from 'zod';

/** Software stack class (see the reference README): hand-tuned MLPerf, NVIDIA NGC containers, or a stock framework. */
export const SoftwareClassSchema = z.enum(['mlperf', 'ngc', 'stock']);
export type SoftwareClass = z.infer<typeof SoftwareClassSchema>;

/** Training framework of the software stack (its kernels and launch path differ at the same class). */
export const FrameworkSchema = z.enum(['pytorch', 'tensorflow', 'mxnet', 'jax', 'paddle']);
export type Framework = z.infer<typeof FrameworkSchema>;

/** Numeric precision of training. */
export const PrecisionSchema = z.enum(['fp32', 'tf32', 'mixed', 'fp8']);
export type Precision = z.infer<typeof PrecisionSchema>;
