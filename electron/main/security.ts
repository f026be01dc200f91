/**
 * Electron's security checklist applied to the session and to every web contents: a strict CSP, permission
 * requests denied, navigation and new windows blocked, no <webview>.
 */
import type { Session, WebContents } from 'electron';
import { isTrustedUrl } from './appUrls';

/** The production Content-Security-Policy: only the app's own files; inline styles for the graph editor. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The dev-server policy: Vite injects an inline React Refresh preamble and talks HMR over a websocket,
 * so script-src allows inline scripts and connect-src allows ws: to the loopback dev server. Never used packaged.
 */
export const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY
  .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
  .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*");

/** Deny every permission request and check; add the CSP header to every response of the session. */
export function hardenSession(session: Session, policy: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders, policy) });
  });
}

/** Response headers with any existing CSP (whatever its casing) replaced by `policy`. */
export function withCsp(headers: Record<string, string[] | string> | undefined, policy: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}

/**
 * Lock down one web contents: navigation away from the trusted origins is cancelled, `window.open` and
 * target=_blank are denied, and <webview> attachment is refused.
 */
export function hardenContents(contents: WebContents, origins: readonly string[]): void {
  const blockForeign = (event: { url: string; preventDefault(): void }): void => {
    if (!isTrustedUrl(event.url, origins)) event.preventDefault();
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
