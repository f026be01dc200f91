/**
 * The command table: every operation of the window with its id, label, shortcuts, `canRun` and `run`
 * (after Excalidraw's actions). Menus, keys, the palette and toolbar buttons all run commands from here.
 */
import { redo, undo } from '../store/appStore';
import { addServerType } from '../features/topology/editing';
import type { PaletteKind } from '../features/topology/paletteKinds';
import type { Command, CommandContext, CommandId } from './types';

const file = (id: 'file.new' | 'file.open' | 'file.save' | 'file.saveAs', label: string, keys: string): Command => ({
  id,
  label,
  shortcuts: [{ keys, scope: 'anywhere', menu: true }],
  canRun: (ctx) => ctx.document !== undefined,
  run: (ctx) => ctx.document?.run(id),
});

const canvas = (id: CommandId, label: string, keys: readonly string[], when: (c: NonNullable<CommandContext['canvas']>) => boolean, act: (c: NonNullable<CommandContext['canvas']>) => void): Command => ({
  id,
  label,
  shortcuts: keys.map((k) => ({ keys: k, scope: 'canvas' as const })),
  canRun: (ctx) => ctx.canvas !== undefined && when(ctx.canvas),
  run: (ctx) => {
    if (ctx.canvas) act(ctx.canvas);
  },
});

const always = () => true;

/** Every command, by id: the type makes a missing menu command a compile error. */
export const COMMANDS: { readonly [K in CommandId]: K extends 'insert.part' ? Command<PaletteKind> : Command } = {
  'file.new': file('file.new', 'New', 'Mod+N'),
  'file.open': file('file.open', 'Open…', 'Mod+O'),
  'file.save': file('file.save', 'Save', 'Mod+S'),
  'file.saveAs': file('file.saveAs', 'Save As…', 'Mod+Shift+S'),
  'file.exportPdf': {
    id: 'file.exportPdf',
    label: 'Export PDF…',
    shortcuts: [{ keys: 'Mod+P', scope: 'anywhere', menu: true }],
    canRun: (ctx) => ctx.exportPdf !== undefined,
    run: (ctx) => ctx.exportPdf?.(),
  },
  'edit.undo': {
    id: 'edit.undo',
    label: 'Undo',
    shortcuts: [{ keys: 'Mod+Z', scope: 'outside-fields' }],
    canRun: always,
    run: (ctx) => undo(ctx.store),
  },
  'edit.redo': {
    id: 'edit.redo',
    label: 'Redo',
    shortcuts: [
      { keys: 'Mod+Y', scope: 'outside-fields' },
      { keys: 'Mod+Shift+Z', scope: 'outside-fields' },
    ],
    canRun: always,
    run: (ctx) => redo(ctx.store),
  },
  'edit.cut': canvas('edit.cut', 'Cut', ['Mod+X'], (c) => c.hasSelectedParts(), (c) => c.cut()),
  'edit.copy': canvas('edit.copy', 'Copy', ['Mod+C'], (c) => c.hasSelectedParts(), (c) => c.copy()),
  'edit.paste': canvas('edit.paste', 'Paste', ['Mod+V'], (c) => c.canPaste(), (c) => c.paste()),
  'edit.duplicate': canvas('edit.duplicate', 'Duplicate', ['Mod+D'], (c) => c.hasSelection(), (c) => c.duplicate()),
  'edit.delete': canvas('edit.delete', 'Delete', ['Delete', 'Backspace'], (c) => c.hasSelection(), (c) => c.deleteSelection()),
  'edit.selectAll': canvas('edit.selectAll', 'Select All', ['Mod+A'], always, (c) => c.selectAll()),
  'view.fit': {
    ...canvas('view.fit', 'Zoom to Fit', ['F'], always, (c) => c.fit()),
    shortcuts: [
      { keys: 'F', scope: 'canvas' },
      { keys: 'Mod+0', scope: 'canvas', menu: true },
    ],
  },
  'view.zoomIn': { ...canvas('view.zoomIn', 'Zoom In', [], always, (c) => c.zoomIn()), shortcuts: [{ keys: 'Mod+=', scope: 'canvas', menu: true }] },
  'view.zoomOut': { ...canvas('view.zoomOut', 'Zoom Out', [], always, (c) => c.zoomOut()), shortcuts: [{ keys: 'Mod+-', scope: 'canvas', menu: true }] },
  'help.docs': {
    id: 'help.docs',
    label: 'Documentation',
    shortcuts: [{ keys: 'F1', scope: 'anywhere', menu: true }],
    canRun: (ctx) => ctx.help !== undefined,
    run: (ctx) => ctx.help?.show('docs'),
  },
  'help.about': {
    id: 'help.about',
    label: 'About Trainwright',
    canRun: (ctx) => ctx.help !== undefined,
    run: (ctx) => ctx.help?.show('about'),
  },
  'insert.serverType': {
    id: 'insert.serverType',
    label: 'Add server type',
    canRun: always,
    run: (ctx) => ctx.store.getState().updateDesign((d) => void addServerType(d)),
  },
  'insert.part': {
    id: 'insert.part',
    label: 'Add part',
    canRun: (ctx) => ctx.canvas !== undefined,
    run: (ctx, kind: PaletteKind) => ctx.canvas?.addPart(kind),
  },
};

/** Every command id, in table order (menus and the keyboard reference list them so). */
export const COMMAND_IDS = Object.keys(COMMANDS) as CommandId[];
