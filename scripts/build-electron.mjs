// Bundle the Electron main process (ESM, out/main/main.js) and the preload (CommonJS, out/preload/preload.cjs).
// `electron` stays external (the runtime provides it); everything else, zod and core included, is bundled,
// so app.asar needs no node_modules.
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** esbuild options for both bundles; exported so tests can build into a temp folder. */
export function electronBuildOptions(outRoot = path.join(root, 'out')) {
  const common = { absWorkingDir: root, bundle: true, platform: 'node', target: 'node22', external: ['electron'], logLevel: 'warning', legalComments: 'none' };
  return [
    {
      ...common,
      entryPoints: ['electron/main/main.ts'],
      outfile: `${outRoot}/main/main.js`,
      format: 'esm',
      // Bundled CommonJS dependencies may call require(); an ES module has none unless we make one.
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    },
    {
      ...common,
      entryPoints: ['electron/preload/preload.ts'],
      outfile: `${outRoot}/preload/preload.cjs`,
      format: 'cjs',
    },
  ];
}

/** Build both bundles into `outRoot`. */
export async function buildElectron(outRoot) {
  await Promise.all(electronBuildOptions(outRoot).map((options) => build(options)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  // `--out <dir>` builds elsewhere (tests use a temp folder); the default is the app's out/.
  const outIndex = process.argv.indexOf('--out');
  const outRoot = outIndex > 0 ? path.resolve(process.argv[outIndex + 1] ?? 'out') : path.join(root, 'out');
  try {
    await buildElectron(outRoot);
    process.stdout.write(`Built ${path.relative(root, outRoot) || '.'}/main/main.js and ${path.relative(root, outRoot) || '.'}/preload/preload.cjs\n`);
  } catch (error) {
    process.stderr.write(`Electron build failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
