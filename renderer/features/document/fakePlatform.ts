// Test double of the platform: files and the autosave slot in memory, menu events fired by hand.
import { vi } from 'vitest';
import type { MenuCommand } from '../../platform/contract';
import type { OpenedDocument, Platform, PlatformKind, RecentDocument, SaveOutcome } from '../../platform/platform';

/** A fake platform and the levers a test pulls. */
export interface FakePlatform extends Platform {
  /** The `main` autosave slot (where a session with no earlier copies writes). */
  autosave: string | null;
  /** The other autosave slots, by name. */
  slots: Map<string, string>;
  /** When the `main` copy was written, ms since 1970. */
  autosaveAtMs: number;
  /** What the next `openFile` / `openRecent` returns (or throws). */
  nextOpen: OpenedDocument | null | Error;
  /** What the next save returns; by default it succeeds under the suggested name, handle `handle-<name>` in Electron. */
  nextSave: SaveOutcome | null;
  /** Fire a menu command as Electron's menu would. */
  sendMenu: (command: MenuCommand) => void;
  /** Fire an Open Recent pick. */
  sendOpenRecent: (entry: RecentDocument) => void;
}

/** Create a fake platform of `kind` with every member a spy. */
export function fakePlatform(kind: PlatformKind = 'web'): FakePlatform {
  const menuListeners = new Set<(command: MenuCommand) => void>();
  const recentListeners = new Set<(entry: RecentDocument) => void>();
  const open = async (): Promise<OpenedDocument | null> => {
    const next = platform.nextOpen;
    if (next instanceof Error) throw next;
    return next;
  };
  const saved = (name: string): SaveOutcome =>
    platform.nextSave ?? { ok: true, file: { name, handle: kind === 'electron' ? `handle-${name}` : null } };
  const platform: FakePlatform = {
    kind,
    autosave: null,
    slots: new Map(),
    autosaveAtMs: Date.UTC(2026, 0, 5, 14, 30),
    nextOpen: null,
    nextSave: null,
    openFile: vi.fn(open),
    openRecent: vi.fn(async (_handle: string) => open()),
    save: vi.fn(async (_handle: string | null, _text: string, name: string) => saved(name)),
    saveAs: vi.fn(async (_text: string, name: string) => saved(name)),
    writeAutosave: vi.fn(async (text: string, slot: string) => {
      if (slot === 'main') platform.autosave = text;
      else platform.slots.set(slot, text);
    }),
    readAutosaves: vi.fn(async () => [
      ...(platform.autosave === null ? [] : [{ slot: 'main', text: platform.autosave, savedAtMs: platform.autosaveAtMs }]),
      ...[...platform.slots].map(([slot, text], i) => ({ slot, text, savedAtMs: platform.autosaveAtMs + 60_000 * (i + 1) })),
    ]),
    clearAutosave: vi.fn(async (slot: string) => {
      if (slot === 'main') platform.autosave = null;
      else platform.slots.delete(slot);
    }),
    onMenuCommand: (listener) => {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    },
    onOpenRecent: (listener) => {
      recentListeners.add(listener);
      return () => recentListeners.delete(listener);
    },
    sendMenu: (command) => menuListeners.forEach((listener) => listener(command)),
    sendOpenRecent: (entry) => recentListeners.forEach((listener) => listener(entry)),
  };
  return platform;
}
