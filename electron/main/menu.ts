/**
 * The application menu. Command items send `menu:command` to the renderer, whose command registry runs them.
 * Who owns the keys: File, View and Help shortcuts are registered here (the renderer binds them only in a
 * browser). Edit shortcuts are displayed but not registered (`registerAccelerator: false`) and the renderer
 * handles those keys on every platform, because only it knows whether a text field has focus: a registered
 * Ctrl+C, Ctrl+Z or Delete would be taken from the field's native copy, undo and delete.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../ipc/contract';

/** A recent file as the menu shows it. */
export interface RecentEntry {
  handle: string;
  name: string;
}

/** What the menu depends on. */
export interface MenuOptions {
  /** Development runs get Reload and Developer Tools. */
  isDev: boolean;
  platform: NodeJS.Platform;
  recent: readonly RecentEntry[];
  /** Deliver a command to the renderer. */
  send(command: MenuCommand): void;
  /** Deliver an Open Recent pick to the renderer. */
  openRecent(entry: RecentEntry): void;
}

/** The menu template (pure, so tests can inspect labels, commands and accelerators). */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const command = (label: string, id: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    id,
    ...(accelerator ? { accelerator } : {}),
    click: () => options.send(id),
  });
  const editCommand = (label: string, id: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({
    ...command(label, id, accelerator),
    registerAccelerator: false,
  });
  const recentItems: MenuItemConstructorOptions[] = options.recent.length
    ? options.recent.map((entry) => ({ label: entry.name, click: () => options.openRecent(entry) }))
    : [{ label: 'No recent files', enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New', 'file.new', 'CmdOrCtrl+N'),
      command('Open…', 'file.open', 'CmdOrCtrl+O'),
      { label: 'Open Recent', id: 'file.openRecent', submenu: recentItems },
      { type: 'separator' },
      command('Save', 'file.save', 'CmdOrCtrl+S'),
      command('Save As…', 'file.saveAs', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      command('Export PDF…', 'file.exportPdf', 'CmdOrCtrl+P'),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      editCommand('Undo', 'edit.undo', 'CmdOrCtrl+Z'),
      editCommand('Redo', 'edit.redo', isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      editCommand('Cut', 'edit.cut', 'CmdOrCtrl+X'),
      editCommand('Copy', 'edit.copy', 'CmdOrCtrl+C'),
      editCommand('Paste', 'edit.paste', 'CmdOrCtrl+V'),
      editCommand('Duplicate', 'edit.duplicate', 'CmdOrCtrl+D'),
      editCommand('Delete', 'edit.delete', 'Delete'),
      { type: 'separator' },
      editCommand('Select All', 'edit.selectAll', 'CmdOrCtrl+A'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('Zoom to Fit', 'view.fit', 'CmdOrCtrl+0'),
      command('Zoom In', 'view.zoomIn', 'CmdOrCtrl+='),
      command('Zoom Out', 'view.zoomOut', 'CmdOrCtrl+-'),
      { type: 'separator' },
      ...(options.isDev ? [{ role: 'reload' } as const, { role: 'forceReload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const] : []),
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: '&Help',
    submenu: [command('Documentation', 'help.docs', 'F1'), command('About Trainwright', 'help.about')],
  };
  return [...(isMac ? [{ role: 'appMenu' } as const] : []), file, edit, view, help];
}

/** Build the template and make it the application menu. */
export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
