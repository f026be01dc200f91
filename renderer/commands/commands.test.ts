// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../store/appStore';
import { makeProject } from '../testing/fixtures';
import { bindShortcuts, createCommandCenter } from './center';
import { COMMAND_IDS, COMMANDS } from './commands';
import { comboLabel, isEditable, isMacPlatform } from './keys';
import type { CanvasActions } from './types';

// The Electron menu's template is pure; only its install needs Electron.
vi.mock('electron', () => ({ Menu: {} }));
const { buildMenuTemplate } = await import('../../electron/main/menu');

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}, target: EventTarget = document.body) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...mods });
  Object.defineProperty(event, 'target', { value: target });
  return event;
};

function fakeCanvas(overrides: Partial<CanvasActions> = {}): CanvasActions {
  const no = () => false;
  return {
    hasSelectedParts: no, hasSelection: no, canPaste: no,
    copy: vi.fn(), cut: vi.fn(), paste: vi.fn(), duplicate: vi.fn(), deleteSelection: vi.fn(), selectAll: vi.fn(),
    fit: vi.fn(), zoomIn: vi.fn(), zoomOut: vi.fn(), addPart: vi.fn(),
    ...overrides,
  };
}

describe('the command table', () => {
  it('has a command for every menu item, and no two commands share a shortcut', () => {
    const menuIds: string[] = [];
    const walk = (items: readonly { id?: string; submenu?: unknown }[]) => {
      for (const item of items) {
        if (item.id && item.id !== 'file.openRecent') menuIds.push(item.id);
        if (Array.isArray(item.submenu)) walk(item.submenu as { id?: string }[]);
      }
    };
    walk(buildMenuTemplate({ isDev: false, platform: 'linux', recent: [], send: () => undefined, openRecent: () => undefined }));
    expect(menuIds.length).toBeGreaterThan(15);
    for (const id of menuIds) expect(COMMAND_IDS, id).toContain(id);
    expect(() => bindShortcuts(COMMAND_IDS.map((id) => COMMANDS[id]))).not.toThrow();
  });

  it('refuses an ambiguous shortcut, naming both commands', () => {
    expect(() => bindShortcuts([COMMANDS['edit.copy'], { id: 'edit.duplicate', shortcuts: [{ keys: 'Mod+C', scope: 'canvas' }] }])).toThrow(/Mod\+C: both "edit.copy" and "edit.duplicate"/);
  });

  it('writes shortcuts the way each platform does', () => {
    expect(comboLabel('Mod+Shift+S', false)).toBe('Ctrl+Shift+S');
    expect(comboLabel('Mod+Shift+S', true)).toBe('⌘⇧S');
    expect(comboLabel('Mod+N', true)).toBe('⌘N');
    expect(comboLabel('Delete', false)).toBe('Delete');
    expect(isMacPlatform({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)' })).toBe(true);
    expect(isMacPlatform({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64)' })).toBe(false);
  });

  it('knows text fields, selects and contenteditable', () => {
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    // jsdom does not compute isContentEditable; the browser does.
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    expect(isEditable(document.createElement('input'))).toBe(true);
    expect(isEditable(document.createElement('select'))).toBe(true);
    expect(isEditable(editable)).toBe(true);
    expect(isEditable(document.createElement('button'))).toBe(false);
    expect(isEditable(null)).toBe(false);
  });
});

describe('the key dispatcher', () => {
  const setup = (kind: 'web' | 'electron' = 'web') => {
    const store = createAppStore({ project: makeProject('Rig') });
    return { store, center: createCommandCenter(store, { kind }) };
  };

  it('runs canvas edits from their keys only when they can run, so a field or a text selection keeps its own copy', () => {
    const { center } = setup();
    const copy = vi.fn();
    const stop = center.provide('canvas', fakeCanvas({ copy }));
    const nothingSelected = press('c', { ctrlKey: true });
    expect(center.handleKey(nothingSelected)).toBe(false);
    expect(nothingSelected.defaultPrevented).toBe(false);
    stop();
    center.provide('canvas', fakeCanvas({ copy, hasSelectedParts: () => true }));
    const inField = press('c', { ctrlKey: true }, document.createElement('input'));
    expect(center.handleKey(inField)).toBe(false);
    const taken = press('c', { ctrlKey: true });
    expect(center.handleKey(taken)).toBe(true);
    expect(taken.defaultPrevented).toBe(true);
    expect(copy).toHaveBeenCalledOnce();
  });

  it('keeps canvas keys to the canvas: F in the palette does not fit', () => {
    const { center } = setup();
    const fit = vi.fn();
    center.provide('canvas', fakeCanvas({ fit }));
    const outside = document.createElement('button');
    document.body.append(outside);
    expect(center.handleKey(press('f', {}, outside))).toBe(false);
    const canvas = document.createElement('div');
    canvas.dataset.commandScope = 'canvas';
    const node = document.createElement('div');
    canvas.append(node);
    document.body.append(canvas);
    expect(center.handleKey(press('f', {}, node))).toBe(true);
    expect(fit).toHaveBeenCalledOnce();
  });

  it('undoes outside fields; leaves menu accelerators to the Electron menu', () => {
    const { store, center } = setup('electron');
    store.getState().updateDesign((d) => void (d.name = 'Edited'));
    expect(center.handleKey(press('z', { ctrlKey: true }, document.createElement('input')))).toBe(false);
    expect(center.handleKey(press('z', { ctrlKey: true }))).toBe(true);
    expect(store.getState().project.design.name).toBe('Rig');
    const run = vi.fn(async () => undefined);
    center.provide('document', { run } as never);
    const save = press('s', { ctrlKey: true });
    expect(center.handleKey(save)).toBe(false);
    expect(save.defaultPrevented).toBe(false);
    expect(center.run('file.save')).toBe(true);
    expect(run).toHaveBeenCalledWith('file.save');
  });

  it('adds a server type as one undo step (the canvas toolbar button)', () => {
    const { store, center } = setup();
    const before = store.getState().project.design.serverTypes.length;
    expect(center.run('insert.serverType')).toBe(true);
    expect(store.getState().project.design.serverTypes).toHaveLength(before + 1);
    expect(center.run('edit.undo')).toBe(true);
    expect(store.getState().project.design.serverTypes).toHaveLength(before);
  });

  it('runs a palette pick through the canvas, and says no without a canvas', () => {
    const { center } = setup();
    expect(center.run('insert.part', 'gpu')).toBe(false);
    const addPart = vi.fn();
    center.provide('canvas', fakeCanvas({ addPart }));
    expect(center.run('insert.part', 'gpu')).toBe(true);
    expect(addPart).toHaveBeenCalledWith('gpu');
  });
});
