/**
 * How the bill of materials reads on screen and in the proposal: amounts in the design's currency, the price
 * confidence in a customer's words, and the lines grouped under their headings with subtotals.
 */
import type { BomConfidence, BomLine, BomTotals } from '../../../core';
import { PLACEHOLDER, formatNumber, formatUsd } from '../../lib/format';

/** Price confidence as a reader of the proposal understands it. */
export const BOM_CONFIDENCE_LABELS: Record<BomConfidence, string> = {
  quoted: 'quoted',
  user: 'quoted',
  catalog: 'list price',
  estimate: 'estimate',
  included: 'included',
  'price needed': 'price needed',
};

/** An amount given in USD, shown in `currency` (whole units from 1,000 up); a placeholder for none. */
export function formatMoney(usd: number | null, currency: BomTotals['currency']): string {
  if (usd === null) return PLACEHOLDER;
  if (currency.code === 'USD' && currency.perUsd === 1) return formatUsd(usd);
  const amount = usd * currency.perUsd;
  if (!Number.isFinite(amount)) return PLACEHOLDER;
  return amount.toLocaleString('en-US', { style: 'currency', currency: currency.code, maximumFractionDigits: Math.abs(amount) >= 1000 ? 0 : 2 });
}

/** Lines under one heading, with the sum of their priced lines. */
export interface BomGroup {
  group: string;
  lines: BomLine[];
  subtotalUsd: number;
  /** Lines of the group without a price. */
  unpriced: number;
}

/** The lines in their groups, in the order the engine lists them. */
export function bomGroups(lines: readonly BomLine[]): BomGroup[] {
  const groups = new Map<string, BomGroup>();
  for (const line of lines) {
    let g = groups.get(line.group);
    if (!g) {
      g = { group: line.group, lines: [], subtotalUsd: 0, unpriced: 0 };
      groups.set(line.group, g);
    }
    g.lines.push(line);
    g.subtotalUsd += line.totalUsd ?? 0;
    if (line.confidence === 'price needed') g.unpriced++;
  }
  return [...groups.values()];
}

/** Who reads the bill of materials: the preparer in the editor, or the customer in the proposal. */
export type BomAudience = 'editor' | 'customer';

/** Confidence labels for `audience`: the customer reads "on request" where the preparer reads "price needed". */
export function bomConfidenceLabels(audience: BomAudience): Record<BomConfidence, string> {
  return audience === 'customer' ? { ...BOM_CONFIDENCE_LABELS, 'price needed': 'on request' } : BOM_CONFIDENCE_LABELS;
}

/** The sentence under a total that leaves lines out: `2 lines have no price yet and are not in the total.` */
export function unpricedNote(totals: Pick<BomTotals, 'unpricedLines'>, audience: BomAudience = 'editor'): string {
  const n = totals.unpricedLines;
  if (n === 0) return '';
  const lines = `${formatNumber(n)} line${n === 1 ? '' : 's'}`;
  return audience === 'customer'
    ? `${lines} priced on request ${n === 1 ? 'is' : 'are'} not in the total.`
    : `${lines} ${n === 1 ? 'has' : 'have'} no price yet and ${n === 1 ? 'is' : 'are'} not in the total.`;
}
