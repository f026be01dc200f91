/**
 * The two fuzz campaigns, shared by `npm run fuzz` and the vitest test: mutants of every shipped file
 * through every loader (and the CLI), and the engine invariants on random valid designs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { main } from '../../cli/main';
import { evaluateDesign } from '../../core';
import { checkInvariant, designOf, designSpecArbitrary, INVARIANTS, minimalExample, VARIANT_INVARIANTS, type DesignSpec, type InvariantName } from './invariants';
import { badNumbers, mutate, prng, runLoader, shippedSeeds, type SeedKind } from './mutants';

/** Longest a single input may take, ms; slower counts as a hang. */
export const HANG_MS = 5_000;

/** One notable mutant, for the report. */
export interface Finding {
  file: string;
  change: string;
  detail: string;
}

/** Counts of the mutant campaign. */
export interface MutantReport {
  mutants: number;
  accepted: number;
  refusedWithPath: number;
  refusedWithoutPath: number;
  crashes: number;
  hangs: number;
  nonFinite: number;
  cliRuns: number;
  cliExit: Record<string, number>;
  slowestMs: number;
  prototypePolluted: boolean;
  /** The first few crashes, hangs, non-finite answers and refusals without a path. */
  findings: Finding[];
}

const CLI_COMMAND: Partial<Record<SeedKind, string>> = { project: 'evaluate', design: 'evaluate', mlperf: 'import-mlperf', cases: 'predict' };

/** Runs `count` mutants (every `cliEvery`-th one also through the CLI in this process). */
export async function runMutants(count: number, seed = 1, cliEvery = 4, onProgress?: (done: number) => void): Promise<MutantReport> {
  const seeds = shippedSeeds();
  const report: MutantReport = {
    mutants: 0, accepted: 0, refusedWithPath: 0, refusedWithoutPath: 0, crashes: 0, hangs: 0, nonFinite: 0, cliRuns: 0, cliExit: {}, slowestMs: 0,
    prototypePolluted: false, findings: [],
  };
  const note = (f: Finding) => report.findings.length < 20 && report.findings.push(f);
  const protoBefore = Object.getOwnPropertyNames(Object.prototype).join();
  const dir = mkdtempSync(path.join(tmpdir(), 'tw-fuzz-'));
  try {
    for (let i = 0; i < count; i++) {
      const s = seeds[i % seeds.length]!;
      const { text, change } = mutate(s, prng(seed * 1_000_003 + i));
      report.mutants++;
      const started = performance.now();
      try {
        const outcome = runLoader(s.kind, text);
        if (outcome.kind === 'refused') {
          const pathless = outcome.errors.filter((e) => !e.path);
          if (outcome.errors.length && !pathless.length) report.refusedWithPath++;
          else {
            report.refusedWithoutPath++;
            note({ file: s.file, change, detail: `refused without a path: ${JSON.stringify(outcome.errors).slice(0, 200)}` });
          }
        } else {
          const bad = badNumbers(outcome.answers);
          if (bad.length) {
            report.nonFinite++;
            note({ file: s.file, change, detail: `non-finite answer: ${bad.slice(0, 3).join(', ')}` });
          } else report.accepted++;
        }
      } catch (error) {
        report.crashes++;
        note({ file: s.file, change, detail: `crash: ${(error as Error).stack?.split('\n').slice(0, 3).join(' | ')}` });
      }
      const ms = performance.now() - started;
      report.slowestMs = Math.max(report.slowestMs, ms);
      if (ms > HANG_MS) {
        report.hangs++;
        note({ file: s.file, change, detail: `took ${ms.toFixed(0)} ms` });
      }
      if (onProgress && (i + 1) % 1000 === 0) onProgress(i + 1);
      const command = CLI_COMMAND[s.kind];
      if (command && i % cliEvery === 0) {
        const file = path.join(dir, `m${i}.json`);
        writeFileSync(file, text);
        const cliStarted = performance.now();
        let err = '';
        const code = await main([command, file], () => undefined, (line) => (err += line));
        const cliMs = performance.now() - cliStarted;
        rmSync(file);
        report.cliRuns++;
        report.cliExit[String(code)] = (report.cliExit[String(code)] ?? 0) + 1;
        if (code !== 0 && code !== 2) {
          report.crashes++;
          note({ file: s.file, change, detail: `CLI ${command} exit ${code}: ${err.slice(0, 200)}` });
        }
        if (cliMs > HANG_MS) {
          report.hangs++;
          note({ file: s.file, change, detail: `CLI ${command} took ${cliMs.toFixed(0)} ms` });
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  report.prototypePolluted = Object.getOwnPropertyNames(Object.prototype).join() !== protoBefore;
  return report;
}

/** Outcome of one invariant over the campaign. */
export interface InvariantCount {
  checked: number;
  violations: number;
  first?: DesignSpec;
}

/** Counts of the invariant campaign. */
export interface InvariantReport {
  designs: number;
  evaluated: number;
  refused: number;
  hangs: number;
  slowestMs: number;
  byInvariant: Record<InvariantName, InvariantCount>;
}

/** Checks the invariants on `count` random valid designs: the three direct ones on every design, one comparison each in turn. */
export function runInvariants(count: number, seed = 1, only: readonly InvariantName[] = INVARIANTS, onProgress?: (done: number) => void): InvariantReport {
  const byInvariant = Object.fromEntries(INVARIANTS.map((n) => [n, { checked: 0, violations: 0 }])) as Record<InvariantName, InvariantCount>;
  const report: InvariantReport = { designs: 0, evaluated: 0, refused: 0, hangs: 0, slowestMs: 0, byInvariant };
  const variants = VARIANT_INVARIANTS.filter((n) => only.includes(n));
  const direct = (['finite outputs', 'busy + idle = 1', 'time to model >= one step'] as const).filter((n) => only.includes(n));
  const specs = fc.sample(designSpecArbitrary, { numRuns: count, seed });
  specs.forEach((spec, i) => {
    report.designs++;
    const started = performance.now();
    const design = designOf(spec);
    const res = evaluateDesign(design);
    if (!res.ok) {
      report.refused++;
      return;
    }
    report.evaluated++;
    const check = (name: InvariantName) => {
      const problem = checkInvariant(name, design, name === 'finite outputs' || name.startsWith('busy') || name.startsWith('time') ? res.evaluation : undefined);
      byInvariant[name].checked++;
      if (problem) {
        byInvariant[name].violations++;
        byInvariant[name].first ??= spec;
      }
    };
    direct.forEach(check);
    if (variants.length) check(variants[i % variants.length]!);
    const ms = performance.now() - started;
    report.slowestMs = Math.max(report.slowestMs, ms);
    if (ms > HANG_MS) report.hangs++;
    if (onProgress && (i + 1) % 5000 === 0) onProgress(i + 1);
  });
  return report;
}

/** The minimal example of each violated invariant, shrunk from the first violation found. */
export function minimalExamples(report: InvariantReport): Array<{ invariant: InvariantName; spec: DesignSpec; reason: string }> {
  return INVARIANTS.flatMap((name) => {
    const first = report.byInvariant[name].first;
    return first ? [{ invariant: name, ...minimalExample(name, first) }] : [];
  });
}
