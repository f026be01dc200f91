/** Storage systems, client stacks, file formats, emulated accelerators, sizing and the MLPerf Storage validation. */
export { StorageSystemSchema, STORAGE_SYSTEM_FIELDS, STORAGE_CHOICE_LABELS, storageCapacity, driveReadGBps, writeBandwidthGBps, type StorageSystem, type StorageSystemInput, type StorageCapacity, type StoragePart, type FileSystemKind, type Transport, type DriveClass } from './system';
export { StorageClientSchema, ClientStackSchema, stackCoreSecondsPerGB, defaultClientStack, type StorageClient, type ClientStack, type CpuGeneration } from './client';
export { FileFormatSchema, decodeCoreSeconds, type FileFormat } from './decode';
export { EmulatedWorkloadSchema, auAt, maxAccelerators, demandPerAccelerator, supplyParts, type EmulatedWorkload, type StorageSetup, type ReadProfile, type AuPoint, type SupplyPart } from './benchmark';
export { EMULATED_WORKLOADS, emulatedWorkload } from './benchmarks';
export { acceleratorUtilization, INPUT_WAIT_CAUSES } from './au';
export { sizeStorage, sizingInputOfDesign, type SizingInput, type SizingResult, type SizingPoint } from './sizing';
export { validateStorage, type StorageValidation, type StorageValidationRow, type ErrorSummary } from './mlperfStorage';
export { unitReadGBps, unitWriteGBps, resolveStorageUse, OWN_STORAGE_ID, type ResolvedStorageUse } from './unit';
