import { beforeEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({
  lock: true,
  appHandlers: new Map<string, (...args: unknown[]) => void>(),
  windows: [] as Array<{ url?: string; options: Record<string, unknown> }>,
  channels: new Set<string>(),
  menus: 0,
  calls: [] as string[],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    url?: string;
    readonly webContents = { id: 1, on: vi.fn(), once: vi.fn(), send: vi.fn(), isDestroyed: () => false };
    constructor(readonly options: Record<string, unknown>) {
      state.windows.push(this);
    }
    once() {
      return this;
    }
    on() {
      return this;
    }
    async loadURL(url: string) {
      this.url = url;
    }
  }
  const app = {
    isPackaged: false,
    requestSingleInstanceLock: () => state.lock,
    enableSandbox: () => state.calls.push('enableSandbox'),
    quit: () => state.calls.push('quit'),
    exit: vi.fn(),
    on: (name: string, fn: (...args: unknown[]) => void) => state.appHandlers.set(name, fn),
    whenReady: () => Promise.resolve(),
    getAppPath: () => '/opt/trainwright/resources/app.asar',
    getPath: () => '/tmp/trainwright-user-data-not-written',
    getVersion: () => '0.1.0',
  };
  const session = {
    defaultSession: {
      setPermissionRequestHandler: () => state.calls.push('permissions'),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onHeadersReceived: () => state.calls.push('csp') },
      protocol: { handle: (scheme: string) => state.calls.push(`protocol:${scheme}`) },
    },
  };
  return {
    app,
    session,
    BrowserWindow,
    protocol: { registerSchemesAsPrivileged: () => state.calls.push('registerScheme') },
    ipcMain: { handle: (channel: string) => state.channels.add(channel) },
    Menu: { buildFromTemplate: () => ({}), setApplicationMenu: () => (state.menus += 1) },
    dialog: {},
  };
});

beforeEach(() => {
  vi.resetModules();
  delete process.env.VITE_DEV_SERVER_URL;
  state.lock = true;
  state.appHandlers.clear();
  state.windows.length = 0;
  state.channels.clear();
  state.menus = 0;
  state.calls.length = 0;
});

describe('main process lifecycle', () => {
  it('quits at once when another instance holds the lock', async () => {
    state.lock = false;
    await import('./main');
    expect(state.calls).toContain('quit');
    expect(state.windows).toHaveLength(0);
  });

  it('registers the scheme and sandbox first, hardens the session, then opens one window on app://', async () => {
    await import('./main');
    await vi.waitFor(() => expect(state.menus).toBe(1));
    expect(state.calls.slice(0, 2)).toEqual(['registerScheme', 'enableSandbox']);
    expect(state.calls).toEqual(expect.arrayContaining(['permissions', 'csp', 'protocol:app']));
    expect(state.appHandlers.has('web-contents-created')).toBe(true);
    expect(state.appHandlers.has('second-instance')).toBe(true);
    expect(state.windows).toHaveLength(1);
    expect(state.windows[0]!.url).toBe('app://trainwright/index.html');
    expect(state.windows[0]!.options.webPreferences).toMatchObject({
      preload: '/opt/trainwright/resources/app.asar/out/preload/preload.cjs',
      sandbox: true,
      contextIsolation: true,
    });
    expect(state.channels.size).toBeGreaterThanOrEqual(12);
  });

  it('loads the dev server when VITE_DEV_SERVER_URL is set for an unpackaged run', async () => {
    process.env.VITE_DEV_SERVER_URL = 'http://localhost:5173/';
    await import('./main');
    await vi.waitFor(() => expect(state.windows[0]?.url).toBe('http://localhost:5173/'));
  });
});
