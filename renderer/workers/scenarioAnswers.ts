import type { EvaluateResponse, ModelAccuracy } from '../../core';

/** What Compare, the scenario tabs and the report ask of the engine. */
export interface ScenarioEngine {
  /** Evaluate a design; answers are kept per design object (designs are immutable), so an unchanged scenario is not evaluated again. */
  evaluate(design: object): Promise<EvaluateResponse>;
  /** The model's measured accuracy (computed once). */
  measuredAccuracy(): Promise<ModelAccuracy>;
}

/** How scenario answers are computed: in the engine worker (the client) or in-process (tests). */
export interface ScenarioSource {
  evaluateAll: (designs: readonly object[]) => Promise<EvaluateResponse[]> | EvaluateResponse[];
  measuredAccuracy?: () => Promise<ModelAccuracy> | ModelAccuracy;
  /** An answer for this very design object that is already known (e.g. the editor's), or undefined. */
  known?: (design: object) => EvaluateResponse | undefined;
}

/** Scenario answers kept per design object over `source`; a failed request is not kept, so the next one tries again. */
export function createScenarioEngine(source: ScenarioSource): ScenarioEngine {
  const answers = new WeakMap<object, Promise<EvaluateResponse>>();
  let accuracy: Promise<ModelAccuracy> | null = null;
  return {
    evaluate(design) {
      let answer = answers.get(design);
      if (!answer) {
        const known = source.known?.(design);
        answer = known ? Promise.resolve(known) : Promise.resolve().then(() => source.evaluateAll([design])).then((all) => all[0]!);
        answers.set(design, answer);
        answer.catch(() => answers.delete(design));
      }
      return answer;
    },
    measuredAccuracy() {
      accuracy ??= Promise.resolve().then(() => {
        if (!source.measuredAccuracy) throw new Error('This engine does not measure its accuracy.');
        return source.measuredAccuracy();
      });
      accuracy.catch(() => {
        accuracy = null;
      });
      return accuracy;
    },
  };
}
