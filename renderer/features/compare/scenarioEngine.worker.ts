// The worker behind comparisons and reports: evaluates many designs at once and measures the model's
// accuracy on the public reference cases, off the UI thread (the editor's own worker stays free).
import * as Comlink from 'comlink';
import { evaluateDesign } from '../../../core';
import cases from '../../../core/validation/calibration-cases.json';
import { measureAccuracy } from '../report/modelAccuracy';
import type { ScenarioEngineApi } from './scenarioEngine';

const api: ScenarioEngineApi = {
  evaluateAll: (designs) => designs.map((design) => evaluateDesign(design)),
  measuredAccuracy: () => measureAccuracy(cases),
};

Comlink.expose(api);
