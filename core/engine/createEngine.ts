import type { EngineApi } from '../engineApi';
import { measureAccuracy, type ModelAccuracy } from '../validation/accuracy';
import { evaluateDesign } from './evaluate';
import { sizeStorageOfDesign } from './storageSizing';
import { sweepNodes } from './sweep';

/** Version of the engine's model, shown in About and written into reports. */
export const ENGINE_VERSION = '0.1.0';

/** What an engine is built with. */
export interface EngineOptions {
  /**
   * Loads the reference cases `measuredAccuracy` predicts (the contents of core/validation/calibration-cases.json).
   * A loader rather than the data, so a worker that never measures accuracy never parses the 130 KB of cases.
   */
  loadReferenceCases?: () => Promise<unknown>;
}

/** The engine behind the workers, the CLI and the benchmark: pure functions over design documents. */
export function createEngine(options: EngineOptions = {}): EngineApi {
  let accuracy: Promise<ModelAccuracy> | null = null;
  return {
    evaluate: (design) => evaluateDesign(design),
    evaluateAll: (designs) => designs.map((design) => evaluateDesign(design)),
    sweepNodes: (design, nodeCounts, sweepOptions) => sweepNodes(design, nodeCounts, sweepOptions),
    sizeStorage: (design, request) => sizeStorageOfDesign(design, request),
    measuredAccuracy: () => {
      const load = options.loadReferenceCases;
      if (!load) return Promise.reject(new Error('This engine was built without reference cases, so it cannot measure its accuracy.'));
      // Computed once per engine: the cases and the model do not change while it runs. A failure is not kept.
      accuracy ??= load().then(measureAccuracy);
      accuracy.catch(() => {
        accuracy = null;
      });
      return accuracy;
    },
    version: () => ENGINE_VERSION,
  };
}
