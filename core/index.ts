/**
 * The public surface of the Trainwright core, imported by the renderer, the worker and the CLI.
 * Everything here is pure: no DOM, no Node, deterministic.
 */
export * from './model/design';
export * from './model/workload';
export * from './model/catalog';
export * from './model/provenance';
export type * from './engine/result';
