import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main as sourceMain } from '../cli/main';

const root = path.resolve(import.meta.dirname, '..');
let out: string;
type Main = typeof sourceMain;

async function run(main: Main, args: string[]) {
  const lines: string[] = [];
  const errors: string[] = [];
  const code = await main(args, (s) => lines.push(s), (s) => errors.push(s));
  return { code, out: lines.join('\n'), err: errors.join('\n') };
}

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'trainwright-build-cli-'));
  await promisify(execFile)(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs'), '--out', out], { cwd: root });
}, 60_000);
afterAll(() => rm(out, { recursive: true, force: true }));

describe('build-cli', () => {
  it('bundles the command as an ES module that imports only Node built-ins (and playwright-core on demand)', async () => {
    const bundle = await readFile(path.join(out, 'trainwright.mjs'), 'utf8');
    const imports = [...bundle.matchAll(/\bimport\s*[\w$*{}\s,]*?\bfrom\s*["']([^"']+)["']/g)].map((m) => m[1]!);
    expect(imports).toContain('node:fs');
    expect(imports.every((name) => name.startsWith('node:'))).toBe(true);
    expect([...bundle.matchAll(/\bimport\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(expect.arrayContaining(['playwright-core']));
    expect(bundle).not.toMatch(/\.ts["']/);
  });

  it('answers exactly as the source does, on an example design and on a bad one', async () => {
    const { main: bundledMain } = (await import(pathToFileURL(path.join(out, 'trainwright.mjs')).href)) as { main: Main };
    for (const args of [
      ['evaluate', 'assets/examples/dgx-a100-resnet50-nvme.json', '--json'],
      ['evaluate', 'assets/examples/cluster-16-shared-storage.json'],
      ['templates'],
      ['evaluate', 'package.json'],
      ['no-such-command'],
    ]) {
      expect(await run(bundledMain, args), args.join(' ')).toEqual(await run(sourceMain, args));
    }
  });

  it('lists every source, asset, the launcher and package.json as inputs', async () => {
    const { inputs } = JSON.parse(await readFile(path.join(out, 'inputs.json'), 'utf8')) as { inputs: string[] };
    expect(inputs).toEqual(expect.arrayContaining(['cli/main.ts', 'core/index.ts', 'assets/catalog/gpus.json', 'bin/trainwright.mjs', 'bin/cliEntry.mjs', 'package.json']));
    expect(inputs.every((input) => !path.isAbsolute(input))).toBe(true);
  });
});
