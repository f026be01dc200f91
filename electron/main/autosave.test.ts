import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

const { AUTOSAVE_FILE_NAME, createAutosave } = await import('./autosave');
const { MAX_PROJECT_SIZE_BYTES } = await import('./projectCheck');

let userData: string;
beforeEach(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), 'trainwright-autosave-'));
});
afterEach(() => rm(userData, { recursive: true, force: true }));

describe('autosave', () => {
  it('round-trips the text through a file in userData', async () => {
    const autosave = createAutosave(userData);
    expect(await autosave.read()).toBeNull();
    await autosave.write('{"format":"trainwright/project","version":1}');
    await autosave.write('{"format":"trainwright/project","version":1,"name":"second"}');
    expect(await readdir(userData)).toEqual([AUTOSAVE_FILE_NAME]);
    // A fresh instance is what the next start sees after a crash.
    expect(await createAutosave(userData).read()).toBe('{"format":"trainwright/project","version":1,"name":"second"}');
  });

  it('is gone after clear and after clearSync', async () => {
    const autosave = createAutosave(userData);
    await autosave.write('a');
    await autosave.clear();
    expect(await autosave.read()).toBeNull();
    await autosave.write('b');
    autosave.clearSync();
    expect(await autosave.read()).toBeNull();
    await expect(autosave.clear()).resolves.toBeUndefined();
  });

  it('refuses a design over the size limit with a clear message, keeping the previous autosave', async () => {
    const autosave = createAutosave(userData);
    await autosave.write('previous');
    await expect(autosave.write('x'.repeat(MAX_PROJECT_SIZE_BYTES + 1))).rejects.toThrow(/20\.0 MB; autosave keeps designs up to 20\.0 MB/);
    expect(await autosave.read()).toBe('previous');
  });
});
