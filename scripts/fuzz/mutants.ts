/**
 * Mutants of the shipped files and the loaders they go through. A mutant is a shipped file with one to
 * three changes a broken tool, a careless edit or an attacker could make: a number made absurd, a value of
 * the wrong type, a key removed or repeated, an id duplicated, the text truncated or a byte flipped, a huge
 * list or deep nesting. Deterministic: the same seed gives the same mutants.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  designFromTemplate, evaluateDesign, importMlperfText, loadProject, loadTemplateText, parseCases, predictCase, type InputError,
} from '../../core';
import { parseBoundedJson } from '../../core/project/jsonDepth';
import { seededRandom } from '../../core/cluster/prng';

/** Which loader a file goes through. */
export type SeedKind = 'project' | 'design' | 'template' | 'mlperf' | 'cases';

/** One shipped file to mutate. */
export interface Seed {
  kind: SeedKind;
  /** Path relative to the repository. */
  file: string;
  text: string;
}

const ROOT = path.resolve(import.meta.dirname, '..', '..');

const jsonFiles = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f));

/** Every shipped file a user could hand to a loader: examples, project fixtures, templates, MLPerf fixtures, cases. */
export function shippedSeeds(): Seed[] {
  const seed = (kind: SeedKind) => (file: string): Seed => ({ kind, file, text: readFileSync(path.join(ROOT, file), 'utf8') });
  const cases = seed('cases')('core/validation/calibration-cases.json');
  // A handful of cases keeps a mutant of the cases file as cheap to predict as the others.
  const someCases = { ...cases, text: JSON.stringify((JSON.parse(cases.text) as unknown[]).slice(0, 4), null, 2) };
  return [
    ...jsonFiles('assets/examples').map((f) => seed(JSON.parse(readFileSync(path.join(ROOT, f), 'utf8')).format ? 'project' : 'design')(f)),
    ...jsonFiles('core/project/fixtures').map(seed('project')),
    ...jsonFiles('assets/templates').map(seed('template')),
    ...jsonFiles('core/templates/fixtures/mlperf-systems').map(seed('mlperf')),
    someCases,
  ];
}

/** A small deterministic PRNG (the core's mulberry32), so a mutant can be regenerated from its seed. */
export const prng = seededRandom;

const HOSTILE_NUMBERS = [0, -0, -1, 5e-324, 1e-9, 1e308, -1e308, 1.5, 2 ** 53, 1e21, 4096, 1024, 100_000, 1e-300, 0.1];
const HOSTILE_VALUES: unknown[] = [null, '', 'x', true, [], {}, '1e308', 'NaN', '𝔘nïcødé', 'a'.repeat(5000)];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every container in `value` with the keys it holds. */
function containers(root: Json): Array<Json[] | Record<string, Json>> {
  const out: Array<Json[] | Record<string, Json>> = [];
  const stack: Json[] = [root];
  while (stack.length) {
    const value = stack.pop()!;
    if (!value || typeof value !== 'object') continue;
    out.push(value);
    for (const child of Object.values(value)) stack.push(child);
  }
  return out;
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

/** One structural change to a parsed value (in place). Returns what was done, for the report. */
function mutateValue(root: Json, rand: () => number): string {
  const all = containers(root);
  const holder = pick(rand, all);
  const keys = Object.keys(holder);
  if (!keys.length) return 'nothing';
  const key = pick(rand, keys);
  const get = () => (holder as Record<string, Json>)[key]!;
  const set = (v: unknown) => ((holder as Record<string, unknown>)[key] = v);
  const op = rand();
  if (op < 0.35) {
    // Numbers are where absurd values hide: prefer a numeric leaf.
    const numeric = all.flatMap((c) => Object.keys(c).filter((k) => typeof (c as Record<string, Json>)[k] === 'number').map((k) => [c, k] as const));
    if (numeric.length) {
      const [c, k] = pick(rand, numeric);
      const v = pick(rand, HOSTILE_NUMBERS);
      (c as Record<string, unknown>)[k] = v;
      return `number ${k} = ${v}`;
    }
  }
  if (op < 0.55) {
    const v = pick(rand, HOSTILE_VALUES);
    set(structuredClone(v));
    return `${key} = ${JSON.stringify(v).slice(0, 20)}`;
  }
  if (op < 0.7) {
    if (Array.isArray(holder)) holder.splice(Number(key), 1);
    else delete (holder as Record<string, Json>)[key];
    return `delete ${key}`;
  }
  if (op < 0.82 && Array.isArray(holder)) {
    holder.push(structuredClone(get()));
    return `duplicate [${key}]`;
  }
  if (op < 0.9) {
    // defineProperty, so "__proto__" becomes a key of the text rather than a prototype change.
    Object.defineProperty(holder, pick(rand, ['__proto__', 'constructor', 'extra', 'format', 'version', 'id']), { value: structuredClone(get()), enumerable: true, writable: true, configurable: true });
    return 'extra key';
  }
  if (op < 0.95 && Array.isArray(get())) {
    const list = get() as Json[];
    const n = pick(rand, [100, 5000, 150_000]);
    // The longest lists repeat a number: 150,000 copies of a whole server would test the fuzzer's memory, not the loader's.
    set(Array.from({ length: n }, () => (n > 5000 ? 0 : structuredClone(list[0] ?? 0))));
    return `list ${key} x ${n}`;
  }
  let deep: unknown = get();
  const depth = pick(rand, [30, 100, 1000]);
  for (let i = 0; i < depth; i++) deep = [deep];
  set(deep);
  return `${key} nested ${depth} deep`;
}

/** One change to the text itself (truncation, a flipped or inserted byte, a huge prefix). */
function mutateText(text: string, rand: () => number): [string, string] {
  const at = Math.floor(rand() * text.length);
  const op = rand();
  if (op < 0.3) return [text.slice(0, at), `truncated at ${at}`];
  if (op < 0.6) return [text.slice(0, at) + String.fromCharCode(Math.floor(rand() * 128)) + text.slice(at + 1), `byte ${at} changed`];
  if (op < 0.8) return [text.slice(0, at) + pick(rand, ['{', '[', '"', ',', '\\', '\u0000', 'e999', '-']) + text.slice(at), `insert at ${at}`];
  if (op < 0.9) return ['['.repeat(100_000) + text, 'deep prefix'];
  return [text.replace(/\d+(\.\d+)?/, '1e400'), 'number 1e400'];
}

/** A mutant of `seed`: its text and what was changed. */
export function mutate(seed: Seed, rand: () => number): { text: string; change: string } {
  if (rand() < 0.2) {
    const [text, change] = mutateText(seed.text, rand);
    return { text, change };
  }
  const value = JSON.parse(seed.text) as Json;
  const changes: string[] = [];
  const n = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < n; i++) changes.push(mutateValue(value, rand));
  return { text: JSON.stringify(value), change: changes.join('; ') };
}

