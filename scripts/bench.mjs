// `npm run bench`: time the engine as the app and the command ship it. bench/run.ts is bundled with the
// command's esbuild options (minified, JSON assets as JSON.parse) into out/bench.mjs and run with plain Node.
// Run through tsx instead (`npm run bench -- --source`), every function the engine creates per call is also
// passed through tsx's name-keeping wrapper (esbuild `keepNames`), which the shipped bundles do not have and
// which costs a sweep point more than it costs one evaluation.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { cliBuildOptions } from './build-cli.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let command;
if (args.includes('--source')) {
  command = [path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'bench', 'run.ts'), ...args.filter((a) => a !== '--source')]];
} else {
  const { build } = await import('esbuild');
  // bench/ sits one folder below the root, and so does out/: paths the benchmark derives from its own place hold.
  const outfile = path.join(root, 'out', 'bench.mjs');
  await build({ ...cliBuildOptions(), entryPoints: ['bench/run.ts'], outfile, metafile: false });
  command = [process.execPath, [outfile, ...args]];
}
const run = spawnSync(command[0], command[1], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
