import type { EngineClient } from '../workers/engineClient';
import { isEvaluationCancelled } from '../workers/engineClient';
import type { AppStore } from './appStore';

/** What the sync needs from the engine client (tests pass a fake). */
export type EngineConnection = Pick<EngineClient, 'evaluate' | 'cancel'>;

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Keep the results in step with the document: evaluate the open design now and after every change.
 * The results' status follows the request's (`RequestStatus`): `queued` is `stale`, `running` is
 * `computing`, `done` is `current` or `error`, `failed` is `error`; a superseded request changes nothing.
 * Every request takes a new id from the results slice, so an answer that arrives after a newer
 * request is dropped and never shown as current. Returns a function that stops the sync and cancels
 * the outstanding request.
 */
export function connectEngine(store: AppStore, engine: EngineConnection): () => void {
  let connected = true;

  const evaluateDesign = (design: unknown): void => {
    const requestId = store.getState().requestEvaluation();
    engine
      .evaluate(design, { onStatus: (status) => status === 'running' && store.getState().markComputing(requestId) })
      .then((response) => {
        if (connected) store.getState().receiveResponse(requestId, response);
      })
      .catch((error: unknown) => {
        if (connected && !isEvaluationCancelled(error)) store.getState().receiveFailure(requestId, messageOf(error));
      });
  };

  evaluateDesign(store.getState().project.design);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.project.design !== previous.project.design) evaluateDesign(state.project.design);
  });

  return () => {
    connected = false;
    unsubscribe();
    engine.cancel();
  };
}
