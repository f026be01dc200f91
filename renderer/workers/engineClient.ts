import type { EvaluateResponse, StorageSizingRequest, StorageSizingResponse, SweepResponse } from '../../core';
import type { LaneStatus } from './requestStatus';
import { createScenarioEngine, type ScenarioEngine } from './scenarioAnswers';
import { createWorkerLane, type LaneRequestOptions } from './workerLane';

export { EvaluationCancelledError, isEvaluationCancelled } from './workerLane';
export type { RequestStatus, LaneStatus } from './requestStatus';
export type { ScenarioEngine } from './scenarioAnswers';

/** Options of one evaluation request: `onStatus` on each move of its status, `immediate` to skip the debounce (e.g. after opening a file). */
export type EvaluateOptions = LaneRequestOptions;

/** Options of one node-sweep request. */
export interface SweepRequestOptions extends LaneRequestOptions {
  /** Server type whose count is varied; default: the first server type with GPUs. */
  serverTypeId?: string;
}

/**
 * The renderer's one handle on the engine (`EngineApi` of the core), used by every caller: the editor's
 * evaluation, the node sweep, the storage sizing, and the scenarios of Compare, the scenario tabs and the report.
 * Four lanes, each with its own worker (see `WorkerLane`, started on its first request), so a sweep, a sizing or a
 * comparison never delays the editor's answer.
 * An answer is kept per design object (documents are immutable), so a design already evaluated, in any
 * lane, is neither validated nor evaluated again: undo, and Compare on the open scenario, answer at once.
 */
export interface EngineClient {
  /**
   * Evaluate a design after the debounce (none by default). A later call supersedes this one: its promise
   * rejects with `EvaluationCancelledError` at once; if the worker is already computing it, the worker
   * finishes it unseen and then computes the newest request (see `RequestStatus`).
   */
  evaluate: (design: unknown, options?: EvaluateOptions) => Promise<EvaluateResponse>;
  /**
   * Sweep the cluster size of a design (`sweepNodes` of the core) after a debounce, in a worker of its
   * own: a later `sweep` supersedes this one exactly as a later `evaluate` supersedes an evaluation, and
   * sweeps and evaluations never cancel each other.
   */
  sweep: (design: unknown, nodeCounts: readonly number[], options?: SweepRequestOptions) => Promise<SweepResponse>;
  /**
   * Size the design's storage (`sizeStorage` of the core) in a worker of its own: a later `sizeStorage`
   * supersedes this one, as a later `evaluate` supersedes an evaluation; nothing else is cancelled by it.
   */
  sizeStorage: (design: unknown, request: StorageSizingRequest, options?: LaneRequestOptions) => Promise<StorageSizingResponse>;
  /** Scenario evaluations (every request is answered, in order) and the model's measured accuracy, in a third worker. */
  scenarios: ScenarioEngine;
  /** Engine and catalog version string. */
  version: () => Promise<string>;
  /** Cancel the waiting and running evaluation (their promises reject with `EvaluationCancelledError`); a busy worker is terminated. */
  cancel: () => void;
  /** Cancel the waiting and running sweep, as `cancel` does for evaluations. */
  cancelSweep: () => void;
  /** Cancel the waiting and running storage sizing. */
  cancelSizing: () => void;
  /** Where each lane stands now. */
  status: () => { evaluation: LaneStatus; sweep: LaneStatus; sizing: LaneStatus; scenarios: LaneStatus };
  /** Cancel everything and terminate the workers for good. */
  dispose: () => void;
}

/** How to build the client; the defaults are right for the app, tests inject a fake worker. */
export interface EngineClientOptions {
  /** Quiet time after the last `evaluate` call before the engine runs, ms. */
  debounceMs?: number;
  /** Quiet time after the last `sweep` call before the engine runs, ms. */
  sweepDebounceMs?: number;
  /** Starts a worker that exposes `EngineApi` through comlink (called once per lane, and again after a cancel or crash). */
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

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Create the client of the engine workers (each worker starts on its lane's first request). */
export function createEngineClient(options: EngineClientOptions = {}): EngineClient {
  const createWorker = options.createWorker ?? startEngineWorker;
  const evaluations = createWorkerLane(createWorker, options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  const sweeps = createWorkerLane(createWorker, options.sweepDebounceMs ?? DEFAULT_SWEEP_DEBOUNCE_MS);
  const sizings = createWorkerLane(createWorker, 0);
  const others = createWorkerLane(createWorker, 0);
  const answers = new WeakMap<object, EvaluateResponse>();
  const remember = (design: unknown, response: EvaluateResponse): EvaluateResponse => {
    if (isObject(design)) answers.set(design, response);
    return response;
  };

  return {
    evaluate: (design, evaluateOptions = {}) => {
      const known = isObject(design) ? answers.get(design) : undefined;
      if (known) {
        evaluations.supersede();
        return Promise.resolve(known);
      }
      return evaluations.latest<EvaluateResponse>((engine) => engine.evaluate(design), evaluateOptions).then((response) => remember(design, response));
    },
    sweep: (design, nodeCounts, sweepOptions = {}) => {
      const { serverTypeId, ...laneOptions } = sweepOptions;
      const counts = [...nodeCounts];
      return sweeps.latest<SweepResponse>((engine) => engine.sweepNodes(design, counts, serverTypeId === undefined ? {} : { serverTypeId }), laneOptions);
    },
    sizeStorage: (design, request, laneOptions = {}) => {
      const copy = { ...request };
      return sizings.latest<StorageSizingResponse>((engine) => engine.sizeStorage(design, copy), laneOptions);
    },
    scenarios: createScenarioEngine({
      evaluateAll: (designs) => others.enqueue<EvaluateResponse[]>((engine) => engine.evaluateAll(designs)).then((responses) => responses.map((r, i) => remember(designs[i], r))),
      measuredAccuracy: () => others.enqueue((engine) => engine.measuredAccuracy()),
      known: (design) => answers.get(design),
    }),
    version: () => others.enqueue((engine) => engine.version()),
    cancel: evaluations.cancel,
    cancelSweep: sweeps.cancel,
    cancelSizing: sizings.cancel,
    status: () => ({ evaluation: evaluations.status(), sweep: sweeps.status(), sizing: sizings.status(), scenarios: others.status() }),
    dispose: () => {
      evaluations.dispose();
      sweeps.dispose();
      sizings.dispose();
      others.dispose();
    },
  };
}

let shared: EngineClient | null = null;

/** The app's engine client: one per page, shared by the editor, Compare and the report. */
export function getEngineClient(): EngineClient {
  shared ??= createEngineClient();
  return shared;
}
