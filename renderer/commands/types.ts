import type { MenuCommand } from '../../electron/ipc/contract';
import type { DocumentController } from '../features/document/documentController';
import type { PaletteKind } from '../features/topology/paletteKinds';
import type { Platform } from '../platform/platform';
import type { AppStore } from '../store/appStore';

/** Commands only the renderer runs (no menu item). */
export type RendererCommand = 'insert.part' | 'insert.serverType';

/**
 * Every command's id. The Electron menu's ids (`MenuCommand`) are part of it, and the table in `commands.ts`
 * must define each one: a menu item without a command fails to compile.
 */
export type CommandId = MenuCommand | RendererCommand;

/**
 * Where a shortcut works. `anywhere`: also while a text field has focus (file keys mean nothing to a field);
 * `outside-fields`: not in a text field (it keeps its own undo); `canvas`: with the canvas focused (or nothing).
 */
export type ShortcutScope = 'anywhere' | 'outside-fields' | 'canvas';

/** One key combination of a command. */
export interface Shortcut {
  /** `Mod+Shift+S`, `Delete`, `F` (see keys.ts). */
  keys: string;
  scope: ShortcutScope;
  /** The Electron menu registers it as an accelerator and sends the command: the renderer leaves the key alone there. */
  menu?: boolean;
}

/** What the canvas does for the edit and view commands; provided while the canvas is mounted. */
export interface CanvasActions {
  hasSelectedParts(): boolean;
  hasSelection(): boolean;
  canPaste(): boolean;
  copy(): void;
  cut(): void;
  paste(): void;
  duplicate(): void;
  deleteSelection(): void;
  selectAll(): void;
  fit(): void;
  zoomIn(): void;
  zoomOut(): void;
  /** A palette pick: the part into the selected (or first) server, or the shared storage / fabric. */
  addPart(kind: PaletteKind): void;
}

/** The help the shell shows: the keyboard reference, or About. */
export interface HelpActions {
  show(page: 'docs' | 'about'): void;
}

/** Services the commands run against; the slots are filled by the components that own them while mounted. */
export interface CommandServices {
  document?: DocumentController;
  canvas?: CanvasActions;
  exportPdf?: () => Promise<void>;
  help?: HelpActions;
}

/** What a command's `run` and `canRun` see. */
export interface CommandContext extends CommandServices {
  store: AppStore;
  platform: Pick<Platform, 'kind'>;
}

/** One operation: id, label, shortcuts, whether it can run now, and what it does. */
export interface Command<Arg = undefined> {
  id: CommandId;
  label: string;
  shortcuts?: readonly Shortcut[];
  canRun(ctx: CommandContext): boolean;
  run(ctx: CommandContext, arg: Arg): void | Promise<void>;
}
