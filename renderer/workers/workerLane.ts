import * as Comlink from 'comlink';
import type { EngineApi } from '../../core';
import { canMove, type LaneStatus, type RequestStatus } from './requestStatus';

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

/** Options of one request. */
export interface LaneRequestOptions {
  /** Called on every move of this request's status (`queued` first); see `RequestStatus`. */
  onStatus?: (status: RequestStatus) => void;
  /** Skip the debounce. */
  immediate?: boolean;
}

/** The remote engine of a worker, as comlink exposes it. */
export type RemoteEngine = Comlink.Remote<EngineApi>;

/**
 * One engine worker and its requests, one at a time: the lane posts a request only when the worker has
 * answered the one before, so the worker never holds a backlog.
 * - `latest` (the editor's evaluation, the node sweep): debounced, and each request supersedes every
 *   earlier one of the lane (see `RequestStatus`: a superseded request's promise rejects at once with
 *   `EvaluationCancelledError`; a running one is left to finish in the worker, its answer dropped, and
 *   only the newest waiting request runs after it, so a burst of edits costs at most two evaluations);
 * - `enqueue` (scenarios, version, accuracy): every request runs, in order.
 * Each lane has its own worker, so nothing one lane does touches the work of another.
 */
export interface WorkerLane {
  /** Run `call` on the engine after the debounce, superseding every earlier request of this lane. */
  latest: <T>(call: (engine: RemoteEngine) => T | Promise<T>, options?: LaneRequestOptions) => Promise<T>;
  /** Run `call` after the requests already waiting, superseding nothing. */
  enqueue: <T>(call: (engine: RemoteEngine) => T | Promise<T>, options?: LaneRequestOptions) => Promise<T>;
  /** Supersede the waiting and running requests without stopping the worker (a running one finishes unseen). */
  supersede: () => void;
  /** Cancel the waiting and running requests; a busy worker is terminated (the next request starts a fresh one). */
  cancel: () => void;
  /** Cancel everything and terminate the worker for good. */
  dispose: () => void;
  /** Where the lane stands now. */
  status: () => LaneStatus;
}

interface Request {
  status: RequestStatus;
  /** Whether its debounce is over (it may be posted once the worker is free). */
  ready: boolean;
  timer: ReturnType<typeof setTimeout> | null;
  run: (engine: RemoteEngine) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  onStatus: ((status: RequestStatus) => void) | undefined;
}

/** Create a lane; its worker starts on the first request that runs. */
export function createWorkerLane(createWorker: () => Worker, debounceMs: number): WorkerLane {
  let worker: Worker | null = null;
  let remote: RemoteEngine | null = null;
  const waiting: Request[] = [];
  // The request the worker is computing, even a superseded one: the next is posted only after it.
  let inWorker: Request | null = null;
  let disposed = false;

  function move(request: Request, to: RequestStatus, outcome?: { value?: unknown; error?: unknown }): void {
    if (!canMove(request.status, to)) return;
    request.status = to;
    if (request.timer) clearTimeout(request.timer);
    request.onStatus?.(to);
    if (to === 'done') request.resolve(outcome?.value);
    else if (to === 'superseded' || to === 'cancelled') request.reject(new EvaluationCancelledError());
    else if (to === 'failed') request.reject(outcome?.error);
  }

  function stopWorker(): void {
    worker?.terminate();
    worker = null;
    remote = null;
    inWorker = null;
  }

  // A worker that fails to load or crashes never answers comlink: fail its request instead of hanging.
  function failWorker(message: string): void {
    const request = inWorker;
    stopWorker();
    if (request) move(request, 'failed', { error: new Error(message) });
    pump();
  }

  function engine(): RemoteEngine {
    if (!remote) {
      const started = createWorker();
      started.addEventListener('error', (event: ErrorEvent) => {
        event.preventDefault();
        if (started === worker) failWorker(`The engine worker failed: ${event.message || 'it could not be loaded'}.`);
      });
      started.addEventListener('messageerror', () => {
        if (started === worker) failWorker('The engine worker sent a message that could not be read.');
      });
      worker = started;
      remote = Comlink.wrap<EngineApi>(started);
    }
    return remote;
  }

  function pump(): void {
    if (inWorker || disposed) return;
    const next = waiting.findIndex((r) => r.ready);
    if (next < 0) return;
    const [request] = waiting.splice(next, 1) as [Request];
    move(request, 'running');
    let answer: Promise<unknown>;
    let current: RemoteEngine;
    try {
      current = engine();
      answer = request.run(current);
    } catch (error) {
      move(request, 'failed', { error });
      pump();
      return;
    }
    inWorker = request;
    const settle = (outcome: { value?: unknown; error?: unknown }, to: 'done' | 'failed'): void => {
      // A terminated worker's answer (or the rejection comlink gives it) belongs to no one.
      if (current !== remote || inWorker !== request) return;
      inWorker = null;
      move(request, to, outcome);
      pump();
    };
    answer.then(
      (value) => settle({ value }, 'done'),
      (error: unknown) => settle({ error }, 'failed'),
    );
  }

  function add<T>(call: (engine: RemoteEngine) => T | Promise<T>, options: LaneRequestOptions, debounced: boolean): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (disposed) {
        reject(new EvaluationCancelledError());
        return;
      }
      const request: Request = {
        status: 'queued', ready: false, timer: null, onStatus: options.onStatus,
        run: async (remoteEngine) => call(remoteEngine), resolve: resolve as (value: unknown) => void, reject,
      };
      waiting.push(request);
      request.onStatus?.('queued');
      if (!debounced || debounceMs <= 0 || options.immediate) request.ready = true;
      else {
        request.timer = setTimeout(() => {
          request.timer = null;
          request.ready = true;
          pump();
        }, debounceMs);
      }
      pump();
    });
  }

  function supersede(): void {
    for (const request of waiting.splice(0)) move(request, 'superseded');
    if (inWorker) move(inWorker, 'superseded');
  }

  function cancel(): void {
    for (const request of waiting.splice(0)) move(request, 'cancelled');
    // Stop the worker only if it is busy: an idle worker is kept for the next request.
    if (inWorker) {
      move(inWorker, 'cancelled');
      stopWorker();
    }
  }

  return {
    // Without a debounce the request is posted at once, so the worker computes while the page renders the edit.
    latest: (call, options = {}) => {
      supersede();
      return add(call, options, true);
    },
    enqueue: (call, options = {}) => add(call, options, false),
    supersede,
    cancel,
    dispose: () => {
      cancel();
      stopWorker();
      disposed = true;
    },
    status: () => (inWorker ? 'running' : waiting.length > 0 ? 'queued' : 'idle'),
  };
}
