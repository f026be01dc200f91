// Check the packaged layout without an Electron binary: run electron-builder for `--linux dir` against a stub
// Electron distribution, then inspect linux-unpacked/ and app.asar.
//
// The stub is a folder with an `electron` shell script and an empty resources/ folder: electron-builder
// copies it, renames the executable to the product's and writes resources/app.asar. Fuse flipping patches
// the real binary's sentinel bytes, which a stub does not have, so this check disables fuses
// (`electronFuses: null`); scripts/electron-builder.test.ts checks the fuse settings in the config instead.
//
// Usage: node scripts/check-dist-layout.mjs [--output <dir>]   (default: a temp folder, removed afterwards)
// Exit codes: 0 layout good, 1 layout wrong or packaging failed, 2 cannot run here (out/ not built).
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import asar from '@electron/asar';
import electronBuilder from 'electron-builder';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const say = (line) => process.stdout.write(`${line}\n`);

/** Entries app.asar must contain. */
export const REQUIRED_ENTRIES = ['/out/main/main.js', '/out/preload/preload.cjs', '/out/renderer/index.html', '/package.json'];

/** Why an asar entry must not ship, or null when it may. */
export function forbiddenReason(entry, devDependencies) {
  if (/\.(ts|tsx|mts|cts)$/.test(entry)) return 'TypeScript source';
  if (/\.(test|spec)\.[cm]?[jt]sx?$/.test(entry)) return 'test file';
  if (/\.map$/.test(entry)) return 'source map';
  if (/^\/out\/cli(\/|$)/.test(entry)) return 'command-line bundle';
  if (/^\/(core|renderer|electron|e2e|scripts|cli|bench|bin|assets|release|node_modules\/\.bin)(\/|$)/.test(entry)) return 'source or tooling folder';
  if (/^\/(tsconfig[^/]*\.json|vitest\.config\.[jt]s|playwright\.config\.[jt]s|eslint\.config\.js|package-lock\.json|\.git.*)$/.test(entry)) return 'project config';
  const dependency = /^\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(entry)?.[1];
  if (dependency && devDependencies.includes(dependency)) return `devDependency ${dependency}`;
  return null;
}

async function exists(file) {
  return (await stat(file).catch(() => null)) !== null;
}

async function makeStubElectron(dir) {
  await mkdir(path.join(dir, 'resources'), { recursive: true });
  const executable = path.join(dir, 'electron');
  await writeFile(executable, '#!/bin/sh\necho "stub Electron for layout checks; it cannot run apps" >&2\nexit 1\n');
  await chmod(executable, 0o755);
  await writeFile(path.join(dir, 'LICENSE'), 'Stub Electron distribution for packaging-layout checks.\n');
}

async function main() {
  const missing = [];
  for (const entry of REQUIRED_ENTRIES.filter((e) => e.startsWith('/out/'))) {
    if (!(await exists(path.join(root, entry)))) missing.push(entry.slice(1));
  }
  if (missing.length) {
    say(`SKIP dist layout: out/ is not built (missing ${missing.join(', ')}); run npm run build first.`);
    return 2;
  }
  const outputIndex = process.argv.indexOf('--output');
  const work = await mkdtemp(path.join(os.tmpdir(), 'trainwright-dist-'));
  const output = outputIndex > 0 ? path.resolve(process.argv[outputIndex + 1] ?? 'release') : path.join(work, 'release');
  const started = Date.now();
  try {
    const stub = path.join(work, 'electron-stub');
    await makeStubElectron(stub);
    await electronBuilder.build({
      projectDir: root,
      targets: electronBuilder.Platform.LINUX.createTarget('dir'),
      publish: 'never',
      config: { electronDist: stub, electronFuses: null, directories: { output } },
    });

    const unpacked = path.join(output, 'linux-unpacked');
    const asarPath = path.join(unpacked, 'resources', 'app.asar');
    const problems = [];
    if (!(await exists(path.join(unpacked, 'trainwright')))) problems.push('linux-unpacked/trainwright (the renamed executable) is missing');
    if (await exists(path.join(unpacked, 'resources', 'app'))) problems.push('resources/app/ exists: the app is not packed into app.asar');
    if (!(await exists(asarPath))) {
      problems.push('resources/app.asar is missing');
    } else {
      const entries = asar.listPackage(asarPath, { isPack: false }).map((e) => e.split(path.sep).join('/'));
      const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
      const devDependencies = Object.keys(pkg.devDependencies ?? {});
      for (const entry of REQUIRED_ENTRIES) if (!entries.includes(entry)) problems.push(`app.asar lacks ${entry}`);
      for (const entry of entries) {
        const reason = forbiddenReason(entry, devDependencies);
        if (reason) problems.push(`app.asar contains ${entry} (${reason})`);
      }
      const packedPkg = JSON.parse(asar.extractFile(asarPath, 'package.json').toString('utf8'));
      if (packedPkg.main !== 'out/main/main.js') problems.push(`packaged package.json main is ${packedPkg.main}, expected out/main/main.js`);
      const sizeBytes = (await stat(asarPath)).size;
      const modules = entries.filter((e) => /^\/node_modules\/[^/]+$/.test(e)).length;
      say(`app.asar: ${(sizeBytes / 1024 / 1024).toFixed(2)} MB (${sizeBytes} bytes), ${entries.length} entries, ${modules} node_modules packages`);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (problems.length) {
      for (const problem of problems) say(`FAIL ${problem}`);
      return 1;
    }
    say(`PASS dist layout (linux dir, stub Electron, fuses not flipped) in ${seconds} s`);
    return 0;
  } catch (error) {
    say(`FAIL packaging: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.exitCode = await main();
}
