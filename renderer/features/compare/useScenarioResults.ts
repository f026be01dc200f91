import { useEffect, useMemo, useState } from 'react';
import type { EvaluateResponse, ProjectFile } from '../../../core';
import { listScenarios } from '../../../core/project/scenarios';
import { getScenarioEngine, type ScenarioEngine } from './scenarioEngine';
import { scenarioResults, type ScenarioResult } from './scenarioResults';

/** Every scenario of `project` with its evaluation; evaluations arrive as the worker answers (null until then). */
export function useScenarioResults(project: ProjectFile, engine: ScenarioEngine = getScenarioEngine()): { results: ScenarioResult[]; pending: boolean; failure: string | null } {
  const scenarios = useMemo(() => listScenarios(project), [project]);
  const [answers, setAnswers] = useState<{ designs: readonly object[]; responses: EvaluateResponse[] } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const designs = scenarios.map((s) => s.design);
    Promise.all(designs.map((d) => engine.evaluate(d)))
      .then((responses) => {
        if (current) {
          setAnswers({ designs, responses });
          setFailure(null);
        }
      })
      .catch((error: unknown) => {
        if (current) setFailure(error instanceof Error ? error.message : String(error));
      });
    return () => {
      current = false;
    };
  }, [scenarios, engine]);

  // Keep an older answer for a scenario whose design did not change, so the table does not blank on each edit.
  const responses = scenarios.map((s) => {
    const i = answers?.designs.indexOf(s.design) ?? -1;
    return i >= 0 ? answers!.responses[i] : undefined;
  });
  return { results: scenarioResults(scenarios, responses), pending: responses.some((r) => r === undefined), failure };
}
