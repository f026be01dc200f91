import * as Comlink from 'comlink';
import type { EngineApi } from '../../core';

/** Rejection of a request that a newer request, `cancel()` or `dispose()` replaced. Not a failure. */
export class EvaluationCancelledError extends Error {
  constructor() {
    super('Evaluation cancelled: a newer request replaced it.');
    this.name = 'EvaluationCancelledError';
  }
}

/** Whether `error` is the rejection of a cancelled request (to be ignored, not shown). */
export function isEvaluationCancelled(error: unknown): error is EvaluationCancelledError {
  return error instanceof EvaluationCancelledError;
}

/** Options of one latest-wins request. */
export interface LaneRequestOptions {
  /** Called when the debounce ends and the engine starts on this request. */
  onStart?: () => void;
  /** Skip the debounce. */
  immediate?: boolean;
}

/** The remote engine of a worker, as comlink exposes it. */
export type RemoteEngine = Comlink.Remote<EngineApi>;

/**
 * One engine worker with latest-wins requests: `latest` debounces, and a newer `latest` (or `cancel`)
 * rejects the pending request with `EvaluationCancelledError` and terminates the worker if it is busy
 * (the next request starts a fresh one). Each lane has its own worker, so cancelling one lane never
 * touches the work of another.
 */
export interface WorkerLane {
  /** Run `call` on the engine after the debounce, superseding every earlier request of this lane. */
  latest: <T>(call: (engine: RemoteEngine) => T | Promise<T>, options?: LaneRequestOptions) => Promise<T>;
  /** Run `call` at once, without superseding anything (it is still cancelled by `cancel`). */
  now: <T>(call: (engine: RemoteEngine) => T | Promise<T>) => Promise<T>;
  /** Cancel the pending and running requests (their promises reject with `EvaluationCancelledError`). */
  cancel: () => void;
  /** Cancel everything and terminate the worker for good. */
  dispose: () => void;
}

interface Call {
  reject: (error: unknown) => void;
}

/** Create a lane; its worker starts on the first request. */
export function createWorkerLane(createWorker: () => Worker, debounceMs: number): WorkerLane {
  let worker: Worker | null = null;
  let remote: RemoteEngine | null = null;
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

  function engine(): RemoteEngine {
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

  function track<T>(call: (engine: RemoteEngine) => T | Promise<T>, resolve: (value: T) => void, reject: (error: unknown) => void): void {
    let answer: Promise<T>;
    try {
      answer = Promise.resolve(call(engine()));
    } catch (error) {
      reject(error);
      return;
    }
    const entry: Call = { reject };
    running.add(entry);
    answer.then(
      (value) => {
        if (running.delete(entry)) resolve(value);
      },
      (error: unknown) => {
        if (running.delete(entry)) reject(error);
      },
    );
  }

  function cancel(): void {
    // Stop the worker only if it is busy: a finished worker is kept for the next request.
    const busy = running.size > 0;
    supersede();
    if (busy) stopWorker();
  }

  /** Drop the pending and running requests without stopping the worker: their answers are ignored. */
  function supersede(): void {
    if (pending) {
      clearTimeout(pending.timer);
      pending.reject(new EvaluationCancelledError());
      pending = null;
    }
    const superseded = [...running];
    running.clear();
    for (const entry of superseded) entry.reject(new EvaluationCancelledError());
  }

  function latest<T>(call: (engine: RemoteEngine) => T | Promise<T>, options: LaneRequestOptions = {}): Promise<T> {
    // A newer request supersedes older ones. The worker keeps running: restarting it (loading the engine and
    // catalog again) would cost far more than letting a superseded answer arrive and be ignored.
    supersede();
    return new Promise<T>((resolve, reject) => {
      if (disposed) {
        reject(new EvaluationCancelledError());
        return;
      }
      const start = (): void => {
        pending = null;
        options.onStart?.();
        track(call, resolve, reject);
      };
      // Without a debounce the request is posted at once, so the worker computes while the page renders the edit.
      if (debounceMs <= 0 || options.immediate) start();
      else pending = { reject, timer: setTimeout(start, debounceMs) };
    });
  }

  function now<T>(call: (engine: RemoteEngine) => T | Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => track(call, resolve, reject));
  }

  function dispose(): void {
    cancel();
    stopWorker();
    disposed = true;
  }

  return { latest, now, cancel, dispose };
}
