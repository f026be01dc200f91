// The engine worker: the pure core's one EngineApi, exposed to the renderer through comlink. Every lane of
// the engine client runs this same worker.
import * as Comlink from 'comlink';
import { createEngine } from '../../core';

// The reference cases are loaded (a chunk of their own) only when the report asks for the model's accuracy.
const loadReferenceCases = async (): Promise<unknown> => (await import('../../core/validation/calibration-cases.json')).default;

Comlink.expose(createEngine({ loadReferenceCases }));
