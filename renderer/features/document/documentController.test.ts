import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadProject, serializeProject, type ProjectFile } from '../../../core';
import { MAX_DOCUMENT_BYTES } from '../../platform/platform';
import { createAppStore, isDirty, undo } from '../../store/appStore';
import { makeProject } from '../../testing/fixtures';
import { createDocumentController, type DocumentControllerOptions } from './documentController';
import { fakePlatform, type FakePlatform } from './fakePlatform';

function setup(kind: 'web' | 'electron' = 'web', options: Partial<DocumentControllerOptions> = {}) {
  const store = createAppStore({ project: makeProject('Start rig') });
  const platform = fakePlatform(kind);
  const controller = createDocumentController({ store, platform, newProject: () => makeProject('Fresh rig'), ...options });
  const rename = (name: string) =>
    store.getState().updateDesign((design) => {
      design.name = name;
    });
  return { store, platform, controller, rename };
}

function fileOf(project: ProjectFile, name = 'rig.json', handle: string | null = null) {
  return { name, handle, text: serializeProject(project.design) };
}

function designNameIn(text: string | null): string | undefined {
  const loaded = text === null ? null : loadProject(text);
  return loaded?.ok ? loaded.project.design.name : undefined;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('open', () => {
  it('opens a good file: replaces the design, remembers the file, forgets the history and the autosave', async () => {
    const { store, platform, controller, rename } = setup('electron');
    platform.autosave = 'stale';
    rename('Edited');
    platform.nextOpen = fileOf(makeProject('Opened rig'), 'opened.json', 'h-1');

    const opening = controller.open();
    // The design had unsaved changes: the controller asks first.
    await vi.waitFor(() => expect(controller.notices.getState().question).toEqual({ action: 'Open "opened.json"', designName: 'Edited' }));
    controller.answerQuestion(true);
    await opening;

    const state = store.getState();
    expect(state.project.design.name).toBe('Opened rig');
    expect(state.file).toEqual({ name: 'opened.json', handle: 'h-1' });
    expect(isDirty(state)).toBe(false);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(platform.autosave).toBeNull();
    expect(controller.notices.getState().question).toBeNull();
  });

  it('keeps the design when the user declines to discard unsaved changes', async () => {
    const { store, platform, controller, rename } = setup();
    rename('Edited');
    platform.nextOpen = fileOf(makeProject('Opened rig'));
    const opening = controller.open();
    await vi.waitFor(() => expect(controller.notices.getState().question).not.toBeNull());
    controller.answerQuestion(false);
    await opening;
    expect(store.getState().project.design.name).toBe('Edited');
    expect(isDirty(store.getState())).toBe(true);
  });

  it.each([
    ['invalid JSON', '{"format":"trainwright/proj', '(root)', /not valid JSON/],
    ['a schema error', '{"format":"trainwright/project","version":1,"design":{"name":"X","serverTypes":"oops"}}', 'design.serverTypes', /^The design: the server types must be an array$/],
    ['a newer format version', '{"format":"trainwright/project","version":7,"design":{}}', 'version', /newer Trainwright \(format version 7\)/],
    ['another format', '{"format":"excalidraw"}', 'format', /expected "trainwright\/project"/],
  ])('refuses %s, names the JSON path and leaves the design and its history untouched', async (_case, text, path, message) => {
    const { store, platform, controller, rename } = setup();
    rename('Edited');
    const before = store.getState();
    platform.nextOpen = { name: 'broken.json', handle: null, text };
    await controller.open();

    const problem = controller.notices.getState().problem;
    expect(problem?.title).toBe('Could not open "broken.json". The open design is unchanged.');
    expect(problem?.issues[0]).toMatchObject({ path, message: expect.stringMatching(message) });
    expect(store.getState().project).toBe(before.project);
    expect(store.getState().file).toBe(before.file);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    expect(controller.notices.getState().question).toBeNull();

    controller.dismissProblem();
    expect(controller.notices.getState().problem).toBeNull();
  });

  it('refuses a file over the size limit without parsing it', async () => {
    const { store, platform, controller } = setup();
    const before = store.getState().project;
    // Valid JSON padded past the limit: only the size check can refuse it.
    platform.nextOpen = { name: 'huge.json', handle: null, text: `${serializeProject(makeProject('Huge').design)}${' '.repeat(MAX_DOCUMENT_BYTES)}` };
    await controller.open();
    expect(controller.notices.getState().problem?.issues).toEqual([{ message: expect.stringMatching(/at least 20\.0 MB; Trainwright opens design files up to 20\.0 MB/) }]);
    expect(store.getState().project).toBe(before);
  });

  it('reports a file the platform could not read (e.g. too large for main to open)', async () => {
    const { store, platform, controller } = setup('electron');
    const before = store.getState().project;
    platform.nextOpen = new Error('"big.json" is 25.3 MB; Trainwright opens design files up to 20.0 MB.');
    await controller.open();
    expect(controller.notices.getState().problem).toEqual({
      title: 'Could not open the file. The open design is unchanged.',
      issues: [{ message: '"big.json" is 25.3 MB; Trainwright opens design files up to 20.0 MB.' }],
    });
    expect(store.getState().project).toBe(before);
  });

  it('does nothing when the user cancels the picker', async () => {
    const { store, platform, controller } = setup();
    const before = store.getState();
    platform.nextOpen = null;
    await controller.open();
    expect(store.getState()).toBe(before);
    expect(controller.notices.getState().problem).toBeNull();
  });

  it('opens a recent file through its handle', async () => {
    const { store, platform, controller } = setup('electron');
    platform.nextOpen = fileOf(makeProject('Recent rig'), 'recent.json', 'h-recent');
    await controller.openRecent('h-recent');
    expect(platform.openRecent).toHaveBeenCalledWith('h-recent');
    expect(store.getState().file).toEqual({ name: 'recent.json', handle: 'h-recent' });
    expect(store.getState().project.design.name).toBe('Recent rig');
  });

  it('drops a pick that arrives after a newer command', async () => {
    const { store, platform, controller } = setup();
    let release: (file: ReturnType<typeof fileOf>) => void = () => undefined;
    vi.mocked(platform.openFile).mockImplementationOnce(() => new Promise((resolve) => (release = resolve)));
    const opening = controller.open();
    await controller.newDocument();
    release(fileOf(makeProject('Late rig')));
    await opening;
    expect(store.getState().project.design.name).toBe('Fresh rig');
  });
});

describe('save', () => {
  it('saves a new design with Save As under a name from the design, then to the same handle', async () => {
    const { store, platform, controller, rename } = setup('electron');
    rename('Rig: 8x A100');
    platform.autosave = 'pending';
    await expect(controller.save()).resolves.toBe(true);
    expect(platform.saveAs).toHaveBeenCalledWith(serializeProject(store.getState().project.design), 'Rig- 8x A100.json');
    expect(store.getState().file).toEqual({ name: 'Rig- 8x A100.json', handle: 'handle-Rig- 8x A100.json' });
    expect(isDirty(store.getState())).toBe(false);
    expect(platform.autosave).toBeNull();

    rename('Rig B');
    expect(isDirty(store.getState())).toBe(true);
    await controller.save();
    expect(platform.save).toHaveBeenCalledWith('handle-Rig- 8x A100.json', serializeProject(store.getState().project.design), 'Rig- 8x A100.json');
    expect(platform.saveAs).toHaveBeenCalledTimes(1);
    expect(isDirty(store.getState())).toBe(false);
  });

  it('Save As always asks, proposing the current file name', async () => {
    const { store, platform, controller } = setup('electron');
    store.getState().markSaved({ name: 'mine.json', handle: 'h-mine' });
    platform.nextSave = { ok: true, file: { name: 'copy.json', handle: 'h-copy' } };
    await controller.saveAs();
    expect(platform.saveAs).toHaveBeenCalledWith(expect.any(String), 'mine.json');
    expect(store.getState().file).toEqual({ name: 'copy.json', handle: 'h-copy' });
  });

  it('reports a failed save and keeps the design unsaved; a canceled save says nothing', async () => {
    const { store, platform, controller, rename } = setup('electron');
    rename('Edited');
    platform.nextSave = { ok: false, canceled: false, error: 'Could not save "rig.json": the disk is full.' };
    await expect(controller.saveAs()).resolves.toBe(false);
    expect(controller.notices.getState().problem).toEqual({ title: 'Could not save "Edited.json".', issues: [{ message: 'Could not save "rig.json": the disk is full.' }] });
    expect(isDirty(store.getState())).toBe(true);
    expect(store.getState().file).toBeNull();

    controller.dismissProblem();
    platform.nextSave = { ok: false, canceled: true };
    await expect(controller.saveAs()).resolves.toBe(false);
    expect(controller.notices.getState().problem).toBeNull();
    expect(isDirty(store.getState())).toBe(true);
  });

  it('keeps edits made while the save dialog was open as unsaved', async () => {
    const { store, platform, controller, rename } = setup('electron');
    let finish: (outcome: Awaited<ReturnType<FakePlatform['saveAs']>>) => void = () => undefined;
    vi.mocked(platform.saveAs).mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)));
    rename('Saved name');
    const saving = controller.saveAs();
    rename('Edited during the dialog');
    finish({ ok: true, file: { name: 'rig.json', handle: 'h' } });
    await saving;
    expect(store.getState().savedProject.design.name).toBe('Saved name');
    expect(isDirty(store.getState())).toBe(true);
  });
});

