import { GPU_INTERCONNECT_LABEL, TEMPLATE_LIMITS, designFromTemplate, evaluateDesign, findShippedTemplate, shippedTemplates, summarizeTemplate, type TemplateSummary } from '../../core';
import { UsageError } from '../errors';
import { readInputText } from '../readJson';
import { num, table, usd } from '../format';
import { summary } from './evaluate';

/** Reads a text file no larger than `maxBytes` (templates and MLPerf descriptions): see `readInputText`. */
export function readLimitedText(file: string, maxBytes: number = TEMPLATE_LIMITS.maxTextLength): string {
  return readInputText(file, maxBytes);
}

/** A value marked as assumed or estimated when its field rests on an assumption. */
function mark(s: TemplateSummary, field: TemplateSummary['assumedFields'][number], text: string): string {
  return s.assumedFields.includes(field) ? `${text}*` : text;
}

/** `trainwright templates [--json]`: the shipped server templates as a table, or as JSON with their summaries. */
export function templatesCommand(args: string[], out: (s: string) => void): number {
  const unknown = args.filter((a) => a !== '--json');
  if (unknown.length) throw new UsageError('usage: trainwright templates [--json]');
  const templates = shippedTemplates();
  if (args.includes('--json')) {
    out(JSON.stringify(templates.map((t) => ({ ...summarizeTemplate(t), assumptions: t.assumptions })), null, 2));
    return 0;
  }
  const rows = templates.map((t) => {
    const s = summarizeTemplate(t);
    return [
      s.id,
      s.vendor,
      String(s.year),
      mark(s, 'gpus', `${s.gpuCount} x ${(s.gpuName ?? '-').replace(/^(NVIDIA|AMD) /, '')}`),
      mark(s, 'gpuInterconnect', GPU_INTERCONNECT_LABEL[s.gpuInterconnect]),
      mark(s, 'cpus', s.cpus.replace(/ \(\d+ cores\)/, '')),
      mark(s, 'memory', `${num(s.memoryGB)} GB`),
      s.rackUnits === null ? mark(s, 'rackUnits', t.formFactor) : mark(s, 'rackUnits', `${s.rackUnits}U`),
      s.maxPowerW === null ? 'est.' : `${num(s.maxPowerW / 1000, 1)} kW`,
      s.priceUsd === null ? 'parts' : usd(s.priceUsd),
    ];
  });
  out(table(['Id', 'Vendor', 'Year', 'GPUs', 'GPU link', 'CPUs', 'Memory', 'Size', 'Max power', 'Price'], rows));
  out(`\n${templates.length} templates. * = rests on an assumption (see --json); "est." power and "parts" price: estimated by the engine from the parts.`);
  return 0;
}

function flagValue(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
  return v;
}

/**
 * `trainwright evaluate --template ID --workload ID [--nodes N] [--json]`: evaluates N servers of a shipped
 * template on a catalog workload without writing a design file; the template's assumptions follow the summary.
 */
export function evaluateTemplateCommand(args: string[], out: (s: string) => void): number {
  const usage = 'usage: trainwright evaluate --template ID --workload ID [--nodes N] [--json]';
  const known = new Set(['--template', '--workload', '--nodes', '--json']);
  args.forEach((a, i) => {
    const isValue = i > 0 && ['--template', '--workload', '--nodes'].includes(args[i - 1]!);
    if (!isValue && !known.has(a)) throw new UsageError(`unexpected "${a}"; ${usage}`);
  });
  const id = flagValue(args, '--template');
  const workload = flagValue(args, '--workload');
  const nodesText = flagValue(args, '--nodes') ?? '1';
  if (!id || !workload) throw new UsageError(usage);
  if (!/^\d{1,6}$/.test(nodesText) || Number(nodesText) < 1 || Number(nodesText) > 100_000) throw new UsageError(`--nodes: expected a whole number from 1 to 100000, got "${nodesText}"`);
  const template = findShippedTemplate(id);
  if (!template) throw new UsageError(`--template: unknown template "${id}"; run "trainwright templates" for the list`);
  const res = evaluateDesign(designFromTemplate(template, workload, Number(nodesText)));
  if (!res.ok) throw new UsageError(`--template ${id} --workload ${workload}: ${res.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  if (args.includes('--json')) {
    out(JSON.stringify({ ...res.evaluation, template: { id: template.id, name: template.name, assumptions: template.assumptions } }, null, 2));
    return 0;
  }
  out(`${nodesText} x ${template.name} training ${workload}\n`);
  out(summary(res.evaluation));
  if (template.assumptions.length) out(['', 'Template assumptions:', ...template.assumptions.map((a) => `  - [${a.field}] ${a.text}`)].join('\n'));
  return 0;
}
