import * as Comlink from 'comlink';
import type { EvaluateResponse } from '../../../core';
import type { ModelAccuracy } from '../report/modelAccuracy';

/** What the scenario worker exposes. */
export interface ScenarioEngineApi {
  /** Evaluate each design (in order). */
  evaluateAll(designs: readonly unknown[]): EvaluateResponse[];
  /** Predict the public reference cases and compare with their measurements (what `trainwright validate` prints). */
  measuredAccuracy(): ModelAccuracy;
}

/** The renderer's handle on the scenario worker. */
export interface ScenarioEngine {
  /** Evaluate a design; answers are kept per design object (designs are immutable), so an unchanged scenario is not evaluated again. */
  evaluate(design: object): Promise<EvaluateResponse>;
  /** The model's measured accuracy (computed once). */
  measuredAccuracy(): Promise<ModelAccuracy>;
}

/** Wrap a scenario worker API (the real worker's proxy, or an object in tests). */
export function createScenarioEngine(api: () => Pick<ScenarioEngineApi, 'evaluateAll'> & Partial<Pick<ScenarioEngineApi, 'measuredAccuracy'>> | Comlink.Remote<ScenarioEngineApi>): ScenarioEngine {
  const answers = new WeakMap<object, Promise<EvaluateResponse>>();
  let accuracy: Promise<ModelAccuracy> | null = null;
  return {
    evaluate(design) {
      let answer = answers.get(design);
      if (!answer) {
        answer = Promise.resolve(api().evaluateAll([design])).then((all) => all[0]!);
        answers.set(design, answer);
        // A failed evaluation (worker crash) is not remembered: the next request tries again.
        answer.catch(() => answers.delete(design));
      }
      return answer;
    },
    measuredAccuracy() {
      accuracy ??= Promise.resolve().then(() => {
        const remote = api();
        if (!remote.measuredAccuracy) throw new Error('this engine does not measure accuracy');
        return remote.measuredAccuracy();
      });
      return accuracy;
    },
  };
}

let shared: ScenarioEngine | null = null;

/** The app's scenario engine: one worker, started on the first request. */
export function getScenarioEngine(): ScenarioEngine {
  if (!shared) {
    let remote: Comlink.Remote<ScenarioEngineApi> | null = null;
    shared = createScenarioEngine(() => {
      remote ??= Comlink.wrap<ScenarioEngineApi>(new Worker(new URL('./scenarioEngine.worker.ts', import.meta.url), { type: 'module', name: 'trainwright-scenarios' }));
      return remote;
    });
  }
  return shared;
}
