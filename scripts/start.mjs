// `npm start`: build if out/ is missing or older than the sources, then run the app in Electron. Where Electron
// cannot run (no binary, as on build machines that skip its download, or no display) it says so in one line and
// serves the built UI with `vite preview` instead. Ctrl+C stops either.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const say = (line) => process.stdout.write(`${line}\n`);
const PREVIEW_HOST = '127.0.0.1';
const PREVIEW_PORT = 5173;
const OUTPUTS = ['out/renderer/index.html', 'out/main/main.js', 'out/preload/preload.cjs'];
const SOURCES = ['renderer', 'core', 'electron', 'assets', 'package.json'];
// A binary that dies this fast did not start (missing libraries, no display, bad sandbox setup).
const EARLY_EXIT_MS = 4000;

/** Newest modification time under `entry` (a file or folder), ignoring tests and node_modules; 0 when absent. */
function newestMtimeMs(entry) {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return /\.(test|spec)\.[jt]sx?$/.test(entry) ? 0 : stats.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(entry)) {
    if (child === 'node_modules' || child.startsWith('.')) continue;
    newest = Math.max(newest, newestMtimeMs(path.join(entry, child)));
  }
  return newest;
}

/** Why out/ must be rebuilt, or null when it is up to date. */
function staleReason() {
  const missing = OUTPUTS.filter((file) => !existsSync(path.join(root, file)));
  if (missing.length) return `${missing.join(', ')} missing`;
  const built = Math.min(...OUTPUTS.map((file) => statSync(path.join(root, file)).mtimeMs));
  const changed = SOURCES.find((source) => newestMtimeMs(path.join(root, source)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', () => resolve(1));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** The Electron executable, or the reason there is none that can run here. */
function findElectron() {
  let executable;
  try {
    executable = createRequire(path.join(root, 'package.json'))('electron');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { reason: /failed to install correctly/i.test(message) ? 'no binary in node_modules/electron/dist' : `the electron package cannot be loaded: ${message.split('\n')[0]}` };
  }
  if (typeof executable !== 'string' || !existsSync(executable)) return { reason: `no binary at ${path.relative(root, String(executable))}` };
  try {
    accessSync(executable, constants.X_OK);
  } catch {
    return { reason: `${path.relative(root, executable)} is not executable` };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'no display (DISPLAY and WAYLAND_DISPLAY are unset)' };
  }
  return { executable };
}

/** Run Electron on the app; resolves with its exit code, or a reason when it could not start. */
function launchElectron(executable) {
  return new Promise((resolve) => {
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    const startedAt = Date.now();
    const child = spawn(executable, ['.'], { cwd: root, stdio: 'inherit', env });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => resolve({ reason: `${path.relative(root, executable)} could not start (${error.code ?? error.message})` }));
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      if (code !== 0 && signal === null && Date.now() - startedAt < EARLY_EXIT_MS) resolve({ reason: `Electron exited at start with code ${code}` });
      else resolve({ code: code ?? 0 });
    });
  });
}

/** Serve out/renderer with Vite's preview server until Ctrl+C. */
async function serveInBrowser(reason) {
  const url = `http://${PREVIEW_HOST}:${PREVIEW_PORT}/`;
  say(`Electron is not available on this machine (${reason}); serving the Trainwright UI in your browser instead at ${url}`);
  const { preview } = await import('vite');
  const configFile = path.join(root, 'renderer', 'vite.config.ts');
  let server;
  try {
    server = await preview({
      ...(existsSync(configFile) ? { configFile } : { configFile: false, root, build: { outDir: 'out/renderer' } }),
      logLevel: 'warn',
      preview: { host: PREVIEW_HOST, port: PREVIEW_PORT, strictPort: true, open: false },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    say(/already in use/i.test(message) ? `Port ${PREVIEW_PORT} is already in use; stop the other server and run npm start again.` : `Could not serve the UI: ${message}`);
    return 1;
  }
  await new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  // Open keep-alive connections can hold close() for seconds; Ctrl+C should feel immediate.
  await Promise.race([server.close(), new Promise((resolve) => setTimeout(resolve, 500))]);
  return 0;
}

async function main() {
  const reason = staleReason();
  if (reason) {
    say(`Building Trainwright (${reason})...`);
    if ((await run('npm', ['run', 'build'])) !== 0) {
      say('The build failed; see the errors above.');
      return 1;
    }
  }
  const electron = findElectron();
  if (electron.executable) {
    const outcome = await launchElectron(electron.executable);
    if (outcome.code !== undefined) return outcome.code;
    return serveInBrowser(outcome.reason);
  }
  return serveInBrowser(electron.reason);
}

try {
  process.exit(await main());
} catch (error) {
  say(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
