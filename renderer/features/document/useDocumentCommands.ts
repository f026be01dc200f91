import { useEffect, useMemo, useRef } from 'react';
import type { Platform } from '../../platform/platform';
import { isDirty, type AppStore } from '../../store/appStore';
import { createDocumentController, type DocumentController, type DocumentControllerOptions } from './documentController';

/** Optional settings of `useDocumentCommands`, read once per store and platform (tests change the new design or the delay). */
export type DocumentCommandOptions = Omit<DocumentControllerOptions, 'store' | 'platform'>;

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
 * File handling for the window: the controller behind the New, Open, Save and Save As commands (which the
 * command center runs from the menu, the keys and the buttons: renderer/commands), Open Recent, autosave after
 * changes, and the restore offer for an autosave left by a crash.
 */
export function useDocumentCommands(store: AppStore, platform: Platform, options: DocumentCommandOptions = {}): DocumentController {
  const initialOptions = useRef(options).current;
  // One controller per store and platform: an inline options object must not restart autosave on every render.
  const controller = useMemo(() => createDocumentController({ ...initialOptions, store, platform }), [store, platform, initialOptions]);

  useEffect(() => {
    const stopAutosave = controller.startAutosave();
    void controller.checkAutosave();
    const stopRecent = platform.onOpenRecent((entry) => void controller.openRecent(entry.handle));
    const stopTitle = followTitle(store);
    return () => {
      stopAutosave();
      stopRecent();
      stopTitle();
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
