import { execFileSync } from 'node:child_process';
import { chmod, lstat, mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { FileDialogs } from './files';

vi.mock('electron', () => ({}));

const { createFileService } = await import('./files');
const { createRecentFiles, RECENT_FILES_LIMIT } = await import('./recentFiles');
const { MAX_PROJECT_SIZE_BYTES } = await import('./projectCheck');

const project = (name: string) => JSON.stringify({ format: 'trainwright/project', version: 1, design: { name, serverTypes: [], workload: 'resnet50' } });

let dir: string;
let dialogs: { chooseOpenPath: Mock<FileDialogs['chooseOpenPath']>; chooseSavePath: Mock<FileDialogs['chooseSavePath']> };
let onSaved: Mock<() => void>;

function service() {
  return createFileService({ dialogs, recent: createRecentFiles(path.join(dir, 'userData', 'recent-files.json')), onSaved });
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'trainwright-files-'));
  dialogs = { chooseOpenPath: vi.fn(async () => null), chooseSavePath: vi.fn(async () => null) };
  onSaved = vi.fn<() => void>();
  await mkdir(path.join(dir, 'userData'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('file service', () => {
  it('opens through the dialog and returns an opaque handle, the name and the text', async () => {
    const file = path.join(dir, 'cluster.json');
    await writeFile(file, project('cluster'));
    dialogs.chooseOpenPath.mockResolvedValueOnce(file);
    const files = service();
    const opened = await files.open();
    expect(opened).toMatchObject({ name: 'cluster.json', text: project('cluster') });
    expect(opened!.handle).toMatch(/^[0-9a-f-]{36}$/);
    expect(opened!.handle).not.toContain(dir);
    expect(await files.recent()).toEqual([{ handle: opened!.handle, name: 'cluster.json' }]);
  });

  it('returns null when the open dialog is canceled', async () => {
    expect(await service().open()).toBeNull();
  });

  it('saves in place through the handle, without a dialog, and reports the clean save', async () => {
    const file = path.join(dir, 'cluster.json');
    await writeFile(file, project('v1'));
    dialogs.chooseOpenPath.mockResolvedValueOnce(file);
    const files = service();
    const { handle } = (await files.open())!;
    expect(await files.save(handle, project('v2'), 'ignored.json')).toEqual({ ok: true, handle, name: 'cluster.json' });
    expect(await readFile(file, 'utf8')).toBe(project('v2'));
    expect(dialogs.chooseSavePath).not.toHaveBeenCalled();
    expect(onSaved).toHaveBeenCalledOnce();
  });

  it('falls back to Save As for a missing or unknown handle; canceling saves nothing', async () => {
    const files = service();
    expect(await files.save(null, project('x'), 'new design')).toEqual({ ok: false, canceled: true });
    expect(await files.save('not-a-handle', project('x'), 'new design')).toEqual({ ok: false, canceled: true });
    expect(dialogs.chooseSavePath).toHaveBeenCalledWith('new design');
    const target = path.join(dir, 'new.json');
    dialogs.chooseSavePath.mockResolvedValueOnce(target);
    const saved = await files.saveAs(project('x'), 'new design');
    expect(saved).toMatchObject({ ok: true, name: 'new.json' });
    expect(await readFile(target, 'utf8')).toBe(project('x'));
    expect(onSaved).toHaveBeenCalledOnce();
  });

  it('refuses to write text that is not a project, leaving the file as it was', async () => {
    const target = path.join(dir, 'cluster.json');
    await writeFile(target, project('keep'));
    dialogs.chooseSavePath.mockResolvedValueOnce(target);
    const result = await service().saveAs('{"not":"a project"}', 'cluster');
    expect(result).toMatchObject({ ok: false, canceled: false, error: expect.stringMatching(/not a valid Trainwright project: format: /) });
    expect(await readFile(target, 'utf8')).toBe(project('keep'));
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('reports a write failure as an error result', async () => {
    dialogs.chooseSavePath.mockResolvedValueOnce(path.join(dir, 'no-such-folder', 'x.json'));
    const result = await service().saveAs(project('x'), 'x');
    expect(result).toMatchObject({ ok: false, canceled: false, error: expect.stringMatching(/^Could not save "x.json": /) });
  });

  it('refuses to open a file over 20 MB with a clear message', async () => {
    const file = path.join(dir, 'huge.json');
    await writeFile(file, '');
    await truncate(file, MAX_PROJECT_SIZE_BYTES + 5 * 1024 * 1024);
    dialogs.chooseOpenPath.mockResolvedValueOnce(file);
    await expect(service().open()).rejects.toThrow('"huge.json" is 25.0 MB; the limit for this kind of file is 20.0 MB.');
  });

  it('opens a recent file by handle; a deleted one is dropped with a clear message', async () => {
    const kept = path.join(dir, 'kept.json');
    const gone = path.join(dir, 'gone.json');
    await writeFile(kept, project('kept'));
    await writeFile(gone, project('gone'));
    const files = service();
    dialogs.chooseOpenPath.mockResolvedValueOnce(kept).mockResolvedValueOnce(gone);
    await files.open();
    const goneHandle = (await files.open())!.handle;
    const recent = await files.recent();
    expect(recent.map((entry) => entry.name)).toEqual(['gone.json', 'kept.json']);
    expect((await files.openRecent(recent[1]!.handle))!.text).toBe(project('kept'));
    await rm(gone);
    await expect(files.openRecent(goneHandle)).rejects.toThrow('"gone.json" could not be opened: it was moved or deleted.');
    expect((await files.recent()).map((entry) => entry.name)).toEqual(['kept.json']);
    await expect(files.openRecent('made-up')).rejects.toThrow(/no longer known/);
  });
});

describe('recent files', () => {
  it('keeps the most recent first, without duplicates, up to the limit, and survives a corrupt store', async () => {
    const store = path.join(dir, 'userData', 'recent-files.json');
    const recent = createRecentFiles(store, 3);
    const paths = await Promise.all(['a', 'b', 'c', 'd'].map(async (name) => {
      const file = path.join(dir, `${name}.json`);
      await writeFile(file, '{}');
      return file;
    }));
    for (const file of [...paths, paths[1]!]) await recent.add(file);
    expect((await recent.list()).map((p) => path.basename(p))).toEqual(['b.json', 'd.json', 'c.json']);
    await writeFile(store, 'garbage');
    expect(await recent.list()).toEqual([]);
    expect(RECENT_FILES_LIMIT).toBe(10);
  });
});

describe('file service: hostile files and awkward saves', () => {
  it('refuses folders, devices and pipes on Open without reading them', async () => {
    const folder = path.join(dir, 'folder.json');
    await mkdir(folder);
    const fifo = path.join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    for (const [file, text] of [[folder, '"folder.json" is a folder, not a file.'], ['/dev/zero', '"zero" is a device, not a file.'], [fifo, '"pipe.json" is a pipe (FIFO), not a file.']]) {
      dialogs.chooseOpenPath.mockResolvedValueOnce(file!);
      await expect(service().open()).rejects.toThrow(text!);
    }
  });

  it('refuses to overwrite a read-only file and says to use Save As', async () => {
    const file = path.join(dir, 'locked.json');
    await writeFile(file, project('v1'));
    await chmod(file, 0o444);
    dialogs.chooseOpenPath.mockResolvedValueOnce(file);
    const files = service();
    const { handle } = (await files.open())!;
    expect(await files.save(handle, project('v2'), 'x.json')).toEqual({ ok: false, canceled: false, error: '"locked.json" is read-only, so it was not changed. Use Save As to save the design under another name.' });
    expect(await readFile(file, 'utf8')).toBe(project('v1'));
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('writes through a symbolic link to its target and keeps the link', async () => {
    const target = path.join(dir, 'real.json');
    const link = path.join(dir, 'link.json');
    await writeFile(target, project('v1'));
    await symlink(target, link);
    dialogs.chooseOpenPath.mockResolvedValueOnce(link);
    const files = service();
    const { handle } = (await files.open())!;
    expect(await files.save(handle, project('v2'), 'x.json')).toMatchObject({ ok: true });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(target, 'utf8')).toBe(project('v2'));
  });

  it('opens and saves when the recent-files list cannot be written (a full or read-only user-data folder)', async () => {
    const file = path.join(dir, 'cluster.json');
    await writeFile(file, project('v1'));
    const failing = { list: vi.fn(async () => Promise.reject(new Error('ENOSPC: no space left on device'))), add: vi.fn(async () => Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }))), remove: vi.fn(async () => undefined) };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const files = createFileService({ dialogs, recent: failing, onSaved });
    dialogs.chooseOpenPath.mockResolvedValueOnce(file);
    const opened = (await files.open())!;
    expect(opened.text).toBe(project('v1'));
    expect(await files.save(opened.handle, project('v2'), 'x.json')).toMatchObject({ ok: true });
    expect(await readFile(file, 'utf8')).toBe(project('v2'));
    expect(await files.recent()).toEqual([]);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
