import { useEffect } from 'react';
import type { Platform } from '../../platform/platform';
import { redo, undo, type AppStore } from '../../store/appStore';

/** Whether `target` is a text field, select or contenteditable: it keeps its own keys (undo, select all). */
export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** Which history step a key press asks for: Ctrl/Cmd+Z undoes, Ctrl/Cmd+Y and Ctrl/Cmd+Shift+Z redo. */
export function historyShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/**
 * Undo and redo of the document. The keys are handled here on every platform: the Electron menu shows
 * the Edit accelerators without registering them (so text fields keep their own undo) and sends
 * `edit.undo` / `edit.redo` only when its items are clicked.
 */
export function useUndoShortcuts(store: AppStore, platform: Platform): void {
  useEffect(() => {
    const unsubscribeMenu = platform.onMenuCommand((command) => {
      if (command === 'edit.undo') undo(store);
      else if (command === 'edit.redo') redo(store);
    });
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || isEditable(event.target)) return;
      const step = historyShortcut(event);
      if (!step) return;
      event.preventDefault();
      if (step === 'undo') undo(store);
      else redo(store);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribeMenu();
    };
  }, [store, platform]);
}
