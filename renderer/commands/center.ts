/**
 * The command center: runs commands from the table against the services the mounted components provide,
 * and is the window's one key dispatcher and one menu subscriber.
 */
import type { Platform } from '../platform/platform';
import type { AppStore } from '../store/appStore';
import { COMMAND_IDS, COMMANDS } from './commands';
import { comboKey, isEditable, matches, parseCombo, type KeyCombo } from './keys';
import type { Command, CommandContext, CommandId, CommandServices, Shortcut } from './types';

/** One shortcut of one command, parsed. */
interface Binding {
  id: CommandId;
  shortcut: Shortcut;
  combo: KeyCombo;
}

/** The shortcuts of `commands`, parsed; throws when two commands share a key combination (which would run?). */
export function bindShortcuts(commands: readonly Pick<Command, 'id' | 'shortcuts'>[]): Binding[] {
  const owner = new Map<string, CommandId>();
  const bindings: Binding[] = [];
  for (const command of commands) {
    for (const shortcut of command.shortcuts ?? []) {
      const combo = parseCombo(shortcut.keys);
      const key = comboKey(combo);
      const other = owner.get(key);
      if (other !== undefined && other !== command.id) throw new Error(`Ambiguous shortcut ${shortcut.keys}: both "${other}" and "${command.id}" use it`);
      owner.set(key, command.id);
      bindings.push({ id: command.id, shortcut, combo });
    }
  }
  return bindings;
}

/** Whether a key press at `target` is "in the canvas": inside the canvas region, or with nothing focused. */
function inCanvas(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return true;
  if (target === document.body || target === document.documentElement) return true;
  return target.closest('[data-command-scope="canvas"]') !== null;
}

/** The command center of one window. */
export interface CommandCenter {
  /** Fill a service slot while its owner is mounted; returns the function that empties it again. */
  provide<K extends keyof CommandServices>(slot: K, value: NonNullable<CommandServices[K]>): () => void;
  canRun(id: CommandId): boolean;
  /** Runs the command when it can run; false when it cannot. */
  run(id: Exclude<CommandId, 'insert.part'>): boolean;
  run(id: 'insert.part', arg: Parameters<(typeof COMMANDS)['insert.part']['run']>[1]): boolean;
  /** The one key dispatcher: runs the command a key press asks for; true when it took the press. */
  handleKey(event: KeyboardEvent): boolean;
  /** Start the window's key dispatcher and menu subscriber; returns the function that stops both. */
  listen(target: Pick<Window, 'addEventListener' | 'removeEventListener'>, platform: Pick<Platform, 'onMenuCommand'>): () => void;
}

/** A command center over `store`; `platform.kind` decides which keys the Electron menu owns. */
export function createCommandCenter(store: AppStore, platform: Pick<Platform, 'kind'>): CommandCenter {
  const bindings = bindShortcuts(COMMAND_IDS.map((id) => COMMANDS[id]));
  const services: CommandServices = {};
  const context = (): CommandContext => ({ ...services, store, platform });
  const command = (id: CommandId) => COMMANDS[id] as Command<unknown>;

  const center: CommandCenter = {
    provide(slot, value) {
      services[slot] = value;
      return () => {
        if (services[slot] === value) delete services[slot];
      };
    },
    canRun: (id) => command(id).canRun(context()),
    run(id: CommandId, arg?: unknown) {
      const ctx = context();
      const c = command(id);
      if (!c.canRun(ctx)) return false;
      void c.run(ctx, arg);
      return true;
    },
    handleKey(event) {
      if (event.defaultPrevented) return false;
      const binding = bindings.find((b) => matches(b.combo, event));
      if (!binding) return false;
      const { scope, menu } = binding.shortcut;
      // The Electron menu registers these accelerators and sends the command: acting here too would run it twice.
      if (menu && platform.kind === 'electron') return false;
      if (scope === 'outside-fields' && isEditable(event.target)) return false;
      if (scope === 'canvas' && (isEditable(event.target) || !inCanvas(event.target))) return false;
      if (!center.canRun(binding.id)) return false;
      event.preventDefault();
      if (scope === 'anywhere') {
        // File and export keys: once per press, and a field being edited commits first (Save writes what the user sees).
        if (event.repeat) return true;
        if (isEditable(document.activeElement)) (document.activeElement as HTMLElement).blur();
      }
      center.run(binding.id as Exclude<CommandId, 'insert.part'>);
      return true;
    },
    listen(target, menuPlatform) {
      const onKeyDown = (event: Event) => void center.handleKey(event as KeyboardEvent);
      target.addEventListener('keydown', onKeyDown);
      const stopMenu = menuPlatform.onMenuCommand((id) => void center.run(id as Exclude<CommandId, 'insert.part'>));
      return () => {
        target.removeEventListener('keydown', onKeyDown);
        stopMenu();
      };
    },
  };
  return center;
}

/** The shortcuts of a command as written in the table (the first is the one labels show). */
export function shortcutsOf(id: CommandId): readonly Shortcut[] {
  return COMMANDS[id].shortcuts ?? [];
}
