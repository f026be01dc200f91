/**
 * Where the renderer's content comes from: the app's own `app://` protocol in production, the Vite dev
 * server in development. Every trust decision (navigation, IPC senders) compares origins from here.
 */

/** The privileged custom scheme that serves `out/renderer/`. */
export const APP_SCHEME = 'app';

/** The single host of the app scheme; any other host is refused. */
export const APP_HOST = 'trainwright';

/** Origin of the production renderer. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Entry page of the production renderer. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The dev server URL, honoured only for unpackaged runs so an environment variable can never point a
 * shipped app at foreign content. Returns null when unset, invalid or not http(s) on a loopback host.
 */
export function devServerUrl(isPackaged: boolean, value: string | undefined): string | null {
  if (isPackaged || !value) return null;
  try {
    const url = new URL(value);
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    return (url.protocol === 'http:' || url.protocol === 'https:') && loopback ? url.toString() : null;
  } catch {
    return null;
  }
}

/** The origins the renderer may live on: the app protocol, plus the dev server when one is in use. */
export function trustedOrigins(devUrl: string | null): string[] {
  return devUrl ? [APP_ORIGIN, new URL(devUrl).origin] : [APP_ORIGIN];
}

/** True when `url` parses and its origin is one of `origins` (custom schemes are compared by scheme and host). */
export function isTrustedUrl(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}

/** The page URL for a hash route (`'/report'` -> `app://trainwright/index.html#/report`). */
export function routeUrl(baseUrl: string, route: string): string {
  const url = new URL(baseUrl);
  url.hash = route;
  return url.toString();
}

// URL.origin is the string "null" for non-special schemes such as app:, so build it by hand.
function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.origin;
    if (parsed.protocol === `${APP_SCHEME}:`) return `${APP_SCHEME}://${parsed.host}`;
    return null;
  } catch {
    return null;
  }
}
