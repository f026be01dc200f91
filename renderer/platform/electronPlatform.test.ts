import { describe, expect, it, vi } from 'vitest';
import type { EventChannels, InvokeChannels, TrainwrightApi } from './contract';
import { createElectronPlatform, remoteMessage } from './electronPlatform';

type Listener = (payload: never) => void;

/** A `window.api` whose invoke answers come from `answers` and whose events the test fires. */
function fakeApi(answers: Partial<{ [C in keyof InvokeChannels]: (...args: InvokeChannels[C]['args']) => unknown }>) {
  const listeners = new Map<string, Set<Listener>>();
  const api: TrainwrightApi = {
    invoke: vi.fn(async (channel: keyof InvokeChannels, ...args: unknown[]) => {
      const answer = answers[channel] as ((...a: unknown[]) => unknown) | undefined;
      if (!answer) throw new Error(`unexpected ${channel}`);
      return answer(...args);
    }) as TrainwrightApi['invoke'],
    on: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener as Listener);
      listeners.set(channel, set);
      return () => set.delete(listener as Listener);
    },
  };
  const emit = <C extends keyof EventChannels>(channel: C, payload: EventChannels[C]) =>
    listeners.get(channel)?.forEach((listener) => (listener as (p: EventChannels[C]) => void)(payload));
  return { api, emit };
}

describe('createElectronPlatform', () => {
  it('opens, opens recent and saves through the contract channels', async () => {
    const { api } = fakeApi({
      'file:open': () => ({ handle: 'h1', name: 'a.json', text: '{}' }),
      'file:open-recent': (handle) => ({ handle, name: 'b.json', text: '[]' }),
      'file:save': (handle, _text, name) => ({ ok: true, handle: handle ?? 'new', name }),
      'file:save-as': () => ({ ok: false, canceled: true }),
    });
    const platform = createElectronPlatform(api);
    expect(platform.kind).toBe('electron');
    await expect(platform.openFile()).resolves.toEqual({ handle: 'h1', name: 'a.json', text: '{}' });
    await expect(platform.openRecent('h2')).resolves.toEqual({ handle: 'h2', name: 'b.json', text: '[]' });
    expect(api.invoke).toHaveBeenCalledWith('file:open-recent', 'h2');
    await expect(platform.save('h1', '{}', 'a.json')).resolves.toEqual({ ok: true, file: { name: 'a.json', handle: 'h1' } });
    await expect(platform.saveAs('{}', 'a.json')).resolves.toEqual({ ok: false, canceled: true });
  });

  it("passes on main's own message when a channel fails", async () => {
    const { api } = fakeApi({
      'file:open-recent': () => {
        throw new Error(`Error invoking remote method 'file:open-recent': Error: "b.json" could not be opened: it was moved or deleted.`);
      },
    });
    await expect(createElectronPlatform(api).openRecent('h')).rejects.toThrow(/^"b\.json" could not be opened: it was moved or deleted\.$/);
  });

  it('forwards menu commands and Open Recent picks until unsubscribed', () => {
    const { api, emit } = fakeApi({});
    const platform = createElectronPlatform(api);
    const commands: string[] = [];
    const recent: string[] = [];
    const stopCommands = platform.onMenuCommand((command) => commands.push(command));
    const stopRecent = platform.onOpenRecent((entry) => recent.push(entry.handle));
    emit('menu:command', 'file.save');
    emit('menu:open-recent', { handle: 'h9', name: 'c.json' });
    stopCommands();
    stopRecent();
    emit('menu:command', 'file.open');
    emit('menu:open-recent', { handle: 'h10', name: 'd.json' });
    expect(commands).toEqual(['file.save']);
    expect(recent).toEqual(['h9']);
  });
});

describe('remoteMessage', () => {
  it('strips the IPC prefix and keeps other messages as they are', () => {
    expect(remoteMessage(new Error("Error invoking remote method 'file:open': Error: too big"))).toBe('too big');
    expect(remoteMessage(new Error("Error invoking remote method 'file:save': TypeError: bad"))).toBe('bad');
    expect(remoteMessage('plain')).toBe('plain');
  });
});
