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

describe('autosave slots and crashes', () => {
  it('keeps each slot apart, lists them oldest first with their time, and clears only what this session wrote', async () => {
    const earlier = createAutosave(userData);
    await earlier.write('crash copy');
    const session = createAutosave(userData);
    const copies = await session.list();
    expect(copies).toEqual([{ slot: 'main', text: 'crash copy', savedAtMs: expect.any(Number) }]);
    expect(Math.abs(copies[0]!.savedAtMs - Date.now())).toBeLessThan(60_000);
    await session.write('edits while the offer is pending', 's1');
    expect((await session.list()).map((c) => c.slot).sort()).toEqual(['main', 's1']);
    session.clearSync();
    expect((await session.list()).map((c) => c.text)).toEqual(['crash copy']);
    await session.clear('main');
    expect(await session.list()).toEqual([]);
  });

  it('refuses slot names that could leave the folder', async () => {
    const autosave = createAutosave(userData);
    await expect(autosave.write('x', '../escape')).rejects.toThrow(/autosave slots are/);
  });

  it('keeps the autosave through the quit after a renderer crash', async () => {
    const { keepAutosaveOnRendererCrash } = await import('./autosave');
    const autosave = createAutosave(userData);
    const listeners: Array<(event: unknown, details: { reason: string }) => void> = [];
    keepAutosaveOnRendererCrash({ on: (_name, listener) => listeners.push(listener) }, autosave);
    await autosave.write('unsaved work');
    listeners.forEach((l) => l({}, { reason: 'crashed' }));
    autosave.clearSync();
    expect(await autosave.read()).toBe('unsaved work');
  });

  it('clears on the quit after a clean renderer exit', async () => {
    const { keepAutosaveOnRendererCrash } = await import('./autosave');
    const autosave = createAutosave(userData);
    const listeners: Array<(event: unknown, details: { reason: string }) => void> = [];
    keepAutosaveOnRendererCrash({ on: (_name, listener) => listeners.push(listener) }, autosave);
    await autosave.write('saved work');
    listeners.forEach((l) => l({}, { reason: 'clean-exit' }));
    autosave.clearSync();
    expect(await autosave.read()).toBeNull();
  });
});
