/**
 * Wall time of the `trainwright` command against `node -e 0` (the cost of starting Node at all): both are
 * started alternately, after warm-up runs, and the medians compared, so machine load hits both alike.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chooseCliEntry } from '../bin/cliEntry.mjs';
import { summarise, type Timing } from './measure';

const root = path.resolve(import.meta.dirname, '..');

function wallMs(args: readonly string[], env: NodeJS.ProcessEnv): number {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr.toString().trim()}`);
  return ms;
}

/** The two medians, and which entry the command ran (the bundle, or the source and why). */
export interface CliStartup {
  command: string;
  entry: string;
  cli: Timing;
  nodeOnly: Timing;
}

/**
 * Time `trainwright ARGS` (through bin/trainwright.mjs, as `npx trainwright` runs it) and `node -e 0`.
 * @param forceSource run the TypeScript source through tsx (TRAINWRIGHT_CLI_SOURCE=1) instead of the bundle
 */
export function measureCliStartup(args: readonly string[], runs: number, forceSource = false): CliStartup {
  const env = { ...process.env, TRAINWRIGHT_CLI_SOURCE: forceSource ? '1' : '' };
  const choice = chooseCliEntry(root);
  const entry = forceSource ? 'source (forced)' : choice.use === 'bundle' ? 'bundle' : `source: ${choice.reason}`;
  const cliArgs = [path.join('bin', 'trainwright.mjs'), ...args];
  for (let i = 0; i < 2; i++) {
    wallMs(['-e', '0'], env);
    wallMs(cliArgs, env);
  }
  const cli: number[] = [];
  const nodeOnly: number[] = [];
  for (let i = 0; i < runs; i++) {
    nodeOnly.push(wallMs(['-e', '0'], env));
    cli.push(wallMs(cliArgs, env));
  }
  return { command: `trainwright ${args.join(' ')}`, entry, cli: summarise(cli), nodeOnly: summarise(nodeOnly) };
}
