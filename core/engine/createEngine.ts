import type { EngineApi } from '../engineApi';
import { evaluateDesign } from './evaluate';
import { sweepNodes } from './sweep';

/** Version of the engine's model, shown in About and written into reports. */
export const ENGINE_VERSION = '0.1.0';

/** The engine behind the worker and the CLI: pure functions over design documents. */
export function createEngine(): EngineApi {
  return {
    evaluate: (design) => evaluateDesign(design),
    sweepNodes: (design, nodeCounts, options) => sweepNodes(design, nodeCounts, options),
    version: () => ENGINE_VERSION,
  };
}