describe('new', () => {
  it('starts the new design without asking when nothing is unsaved, and clears the autosave', async () => {
    const { store, platform, controller } = setup();
    store.getState().markSaved({ name: 'start.json', handle: null });
    platform.autosave = 'old';
    await controller.newDocument();
    expect(store.getState().project.design.name).toBe('Fresh rig');
    expect(store.getState().file).toBeNull();
    expect(platform.autosave).toBeNull();
  });

  it('defaults to the ready example design', async () => {
    const store = createAppStore({ project: makeProject('Start rig') });
    const controller = createDocumentController({ store, platform: fakePlatform() });
    await controller.run('file.new');
    expect(store.getState().project.design.name).toBe('DGX A100, ResNet-50 from local NVMe');
  });

  it('asks before discarding unsaved changes and ignores other commands meanwhile', async () => {
    const { store, platform, controller, rename } = setup();
    rename('Edited');
    const creating = controller.newDocument();
    await vi.waitFor(() => expect(controller.notices.getState().question?.action).toBe('New design'));
    await controller.save();
    expect(platform.saveAs).not.toHaveBeenCalled();
    controller.answerQuestion(true);
    await creating;
    expect(store.getState().project.design.name).toBe('Fresh rig');
    expect(isDirty(store.getState())).toBe(false);
  });
});

