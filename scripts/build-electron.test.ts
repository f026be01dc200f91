import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
let out: string;

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'trainwright-build-electron-'));
  await promisify(execFile)(process.execPath, [path.join(root, 'scripts', 'build-electron.mjs'), '--out', out], { cwd: root });
}, 60_000);
afterAll(() => rm(out, { recursive: true, force: true }));

describe('build-electron', () => {
  it('bundles the main process as an ES module that imports only electron and Node built-ins', async () => {
    const main = await readFile(path.join(out, 'main', 'main.js'), 'utf8');
    const imports = [...main.matchAll(/^import .* from ["']([^"']+)["'];?$/gm)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.every((name) => name === 'electron' || name!.startsWith('node:'))).toBe(true);
    expect(main).not.toMatch(/require\(["'](?!electron)[^"']+["']\)/);
    expect(main).toContain('registerSchemesAsPrivileged');
  });

  it('bundles the preload as CommonJS that requires only electron', async () => {
    const preload = await readFile(path.join(out, 'preload', 'preload.cjs'), 'utf8');
    expect([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    expect(preload).toContain('exposeInMainWorld("api"');
  });
});
