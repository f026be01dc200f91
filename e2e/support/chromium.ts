// Which Chromium the web end-to-end tests drive, and how. Playwright cannot download browsers on every
// machine (it cannot on the build box), so a system Chromium is preferred.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Where the browser came from: `CHROMIUM_PATH`, the system package, or Playwright's own download. */
export type ChromiumSource = 'env' | 'system' | 'playwright';

/** The browser the web tests use. */
export interface ChromiumChoice {
  executablePath: string;
  source: ChromiumSource;
}

/** Where Debian and Ubuntu's `chromium` package puts the browser. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Flags for a quiet, reproducible browser in containers and CI: no sandbox (root in a container), no GPU,
 * no background traffic. `--headless` and `--user-data-dir` are left to Playwright, which sets both.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** One-line message for a machine without any usable Chromium. */
export const NO_CHROMIUM_MESSAGE =
  'No Chromium for the web e2e tests: install it with `apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium binary).';

function playwrightChromium(exists: (path: string) => boolean): string | null {
  try {
    const path = chromium.executablePath();
    return path && exists(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * Find Chromium: env `CHROMIUM_PATH` (must exist), else `/usr/bin/chromium`, else Playwright's own
 * browser; null when there is none. `exists` is the file check (injectable to try the fallbacks).
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): ChromiumChoice | null {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist: fix the path or unset it.`);
    return { executablePath: fromEnv, source: 'env' };
  }
  if (exists(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, source: 'system' };
  const bundled = playwrightChromium(exists);
  return bundled ? { executablePath: bundled, source: 'playwright' } : null;
}

/** Launch options for the web project; throws `NO_CHROMIUM_MESSAGE` when no Chromium is found. */
export function chromiumLaunchOptions(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): { executablePath: string; args: string[] } {
  const choice = findChromium(env, exists);
  if (!choice) throw new Error(NO_CHROMIUM_MESSAGE);
  return { executablePath: choice.executablePath, args: [...CHROMIUM_ARGS] };
}
