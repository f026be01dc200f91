import type { IdleCause } from '../engine/causes';

/** Idle causes that are the input pipeline making the accelerator wait (what MLPerf Storage's AU counts). */
export const INPUT_WAIT_CAUSES: readonly IdleCause[] = ['storage', 'cpu', 'gpu-decode', 'pcie', 'socket-link', 'pipeline-variance'];

/**
 * Accelerator utilization in the MLPerf Storage sense: the share of time the accelerator is not waiting for
 * data (compute, communication and framework time all count as busy), from a step's idle split.
 */
export function acceleratorUtilization(idle: Readonly<Record<IdleCause, number>>): number {
  const wait = INPUT_WAIT_CAUSES.reduce((s, c) => s + (idle[c] ?? 0), 0);
  return Math.min(1, Math.max(0, 1 - wait));
}
