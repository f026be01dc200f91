import { sizeStorage, sizingInputOfDesign, validateStorage, type SizingResult, type StorageValidation } from '../../core';
import { UsageError } from '../errors';
import { num, table } from '../format';
import { readJsonFile } from '../readJson';
import { readDesignFile } from '../designFile';

const SIZE_USAGE = 'usage: trainwright size-storage DESIGN.json --au PCT [--benchmark ID] [--max-gpus N] [--warm] [--json]';
const VALIDATE_USAGE = 'usage: trainwright validate-storage DATAPATH.json [--json]';
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Value of `--name VALUE`, if given. */
function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value; ${SIZE_USAGE}`);
  return v;
}

/**
 * `trainwright size-storage DESIGN.json --au 90 [--benchmark ID] [--max-gpus N] [--json]`: how many GPUs of the
 * design's kind its storage and client servers keep at least PCT% busy, which part gives out first, and the AU curve.
 */
export function sizeStorageCommand(args: string[], out: (s: string) => void): number {
  const json = args.includes('--json');
  const known = new Set(['--json', '--au', '--benchmark', '--max-gpus', '--warm']);
  const unknown = args.find((a) => a.startsWith('--') && !known.has(a));
  if (unknown) throw new UsageError(`unknown option ${unknown}; ${SIZE_USAGE}`);
  const auText = option(args, '--au');
  if (auText === undefined) throw new UsageError(`--au is required; ${SIZE_USAGE}`);
  const au = Number(auText);
  if (!Number.isFinite(au) || au <= 0 || au > 100) throw new UsageError(`--au must be a percentage in (0, 100], got "${auText}"`);
  const maxText = option(args, '--max-gpus');
  const maxGpus = maxText === undefined ? undefined : Number(maxText);
  if (maxGpus !== undefined && (!Number.isInteger(maxGpus) || maxGpus < 1 || maxGpus > 10_000_000)) throw new UsageError(`--max-gpus must be a whole number from 1 to 10,000,000, got "${maxText}"`);
  const benchmark = option(args, '--benchmark');
  const values = new Set([auText, maxText, benchmark].filter((v): v is string => v !== undefined));
  const files = args.filter((a, i) => !a.startsWith('--') && !(values.has(a) && args[i - 1]?.startsWith('--')));
  if (files.length !== 1) throw new UsageError(SIZE_USAGE);
  const file = files[0]!;
  const { design } = readDesignFile(file);
  const mapped = sizingInputOfDesign(design, au / 100, { ...(benchmark ? { benchmark } : {}), ...(maxGpus ? { maxGpus } : {}), warm: args.includes('--warm') });
  if (!mapped.ok) throw new UsageError(`${file}: ${mapped.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  const r = sizeStorage(mapped.input);
  if (json) {
    out(JSON.stringify({
      auTarget: r.auTarget, maxGpus: r.maxGpus, hosts: r.hosts, capped: r.capped, demandPerGpuSamplesPerSec: r.demandPerGpu, limitingPart: r.limitingPart,
      curve: r.curve.map((p) => ({ gpus: p.gpus, hosts: p.hosts, au: p.au, samplesPerSec: p.samplesPerSec, limitingPart: p.limitingPart.id })), notes: mapped.notes,
    }, null, 2));
  } else out(sizingSummary(r, mapped.notes));
  return 0;
}

/** The readable sizing answer. */
export function sizingSummary(r: SizingResult, notes: string[]): string {
  const head = r.maxGpus === 0
    ? `Not even one server's GPUs stay ${pct(r.auTarget)} busy: ${r.limitingPart.label} gives out first.`
    : r.capped
      ? `At least ${num(r.maxGpus)} GPUs (${num(r.hosts)} servers) stay >= ${pct(r.auTarget)} busy: no part gives out up to the search limit.`
      : `${num(r.maxGpus)} GPUs (${num(r.hosts)} servers) stay >= ${pct(r.auTarget)} busy; past that, ${r.limitingPart.label} gives out first.`;
  const rows = r.curve.map((p) => [num(p.gpus), num(p.hosts), pct(p.au), num(p.samplesPerSec), p.limitingPart.label]);
  return [head, `Each GPU asks ${num(r.demandPerGpu, 1)} samples/s.`, '', table(['GPUs', 'Servers', 'AU', 'Samples/s', 'Narrowest part'], rows), '', ...notes.map((n) => `- ${n}`), '- Estimates: storage, client and format constants are sourced estimates (core/storage/params.ts).'].join('\n');
}

/**
 * `trainwright validate-storage DATAPATH.json [--json]`: every MLPerf Storage result mapped to a design from its
 * hardware description, its predicted max accelerators and samples/s against the published ones; last line the summary.
 */
export function validateStorageCommand(args: string[], out: (s: string) => void): number {
  const json = args.includes('--json');
  const unknown = args.find((a) => a.startsWith('--') && a !== '--json');
  if (unknown) throw new UsageError(`unknown option ${unknown}; ${VALIDATE_USAGE}`);
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) throw new UsageError(VALIDATE_USAGE);
  const data = readJsonFile(files[0]!);
  if (!Array.isArray(data)) throw new UsageError(`${files[0]}: expected a JSON array of rows`);
  const v = validateStorage(data);
  out(json ? JSON.stringify(v, null, 2) : validationReport(v));
  return 0;
}

const signed = (e: number | undefined) => (e === undefined ? '-' : `${e >= 0 ? '+' : ''}${(e * 100).toFixed(0)}%`);

/** A row per result, then the sign balance and the one summary line (last). */
export function validationReport(v: StorageValidation): string {
  const rows = v.rows.map((r) => (r.ok
    ? [r.id, r.workload, num(r.hosts), num(r.publishedAccelerators), num(r.predictedMaxAccelerators), r.isMax ? signed(r.maxAcceleratorsError) : 'not max', num(r.measuredSamplesPerSec ?? NaN), num(r.predictedSamplesPerSec), signed(r.samplesPerSecError), r.limitingPart]
    : [r.id, '', '', '', '', '', '', '', '', `lacks ${r.missing}`]));
  const m = v.maxAccelerators;
  const s = v.samplesPerSec;
  const f = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    table(['Result', 'Workload', 'Hosts', 'Published accel.', 'Predicted max', 'Error', 'Measured samples/s', 'Predicted samples/s', 'Error', 'Gives out first / missing field'], rows),
    '',
    `max accelerators: ${m.over} over, ${m.under} under, ${m.n - m.over - m.under} exact (of ${m.n} results published as the system's maximum); samples/s: ${s.over} over, ${s.under} under`,
    `storage: evaluated ${v.evaluated}/${v.total} | max accelerators APE median ${f(m.medianApe)} p90 ${f(m.p90Ape)} | samples/s APE median ${f(s.medianApe)} p90 ${f(s.p90Ape)}`,
  ].join('\n');
}
