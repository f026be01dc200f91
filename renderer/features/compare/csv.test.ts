import { describe, expect, it } from 'vitest';
import type { BomLine, Evaluation } from '../../../core';
import { makeEvaluation, makeProject } from '../../testing/fixtures';
import { sampleNoun } from '../../lib/sampleNoun';
import { bomComparisonCsv, bomCsv, comparisonCsv, csvField, toCsv } from './csv';
import type { ScenarioResult } from './scenarioResults';

const design = makeProject().design;
const BOM: BomLine[] = [
  { section: 'server', group: 'DGX A100', item: 'NVIDIA A100 SXM4 80GB', sku: 'a100-sxm4-80gb', perServer: 8, count: 16, unitPriceUsd: 15_000, totalUsd: 240_000, confidence: 'estimate', basis: 'planning estimate' },
  { section: 'server', group: 'DGX A100', item: 'Samsung PM1733 3.84 TB, "U.2"', count: 8, unitPriceUsd: 900, totalUsd: 7_200, confidence: 'catalog', basis: 'list price' },
];
function result(name: string, overrides: Partial<Evaluation> = {}): ScenarioResult {
  const evaluation = makeEvaluation(overrides);
  evaluation.cost = { ...evaluation.cost, bom: BOM };
  return { id: name, name, active: false, design, noun: sampleNoun(design.workload), errors: [], evaluation };
}

/** Minimal RFC 4180 reader, to check that what is written reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += ch;
  }
  return rows;
}

describe('CSV', () => {
  it('quotes commas, quotes and line breaks and reads back the same cells', () => {
    const cells = [['plain', 'a, b', 'say "hi"', 'two\nlines', 42, 0.000021, null]];
    expect(parseCsv(toCsv(cells))).toEqual([['plain', 'a, b', 'say "hi"', 'two\nlines', '42', '0.000021', '']]);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('writes the comparison with one column per scenario, raw numbers and the target checks', () => {
    const a = result('Rig, A');
    const b = result('Rig B', { samplesPerSec: 10_000 });
    const rows = parseCsv(comparisonCsv([a, b], { deadlineHours: 1, budgetBasis: 'capex' }));
    expect(rows[0]).toEqual(['Metric', 'Unit', 'Rig, A', 'Rig B']);
    expect(rows.find((r) => r[0] === 'Throughput')).toEqual(['Throughput', 'samples/s', '27120', '10000']);
    expect(rows.find((r) => r[0] === 'Bottleneck')).toEqual(['Bottleneck', '', 'Storage', 'Storage']);
    const deadline = rows.find((r) => r[0]!.startsWith('Meets the deadline'))!;
    const expected = a.evaluation!.time.totalSeconds <= 3600 ? 'yes' : 'no';
    expect(deadline.slice(2)).toEqual([expected, expected]);
    expect(rows.every((r) => r.length === 4)).toBe(true);
  });

  it('writes the 80% range of a figure as low and high rows, empty where a scenario has none', () => {
    const a = result('A', { uncertainty: { samplesPerSec: { low: 24_000, high: 30_000 }, basis: 'test' } });
    const rows = parseCsv(comparisonCsv([a, result('B')], { budgetBasis: 'capex' }));
    expect(rows.find((r) => r[0] === 'Throughput, 80% range low')).toEqual(['Throughput, 80% range low', 'samples/s', '24000', '']);
    expect(rows.find((r) => r[0] === 'Throughput, 80% range high')).toEqual(['Throughput, 80% range high', 'samples/s', '30000', '']);
    expect(rows.find((r) => r[0] === 'Time to model, 80% range low')![2]).toBe('');
  });

  it('writes every bill of materials line with its price confidence', () => {
    const a = result('A');
    const rows = parseCsv(bomCsv([a, result('B')]));
    expect(rows[0]).toEqual(['Scenario', 'Group', 'Item', 'SKU', 'Count', 'Unit price (USD)', 'Total (USD)', 'Price confidence']);
    // Every line, then one total row per scenario.
    expect(rows).toHaveLength(1 + 2 * (a.evaluation!.cost.bom.length + 1));
    const line = a.evaluation!.cost.bom[0]!;
    expect(rows[1]).toEqual(['A', line.group, line.item, line.sku, String(line.count), String(line.unitPriceUsd), String(line.totalUsd), line.confidence]);
    expect(rows[3]!.slice(0, 2)).toEqual(['A', 'Total']);
    expect(rows[3]![6]).toBe(String(a.evaluation!.cost.bomTotals.hardwareUsd));
    expect(parseCsv(bomComparisonCsv([a]))[1]).toEqual([line.item, String(line.unitPriceUsd), line.confidence, String(line.count)]);
  });
});
