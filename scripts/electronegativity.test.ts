import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const script = path.join(root, 'scripts', 'electronegativity.mjs');

async function scan(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [script, ...args], { cwd: root });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '' };
  }
}

describe('electronegativity gate', () => {
  it('finds nothing unexplained at HIGH or MEDIUM in electron/', async () => {
    const { code, stdout } = await scan();
    console.info(stdout.trim());
    expect(stdout).toMatch(/0 unexplained, 0 parse errors/);
    expect(code).toBe(0);
  }, 60_000);

  it('fails on an insecure window it has not been told about', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'trainwright-eneg-'));
    try {
      await writeFile(path.join(dir, 'bad.js'), [
        "const { BrowserWindow } = require('electron');",
        "new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });",
      ].join('\n'));
      const { code, stdout } = await scan('--input', dir);
      expect(code).toBe(1);
      expect(stdout).toMatch(/FAIL HIGH CONTEXT_ISOLATION_JS_CHECK .*bad\.js:2/);
      expect(stdout).toMatch(/FAIL MEDIUM SANDBOX_JS_CHECK/);
      expect(stdout).toMatch(/FAIL HIGH LIMIT_NAVIGATION_GLOBAL_CHECK \(whole app\)/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
