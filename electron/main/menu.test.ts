import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const setApplicationMenu = vi.hoisted(() => vi.fn());
vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: unknown) => ({ template }), setApplicationMenu } }));

const { buildMenuTemplate, installMenu } = await import('./menu');

type Item = MenuItemConstructorOptions;

function options(overrides: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) {
  return { isDev: false, platform: 'linux' as const, recent: [], send: vi.fn(), openRecent: vi.fn(), ...overrides };
}

function submenu(template: Item[], label: string): Item[] {
  const menu = template.find((item) => item.label?.replace('&', '') === label);
  return (menu?.submenu ?? []) as Item[];
}

function byId(template: Item[], id: string): Item | undefined {
  for (const menu of template) {
    const found = ((menu.submenu ?? []) as Item[]).find((item) => item.id === id);
    if (found) return found;
  }
  return undefined;
}

describe('application menu', () => {
  it.each([
    ['file.new', 'CmdOrCtrl+N'],
    ['file.open', 'CmdOrCtrl+O'],
    ['file.save', 'CmdOrCtrl+S'],
    ['file.saveAs', 'CmdOrCtrl+Shift+S'],
    ['file.exportPdf', 'CmdOrCtrl+P'],
    ['edit.undo', 'CmdOrCtrl+Z'],
    ['edit.redo', 'Ctrl+Y'],
    ['edit.cut', 'CmdOrCtrl+X'],
    ['edit.copy', 'CmdOrCtrl+C'],
    ['edit.paste', 'CmdOrCtrl+V'],
    ['edit.duplicate', 'CmdOrCtrl+D'],
    ['edit.delete', 'Delete'],
    ['edit.selectAll', 'CmdOrCtrl+A'],
    ['view.fit', 'CmdOrCtrl+0'],
    ['view.zoomIn', 'CmdOrCtrl+='],
    ['view.zoomOut', 'CmdOrCtrl+-'],
  ])('%s shows %s and sends its command to the renderer', (id, accelerator) => {
    const send = vi.fn();
    const item = byId(buildMenuTemplate(options({ send })), id)!;
    expect(item.accelerator).toBe(accelerator);
    // Edit keys stay with the renderer (it knows when a text field has focus); the others are the menu's.
    expect(item.registerAccelerator).toBe(id.startsWith('edit.') ? false : undefined);
    (item.click as () => void)();
    expect(send).toHaveBeenCalledWith(id);
  });

  it('uses Cmd+Shift+Z for Redo on macOS and adds the app menu there', () => {
    const template = buildMenuTemplate(options({ platform: 'darwin' }));
    expect(byId(template, 'edit.redo')!.accelerator).toBe('Cmd+Shift+Z');
    expect(template[0]!.role).toBe('appMenu');
  });

  it('has Quit with Ctrl+Q, full screen, About and Documentation', () => {
    const template = buildMenuTemplate(options());
    expect(submenu(template, 'File').find((item) => item.role === 'quit')!.accelerator).toBe('Ctrl+Q');
    expect(submenu(template, 'View').some((item) => item.role === 'togglefullscreen')).toBe(true);
    expect(submenu(template, 'Help').map((item) => item.id)).toEqual(['help.docs', 'help.about']);
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) => submenu(buildMenuTemplate(options({ isDev })), 'View').map((item) => item.role).filter(Boolean);
    expect(roles(false)).toEqual(['togglefullscreen']);
    expect(roles(true)).toEqual(['reload', 'forceReload', 'toggleDevTools', 'togglefullscreen']);
  });

  it('lists recent files and sends the picked one', () => {
    const openRecent = vi.fn();
    const entry = { handle: 'h1', name: 'cluster.json' };
    const recent = (byId(buildMenuTemplate(options({ recent: [entry], openRecent })), 'file.openRecent')!.submenu as Item[]);
    expect(recent.map((item) => item.label)).toEqual(['cluster.json']);
    (recent[0]!.click as () => void)();
    expect(openRecent).toHaveBeenCalledWith(entry);
    const empty = byId(buildMenuTemplate(options()), 'file.openRecent')!.submenu as Item[];
    expect(empty).toEqual([{ label: 'No recent files', enabled: false }]);
  });

  it('installs the built template as the application menu', () => {
    installMenu(options());
    expect(setApplicationMenu).toHaveBeenCalledWith({ template: expect.any(Array) });
  });
});
