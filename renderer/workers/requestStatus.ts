/**
 * Where one request to an engine worker stands (the one status machine of every engine request):
 * - `queued`: waiting for its debounce to end or for the worker to finish the request before it;
 * - `running`: posted to the worker, which is computing it;
 * - `done`: answered (the caller has the answer);
 * - `superseded`: a newer request of the same lane replaced it. Its promise rejects with
 *   `EvaluationCancelledError` at once; if it was `running`, the worker still finishes it (a worker cannot
 *   be interrupted) and its answer is thrown away, and the newest queued request is posted only then;
 * - `cancelled`: `cancel()` or `dispose()` dropped it; a `running` one is stopped by terminating the
 *   worker (the next request starts a fresh worker, which loads the engine and catalog again);
 * - `failed`: the worker crashed or could not load, or the call threw.
 */
export type RequestStatus = 'queued' | 'running' | 'done' | 'superseded' | 'cancelled' | 'failed';

/** Where a lane stands: no request, one waiting (debounce, or a superseded one still computing), one running. */
export type LaneStatus = 'idle' | 'queued' | 'running';

const NEXT: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  queued: ['running', 'superseded', 'cancelled', 'failed'],
  running: ['done', 'superseded', 'cancelled', 'failed'],
  done: [],
  superseded: [],
  cancelled: [],
  failed: [],
};

/** Whether a request in `status` is settled for good (its promise has resolved or rejected). */
export function isSettled(status: RequestStatus): boolean {
  return NEXT[status].length === 0;
}

/** Whether a request may move from `from` to `to`. */
export function canMove(from: RequestStatus, to: RequestStatus): boolean {
  return NEXT[from].includes(to);
}
