import { describe, expect, it, vi } from 'vitest';
import type { TrainwrightApi } from './contract';
import { createElectronExportPlatform, createWebExportPlatform, REPORT_DOCUMENT_KEY, type WebExportEnvironment } from './exportPlatform';
import { AUTOSAVE_KEY } from './webPlatform';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

function webEnv(overrides: Partial<WebExportEnvironment> = {}): WebExportEnvironment {
  return { storage: memoryStorage(), open: vi.fn(() => ({})), download: vi.fn(), baseUrl: () => 'http://localhost:4173/', ...overrides };
}

describe('web export platform', () => {
  it('hands the project to a new report tab that opens its print dialog', async () => {
    const env = webEnv();
    const platform = createWebExportPlatform(env);
    await expect(platform.exportPdf('{"p":1}', 'Rig.pdf')).resolves.toEqual({ ok: true, file: { name: 'Rig.pdf', handle: null } });
    expect(env.open).toHaveBeenCalledWith('http://localhost:4173/#/report?print');
    await expect(platform.reportDocument()).resolves.toBe('{"p":1}');
  });

  it('says so when the browser blocks the tab', async () => {
    const result = await createWebExportPlatform(webEnv({ open: () => null })).exportPdf('{}', 'x.pdf');
    expect(result).toMatchObject({ ok: false, canceled: false, error: expect.stringMatching(/blocked the report tab/) });
  });

  it('reads an export hand-off once, then the open project, then nothing (never the autosave)', async () => {
    const env = webEnv();
    const platform = createWebExportPlatform(env);
    env.storage.setItem(AUTOSAVE_KEY, 'autosaved');
    await expect(platform.reportDocument()).resolves.toBeNull();
    platform.publishOpenProject('open');
    await expect(platform.reportDocument()).resolves.toBe('open');
    env.storage.setItem(REPORT_DOCUMENT_KEY, 'exported');
    await expect(platform.reportDocument()).resolves.toBe('exported');
    await expect(platform.reportDocument()).resolves.toBe('open');
  });

  it('downloads CSV as UTF-8 text', async () => {
    const env = webEnv();
    await expect(createWebExportPlatform(env).saveCsv('a,b\r\n', 'bom.csv')).resolves.toMatchObject({ ok: true });
    const [blob, name] = vi.mocked(env.download).mock.calls[0]!;
    expect(name).toBe('bom.csv');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    // text() drops the byte-order mark when it decodes, so read the bytes.
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a,b\r\n')]);
  });
});

describe('electron export platform', () => {
  it('prints through report:print-pdf with the document and saves CSV through export:save-csv', async () => {
    const invoke = vi.fn(async (channel: string) => (channel === 'report:print-pdf' || channel === 'export:save-csv' ? { ok: true, handle: '', name: 'out' } : null));
    const platform = createElectronExportPlatform({ invoke, on: vi.fn() } as unknown as TrainwrightApi);
    await expect(platform.exportPdf('{"p":1}', 'Rig')).resolves.toEqual({ ok: true, file: { name: 'out', handle: null } });
    expect(invoke).toHaveBeenCalledWith('report:print-pdf', 'Rig', '{"p":1}');
    await platform.saveCsv('a,b', 'c.csv');
    expect(invoke).toHaveBeenCalledWith('export:save-csv', 'a,b', 'c.csv');
    await platform.reportReady();
    expect(invoke).toHaveBeenCalledWith('report:ready');
  });

  it('turns a failed invoke into a readable error outcome', async () => {
    const invoke = vi.fn(async () => {
      throw new Error("Error invoking remote method 'report:print-pdf': Error: disk full");
    });
    const platform = createElectronExportPlatform({ invoke, on: vi.fn() } as unknown as TrainwrightApi);
    await expect(platform.exportPdf('{}', 'x')).resolves.toEqual({ ok: false, canceled: false, error: 'disk full' });
  });
});
