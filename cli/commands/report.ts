/**
 * `trainwright report DESIGN.json [--out proposal.pdf]`: the PDF proposal of a project (every scenario) or a
 * bare design, printed by a headless Chromium from the built report page (`out/renderer`, the same `#/report`
 * route the app exports). Chromium comes from CHROMIUM_PATH, the system package, or Playwright's own browser.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserType } from 'playwright-core';
import { DesignSchema, loadProjectValue, toProjectFile, type ProjectFile } from '../../core';
import { serializeProjectFile } from '../../core/project/projectFile';
import { UsageError } from '../errors';
import { readJsonFile } from '../readJson';
import { writeFileAtomic } from '../../electron/main/atomicWrite';

/** Exit code when the report cannot be made on this machine (no Chromium, report page not built). */
export const REPORT_UNAVAILABLE_EXIT = 3;

const USAGE = 'usage: trainwright report DESIGN.json [--out proposal.pdf]';
const REPORT_DOCUMENT_KEY = 'trainwright:report-document';
const READY_TIMEOUT_MS = 60_000;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the built renderer is (the report page). */
export const RENDERER_DIR = path.join(ROOT, 'out', 'renderer');

/** The Chromium flags of the e2e tests: no sandbox (containers), no GPU, no background traffic. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Places a system Chromium is installed by Debian, Ubuntu and Fedora packages. */
const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** A reason the report cannot be made here; printed as one line with exit code 3. */
export class ReportUnavailable extends Error {}

/** The Chromium to print with: CHROMIUM_PATH (must exist), else a system Chromium; null when neither. */
export function findChromium(env: NodeJS.ProcessEnv, exists: (file: string) => boolean): string | null {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (!exists(fromEnv)) throw new ReportUnavailable(`CHROMIUM_PATH points to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  return SYSTEM_CHROMIUMS.find(exists) ?? null;
}

function parseArgs(args: string[]): { file: string; out: string } {
  const files: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--out') {
      out = args[++i];
      if (!out) throw new UsageError(`--out needs a file name; ${USAGE}`);
    } else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}; ${USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError(USAGE);
  const file = files[0]!;
  const target = out ?? `${file.replace(/\.json$/i, '')}.pdf`;
  if (sameFile(file, target)) throw new UsageError(`--out ${target} is the input file; the PDF would overwrite the design. Choose another name`);
  return { file, out: target };
}

/** Whether two paths name one file (through symbolic links too); a path that does not exist yet is compared as written. */
function sameFile(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

/** The project in `file`: a project file (every scenario), or a bare design wrapped as one. */
function readProject(file: string): ProjectFile {
  const raw = readJsonFile(file);
  if (raw && typeof raw === 'object' && 'format' in raw) {
    const loaded = loadProjectValue(raw);
    if (!loaded.ok) throw new UsageError(`${file}: ${loaded.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    return loaded.project;
  }
  const design = DesignSchema.safeParse(raw);
  if (!design.success) throw new UsageError(`${file}: ${design.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  return toProjectFile(design.data);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.png': 'image/png', '.woff2': 'font/woff2', '.map': 'application/json', '.ico': 'image/x-icon',
};

/** Serve `dir` on a free port of 127.0.0.1 (module scripts and workers do not load from file:// URLs). */
function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.join(dir, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(dir + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    });
  });
}

async function printPdf(project: ProjectFile, executablePath: string): Promise<Uint8Array> {
  let chromium: BrowserType;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new ReportUnavailable('playwright-core is not installed (it comes with the development dependencies: npm ci)');
  }
  const { server, url } = await serve(RENDERER_DIR);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.addInitScript(([key, text]) => window.localStorage.setItem(key!, text!), [REPORT_DOCUMENT_KEY, serializeProjectFile(project)]);
    await page.goto(`${url}/#/report`);
    await page.waitForSelector('html[data-report-ready]', { state: 'attached', timeout: READY_TIMEOUT_MS });
    if ((await page.getAttribute('html', 'data-report-ready')) !== 'true') {
      throw new UsageError(`the report page refused the design: ${(await page.textContent('[data-testid="report-error"]'))?.trim() ?? 'unknown error'}`);
    }
    return await page.pdf({ printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
    server.close();
  }
}

/** Runs `trainwright report`; returns the exit code. */
export async function reportCommand(args: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const { file, out: target } = parseArgs(args);
  const project = readProject(file);
  try {
    // The browser first: without one nothing else helps, and the message says what to install.
    const chromiumPath = findChromium(process.env, existsSync) ?? (await playwrightChromium());
    if (!chromiumPath) throw new ReportUnavailable('no Chromium found: install one (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary');
    if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) throw new ReportUnavailable(`the report page is not built (${path.relative(process.cwd(), RENDERER_DIR) || RENDERER_DIR}); run: npm run build:renderer`);
    const pdf = await printPdf(project, chromiumPath);
    // Atomic: an interrupted export leaves the previous PDF (or nothing), never half a file.
    await writeFileAtomic(target, pdf);
    out(`Wrote ${target} (${Math.round(pdf.byteLength / 1024)} kB): proposal for ${project.scenarios?.length ? `${project.scenarios.length + 1} scenarios` : project.design.name}.`);
    return 0;
  } catch (error) {
    if (error instanceof ReportUnavailable) {
      err(`trainwright: cannot make the PDF here: ${error.message}`);
      return REPORT_UNAVAILABLE_EXIT;
    }
    throw error;
  }
}

/** Playwright's own Chromium, when the development dependencies and the browser download are there. */
async function playwrightChromium(): Promise<string | null> {
  try {
    const { chromium } = await import('playwright-core');
    const file = chromium.executablePath();
    return file && existsSync(file) ? file : null;
  } catch {
    return null;
  }
}
