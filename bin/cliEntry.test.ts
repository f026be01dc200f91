import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI_BUNDLE_PATH, CLI_INPUTS_PATH, chooseCliEntry } from './cliEntry.mjs';

let root: string;
const at = (file: string) => path.join(root, file);
function write(file: string, text: string, mtimeS: number): void {
  mkdirSync(path.dirname(at(file)), { recursive: true });
  writeFileSync(at(file), text);
  utimesSync(at(file), mtimeS, mtimeS);
}
/** A root with two sources at time 100 and, when `builtAtS` is given, a bundle built then listing them. */
function project(builtAtS: number | null): void {
  write('cli/main.ts', 'export {}', 100);
  write('assets/catalog/gpus.json', '{}', 100);
  if (builtAtS === null) return;
  write(CLI_BUNDLE_PATH, 'export const main = () => 0;', builtAtS);
  write(CLI_INPUTS_PATH, JSON.stringify({ inputs: ['cli/main.ts', 'assets/catalog/gpus.json'] }), builtAtS);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'trainwright-cli-entry-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('chooseCliEntry', () => {
  it('runs the bundle when it is newer than every input', () => {
    project(200);
    expect(chooseCliEntry(root)).toEqual({ use: 'bundle', file: at(CLI_BUNDLE_PATH) });
  });

  it('runs the source when there is no bundle (e.g. installed without devDependencies)', () => {
    project(null);
    expect(chooseCliEntry(root)).toEqual({ use: 'source', reason: `${CLI_BUNDLE_PATH} is not built` });
  });

  it('runs the source when an input changed after the build', () => {
    project(200);
    utimesSync(at('assets/catalog/gpus.json'), 300, 300);
    expect(chooseCliEntry(root)).toEqual({ use: 'source', reason: 'assets/catalog/gpus.json changed after the bundle was built' });
  });

  it('runs the source when an input is gone', () => {
    project(200);
    rmSync(at('cli/main.ts'));
    expect(chooseCliEntry(root)).toMatchObject({ use: 'source', reason: 'cli/main.ts changed after the bundle was built' });
  });

  it('runs the source when the list of inputs is missing or malformed', () => {
    project(200);
    rmSync(at(CLI_INPUTS_PATH));
    expect(chooseCliEntry(root)).toMatchObject({ use: 'source', reason: `${CLI_INPUTS_PATH} is missing or unreadable` });
    write(CLI_INPUTS_PATH, '{"inputs": 3}', 200);
    expect(chooseCliEntry(root)).toMatchObject({ use: 'source', reason: `${CLI_INPUTS_PATH} lists no inputs` });
    write(CLI_INPUTS_PATH, '{not json', 200);
    expect(chooseCliEntry(root)).toMatchObject({ use: 'source' });
  });
});
