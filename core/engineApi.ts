import type { Evaluation } from './engine/result';

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
  /** Engine and catalog version string, for the About box. */
  version(): string;
}
