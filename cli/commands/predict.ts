import { calibratedOnSmallest, caseGroup, errorStats, parseCases, predictCase, type Case, type CaseGrouping, type Prediction } from '../../core';
import { INTERVAL_TABLE } from '../../core/engine/params/uncertainty';
import { caseResiduals, intervalCoverage, type CoverageStats } from '../../core/validation/intervals';
import { UsageError } from '../errors';
import { num, table } from '../format';
import { readJsonFile } from '../readJson';

function loadCases(args: string[], usage: string): Case[] {
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) throw new UsageError(usage);
  const file = files[0]!;
  const parsed = parseCases(readJsonFile(file));
  if (!parsed.ok) throw new UsageError(`${file}: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return parsed.cases;
}

/** `trainwright predict CASES.json`: one JSON array of predictions, in input order. */
export function predictCommand(args: string[], out: (s: string) => void): number {
  const cases = loadCases(args, 'usage: trainwright predict CASES.json');
  out(JSON.stringify(cases.map(predictCase), null, 2));
  return 0;
}

const pctErr = (pred: number | null, meas: unknown) => (pred !== null && typeof meas === 'number' && meas > 0 ? ((pred - meas) / meas) * 100 : NaN);
const range = (low: number | undefined, high: number | undefined, f: (x: number) => string) => (low === undefined || high === undefined ? '-' : `${f(low)}-${f(high)}`);
const fmtPct = (x: number | null) => (x === null || !Number.isFinite(x) ? '-' : `${x >= 0 ? '+' : ''}${x.toFixed(1)}%`);

/** `trainwright validate CASES.json`: predictions against `measured`, a table per case and a summary. */
export function validateCommand(args: string[], out: (s: string) => void): number {
  const usage = 'usage: trainwright validate CASES.json [--json] [--by generation|workload|nodes] [--calibrate-smallest]';
  const byAt = args.indexOf('--by');
  const by = byAt >= 0 ? args[byAt + 1] : undefined;
  if (byAt >= 0 && by !== 'generation' && by !== 'workload' && by !== 'nodes') throw new UsageError(`${usage}\n--by takes generation, workload or nodes${by ? `, not "${by}"` : ''}`);
  const cases = loadCases(args.filter((_, i) => byAt < 0 || (i !== byAt && i !== byAt + 1)), usage);
  const rows: string[][] = [];
  const tputErr: number[] = [];
  const tttErr: number[] = [];
  let evaluated = 0;
  const results: Array<Prediction & { throughputErrPct: number | null; timeErrPct: number | null }> = [];
  for (const c of cases) {
    const p = predictCase(c);
    const m = c.measured ?? {};
    const e1 = pctErr(p.samplesPerSec, m.samplesPerSec);
    const e2 = pctErr(p.timeToTrainMin, m.timeToTrainMin);
    if (!p.error) evaluated++;
    if (Number.isFinite(e1)) tputErr.push(e1);
    if (Number.isFinite(e2)) tttErr.push(e2);
    results.push({ ...p, throughputErrPct: Number.isFinite(e1) ? e1 : null, timeErrPct: Number.isFinite(e2) ? e2 : null });
    rows.push([
      c.id.slice(0, 64),
      p.samplesPerSec === null ? '-' : num(p.samplesPerSec),
      range(p.samplesPerSecLow, p.samplesPerSecHigh, num),
      typeof m.samplesPerSec === 'number' ? num(m.samplesPerSec) : '-',
      fmtPct(e1),
      p.timeToTrainMin === null ? '-' : p.timeToTrainMin.toFixed(2),
      range(p.timeToTrainMinLow, p.timeToTrainMinHigh, (x) => x.toFixed(1)),
      typeof m.timeToTrainMin === 'number' ? m.timeToTrainMin.toFixed(2) : '-',
      fmtPct(e2),
      p.error ? `error: ${p.error.slice(0, 60)}` : (p.bottleneck ?? ''),
    ]);
  }
  const s1 = errorStats(tputErr);
  const s2 = errorStats(tttErr);
  // Out-of-sample check of the 80% intervals: each case's interval rebuilt without it, and without its generation.
  const residuals = caseResiduals(cases, results);
  const coverage = { leaveOneCaseOut: intervalCoverage(residuals, results, INTERVAL_TABLE, 'case'), leaveOneGenerationOut: intervalCoverage(residuals, results, INTERVAL_TABLE, 'generation') };
  if (args.includes('--json')) {
    out(JSON.stringify({ evaluated, total: cases.length, throughput: s1, timeToTrain: s2, intervalCoverage: coverage, cases: results }, null, 2));
    return 0;
  }
  out(table(['case', 'pred/s', '80% range', 'meas/s', 'err', 'pred min', '80% range', 'meas min', 'err', 'bottleneck'], rows));
  out('');
  out(`Cases evaluated: ${evaluated} / ${cases.length}`);
  out(table(['metric', 'cases', 'median |err|', 'p90 |err|', 'max |err|'], [
    ['throughput', String(s1.n), fmtPct(s1.medianPct), fmtPct(s1.p90Pct), fmtPct(s1.maxPct)],
    ['time-to-train', String(s2.n), fmtPct(s2.medianPct), fmtPct(s2.p90Pct), fmtPct(s2.maxPct)],
  ]));
  out('');
  out('80% intervals (validation residuals of similar cases), rebuilt without the case or without its whole GPU generation:');
  const cov = (c: CoverageStats) => [String(c.n), `${(c.contained * 100).toFixed(0)}%`, `+-${c.medianHalfWidthPct.toFixed(1)}%`];
  out(table(['interval', 'cases', 'contain measured', 'median half-width'], [
    ['throughput, leave one case out', ...cov(coverage.leaveOneCaseOut.throughput)],
    ['throughput, leave one generation out', ...cov(coverage.leaveOneGenerationOut.throughput)],
    ['time-to-train, leave one case out', ...cov(coverage.leaveOneCaseOut.timeToTrain)],
    ['time-to-train, leave one generation out', ...cov(coverage.leaveOneGenerationOut.timeToTrain)],
  ]));
  if (by) {
    out('');
    out(groupTable(cases, results, by as CaseGrouping));
  }
  if (args.includes('--calibrate-smallest')) {
    out('');
    out(calibrationTable(cases));
  }
  return 0;
}

/** Error statistics per group of cases (`--by`). */
function groupTable(cases: readonly Case[], results: ReadonlyArray<{ throughputErrPct: number | null; timeErrPct: number | null }>, by: CaseGrouping): string {
  const groups = new Map<string, { t: number[]; m: number[] }>();
  cases.forEach((c, i) => {
    const g = groups.get(caseGroup(c, by)) ?? { t: [], m: [] };
    const r = results[i]!;
    if (r.throughputErrPct !== null) g.t.push(r.throughputErrPct);
    if (r.timeErrPct !== null) g.m.push(r.timeErrPct);
    groups.set(caseGroup(c, by), g);
  });
  const rows = [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([name, g]) => {
    const t = errorStats(g.t);
    const m = errorStats(g.m);
    return [name, String(t.n), fmtPct(t.medianPct), fmtPct(t.p90Pct), String(m.n), fmtPct(m.medianPct), fmtPct(m.p90Pct)];
  });
  return table([by, 'tput cases', 'median', 'p90', 'ttt cases', 'median', 'p90'], rows);
}

/** Throughput error at the larger scales of each system, before and after calibrating on its smallest measured scale. */
function calibrationTable(cases: readonly Case[]): string {
  const pairs = calibratedOnSmallest(cases);
  const before: number[] = [];
  const after: number[] = [];
  for (const { target, calibrated } of pairs) {
    const measured = target.measured?.samplesPerSec;
    const b = pctErr(predictCase(target).samplesPerSec, measured);
    const a = pctErr(predictCase(calibrated).samplesPerSec, measured);
    if (Number.isFinite(b) && Number.isFinite(a)) { before.push(b); after.push(a); }
  }
  const sb = errorStats(before);
  const sa = errorStats(after);
  return [
    `Calibrated on the smallest measured scale of the same hardware and software: ${before.length} cases at larger scales`,
    table(['throughput', 'cases', 'median |err|', 'p90 |err|'], [
      ['model alone', String(sb.n), fmtPct(sb.medianPct), fmtPct(sb.p90Pct)],
      ['calibrated', String(sa.n), fmtPct(sa.medianPct), fmtPct(sa.p90Pct)],
    ]),
  ].join('\n');
}
