import { beforeEach, describe, expect, it, vi } from 'vitest';

const created = vi.hoisted(() => [] as Array<{ options: Record<string, unknown>; handlers: Map<string, (...args: unknown[]) => void>; show: ReturnType<typeof vi.fn> }>);
const showMessageBoxSync = vi.hoisted(() => vi.fn());

vi.mock('electron', () => {
  class BrowserWindow {
    readonly handlers = new Map<string, (...args: unknown[]) => void>();
    readonly show = vi.fn();
    readonly webContents = { on: (name: string, fn: (...args: unknown[]) => void) => this.handlers.set(`contents:${name}`, fn) };
    constructor(readonly options: Record<string, unknown>) {
      created.push(this);
    }
    once(name: string, fn: (...args: unknown[]) => void) {
      this.handlers.set(name, fn);
      return this;
    }
  }
  return { BrowserWindow, dialog: { showMessageBoxSync } };
});

const { confirmUnsavedClose, createWindow } = await import('./window');

describe('window', () => {
  beforeEach(() => {
    created.length = 0;
    showMessageBoxSync.mockReset();
  });

  it('uses the secure webPreferences: isolation, sandbox, no Node, no webview, web security', () => {
    createWindow({ preloadPath: '/app/out/preload/preload.cjs' });
    const prefs = created[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('shows a visible window only once painted, and never shows a hidden one', () => {
    createWindow({ preloadPath: 'p', show: false });
    createWindow({ preloadPath: 'p' });
    const [hidden, visible] = created;
    expect(hidden!.options.show).toBe(false);
    expect(hidden!.handlers.has('ready-to-show')).toBe(false);
    expect(visible!.options.show).toBe(false);
    visible!.handlers.get('ready-to-show')!();
    expect(visible!.show).toHaveBeenCalledOnce();
  });

  it('closes over unsaved changes only when the user chooses to discard', () => {
    const window = createWindow({ preloadPath: 'p' });
    confirmUnsavedClose(window);
    const onPreventUnload = created[0]!.handlers.get('contents:will-prevent-unload')!;
    const event = { preventDefault: vi.fn() };
    showMessageBoxSync.mockReturnValueOnce(1);
    onPreventUnload(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
    showMessageBoxSync.mockReturnValueOnce(0);
    onPreventUnload(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});
