import { describe, expect, it, vi } from 'vitest';

const registered = vi.hoisted(() => new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>());
vi.mock('electron', () => ({
  app: { getVersion: () => '0.1.0' },
  ipcMain: { handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => registered.set(channel, fn) },
}));

const { registerHandlers } = await import('./handlers');
const { setTrustedOrigins, trustContents } = await import('./ipc');
const { INVOKE_CHANNELS } = await import('../ipc/contract');

describe('registerHandlers', () => {
  const autosave = { write: vi.fn(), list: vi.fn(async () => []), read: vi.fn(async () => 'autosaved'), clear: vi.fn(), clearSync: vi.fn(), keepForRecovery: vi.fn() };
  const files = { open: vi.fn(), openRecent: vi.fn(), recent: vi.fn(), save: vi.fn(), saveAs: vi.fn() };
  const printer = { print: vi.fn(async () => ({ ok: false, canceled: true }) as const), documentFor: vi.fn(), markReady: vi.fn() };
  const csv = { save: vi.fn(async () => ({ ok: true, handle: '', name: 'compare.csv' }) as const) };
  registerHandlers({ files, autosave, printer, csv });
  const contents = { id: 5, once: vi.fn() };
  trustContents(contents as never);
  setTrustedOrigins(['app://trainwright']);
  const event = { sender: contents, senderFrame: { url: 'app://trainwright/index.html', parent: null } };

  it('registers exactly the contract channels', () => {
    expect([...registered.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('delegates with validated arguments', async () => {
    await registered.get('file:save')!(event, null, '{}', 'name');
    expect(files.save).toHaveBeenCalledWith(null, '{}', 'name');
    await expect(registered.get('file:save')!(event, '/etc/passwd')).rejects.toThrow(/invalid arguments/);
    await registered.get('report:ready')!(event);
    expect(printer.markReady).toHaveBeenCalledWith(5);
    expect(await registered.get('app:info')!(event)).toMatchObject({ version: '0.1.0', platform: process.platform });
  });

  it('saves CSV exports through the exporter and refuses a name that is not a string', async () => {
    await expect(registered.get('export:save-csv')!(event, 'a,b\r\n', 'compare.csv')).resolves.toMatchObject({ ok: true, name: 'compare.csv' });
    expect(csv.save).toHaveBeenCalledWith('a,b\r\n', 'compare.csv');
    await expect(registered.get('export:save-csv')!(event, 'a,b', 42)).rejects.toThrow(/invalid arguments/);
  });

  it('prints the autosaved design when the renderer sends no document', async () => {
    await registered.get('report:print-pdf')!(event, 'report');
    expect(printer.print).toHaveBeenLastCalledWith('report', 'autosaved');
    await registered.get('report:print-pdf')!(event, 'report', '{"x":1}');
    expect(printer.print).toHaveBeenLastCalledWith('report', '{"x":1}');
  });
});
