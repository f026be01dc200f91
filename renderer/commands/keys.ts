/**
 * Key combinations as commands write them (`Mod+Shift+S`, `Delete`, `F`) and as key presses arrive. `Mod` is
 * Ctrl, or Cmd on a Mac (either is accepted on every platform, as the menus do).
 */

/** A key press's fields the dispatcher reads. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** A parsed combination: the key (lower case) and its modifiers. */
export interface KeyCombo {
  key: string;
  mod: boolean;
  shift: boolean;
  alt: boolean;
}

/** `Mod+Shift+S` -> { key: 's', mod, shift }. */
export function parseCombo(text: string): KeyCombo {
  const parts = text.split('+');
  // `Mod+=` and `Mod+-` keep their last part; a lone `+` would be `Mod++`.
  const key = parts.pop()!.toLowerCase();
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  return { key, mod: mods.has('mod'), shift: mods.has('shift'), alt: mods.has('alt') };
}

/** One spelling per combination, for telling two commands' shortcuts apart. */
export function comboKey(c: KeyCombo): string {
  return `${c.mod ? 'mod+' : ''}${c.alt ? 'alt+' : ''}${c.shift ? 'shift+' : ''}${c.key}`;
}

/** Whether `press` is `combo` (Shift must match, so Mod+Z and Mod+Shift+Z are different commands). */
export function matches(combo: KeyCombo, press: KeyPress): boolean {
  return press.key.toLowerCase() === combo.key && (press.ctrlKey || press.metaKey) === combo.mod && press.shiftKey === combo.shift && press.altKey === combo.alt;
}

/** The combination as a tooltip shows it: `Ctrl+Shift+S`, or `⌘⇧S` on a Mac. */
export function comboLabel(text: string, isMac: boolean): string {
  const c = parseCombo(text);
  const key = c.key.length === 1 ? c.key.toUpperCase() : c.key[0]!.toUpperCase() + c.key.slice(1);
  if (isMac) return `${c.mod ? '⌘' : ''}${c.alt ? '⌥' : ''}${c.shift ? '⇧' : ''}${key}`;
  return [c.mod ? 'Ctrl' : '', c.alt ? 'Alt' : '', c.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

/** The combination as `aria-keyshortcuts` writes it: `Control+Shift+S`. */
export function comboAria(text: string, isMac: boolean): string {
  const c = parseCombo(text);
  const key = c.key.length === 1 ? c.key.toUpperCase() : c.key[0]!.toUpperCase() + c.key.slice(1);
  return [c.mod ? (isMac ? 'Meta' : 'Control') : '', c.alt ? 'Alt' : '', c.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

/** Whether the renderer runs on a Mac (Cmd instead of Ctrl in labels). */
export function isMacPlatform(nav: Pick<Navigator, 'userAgent'> | undefined = globalThis.navigator): boolean {
  return nav ? /Mac|iPhone|iPad/.test(nav.userAgent) : false;
}

/** Whether `target` is a text field, select or contenteditable: it keeps its own keys (undo, select all, copy). */
export function isEditable(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}
