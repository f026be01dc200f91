import type { StateCreator } from 'zustand';
import type { EvaluateResponse, Evaluation, InputError } from '../../core';
import type { AppState } from './appStore';

/**
 * Whether the shown results describe the open design:
 * - `idle`: nothing requested yet;
 * - `stale`: the design changed and an evaluation is queued (results shown are for an older design);
 * - `computing`: the engine is evaluating the newest design;
 * - `current`: the results are the engine's answer for the open design;
 * - `error`: the newest design could not be evaluated (input errors or an engine failure).
 */
export type ResultsStatus = 'idle' | 'computing' | 'current' | 'stale' | 'error';

/** The results slice: the latest evaluation and how it relates to the open design. */
export interface ResultsSlice {
  /** The last successful evaluation; it describes the open design only when `status` is `current`. */
  evaluation: Evaluation | null;
  /** Request id whose answer `evaluation` is; 0 when there is none. */
  evaluationRequestId: number;
  /** Input errors of the newest design, when the engine refused it. */
  inputErrors: InputError[];
  /** Message of an engine failure (crash, worker load error) for the newest request, else null. */
  failure: string | null;
  status: ResultsStatus;
  /** Id of the newest evaluation request; answers to any older id are dropped. Increases from 1. */
  latestRequestId: number;
  /** Start a new request for the current design: returns its id and marks the results `stale`. */
  requestEvaluation: () => number;
  /** The engine started on `requestId`; ignored unless it is the newest request. */
  markComputing: (requestId: number) => void;
  /** Store the engine's answer to `requestId`; returns false (and changes nothing) if a newer request exists. */
  receiveResponse: (requestId: number, response: EvaluateResponse) => boolean;
  /** Record that the engine failed on `requestId`; returns false (and changes nothing) if a newer request exists. */
  receiveFailure: (requestId: number, message: string) => boolean;
}

/** Create the results slice for the combined store. */
export const createResultsSlice: StateCreator<AppState, [['temporal', unknown]], [], ResultsSlice> = (set, get) => ({
  evaluation: null,
  evaluationRequestId: 0,
  inputErrors: [],
  failure: null,
  status: 'idle',
  latestRequestId: 0,
  requestEvaluation: () => {
    const requestId = get().latestRequestId + 1;
    set({ latestRequestId: requestId, status: 'stale' });
    return requestId;
  },
  markComputing: (requestId) => {
    if (requestId === get().latestRequestId) set({ status: 'computing' });
  },
  receiveResponse: (requestId, response) => {
    if (requestId !== get().latestRequestId) return false;
    if (response.ok) {
      set({ evaluation: response.evaluation, evaluationRequestId: requestId, inputErrors: [], failure: null, status: 'current' });
    } else {
      set({ inputErrors: response.errors, failure: null, status: 'error' });
    }
    return true;
  },
  receiveFailure: (requestId, message) => {
    if (requestId !== get().latestRequestId) return false;
    set({ failure: message, inputErrors: [], status: 'error' });
    return true;
  },
});
