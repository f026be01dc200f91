import { getEngineClient } from '../../workers/engineClient';
import type { ScenarioEngine } from '../../workers/scenarioAnswers';

export { createScenarioEngine, type ScenarioEngine } from '../../workers/scenarioAnswers';

/** The app's scenario engine: the scenario lane of the one engine client (its worker starts on the first request). */
export function getScenarioEngine(): ScenarioEngine {
  return getEngineClient().scenarios;
}
