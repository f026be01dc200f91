import type { FileCommand } from './documentController';

type KeyInfo = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** Which file command a key press asks for: Ctrl/Cmd+N new, +O open, +S save, +Shift+S save as. */
export function fileShortcut(event: KeyInfo): FileCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 's') return event.shiftKey ? 'file.saveAs' : 'file.save';
  if (event.shiftKey) return null;
  if (key === 'n') return 'file.new';
  if (key === 'o') return 'file.open';
  return null;
}

const KEYS: Record<FileCommand, string> = { 'file.new': 'N', 'file.open': 'O', 'file.save': 'S', 'file.saveAs': 'Shift+S' };

/** The shortcut of `command` as a tooltip shows it: `Ctrl+Shift+S`, or `⌘⇧S` on a Mac. */
export function shortcutLabel(command: FileCommand, isMac: boolean): string {
  const keys = KEYS[command];
  return isMac ? `⌘${keys.replace('Shift+', '⇧')}` : `Ctrl+${keys}`;
}

/** Whether the renderer runs on a Mac (Cmd instead of Ctrl in labels). */
export function isMacPlatform(nav: Pick<Navigator, 'userAgent'> | undefined = globalThis.navigator): boolean {
  return nav ? /Mac|iPhone|iPad/.test(nav.userAgent) : false;
}
