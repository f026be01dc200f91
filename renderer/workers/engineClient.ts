import * as Comlink from 'comlink';
import type { EngineApi, EvaluateResponse } from '../../core';

/** Rejection of an evaluation that a newer request, `cancel()` or `dispose()` replaced. Not a failure. */
export class EvaluationCancelledError extends Error {
  constructor() {
    super('Evaluation cancelled: a newer request replaced it.');
    this.name = 'EvaluationCancelledError';
  }
}

/** Whether `error` is the rejection of a cancelled evaluation (to be ignored, not shown). */
export function isEvaluationCancelled(error: unknown): error is EvaluationCancelledError {
  return error instanceof EvaluationCancelledError;
}

/** Options of one evaluation request. */
export interface EvaluateOptions {
  /** Called when the debounce ends and the engine starts on this request. */
  onStart?: () => void;
  /** Skip the debounce (e.g. after opening a file). */
  immediate?: boolean;
}

/** The renderer's handle on the engine worker. */
export interface EngineClient {
  /**
   * Evaluate a design after a short debounce. A later call supersedes this one: a pending call rejects
   * with `EvaluationCancelledError`; a call the worker is already running is cancelled by terminating
   * the worker (a fresh one starts on the next request).
   */
  evaluate: (design: unknown, options?: EvaluateOptions) => Promise<EvaluateResponse>;
  /** Engine and catalog version string. */
  version: () => Promise<string>;
  /** Cancel the pending and running evaluation (their promises reject with `EvaluationCancelledError`). */
  cancel: () => void;
  /** Cancel everything and terminate the worker for good. */
  dispose: () => void;
}

/** How to build the client; the defaults are right for the app, tests inject a fake worker. */
export interface EngineClientOptions {
  /** Quiet time after the last `evaluate` call before the engine runs, ms. */
  debounceMs?: number;
  /** Starts a worker that exposes `EngineApi` through comlink. */
  createWorker?: () => Worker;
}

/** Default debounce of evaluation requests, ms: short enough to feel live, long enough to skip keystrokes. */
export const DEFAULT_DEBOUNCE_MS = 120;

function startEngineWorker(): Worker {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'trainwright-engine' });
}

interface Call {
  reject: (error: unknown) => void;
}

/** Create the client of the engine worker (the worker itself starts on the first request). */
export function createEngineClient(options: EngineClientOptions = {}): EngineClient {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const createWorker = options.createWorker ?? startEngineWorker;

  let worker: Worker | null = null;
  let remote: Comlink.Remote<EngineApi> | null = null;
  let pending: (Call & { timer: ReturnType<typeof setTimeout> }) | null = null;
  const running = new Set<Call>();
  let disposed = false;

  function stopWorker(): void {
    worker?.terminate();
    worker = null;
    remote = null;
  }

  // A worker that fails to load or crashes never answers comlink: fail every running call instead of hanging.
  function failRunning(message: string): void {
    stopWorker();
    for (const call of [...running]) call.reject(new Error(message));
    running.clear();
  }

  function engine(): Comlink.Remote<EngineApi> {
    if (disposed) throw new Error('The engine client was disposed.');
    if (!remote) {
      const started = createWorker();
      started.addEventListener('error', (event: ErrorEvent) => {
        event.preventDefault();
        if (started === worker) failRunning(`The engine worker failed: ${event.message || 'it could not be loaded'}.`);
      });
      started.addEventListener('messageerror', () => {
        if (started === worker) failRunning('The engine worker sent a message that could not be read.');
      });
      worker = started;
      remote = Comlink.wrap<EngineApi>(started);
    }
    return remote;
  }

  function track<T>(promise: Promise<T>, resolve: (value: T) => void, reject: (error: unknown) => void): void {
    const call: Call = { reject };
    running.add(call);
    promise.then(
      (value) => {
        if (running.delete(call)) resolve(value);
      },
      (error: unknown) => {
        if (running.delete(call)) reject(error);
      },
    );
  }

  function cancel(): void {
    if (pending) {
      clearTimeout(pending.timer);
      pending.reject(new EvaluationCancelledError());
      pending = null;
    }
    const cancelled = [...running];
    running.clear();
    if (cancelled.length > 0) stopWorker();
    for (const call of cancelled) call.reject(new EvaluationCancelledError());
  }

  function evaluate(design: unknown, evaluateOptions: EvaluateOptions = {}): Promise<EvaluateResponse> {
    cancel();
    return new Promise<EvaluateResponse>((resolve, reject) => {
      if (disposed) {
        reject(new EvaluationCancelledError());
        return;
      }
      const start = (): void => {
        pending = null;
        evaluateOptions.onStart?.();
        try {
          track(Promise.resolve(engine().evaluate(design)), resolve, reject);
        } catch (error) {
          reject(error);
        }
      };
      pending = { reject, timer: setTimeout(start, evaluateOptions.immediate ? 0 : debounceMs) };
    });
  }

  function version(): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      track(Promise.resolve(engine().version()), resolve, reject);
    });
  }

  function dispose(): void {
    cancel();
    stopWorker();
    disposed = true;
  }

  return { evaluate, version, cancel, dispose };
}