describe('autosave', () => {
  it('writes the design once, a second after the last change (debounced)', async () => {
    vi.useFakeTimers();
    const { platform, controller, rename } = setup('web', { autosaveDelayMs: 1000 });
    const stop = controller.startAutosave();
    rename('One');
    await vi.advanceTimersByTimeAsync(600);
    rename('Two');
    await vi.advanceTimersByTimeAsync(600);
    rename('Three');
    await vi.advanceTimersByTimeAsync(999);
    expect(platform.writeAutosave).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(platform.writeAutosave).toHaveBeenCalledTimes(1);
    expect(designNameIn(platform.autosave)).toBe('Three');
    stop();
  });

  it('clears the autosave when the design is back to its saved state, and after a save', async () => {
    vi.useFakeTimers();
    const { store, platform, controller, rename } = setup('web');
    const stop = controller.startAutosave();
    rename('Edited');
    await vi.advanceTimersByTimeAsync(1000);
    expect(designNameIn(platform.autosave)).toBe('Edited');
    undo(store);
    await vi.advanceTimersByTimeAsync(1000);
    expect(platform.autosave).toBeNull();

    rename('Edited again');
    await vi.advanceTimersByTimeAsync(500);
    await controller.saveAs();
    await vi.advanceTimersByTimeAsync(2000);
    expect(platform.autosave).toBeNull();
    expect(platform.writeAutosave).toHaveBeenCalledTimes(1);
    stop();
  });

  it('stops writing once stopped', async () => {
    vi.useFakeTimers();
    const { platform, controller, rename } = setup();
    const stop = controller.startAutosave();
    rename('Edited');
    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(platform.writeAutosave).not.toHaveBeenCalled();
  });

  it('reports a failing autosave once, not on every edit', async () => {
    vi.useFakeTimers();
    const { platform, controller, rename } = setup();
    vi.mocked(platform.writeAutosave).mockRejectedValue(new Error('QuotaExceededError'));
    const stop = controller.startAutosave();
    rename('One');
    await vi.advanceTimersByTimeAsync(1000);
    expect(controller.notices.getState().problem?.title).toMatch(/^Autosave failed/);
    controller.dismissProblem();
    rename('Two');
    await vi.advanceTimersByTimeAsync(1000);
    expect(controller.notices.getState().problem).toBeNull();
    stop();
  });
});