/** What a loader made of one input. */
export type Outcome =
  | { kind: 'accepted'; answers: unknown[] }
  | { kind: 'refused'; errors: InputError[] };

const refused = (errors: InputError[]): Outcome => ({ kind: 'refused', errors });

/** Runs the loader of `kind` on `text`, and the engine on whatever it accepts. Throws only on a bug. */
export function runLoader(kind: SeedKind, text: string): Outcome {
  if (kind === 'project') {
    const loaded = loadProject(text);
    if (!loaded.ok) return refused(loaded.errors);
    const designs = [loaded.project.design, ...(loaded.project.scenarios ?? []).map((s) => s.design)];
    const answers = designs.map((d) => evaluateDesign(d));
    const bad = answers.flatMap((a) => (a.ok ? [] : a.errors));
    // A project may hold a design the engine cannot evaluate (the editor shows why): that is a refusal with a path.
    return bad.length && answers.every((a) => !a.ok) ? refused(bad) : { kind: 'accepted', answers: answers.flatMap((a) => (a.ok ? [a.evaluation] : [])) };
  }
  const parsed = parseBoundedJson(text);
  if (kind === 'design') {
    if (!parsed.ok) return refused(parsed.errors);
    const r = evaluateDesign(parsed.value);
    return r.ok ? { kind: 'accepted', answers: [r.evaluation] } : refused(r.errors);
  }
  if (kind === 'template') {
    const loaded = loadTemplateText(text);
    if (!loaded.ok) return refused(loaded.errors);
    const r = evaluateDesign(designFromTemplate(loaded.template, 'resnet50-imagenet', 2));
    return r.ok ? { kind: 'accepted', answers: [r.evaluation] } : refused(r.errors);
  }
  if (kind === 'mlperf') {
    const imported = importMlperfText(text, { fileName: 'v3.0-fuzz.json' });
    if (!imported.ok) return refused(imported.errors);
    const r = evaluateDesign(designFromTemplate(imported.template, 'resnet50-imagenet', Math.min(imported.nodes, 64)));
    return r.ok ? { kind: 'accepted', answers: [r.evaluation] } : refused(r.errors);
  }
  if (!parsed.ok) return refused(parsed.errors);
  const cases = parseCases(parsed.value);
  if (!cases.ok) return refused(cases.errors);
  const predictions = cases.cases.map(predictCase);
  // A prediction's own error is a per-case refusal, reported in its output; the numbers of the rest must be sane.
  return { kind: 'accepted', answers: predictions.map((p) => ({ samplesPerSec: p.samplesPerSec ?? 0, timeToTrainMin: p.timeToTrainMin ?? 0, epochs: p.epochs ?? 0 })) };
}

/** Paths of numbers in `answers` that are not finite or are negative (checked here, independently of the engine's own guard). */
export function badNumbers(answers: unknown[]): string[] {
  const out: string[] = [];
  const walk = (v: unknown, p: string) => {
    if (typeof v === 'number') {
      if (!Number.isFinite(v) || v < 0) out.push(`${p} = ${v}`);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'issues') walk(x, p ? `${p}.${k}` : k);
  };
  answers.forEach((a, i) => walk(a, `answer[${i}]`));
  return out;
}
