import type { CostResult } from '../../../core';
import { formatNumber } from '../../lib/format';
import { bomConfidenceLabels, bomGroups, formatMoney, unpricedNote, type BomAudience } from './bomView';
import './bom.css';

/**
 * The bill of materials as a configurator shows it: a heading per server type and for the fabric, storage,
 * racks and support; per line the model and SKU, quantity, unit and extended price and price confidence;
 * subtotals, the discount, the total and how many lines it leaves out. `showBasis` puts each price's basis in
 * a tooltip (the editor); the printed proposal (`audience: 'customer'`) leaves it out and reads "on request"
 * where the editor says "price needed".
 */
export function BomTable({ cost, showBasis = false, testId = 'bom-table', audience = 'editor' }: { cost: CostResult; showBasis?: boolean; testId?: string; audience?: BomAudience }) {
  const t = cost.bomTotals;
  const money = (usd: number | null) => formatMoney(usd, t.currency);
  const labels = bomConfidenceLabels(audience);
  return (
    <table className="bom-table report-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">SKU</th>
          <th scope="col" className="num">Qty</th>
          <th scope="col" className="num">Unit price</th>
          <th scope="col" className="num">Extended</th>
          <th scope="col">Price</th>
        </tr>
      </thead>
      {bomGroups(cost.bom).map((g) => (
        <tbody key={g.group} data-testid="bom-group">
          <tr className="bom-table__group">
            <th scope="rowgroup" colSpan={6}>{g.group}</th>
          </tr>
          {g.lines.map((line, i) => (
            <tr
              key={`${line.item}:${i}`}
              data-testid="bom-line"
              data-confidence={line.confidence}
              className={line.confidence === 'price needed' ? 'bom-table__line bom-table__line--needed' : line.confidence === 'estimate' ? 'bom-table__line bom-table__line--estimate' : 'bom-table__line'}
              title={showBasis ? line.basis : undefined}
            >
              <td>{line.item}{line.perServer !== undefined && line.perServer !== line.count ? <span className="bom-table__per"> ({formatNumber(line.perServer)} per server)</span> : null}</td>
              <td className="bom-table__sku">{line.sku ?? ''}</td>
              <td className="num">{formatNumber(line.count)}</td>
              <td className="num">{line.confidence === 'included' ? 'incl.' : money(line.unitPriceUsd)}</td>
              <td className="num">{line.confidence === 'included' ? 'incl.' : money(line.totalUsd)}</td>
              <td className="bom-table__confidence">{labels[line.confidence]}</td>
            </tr>
          ))}
          <tr className="bom-table__subtotal">
            <th scope="row" colSpan={4}>Subtotal, {g.group}{g.unpriced ? ` (${g.unpriced} ${audience === 'customer' ? 'on request' : 'without a price'})` : ''}</th>
            <td className="num">{g.unpriced === g.lines.length ? labels['price needed'] : money(g.subtotalUsd)}</td>
            <td />
          </tr>
        </tbody>
      ))}
      <tfoot>
        {t.discountUsd > 0 ? (
          <>
            <tr><th scope="row" colSpan={4}>Hardware</th><td className="num">{money(t.hardwareListUsd)}</td><td /></tr>
            <tr><th scope="row" colSpan={4}>Discount</th><td className="num" data-testid="bom-discount">−{money(t.discountUsd)}</td><td /></tr>
          </>
        ) : null}
        <tr><th scope="row" colSpan={4}>Hardware total (purchase price)</th><td className="num" data-testid="bom-hardware-total">{money(t.hardwareUsd)}</td><td /></tr>
        {t.supportUsd > 0 ? <tr><th scope="row" colSpan={4}>Support</th><td className="num">{money(t.supportUsd)}</td><td /></tr> : null}
        <tr className="bom-table__total"><th scope="row" colSpan={4}>Total</th><td className="num" data-testid="bom-total">{money(t.totalUsd)}</td><td>{t.estimatedLines > 0 ? 'includes estimates' : ''}</td></tr>
        {t.unpricedLines > 0 ? (
          <tr className="bom-table__note"><td colSpan={6} data-testid="bom-unpriced-note">{unpricedNote(t, audience)}</td></tr>
        ) : null}
      </tfoot>
    </table>
  );
}
