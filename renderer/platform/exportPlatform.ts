// What the comparison and the report need from the operating system: a PDF of the report route, CSV files,
// and, inside the report route, the document to render. Kept apart from `Platform` so the file commands'
// fakes need not implement it.
import type { TrainwrightApi } from './contract';
import type { PlatformKind, SaveOutcome } from './platform';
import { remoteMessage } from './electronPlatform';

/** localStorage key where the browser build leaves the project for the report tab it opens. */
export const REPORT_DOCUMENT_KEY = 'trainwright:report-document';

/** localStorage key where the browser editor keeps the open project, so `#/report` opened by hand shows it. */
export const OPEN_PROJECT_KEY = 'trainwright:open-project';

/** The hash route of the printable proposal; `?print` makes the browser build open its print dialog when drawn. */
export const REPORT_ROUTE = '#/report';

/** Export services. */
export interface ExportPlatform {
  readonly kind: PlatformKind;
  /**
   * Make a PDF of the proposal for `projectText` (a serialized project file). Electron renders the report route
   * in a hidden window and saves the PDF where the user picks; the browser opens the report route in a new tab
   * and its print dialog (Save as PDF there).
   */
  exportPdf(projectText: string, suggestedName: string): Promise<SaveOutcome>;
  /** Save CSV text where the user picks (Electron) or as a download (browser). */
  saveCsv(text: string, suggestedName: string): Promise<SaveOutcome>;
  /**
   * Inside the report route: the project to render; null when none is open. Electron: what main hands over for
   * a print. Browser: what Export PDF left (read once), else the project open in the editor.
   */
  reportDocument(): Promise<string | null>;
  /** The editor's open project changed: keep it where a report route opened by hand finds it (browser only). */
  publishOpenProject(projectText: string): void;
  /** Inside the report route: the report is drawn and may be printed. */
  reportReady(): Promise<void>;
}

function toOutcome(result: { ok: true; name: string } | { ok: false; canceled: true } | { ok: false; canceled: false; error: string }): SaveOutcome {
  return result.ok ? { ok: true, file: { name: result.name, handle: null } } : result;
}

async function outcomeOf(call: () => Promise<SaveOutcome>): Promise<SaveOutcome> {
  try {
    return await call();
  } catch (error) {
    return { ok: false, canceled: false, error: remoteMessage(error) };
  }
}

/** Export services inside Electron, through the preload's `window.api`. */
export function createElectronExportPlatform(api: TrainwrightApi): ExportPlatform {
  return {
    kind: 'electron',
    exportPdf: (projectText, suggestedName) => outcomeOf(async () => toOutcome(await api.invoke('report:print-pdf', suggestedName, projectText))),
    saveCsv: (text, suggestedName) => outcomeOf(async () => toOutcome(await api.invoke('export:save-csv', text, suggestedName))),
    reportDocument: () => api.invoke('report:document'),
    reportReady: () => api.invoke('report:ready'),
    // Electron's report window only ever prints the document main hands it.
    publishOpenProject: () => undefined,
  };
}

/** Browser services the web export uses (injectable for tests). */
export interface WebExportEnvironment {
  storage: Storage;
  /** Open `url` in a new tab; null when the browser blocked it. */
  open: (url: string) => unknown;
  /** Start a download of `blob` named `name`. */
  download: (blob: Blob, name: string) => void;
  /** The page address without its hash, e.g. `http://localhost:4173/`. */
  baseUrl: () => string;
}

function browserExportEnvironment(): WebExportEnvironment {
  return {
    storage: window.localStorage,
    open: (url) => window.open(url, '_blank'),
    download: (blob, name) => {
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    },
    baseUrl: () => window.location.href.split('#')[0]!,
  };
}

/** Export services in a plain browser: the report in a new tab with its print dialog, CSV as downloads. */
export function createWebExportPlatform(env: WebExportEnvironment = browserExportEnvironment()): ExportPlatform {
  return {
    kind: 'web',
    exportPdf: async (projectText, suggestedName) => {
      try {
        env.storage.setItem(REPORT_DOCUMENT_KEY, projectText);
      } catch (error) {
        return { ok: false, canceled: false, error: `The browser refused to hand the design to the report tab: ${error instanceof Error ? error.message : String(error)}` };
      }
      const opened = env.open(`${env.baseUrl()}${REPORT_ROUTE}?print`);
      if (!opened) return { ok: false, canceled: false, error: 'The browser blocked the report tab. Allow pop-ups for this page and export again.' };
      return { ok: true, file: { name: suggestedName, handle: null } };
    },
    saveCsv: async (text, suggestedName) => {
      try {
        // The byte-order mark makes spreadsheet programs read the file as UTF-8.
        env.download(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }), suggestedName);
        return { ok: true, file: { name: suggestedName, handle: null } };
      } catch (error) {
        return { ok: false, canceled: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
    reportDocument: async () => {
      // An export hand-off is read once, so a later visit to the route shows what is open then, not an old export.
      const handedOver = env.storage.getItem(REPORT_DOCUMENT_KEY);
      if (handedOver !== null) {
        env.storage.removeItem(REPORT_DOCUMENT_KEY);
        return handedOver;
      }
      return env.storage.getItem(OPEN_PROJECT_KEY);
    },
    reportReady: async () => undefined,
    publishOpenProject: (projectText) => {
      try {
        env.storage.setItem(OPEN_PROJECT_KEY, projectText);
      } catch {
        // Storage full or refused: the report route then says no project is open rather than show an old one.
        env.storage.removeItem(OPEN_PROJECT_KEY);
      }
    },
  };
}

let chosen: ExportPlatform | null = null;

/** The export services of the platform the renderer runs on (chosen once, like `getPlatform`). */
export function getExportPlatform(): ExportPlatform {
  chosen ??= typeof window !== 'undefined' && window.api ? createElectronExportPlatform(window.api) : createWebExportPlatform();
  return chosen;
}
