import type { Evaluation } from './engine/result';
import type { SweepOptions, SweepResponse } from './engine/sweep';

/** A validation problem in an input document, located by JSON path (e.g. `serverTypes[0].components[3].model`). */
export interface InputError {
  path: string;
  message: string;
}

/** Result of evaluating a design: the evaluation, or the input errors that prevented it. */
export type EvaluateResponse = { ok: true; evaluation: Evaluation } | { ok: false; errors: InputError[] };

/** The API the engine worker exposes through comlink (and the CLI calls directly). */
export interface EngineApi {
  /** Validate and evaluate a design document (the `design` of a project file). */
  evaluate(design: unknown): EvaluateResponse;
  /**
   * Evaluate the design at each server count of one GPU server type (see `sweepNodes`): throughput,
   * scaling efficiency, time-to-model and cost per point; a point that cannot be evaluated carries an error.
   */
  sweepNodes(design: unknown, nodeCounts: readonly number[], options?: SweepOptions): SweepResponse;
  /** Engine and catalog version string, for the About box. */
  version(): string;
}
