// Shared by the Electron specs: whether Electron can run the built app here, and one launch per spec file.
import { accessSync, constants, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { _electron as electron, type ElectronApplication } from '@playwright/test';

/** The repository root. */
export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** Null when Electron can run the app here, else why not (printed as the skip reason). */
export function electronUnavailable(): string | null {
  let executable: unknown;
  try {
    executable = createRequire(path.join(repoRoot, 'package.json'))('electron');
  } catch (error) {
    return `require('electron') failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
  }
  if (typeof executable !== 'string' || !existsSync(executable)) return `no binary at ${String(executable)}`;
  try {
    accessSync(executable, constants.X_OK);
  } catch {
    return `${executable} is not executable`;
  }
  if (!existsSync(path.join(repoRoot, 'out', 'main', 'main.js'))) return 'out/ is not built (run npm run build)';
  return null;
}

/** Start the built app with its own user-data folder (autosave, recent files) under `scratch`. */
export function launchApp(scratch: string): Promise<ElectronApplication> {
  const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[0] !== 'ELECTRON_RUN_AS_NODE' && entry[1] !== undefined));
  return electron.launch({ args: ['.', `--user-data-dir=${path.join(scratch, 'user-data')}`], cwd: repoRoot, env });
}

/** Close the app; a design with unsaved changes makes main ask first, so answer "Discard changes". */
export async function closeApp(app: ElectronApplication | undefined): Promise<void> {
  await app?.evaluate(({ dialog }) => {
    dialog.showMessageBoxSync = () => 0;
  });
  await app?.close();
}