describe('restore after a crash', () => {
  it('offers an autosave that differs from the start design; Restore makes it the open, unsaved design', async () => {
    const { store, platform, controller } = setup();
    platform.autosave = serializeProject(makeProject('Crashed rig').design);
    await controller.checkAutosave();
    expect(controller.notices.getState().restoreOffer?.designName).toBe('Crashed rig');

    controller.restore();
    expect(store.getState().project.design.name).toBe('Crashed rig');
    expect(isDirty(store.getState())).toBe(true);
    expect(controller.notices.getState().restoreOffer).toBeNull();
    // One undo step back to the design the app started with.
    undo(store);
    expect(store.getState().project.design.name).toBe('Start rig');
  });

  it('Discard drops the offer and the autosave', async () => {
    const { store, platform, controller } = setup();
    platform.autosave = serializeProject(makeProject('Crashed rig').design);
    await controller.checkAutosave();
    await controller.discardRestore();
    expect(controller.notices.getState().restoreOffer).toBeNull();
    expect(platform.autosave).toBeNull();
    expect(store.getState().project.design.name).toBe('Start rig');
  });

  it('offers nothing for an autosave equal to the start design, and checks only once', async () => {
    const { store, platform, controller } = setup();
    platform.autosave = serializeProject(store.getState().project.design);
    await controller.checkAutosave();
    expect(controller.notices.getState().restoreOffer).toBeNull();
    expect(platform.autosave).toBeNull();
    platform.autosave = serializeProject(makeProject('Later').design);
    await controller.checkAutosave();
    expect(controller.notices.getState().restoreOffer).toBeNull();
  });

  it.each([
    ['corrupt JSON', '{"format":"trainwright/project","vers', '(root)'],
    ['an invalid design', '{"format":"trainwright/project","version":1,"design":{"name":""}}', 'design.name'],
  ])('reports and discards %s without touching the design', async (_case, text, path) => {
    const { store, platform, controller } = setup();
    const before = store.getState().project;
    platform.autosave = text;
    await controller.checkAutosave();
    const problem = controller.notices.getState().problem;
    expect(problem?.title).toBe('The autosaved design from the last session could not be restored and was discarded.');
    expect(problem?.issues[0]?.path).toBe(path);
    expect(controller.notices.getState().restoreOffer).toBeNull();
    expect(platform.autosave).toBeNull();
    expect(store.getState().project).toBe(before);
  });

  it('reports an autosave it cannot read', async () => {
    const { platform, controller } = setup();
    vi.mocked(platform.readAutosaves).mockRejectedValueOnce(new Error('storage is disabled'));
    await controller.checkAutosave();
    expect(controller.notices.getState().problem?.issues).toEqual([{ message: 'storage is disabled' }]);
  });

  it('keeps the offer and the crash copy when another design is opened meanwhile', async () => {
    const { store, platform, controller } = setup();
    const crashed = serializeProject(makeProject('Crashed rig').design);
    platform.autosave = crashed;
    await controller.checkAutosave();
    platform.nextOpen = fileOf(makeProject('Opened rig'));
    await controller.open();
    expect(controller.notices.getState().restoreOffer?.designName).toBe('Crashed rig');
    expect(platform.autosave).toBe(crashed);
    // Restoring now gives an untitled design: saving it must not overwrite the file just opened.
    controller.restore();
    expect(store.getState().project.design.name).toBe('Crashed rig');
    expect(store.getState().file).toBeNull();
  });

  it('says when the copy was made, and sends edits made while it is offered to a new slot', async () => {
    vi.useFakeTimers();
    const { store, platform, controller } = setup();
    const crashed = serializeProject(makeProject('Crashed rig').design);
    platform.autosave = crashed;
    await controller.checkAutosave();
    const unsubscribe = controller.startAutosave();
    expect(controller.notices.getState().restoreOffer).toMatchObject({ designName: 'Crashed rig', savedAtMs: platform.autosaveAtMs, slot: 'main' });
    store.getState().updateDesign((d) => {
      d.name = 'Edited while offered';
    });
    await vi.runAllTimersAsync();
    expect(platform.autosave).toBe(crashed);
    expect([...platform.slots.values()]).toEqual([expect.stringContaining('Edited while offered')]);
    // Discard removes the crash copy only; this session's copy stays.
    await controller.discardRestore();
    expect(platform.autosave).toBeNull();
    expect(platform.slots.size).toBe(1);
    unsubscribe();
    vi.useRealTimers();
  });

  it('offers every copy left by earlier crashes in turn, newest first, and restore keeps the copy until it is rewritten', async () => {
    const { platform, controller } = setup();
    platform.autosave = serializeProject(makeProject('First crash').design);
    platform.slots.set('s1', serializeProject(makeProject('Second crash').design));
    await controller.checkAutosave();
    expect(controller.notices.getState().restoreOffer?.designName).toBe('Second crash');
    controller.restore();
    await vi.waitFor(() => expect(platform.slots.has('s1')).toBe(false));
    expect([...platform.slots.values()]).toEqual([expect.stringContaining('Second crash')]);
    expect(controller.notices.getState().restoreOffer?.designName).toBe('First crash');
    await controller.discardRestore();
    expect(controller.notices.getState().restoreOffer).toBeNull();
    expect(platform.autosave).toBeNull();
  });
});
