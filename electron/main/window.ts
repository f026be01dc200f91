/** The app's BrowserWindows: one main window, and hidden windows for printing; all share one locked-down setup. */
import { BrowserWindow, dialog } from 'electron';

/** Options for a Trainwright window. */
export interface WindowOptions {
  /** Absolute path of the bundled preload (`out/preload/preload.cjs`). */
  preloadPath: string;
  /** Hidden windows render the print route; they are never shown. */
  show?: boolean;
}

/**
 * Create a window that is isolated, sandboxed, without Node and without <webview> (the caller loads the page);
 * visible windows show once painted.
 */
export function createWindow(options: WindowOptions): BrowserWindow {
  const visible = options.show ?? true;
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Trainwright',
    backgroundColor: '#ffffff',
    // Written out here, not built elsewhere, so Electronegativity's static scan can see every setting.
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click would open links in new windows; window.open is denied anyway, this stops the event too.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (visible) window.once('ready-to-show', () => window.show());
  return window;
}

/**
 * When the page refuses to unload (the renderer sets `beforeunload` while the design has unsaved changes),
 * ask the user; closing goes ahead only if they choose to discard.
 */
export function confirmUnsavedClose(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: ['Discard changes', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: 'The design has unsaved changes.',
      detail: 'Close Trainwright and discard them?',
    });
    if (choice === 0) event.preventDefault();
  });
}
