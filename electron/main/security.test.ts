import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

const { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY, hardenContents, hardenSession, withCsp } = await import('./security');
const { APP_ORIGIN } = await import('./appUrls');

type Listener = (...args: unknown[]) => unknown;

function fakeSession() {
  const hooks: Record<string, Listener> = {};
  const session = {
    setPermissionRequestHandler: (fn: Listener) => (hooks.request = fn),
    setPermissionCheckHandler: (fn: Listener) => (hooks.check = fn),
    webRequest: { onHeadersReceived: (fn: Listener) => (hooks.headers = fn) },
  };
  return { session, hooks };
}

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: Listener | undefined;
  const contents = {
    on: (name: string, fn: Listener) => listeners.set(name, fn),
    setWindowOpenHandler: (fn: Listener) => (openHandler = fn),
  };
  return { contents, listeners, openHandler: () => openHandler };
}

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

describe('session hardening', () => {
  it('denies every permission request and permission check', () => {
    const { session, hooks } = fakeSession();
    hardenSession(session as never, CONTENT_SECURITY_POLICY);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      hooks.request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(hooks.check!({}, permission)).toBe(false);
    }
  });

  it('adds the CSP header to every response, replacing one the server sent', () => {
    const { session, hooks } = fakeSession();
    hardenSession(session as never, CONTENT_SECURITY_POLICY);
    const callback = vi.fn();
    hooks.headers!({ responseHeaders: { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] } }, callback);
    const headers = callback.mock.calls[0]![0].responseHeaders as Record<string, string[]>;
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Type']).toEqual(['text/html']);
    expect(withCsp(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });

  it('has a strict production CSP: own files only, no inline or eval script, no plugins, no framing', () => {
    const d = directives(CONTENT_SECURITY_POLICY);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*|https?:/);
    expect(d.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('relaxes only script inlining and the HMR websocket for the dev server', () => {
    const d = directives(DEV_CONTENT_SECURITY_POLICY);
    expect(d.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get('connect-src')).toEqual(["'self'", 'ws://localhost:*', 'ws://127.0.0.1:*']);
    expect(DEV_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
  });
});

describe('web contents hardening', () => {
  it.each([
    ['https://example.com/', true],
    ['file:///etc/passwd', true],
    ['app://other/index.html', true],
    ['http://localhost:5173/', true],
    [`${APP_ORIGIN}/index.html#/report`, false],
  ])('navigation to %s blocked: %s', (url, blocked) => {
    const { contents, listeners } = fakeContents();
    hardenContents(contents as never, [APP_ORIGIN]);
    for (const name of ['will-navigate', 'will-redirect']) {
      const event = { url, preventDefault: vi.fn() };
      listeners.get(name)!(event);
      expect(event.preventDefault).toHaveBeenCalledTimes(blocked ? 1 : 0);
    }
  });

  it('denies window.open and refuses <webview>', () => {
    const { contents, listeners, openHandler } = fakeContents();
    hardenContents(contents as never, [APP_ORIGIN]);
    expect(openHandler()!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openHandler()!({ url: `${APP_ORIGIN}/index.html` })).toEqual({ action: 'deny' });
    const event = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')!(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});
