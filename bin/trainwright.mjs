#!/usr/bin/env node
// Entry point of the `trainwright` command. `npm ci` builds out/cli/trainwright.mjs (plain JavaScript, through
// the `prepare` script); while that bundle is newer than its sources it runs, else the TypeScript source runs
// through tsx, silently: the answer is the same, only the start is slower (`npm run build:cli` rebuilds).
// TRAINWRIGHT_CLI_SOURCE=1 forces the source.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chooseCliEntry } from './cliEntry.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = process.env.TRAINWRIGHT_CLI_SOURCE === '1' ? { use: 'source' } : chooseCliEntry(root);
let main;
if (entry.use === 'bundle') {
  ({ main } = await import(pathToFileURL(entry.file).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
