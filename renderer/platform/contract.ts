// The renderer's only import from electron/: the typed IPC contract, type-only, as the architecture allows.
export type { AutosaveCopy, EventChannels, InvokeChannels, MenuCommand, OpenedFile, SaveResult, TrainwrightApi } from '../../electron/ipc/contract';
