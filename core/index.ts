/**
 * The public surface of the Trainwright core, imported by the renderer, the worker and the CLI.
 * Everything here is pure: no DOM, no Node, deterministic.
 */
export * from './model/design';
export * from './model/workload';
export * from './model/catalog';
export * from './model/provenance';
export * from './model/parallelLayout';
export * from './model/transformer';
export type { LlmSummary } from './llm/summary';
export { workloadSizesOf, type WorkloadSizes } from './llm/sizes';
export { withArchitecture, inlineTransformerWorkload, InlineTransformerSchema, type InlineTransformer } from './catalog/transformerWorkload';
export type * from './engine/result';
export type { Uncertainty } from './engine/uncertainty';
export type { Interval } from './validation/intervals';
export type * from './engineApi';
export { evaluateDesign } from './engine/evaluate';
export { loadProject, loadProjectValue, serializeProject, serializeProjectFile, toProjectFile, ProjectFileSchema, PROJECT_FORMAT, type ProjectFile, type LoadProjectResult } from './project/projectFile';
export { CURRENT_PROJECT_VERSION } from './project/migrations';
export { parseCases, predictCase, errorStats, caseGroup, calibratedOnSmallest, CaseSchema, type Case, type CaseGrouping, type Prediction, type ErrorStats } from './validation/cases';
export { designFromCase, type CaseInput } from './catalog/caseDesign';
export { buildServer, type ServerSpec } from './catalog/serverBuilder';
export { createEngine, ENGINE_VERSION, type EngineOptions } from './engine/createEngine';
export { measureAccuracy, type ModelAccuracy } from './validation/accuracy';
export { exampleProject, EXAMPLE_PROJECTS, type ExampleId } from './examples';
export { componentOptions, sharedStorageOptions, cloudInstanceOptions, workloadOptions, type CatalogOption } from './catalog/options';
export { sweepNodes, MAX_SWEEP_POINTS, MAX_SWEEP_SERVER_COUNT, type NodeSweep, type SweepPoint, type SweepPointResult, type SweepPointError, type SweepResponse, type SweepBatchRule, type SweepOptions } from './engine/sweep';
export * from './templates';
export { CAUSES, IDLE_CAUSES, causeOfResource, type Cause, type CauseId, type IdleCause } from './engine/causes';
export { collectiveTime, type CollectiveOp, type TopologyLevel, type CollectiveTime } from './engine/collectives';
export { checkpointBytesOf, checkpointPlan, describeCheckpoints, CHECKPOINT, type CheckpointPlan, type CheckpointMode, type CheckpointTarget } from './engine/checkpoint';
export * from './topology';
export * from './cluster';
export * from './storage';
export { sizeStorageOfDesign, supplyPartsAt, EMULATED_ACCELERATOR_OPTIONS, type StorageSizing, type StorageSizingRequest, type StorageSizingResponse, type SupplyPartUse } from './engine/storageSizing';
