/**
 * Trainwright's main process: one instance, one window, everything else delegated to small modules.
 * Security setup (privileged scheme, sandbox, per-contents hardening) happens before any window exists.
 */
import path from 'node:path';
import { app, session, type BrowserWindow } from 'electron';
import { APP_ENTRY_URL, devServerUrl, routeUrl, trustedOrigins } from './appUrls';
import { createAutosave, keepAutosaveOnRendererCrash } from './autosave';
import { electronDialogs } from './dialogs';
import { createFileService, removeInterruptedSaves } from './files';
import { registerHandlers } from './handlers';
import { sendToRenderer, setTrustedOrigins, trustContents } from './ipc';
import { installMenu } from './menu';
import { createCsvExporter } from './csvExport';
import { createReportPrinter } from './pdf';
import { registerAppScheme, serveRenderer } from './protocol';
import { createRecentFiles } from './recentFiles';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY, hardenContents, hardenSession } from './security';
import { confirmUnsavedClose, createWindow } from './window';

const devUrl = devServerUrl(app.isPackaged, process.env.VITE_DEV_SERVER_URL);
const origins = trustedOrigins(devUrl);
const entryUrl = devUrl ?? APP_ENTRY_URL;
const preloadPath = path.join(app.getAppPath(), 'out', 'preload', 'preload.cjs');
let mainWindow: BrowserWindow | null = null;

registerAppScheme();
app.enableSandbox();

if (app.requestSingleInstanceLock()) {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, origins));
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start).catch((error: unknown) => {
    console.error('Trainwright could not start:', error);
    app.exit(1);
  });
} else {
  app.quit();
}

async function start(): Promise<void> {
  const ses = session.defaultSession;
  hardenSession(ses, devUrl ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
  serveRenderer(ses, path.join(app.getAppPath(), 'out', 'renderer'), CONTENT_SECURITY_POLICY);
  setTrustedOrigins(origins);

  const userData = app.getPath('userData');
  const autosave = createAutosave(userData);
  const dialogs = electronDialogs(() => mainWindow);
  const recent = createRecentFiles(path.join(userData, 'recent-files.json'));
  void removeInterruptedSaves(userData, recent);
  const files = createFileService({
    dialogs,
    recent,
    onSaved: () => void autosave.clear(),
    onRecentChanged: () => void refreshMenu(),
  });
  const printer = createReportPrinter({ preloadPath, reportUrl: routeUrl(entryUrl, '/report'), choosePdfPath: dialogs.choosePdfPath });
  const csv = createCsvExporter({ chooseCsvPath: dialogs.chooseCsvPath });
  registerHandlers({ files, autosave, printer, csv });
  // A clean exit clears this session's crash-recovery copies; a crash never reaches this event, and a renderer crash keeps them.
  app.on('will-quit', () => autosave.clearSync());

  async function refreshMenu(): Promise<void> {
    installMenu({
      isDev: !app.isPackaged,
      platform: process.platform,
      recent: await files.recent(),
      send: (command) => mainWindow && sendToRenderer(mainWindow.webContents, 'menu:command', command),
      openRecent: (entry) => mainWindow && sendToRenderer(mainWindow.webContents, 'menu:open-recent', entry),
    });
  }

  const openMainWindow = (): void => {
    const window = createWindow({ preloadPath });
    mainWindow = window;
    trustContents(window.webContents);
    keepAutosaveOnRendererCrash(window.webContents, autosave);
    confirmUnsavedClose(window);
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    window.loadURL(entryUrl).catch((error: unknown) => console.error(`Could not load ${entryUrl}:`, error));
  };
  app.on('activate', () => {
    if (!mainWindow) openMainWindow();
  });
  openMainWindow();
  await refreshMenu();
}
