// The renderer's only import from electron/: the typed IPC contract, type-only, as the architecture allows.
// The lint boundary's 'electron' pattern also matches the electron/ folder, hence the exception here.
// eslint-disable-next-line no-restricted-imports
export type { MenuCommand, SaveResult, TrainwrightApi } from '../../electron/ipc/contract';
