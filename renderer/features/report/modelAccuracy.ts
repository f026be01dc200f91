// The model's measured accuracy now lives in the core (the engine worker computes it): see core/validation/accuracy.ts.
export { measureAccuracy, type ModelAccuracy } from '../../../core';
