// Bundle the `trainwright` command into plain JavaScript (out/cli/trainwright.mjs), so it starts without
// compiling TypeScript: `npm ci` runs this through the `prepare` script, and bin/trainwright.mjs prefers the
// bundle while it is newer than every file it was built from (out/cli/inputs.json lists them).
//
// Start-up is dominated by parsing the bundle, so two things keep it small:
// - JSON assets (catalog, templates, workloads: ~600 KB) are emitted as `JSON.parse('...')`, which V8 reads
//   several times faster than the same data as an object literal;
// - zod's 50-odd translated error locales are left out: the core formats its own messages in English, and
//   only zod's `en` locale is ever configured (by zod itself).
// playwright-core stays external: only `trainwright report` loads it, on demand.
//
// Usage: node scripts/build-cli.mjs [--out <dir>]   (default: out/cli)
// Without esbuild (an install that omits devDependencies) it prints one line and exits 0: the command then
// runs from the TypeScript source through tsx.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Name of the bundle inside the output folder. */
export const CLI_BUNDLE_FILE = 'trainwright.mjs';
/** Name of the list of the bundle's inputs inside the output folder. */
export const CLI_INPUTS_FILE = 'inputs.json';

/** esbuild plugin: project JSON files become `export default JSON.parse("...")` (faster to load than a literal). */
const jsonAsParse = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = await readFile(args.path, 'utf8');
      // Parse first: a broken asset fails the build here, with its path, rather than at start-up.
      const compact = JSON.stringify(JSON.parse(text));
      return { contents: `export default JSON.parse(${JSON.stringify(compact)});`, loader: 'js' };
    });
  },
};

/** esbuild plugin: zod's locale index resolves to English only (see the header). */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => {
      if (!args.importer.includes(`${path.sep}node_modules${path.sep}zod${path.sep}`)) return undefined;
      return { path: path.join(path.dirname(args.importer), '..', 'locales', 'en.js'), namespace: 'zod-locales' };
    });
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: path.dirname(args.path),
      loader: 'js',
    }));
  },
};

/** esbuild options of the CLI bundle; exported so tests can build into a temp folder. */
export function cliBuildOptions(outDir = path.join(root, 'out', 'cli')) {
  return {
    absWorkingDir: root,
    entryPoints: ['cli/bundleEntry.ts'],
    outfile: path.join(outDir, CLI_BUNDLE_FILE),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    minify: true,
    external: ['playwright-core'],
    plugins: [jsonAsParse, zodEnglishOnly],
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
    // Bundled CommonJS dependencies may call require(); an ES module has none unless we make one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  };
}

/**
 * Build the bundle into `outDir` and write the list of its inputs (paths relative to the repository root),
 * which bin/trainwright.mjs compares with the bundle's age. Returns the bundle's path.
 */
export async function buildCli(outDir = path.join(root, 'out', 'cli')) {
  const { build } = await import('esbuild');
  const result = await build(cliBuildOptions(outDir));
  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => !input.includes(':'))
    .map((input) => input.split(path.sep).join('/'));
  // The launcher and the package manifest decide how the bundle runs: a change to either counts too.
  inputs.push('bin/trainwright.mjs', 'bin/cliEntry.mjs', 'package.json');
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, CLI_INPUTS_FILE), `${JSON.stringify({ inputs: [...new Set(inputs)].sort() })}\n`);
  return path.join(outDir, CLI_BUNDLE_FILE);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const outIndex = process.argv.indexOf('--out');
  const outDir = outIndex > 0 ? path.resolve(process.argv[outIndex + 1] ?? 'out/cli') : path.join(root, 'out', 'cli');
  try {
    const bundle = await buildCli(outDir);
    process.stdout.write(`Built ${path.relative(root, bundle)} (the trainwright command as plain JavaScript)\n`);
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes("'esbuild'")) {
      process.stdout.write('trainwright: esbuild is not installed, so the command will run from its TypeScript source (slower start).\n');
    } else {
      process.stderr.write(`CLI build failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    }
  }
}
