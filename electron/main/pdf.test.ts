import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const nextLoadError = vi.hoisted(() => ({ value: null as Error | null }));
const windows = vi.hoisted(() => [] as Array<{ options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn>; destroy: ReturnType<typeof vi.fn>; webContents: { id: number; printToPDF: ReturnType<typeof vi.fn> } }>);

vi.mock('electron', () => {
  class BrowserWindow {
    readonly loadURL = vi.fn(async () => {
      if (nextLoadError.value) throw nextLoadError.value;
    });
    readonly destroy = vi.fn();
    readonly webContents = { id: 100 + windows.length, once: vi.fn(), printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 report')) };
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    once() {
      return this;
    }
  }
  return { BrowserWindow, dialog: {}, ipcMain: { handle: vi.fn() } };
});

const { createReportPrinter } = await import('./pdf');
const { isTrustedSender, setTrustedOrigins } = await import('./ipc');
const { APP_ORIGIN } = await import('./appUrls');

let dir: string;
beforeEach(async () => {
  windows.length = 0;
  dir = await mkdtemp(path.join(os.tmpdir(), 'trainwright-pdf-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('report printer', () => {
  it('renders the report route hidden, hands it the document, prints once ready and saves the PDF', async () => {
    const target = path.join(dir, 'report.pdf');
    const choosePdfPath = vi.fn(async () => target);
    const printer = createReportPrinter({ preloadPath: 'pre.cjs', reportUrl: `${APP_ORIGIN}/index.html#/report`, choosePdfPath, readyTimeoutMs: 60_000 });
    const printing = printer.print('cluster', '{"design":1}');
    await vi.waitFor(() => expect(windows[0]?.loadURL).toHaveBeenCalled());
    const window = windows[0]!;
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(window.loadURL).toHaveBeenCalledWith('app://trainwright/index.html#/report');
    setTrustedOrigins([APP_ORIGIN]);
    const reportFrame = { url: 'app://trainwright/index.html#/report', parent: null };
    expect(isTrustedSender({ sender: window.webContents, senderFrame: reportFrame } as never)).toBe(true);
    expect(printer.documentFor(window.webContents.id)).toBe('{"design":1}');
    expect(printer.documentFor(1)).toBeNull();
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    printer.markReady(window.webContents.id);
    await expect(printing).resolves.toEqual({ ok: true, handle: '', name: 'report.pdf' });
    expect(choosePdfPath).toHaveBeenCalledWith('cluster');
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ printBackground: true }));
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 report');
    expect(window.destroy).toHaveBeenCalledOnce();
    expect(printer.documentFor(window.webContents.id)).toBeNull();
  });

  it('prints after the timeout when the page never says it is ready', async () => {
    const printer = createReportPrinter({ preloadPath: 'p', reportUrl: 'app://trainwright/index.html#/report', choosePdfPath: async () => path.join(dir, 'late.pdf'), readyTimeoutMs: 10 });
    await expect(printer.print('late', null)).resolves.toMatchObject({ ok: true, name: 'late.pdf' });
  });

  it('opens no window when the save dialog is canceled', async () => {
    const printer = createReportPrinter({ preloadPath: 'p', reportUrl: 'u', choosePdfPath: async () => null });
    await expect(printer.print('x', null)).resolves.toEqual({ ok: false, canceled: true });
    expect(windows).toHaveLength(0);
  });

  it('reports a load failure and still destroys the hidden window', async () => {
    const printer = createReportPrinter({ preloadPath: 'p', reportUrl: 'u', choosePdfPath: async () => path.join(dir, 'x.pdf'), readyTimeoutMs: 10 });
    nextLoadError.value = new Error('ERR_FILE_NOT_FOUND');
    await expect(printer.print('x', null)).resolves.toEqual({ ok: false, canceled: false, error: 'Could not export the PDF: ERR_FILE_NOT_FOUND' });
    expect(windows[0]!.destroy).toHaveBeenCalledOnce();
    expect(windows[0]!.webContents.printToPDF).not.toHaveBeenCalled();
    nextLoadError.value = null;
  });
});
