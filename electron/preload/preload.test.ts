import { describe, expect, it, vi } from 'vitest';
import type { EventChannels, InvokeChannels, TrainwrightApi } from '../ipc/contract';

const exposed = vi.hoisted(() => new Map<string, unknown>());
const ipcRenderer = vi.hoisted(() => ({ invoke: vi.fn(async () => 'result'), on: vi.fn(), removeListener: vi.fn() }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer,
}));

await import('./preload');
const { EVENT_CHANNELS, INVOKE_CHANNELS } = await import('../ipc/contract');
const api = exposed.get('api') as TrainwrightApi;
const untyped = api as unknown as { invoke(channel: string, ...args: unknown[]): Promise<unknown>; on(channel: string, fn: () => void): () => void };

// Compile-time completeness: adding a channel to the contract without listing it here fails the type check.
const ALL_INVOKE: Record<keyof InvokeChannels, true> = {
  'app:info': true, 'file:open': true, 'file:open-recent': true, 'file:recent': true, 'file:save': true, 'file:save-as': true,
  'autosave:write': true, 'autosave:list': true, 'autosave:clear': true, 'report:print-pdf': true, 'report:document': true, 'report:ready': true,
  'export:save-csv': true,
};
const ALL_EVENTS: Record<keyof EventChannels, true> = { 'menu:command': true, 'menu:open-recent': true };

describe('preload', () => {
  it('exposes only window.api, with only invoke and on', () => {
    expect([...exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
  });

  it('whitelists every contract channel and nothing else', () => {
    expect([...INVOKE_CHANNELS].sort()).toEqual(Object.keys(ALL_INVOKE).sort());
    expect([...EVENT_CHANNELS].sort()).toEqual(Object.keys(ALL_EVENTS).sort());
  });

  it('forwards a whitelisted invoke to ipcRenderer', async () => {
    await expect(api.invoke('file:save', null, '{}', 'design')).resolves.toBe('result');
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('file:save', null, '{}', 'design');
  });

  it.each(['shell:open-external', 'app:quit', '__proto__', 'file:open ', ''])('rejects invoke on %j without touching IPC', async (channel) => {
    ipcRenderer.invoke.mockClear();
    await expect(untyped.invoke(channel, 'x')).rejects.toThrow(/Channel not allowed/);
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('subscribes to a whitelisted event, hides the IPC event object, and unsubscribes', () => {
    const listener = vi.fn();
    const off = api.on('menu:command', listener);
    const [channel, forward] = ipcRenderer.on.mock.calls[0] as unknown as [string, (event: unknown, payload: unknown) => void];
    expect(channel).toBe('menu:command');
    forward({ sender: 'secret ipcRenderer' }, 'file.save');
    expect(listener).toHaveBeenCalledWith('file.save');
    expect(listener.mock.calls[0]).toHaveLength(1);
    off();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('menu:command', forward);
  });

  it('refuses to subscribe to other channels', () => {
    ipcRenderer.on.mockClear();
    expect(() => untyped.on('file:open', () => undefined)).toThrow(/Channel not allowed/);
    expect(ipcRenderer.on).not.toHaveBeenCalled();
  });
});
