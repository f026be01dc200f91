import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import * as fsPromises from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  return { ...actual, rename: vi.fn(actual.rename), open: vi.fn(actual.open) };
});
vi.mock('electron', () => ({}));

const { writeFileAtomic } = await import('./atomicWrite');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'trainwright-atomic-'));
});
afterEach(async () => {
  vi.mocked(fsPromises.rename).mockClear();
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes a temp file in the same directory, then renames it over the target', async () => {
    const target = path.join(dir, 'design.json');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    const [from, to] = vi.mocked(fsPromises.rename).mock.calls[0]!;
    expect(path.dirname(String(from))).toBe(dir);
    expect(path.basename(String(from))).toMatch(/^\.design\.json\..+\.tmp$/);
    expect(to).toBe(target);
    expect(await readdir(dir)).toEqual(['design.json']);
  });

  it('creates a new file and writes binary data', async () => {
    const target = path.join(dir, 'report.pdf');
    await writeFileAtomic(target, new Uint8Array([37, 80, 68, 70]));
    expect((await readFile(target)).toString('latin1')).toBe('%PDF');
  });

  it('keeps the original intact and leaves no temp file when the rename fails', async () => {
    const target = path.join(dir, 'design.json');
    await writeFile(target, 'original');
    vi.mocked(fsPromises.rename).mockRejectedValueOnce(Object.assign(new Error('EXDEV: cross-device link'), { code: 'EXDEV' }));
    await expect(writeFileAtomic(target, 'replacement')).rejects.toThrow(/EXDEV/);
    expect(await readFile(target, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['design.json']);
  });

  it('keeps the original intact when the data cannot be flushed to disk', async () => {
    const target = path.join(dir, 'design.json');
    await writeFile(target, 'original');
    const actualOpen = (await vi.importActual<typeof fsPromises>('node:fs/promises')).open;
    vi.mocked(fsPromises.open).mockImplementationOnce(async (...args: Parameters<typeof actualOpen>) => {
      const handle = await actualOpen(...args);
      return Object.assign(handle, { sync: () => Promise.reject(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' })) });
    });
    await expect(writeFileAtomic(target, 'replacement')).rejects.toThrow(/EIO/);
    expect(await readFile(target, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['design.json']);
    expect(fsPromises.rename).not.toHaveBeenCalled();
  });

  it('keeps the permission bits of the file it replaces', async () => {
    const target = path.join(dir, 'design.json');
    await writeFile(target, 'old');
    await chmod(target, 0o600);
    await writeFileAtomic(target, 'new');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });
});

describe('stale temporary files', () => {
  it('removes only old .NAME.<uuid>.tmp files left by an interrupted save', async () => {
    const { removeStaleTempFiles } = await import('./atomicWrite');
    const { mkdtemp, writeFile, readdir, utimes } = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tw-stale-'));
    const stale = '.design.json.0b7a3c2e-1f4d-4a5b-9c8d-7e6f5a4b3c2d.tmp';
    const fresh = '.design.json.1b7a3c2e-1f4d-4a5b-9c8d-7e6f5a4b3c2d.tmp';
    for (const name of [stale, fresh, 'design.json', '.notes.tmp']) await writeFile(path.join(dir, name), 'x');
    const old = new Date(Date.now() - 3_600_000);
    await utimes(path.join(dir, stale), old, old);
    expect(await removeStaleTempFiles(dir)).toEqual([stale]);
    expect((await readdir(dir)).sort()).toEqual(['.design.json.1b7a3c2e-1f4d-4a5b-9c8d-7e6f5a4b3c2d.tmp', '.notes.tmp', 'design.json']);
    expect(await removeStaleTempFiles(path.join(dir, 'missing'))).toEqual([]);
  });
});
