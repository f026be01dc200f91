import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const built = ['out/main/main.js', 'out/preload/preload.cjs', 'out/renderer/index.html'];
const missing = built.filter((file) => !existsSync(path.join(root, file)));
if (missing.length) console.warn(`Skipping the dist-layout check: out/ is not built (missing ${missing.join(', ')}); run npm run build.`);

describe('packaged layout (electron-builder --linux dir with a stub Electron)', () => {
  it.skipIf(missing.length > 0)('app.asar holds out/ and package.json and no sources, tests or devDependencies', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, 'scripts', 'check-dist-layout.mjs')], { cwd: root, maxBuffer: 16 * 1024 * 1024 })
      .catch((error: { stdout?: string; message: string }) => {
        throw new Error(`check-dist-layout failed:\n${error.stdout ?? error.message}`);
      });
    const report = stdout.split('\n').filter((line) => /^(app\.asar:|PASS|FAIL|SKIP)/.test(line));
    console.info(report.join('\n'));
    expect(report.at(-1)).toMatch(/^PASS dist layout/);
    expect(report.some((line) => /^app\.asar: .*, 0 node_modules packages$/.test(line))).toBe(true);
  }, 90_000);
});
