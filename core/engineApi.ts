import type { Evaluation } from './engine/result';
import type { StorageSizingRequest, StorageSizingResponse } from './engine/storageSizing';
import type { SweepOptions, SweepResponse } from './engine/sweep';
import type { ModelAccuracy } from './validation/accuracy';

/** A validation problem in an input document, located by JSON path (e.g. `serverTypes[0].components[3].model`). */
export interface InputError {
  path: string;
  message: string;
}

/** Result of evaluating a design: the evaluation, or the input errors that prevented it. */
export type EvaluateResponse = { ok: true; evaluation: Evaluation } | { ok: false; errors: InputError[] };

/**
 * The one API of the engine: the engine workers expose it through comlink (the editor's evaluation, the
 * node sweep, the scenarios of Compare and the report all talk to it through `renderer/workers/engineClient`),
 * and the CLI and the benchmark call it directly (`createEngine()`). Every call validates its design once
 * (the schema), however many evaluations it runs.
 */
export interface EngineApi {
  /** Validate and evaluate a design document (the `design` of a project file). */
  evaluate(design: unknown): EvaluateResponse;
  /** Evaluate several designs (e.g. every scenario of a project), in order: one answer per design. */
  evaluateAll(designs: readonly unknown[]): EvaluateResponse[];
  /**
   * Evaluate the design at each server count of one GPU server type (see `sweepNodes`): throughput,
   * scaling efficiency, time-to-model and cost per point; a point that cannot be evaluated carries an error.
   * The design is validated once for all points.
   */
  sweepNodes(design: unknown, nodeCounts: readonly number[], options?: SweepOptions): SweepResponse;
  /**
   * How many GPUs of the design's kind (or emulated accelerators) its storage and client servers keep at the AU
   * target, the part that gives out first, AU against GPU count and the supply parts at the answer (see
   * `sizeStorageOfDesign`). A design that cannot be sized answers with its reasons in the user's words.
   */
  sizeStorage(design: unknown, request: StorageSizingRequest): StorageSizingResponse;
  /**
   * The model's accuracy on the public reference cases (what `trainwright validate` prints). Rejects when
   * the engine was built without reference cases or they are malformed.
   */
  measuredAccuracy(): Promise<ModelAccuracy>;
  /** Engine and catalog version string, for the About box. */
  version(): string;
}
