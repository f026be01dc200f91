// CSV export of the comparison and of the bills of materials (RFC 4180: comma separated, CRLF lines,
// fields with commas, quotes or line breaks quoted). Numbers are written raw, units go in the headers,
// so a spreadsheet can compute with them.
import { bomRows, metricsFor } from './compareRows';
import { checkTargets, type ScenarioResult, type Targets } from './scenarioResults';
import { CAUSES } from '../../../core';

/** One CSV field, quoted when it has to be. Cells that a spreadsheet would run as a formula are prefixed with `'`. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // A leading =, +, - or @ makes spreadsheets evaluate the cell (CSV injection); names never need it.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows to CSV text (CRLF line ends, a final line end). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const OUTCOME: Record<string, string> = { unset: '', met: 'yes', missed: 'no' };

/** The comparison: one row per metric, one column per scenario, then bottleneck and the target checks. */
export function comparisonCsv(results: readonly ScenarioResult[], targets: Targets): string {
  const header = ['Metric', 'Unit', ...results.map((r) => r.name)];
  const finite = (x: number | undefined) => (x !== undefined && Number.isFinite(x) ? x : null);
  // A metric with a range gets its 80% low and high as rows of their own, so a spreadsheet can use them.
  const rows: Array<Array<string | number | null>> = metricsFor(results).flatMap((m) => {
    const row = [m.label, m.csvUnit, ...results.map((r) => (r.evaluation ? finite(m.value(r.evaluation)) : null))];
    const range = m.range;
    if (!range) return [row];
    return [
      row,
      [`${m.label}, 80% range low`, m.csvUnit, ...results.map((r) => (r.evaluation ? finite(range(r.evaluation)?.low) : null))],
      [`${m.label}, 80% range high`, m.csvUnit, ...results.map((r) => (r.evaluation ? finite(range(r.evaluation)?.high) : null))],
    ];
  });
  rows.push(['Bottleneck', '', ...results.map((r) => (r.evaluation ? CAUSES[r.evaluation.bottleneck.cause].label : null))]);
  rows.push(['Prices include estimates', '', ...results.map((r) => (r.evaluation ? (r.evaluation.cost.capexIncludesEstimates ? 'yes' : 'no') : null))]);
  if (targets.deadlineHours !== undefined) {
    rows.push([`Meets the deadline of ${targets.deadlineHours} h`, '', ...results.map((r) => (r.evaluation ? OUTCOME[checkTargets(r.evaluation, targets).deadline]! : null))]);
  }
  if (targets.budgetUsd !== undefined) {
    const basis = targets.budgetBasis === 'capex' ? 'purchase' : 'per trained model';
    rows.push([`Within the budget of ${targets.budgetUsd} USD (${basis})`, '', ...results.map((r) => (r.evaluation ? OUTCOME[checkTargets(r.evaluation, targets).budget]! : null))]);
  }
  rows.push(['Cannot evaluate', '', ...results.map((r) => (r.errors.length ? r.errors.join('; ') : null))]);
  return toCsv([header, ...rows]);
}

/** The bills of materials: one row per scenario and item, with count, unit price, total and price confidence. */
export function bomCsv(results: readonly ScenarioResult[]): string {
  const rows: Array<Array<string | number | null>> = [['Scenario', 'Group', 'Item', 'SKU', 'Count', 'Unit price (USD)', 'Total (USD)', 'Price confidence']];
  for (const r of results) {
    for (const line of r.evaluation?.cost.bom ?? []) rows.push([r.name, line.group, line.item, line.sku ?? '', line.count, line.unitPriceUsd, line.totalUsd, line.confidence]);
    const t = r.evaluation?.cost.bomTotals;
    if (t) rows.push([r.name, 'Total', `Hardware after discount${t.unpricedLines ? ` (${t.unpricedLines} lines without a price left out)` : ''}`, '', '', '', t.hardwareUsd, t.estimatedLines ? 'includes estimates' : '']);
  }
  return toCsv(rows);
}

/** The combined bill of materials: one row per item, the count each scenario buys. */
export function bomComparisonCsv(results: readonly ScenarioResult[]): string {
  return toCsv([['Item', 'Unit price (USD)', 'Price confidence', ...results.map((r) => `${r.name} (count)`)], ...bomRows(results).map((row) => [row.item, row.unitPriceUsd, row.confidence, ...row.counts])]);
}
