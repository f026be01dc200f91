/**
 * The `app://trainwright/` protocol: serves the built renderer from the app's own files (inside app.asar when
 * packaged) with the CSP attached, and nothing outside that folder.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol, type Session } from 'electron';
import { APP_HOST, APP_SCHEME } from './appUrls';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Declare the app scheme standard and secure (so 'self', module workers and fetch behave as on https).
 * Must run before the app's `ready` event.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serve `rootDir` on the app scheme of `session`, every response carrying `policy` as its CSP. */
export function serveRenderer(session: Session, rootDir: string, policy: string): void {
  session.protocol.handle(APP_SCHEME, (request) => respond(request.url, rootDir, policy));
}

/**
 * The response for one app-scheme URL: the file under `rootDir` (`/` is `index.html`), 404 when missing,
 * 403 for another host or a path that escapes `rootDir`.
 */
export async function respond(url: string, rootDir: string, policy: string): Promise<Response> {
  const headers = { 'Content-Security-Policy': policy, 'X-Content-Type-Options': 'nosniff' };
  const file = resolveFile(url, rootDir);
  if (file === null) return new Response('Forbidden', { status: 403, headers });
  try {
    const body = await readFile(file);
    const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': contentType } });
  } catch {
    return new Response('Not found', { status: 404, headers });
  }
}

/** The file an app-scheme URL names inside `rootDir`, or null when the host is wrong or the path escapes. */
export function resolveFile(url: string, rootDir: string): string | null {
  let parsed: URL;
  let pathname: string;
  try {
    parsed = new URL(url);
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || pathname.includes('\0')) return null;
  const root = path.resolve(rootDir);
  const file = path.resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  return file.startsWith(root + path.sep) ? file : null;
}
