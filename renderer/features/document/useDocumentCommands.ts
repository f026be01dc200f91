import { useEffect, useMemo, useRef } from 'react';
import type { Platform } from '../../platform/platform';
import { isDirty, type AppStore } from '../../store/appStore';
import { createDocumentController, FILE_COMMANDS, type DocumentController, type DocumentControllerOptions, type FileCommand } from './documentController';
import { isEditable } from '../shell/useUndoShortcuts';
import { fileShortcut } from './fileShortcuts';

/** Optional settings of `useDocumentCommands`, read once per store and platform (tests change the new design or the delay). */
export type DocumentCommandOptions = Omit<DocumentControllerOptions, 'store' | 'platform'>;

function isFileCommand(command: string): command is FileCommand {
  return (FILE_COMMANDS as readonly string[]).includes(command);
}

/** Keep the window title on the design: `● Rig A — Trainwright` while it has unsaved changes. */
function followTitle(store: AppStore): () => void {
  const update = (): void => {
    const state = store.getState();
    document.title = `${isDirty(state) ? '● ' : ''}${state.project.design.name} — Trainwright`;
  };
  update();
  return store.subscribe(update);
}

/**
 * File handling for the window: New, Open, Open Recent, Save and Save As from the menu (Electron) or the keys
 * (browser), autosave after changes, and the restore offer for an autosave left by a crash.
 *
 * Key ownership: in Electron the application menu registers Ctrl/Cmd+N, O, S and Shift+S and sends
 * `menu:command`, so the renderer must not also act on those keys (each press would run twice); in a browser
 * there is no menu and this hook handles them, also while a text field has focus (they mean nothing to it).
 */
export function useDocumentCommands(store: AppStore, platform: Platform, options: DocumentCommandOptions = {}): DocumentController {
  const initialOptions = useRef(options).current;
  // One controller per store and platform: an inline options object must not restart autosave on every render.
  const controller = useMemo(() => createDocumentController({ ...initialOptions, store, platform }), [store, platform, initialOptions]);

  useEffect(() => {
    const stopAutosave = controller.startAutosave();
    void controller.checkAutosave();
    const stopMenu = platform.onMenuCommand((command) => {
      if (isFileCommand(command)) void controller.run(command);
    });
    const stopRecent = platform.onOpenRecent((entry) => void controller.openRecent(entry.handle));
    const onKeyDown = (event: KeyboardEvent): void => {
      if (platform.kind === 'electron' || event.defaultPrevented) return;
      const command = fileShortcut(event);
      if (!command) return;
      // Always keep the browser's own Ctrl+S / Ctrl+O away, even on auto-repeat.
      event.preventDefault();
      if (event.repeat) return;
      // A field being edited commits on blur, so Save writes what the user sees.
      if (isEditable(document.activeElement)) (document.activeElement as HTMLElement).blur();
      void controller.run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    const stopTitle = followTitle(store);
    return () => {
      stopAutosave();
      stopMenu();
      stopRecent();
      stopTitle();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [controller, platform, store]);

  useEffect(() => {
    // Electron's main process asks before closing when the page refuses to unload (see confirmUnsavedClose).
    // A browser tab gets no prompt: its autosave is offered back on the next visit instead.
    if (platform.kind !== 'electron') return;
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (isDirty(store.getState())) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [platform, store]);

  return controller;
}
