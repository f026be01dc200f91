import { basename } from 'node:path';
import { importMlperfText, serializeTemplate } from '../../core';
import { UsageError } from '../errors';
import { readLimitedText } from './templates';

/**
 * `trainwright import-mlperf SYSTEM.json [--json]`: the template an MLPerf Training system description
 * becomes, followed by every assumption (with --json: one object with the template file, assumptions and notes).
 */
export function importMlperfCommand(args: string[], out: (s: string) => void): number {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  if (files.length !== 1 || files[0]!.startsWith('--')) throw new UsageError('usage: trainwright import-mlperf SYSTEM.json [--json]');
  const file = files[0]!;
  const res = importMlperfText(readLimitedText(file), { fileName: basename(file) });
  if (!res.ok) throw new UsageError(`${file}: ${res.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  if (json) {
    out(JSON.stringify({ templateFile: JSON.parse(serializeTemplate(res.template)), nodes: res.nodes, assumptions: res.assumptions, notes: res.notes }, null, 2));
    return 0;
  }
  out(serializeTemplate(res.template).trimEnd());
  out('');
  out(`Imported one node of ${res.nodes} from ${file}.`);
  out(`Assumptions (${res.assumptions.length}):`);
  for (const a of res.assumptions) out(`  - [${a.field}] ${a.text}`);
  if (res.notes.length) {
    out('Read from the description:');
    for (const n of res.notes) out(`  - ${n}`);
  }
  return 0;
}
