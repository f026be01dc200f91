import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

const registered = vi.hoisted(() => new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>());

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => registered.set(channel, fn) },
}));

const { handle, isTrustedSender, sendToRenderer, setTrustedOrigins, trustContents } = await import('./ipc');
const { APP_ORIGIN } = await import('./appUrls');

function fakeContents(id: number) {
  const listeners = new Map<string, () => void>();
  return { id, once: (name: string, fn: () => void) => listeners.set(name, fn), destroy: () => listeners.get('destroyed')?.() };
}

const ours = fakeContents(1);
const mainFrame = { url: `${APP_ORIGIN}/index.html#/`, parent: null };
const event = (overrides: Record<string, unknown> = {}) => ({ sender: ours, senderFrame: mainFrame, ...overrides });

describe('IPC sender validation', () => {
  const fn = vi.fn(async (_event: unknown, name: string) => `hello ${name}`);

  beforeEach(() => {
    registered.clear();
    fn.mockClear();
    setTrustedOrigins([APP_ORIGIN]);
    trustContents(ours as never);
    handle('file:save-as', z.tuple([z.string(), z.string()]), fn as never);
  });

  it('runs the handler for the main frame of our window on the app origin', async () => {
    await expect(registered.get('file:save-as')!(event(), 'text', 'a.json')).resolves.toBe('hello text');
    expect(fn).toHaveBeenCalledOnce();
  });

  it.each([
    ['a foreign origin', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a file: URL', { senderFrame: { url: 'file:///tmp/page.html', parent: null } }],
    ['another app: host', { senderFrame: { url: 'app://evil/index.html', parent: null } }],
    ['a sub-frame', { senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: mainFrame } }],
    ['a disposed frame', { senderFrame: null }],
    ['a web contents that is not our window', { sender: fakeContents(99) }],
  ])('rejects %s without calling the handler', async (_label, overrides) => {
    const call = registered.get('file:save-as')!(event(overrides), 'text', 'a.json');
    await expect(call).rejects.toThrow(/Refused file:save-as: the sender is not a Trainwright window/);
    expect(fn).not.toHaveBeenCalled();
  });

  it('rejects malformed arguments', async () => {
    await expect(registered.get('file:save-as')!(event(), 42, 'a.json')).rejects.toThrow(/invalid arguments/);
    await expect(registered.get('file:save-as')!(event(), 'a', 'b', 'extra')).rejects.toThrow(/invalid arguments/);
    expect(fn).not.toHaveBeenCalled();
  });

  it('stops trusting a web contents once it is destroyed', () => {
    const temporary = fakeContents(7);
    trustContents(temporary as never);
    expect(isTrustedSender(event({ sender: temporary }) as never)).toBe(true);
    temporary.destroy();
    expect(isTrustedSender(event({ sender: temporary }) as never)).toBe(false);
  });

  it('trusts the dev server origin only when it is configured', () => {
    const devEvent = event({ senderFrame: { url: 'http://localhost:5173/', parent: null } }) as never;
    expect(isTrustedSender(devEvent)).toBe(false);
    setTrustedOrigins([APP_ORIGIN, 'http://localhost:5173']);
    expect(isTrustedSender(devEvent)).toBe(true);
  });

  it('sends typed events only to live web contents', () => {
    const send = vi.fn();
    sendToRenderer({ isDestroyed: () => false, send } as never, 'menu:command', 'file.save');
    sendToRenderer({ isDestroyed: () => true, send } as never, 'menu:command', 'file.open');
    expect(send.mock.calls).toEqual([['menu:command', 'file.save']]);
  });
});
