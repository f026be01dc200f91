// How `trainwright` picks what to run: the bundle scripts/build-cli.mjs writes (plain JavaScript, fast to
// start) while it is up to date, else the TypeScript source through tsx (always correct, about 1 s slower).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The bundle and its list of inputs, relative to the repository root. */
export const CLI_BUNDLE_PATH = 'out/cli/trainwright.mjs';
export const CLI_INPUTS_PATH = 'out/cli/inputs.json';

function mtimeMs(file) {
  return statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? null;
}

/**
 * Whether to run the bundle: yes when it and its inputs list exist and no input (source, asset, launcher,
 * package.json) changed after it was built; a missing input counts as a change, since the bundle may rely
 * on it. Returns `{ use: 'bundle', file }` or `{ use: 'source', reason }`; never throws.
 * @param rootDir the repository (or installed package) root
 */
export function chooseCliEntry(rootDir) {
  const bundle = path.join(rootDir, CLI_BUNDLE_PATH);
  const builtMs = mtimeMs(bundle);
  if (builtMs === null) return { use: 'source', reason: `${CLI_BUNDLE_PATH} is not built` };
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(path.join(rootDir, CLI_INPUTS_PATH), 'utf8')).inputs;
  } catch {
    return { use: 'source', reason: `${CLI_INPUTS_PATH} is missing or unreadable` };
  }
  if (!Array.isArray(inputs)) return { use: 'source', reason: `${CLI_INPUTS_PATH} lists no inputs` };
  for (const input of inputs) {
    const changedMs = mtimeMs(path.join(rootDir, input));
    if (changedMs === null || changedMs > builtMs) return { use: 'source', reason: `${input} changed after the bundle was built` };
  }
  return { use: 'bundle', file: bundle };
}
