// Run Electronegativity on electron/ and fail on any HIGH or MEDIUM finding that is not explained below.
// The CLI always exits 0 and its CSV writer races its own header write (the first row gets clobbered), so
// this script uses the programmatic API and reads the returned findings instead.
//
// Usage: node scripts/electronegativity.mjs [--input <dir>] [--online] [--json <file>]
//   --input   folder to scan (default electron/; tests point it at deliberately insecure samples).
//   --online  also run AvailableSecurityFixesGlobalCheck, which downloads Electron's release list.
//   --json    write every finding (with its explanation, if any) to <file>.
// Exit codes: 0 nothing unexplained at HIGH/MEDIUM, 1 otherwise or when the scan fails.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import electronegativity from '@doyensec/electronegativity';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const say = (line) => process.stdout.write(`${line}\n`);

/** Findings reviewed and accepted: check id, file (relative to electron/) and why it is fine. */
export const EXPLAINED = [
  {
    id: 'PRELOAD_JS_CHECK',
    file: 'main/window.ts',
    reason: 'The preload only exposes window.api via contextBridge, limited to the contract channels (electron/preload/preload.test.ts).',
  },
];

/** True for findings in unit tests, which hold deliberately unsafe fixtures (e.g. a server CSP of default-src *). */
export function isTestFile(file) {
  return /\.(test|spec)\.[cm]?[jt]sx?$/.test(file);
}

function argument(name) {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

async function scan(input) {
  const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const online = process.argv.includes('--online');
  // The library logs network failures (translations, release list) to the console; keep the output to our summary.
  const saved = { log: console.log, warn: console.warn, error: console.error, info: console.info };
  Object.assign(console, { log() {}, warn() {}, error() {}, info() {} });
  try {
    return await electronegativity({
      input,
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: online ? [] : ['AvailableSecurityFixesGlobalCheck'],
    });
  } finally {
    Object.assign(console, saved);
  }
}

async function main() {
  const input = path.resolve(argument('--input') ?? path.join(root, 'electron'));
  let result;
  try {
    result = await scan(input);
  } catch (error) {
    say(`FAIL electronegativity could not run: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const findings = result.issues.map((issue) => {
    const file = issue.file.split(path.sep).join('/');
    const explained = isTestFile(file)
      ? 'unit-test fixture'
      : EXPLAINED.find((entry) => entry.id === issue.id && entry.file === file)?.reason ?? null;
    return { id: issue.id, severity: issue.severity.name, confidence: issue.confidence.name, file, line: issue.location.line, description: issue.description, explained };
  });
  const jsonFile = argument('--json');
  if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(findings, null, 2)}\n`);

  const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
  const unexplained = serious.filter((f) => f.explained === null);
  const shown = path.relative(root, input) || '.';
  const where = (f) => (f.file === 'N/A' ? '(whole app)' : `${shown}/${f.file}:${f.line}`);
  for (const f of unexplained) say(`FAIL ${f.severity} ${f.id} ${where(f)} ${f.description}`);
  say(`electronegativity: ${result.atomicChecks + result.globalChecks} checks, ${findings.length} findings, ${serious.length} HIGH/MEDIUM, ${serious.length - unexplained.length} explained, ${unexplained.length} unexplained, ${result.errors.length} parse errors`);
  return unexplained.length || result.errors.length ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.exitCode = await main();
}
