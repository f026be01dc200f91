import type { EvaluateResponse, SweepResponse } from '../../core';
import { createWorkerLane, type LaneRequestOptions } from './workerLane';

export { EvaluationCancelledError, isEvaluationCancelled } from './workerLane';

/** Options of one evaluation request: `onStart` when the engine starts on it, `immediate` to skip the debounce (e.g. after opening a file). */
export type EvaluateOptions = LaneRequestOptions;

/** Options of one node-sweep request. */
export interface SweepRequestOptions extends LaneRequestOptions {
  /** Server type whose count is varied; default: the first server type with GPUs. */
  serverTypeId?: string;
}

/** The renderer's handle on the engine workers. */
export interface EngineClient {
  /**
   * Evaluate a design after a short debounce. A later call supersedes this one: a pending call rejects
   * with `EvaluationCancelledError`; a call the worker is already running is cancelled by terminating
   * the worker (a fresh one starts on the next request).
   */
  evaluate: (design: unknown, options?: EvaluateOptions) => Promise<EvaluateResponse>;
  /**
   * Sweep the cluster size of a design (`sweepNodes` of the core) after a debounce, in a worker of its
   * own: a later `sweep` supersedes this one exactly as a later `evaluate` supersedes an evaluation, and
   * sweeps and evaluations never cancel each other.
   */
  sweep: (design: unknown, nodeCounts: readonly number[], options?: SweepRequestOptions) => Promise<SweepResponse>;
  /** Engine and catalog version string. */
  version: () => Promise<string>;
  /** Cancel the pending and running evaluation (their promises reject with `EvaluationCancelledError`). */
  cancel: () => void;
  /** Cancel the pending and running sweep (their promises reject with `EvaluationCancelledError`). */
  cancelSweep: () => void;
  /** Cancel everything and terminate the workers for good. */
  dispose: () => void;
}

/** How to build the client; the defaults are right for the app, tests inject a fake worker. */
export interface EngineClientOptions {
  /** Quiet time after the last `evaluate` call before the engine runs, ms. */
  debounceMs?: number;
  /** Quiet time after the last `sweep` call before the engine runs, ms. */
  sweepDebounceMs?: number;
  /** Starts a worker that exposes `EngineApi` through comlink (called once per lane, and again after a cancel). */
  createWorker?: () => Worker;
}

/**
 * Default debounce of evaluation requests, ms: none. Fields commit on Enter or blur and a drag commits once
 * at its end, so edits arrive as discrete events; posting at once lets the worker evaluate while the page
 * renders the edit, and a newer request simply supersedes an older one.
 */
export const DEFAULT_DEBOUNCE_MS = 0;

/** Default debounce of sweep requests, ms: a sweep is several evaluations, so it waits for the edits to settle. */
export const DEFAULT_SWEEP_DEBOUNCE_MS = 300;

function startEngineWorker(): Worker {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'trainwright-engine' });
}

/** Create the client of the engine workers (each worker starts on its first request). */
export function createEngineClient(options: EngineClientOptions = {}): EngineClient {
  const createWorker = options.createWorker ?? startEngineWorker;
  const evaluations = createWorkerLane(createWorker, options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  const sweeps = createWorkerLane(createWorker, options.sweepDebounceMs ?? DEFAULT_SWEEP_DEBOUNCE_MS);

  return {
    evaluate: (design, evaluateOptions = {}) => evaluations.latest<EvaluateResponse>((engine) => engine.evaluate(design), evaluateOptions),
    sweep: (design, nodeCounts, sweepOptions = {}) => {
      const { serverTypeId, ...laneOptions } = sweepOptions;
      const counts = [...nodeCounts];
      return sweeps.latest<SweepResponse>((engine) => engine.sweepNodes(design, counts, serverTypeId === undefined ? {} : { serverTypeId }), laneOptions);
    },
    version: () => evaluations.now((engine) => engine.version()),
    cancel: evaluations.cancel,
    cancelSweep: sweeps.cancel,
    dispose: () => {
      evaluations.dispose();
      sweeps.dispose();
    },
  };
}
