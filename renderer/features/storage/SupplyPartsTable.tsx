import type { StorageSizing } from '../../../core';
import { PLACEHOLDER, formatNumber } from '../../lib/format';
import { consumerNoun } from './sizingChartData';

/** One decimal, always shown, so a column's figures line up: `180.0`. */
function oneDecimal(value: number): string {
  return Number.isFinite(value) ? value.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }) : PLACEHOLDER;
}

/** A part's share of its capacity in use: `62.4%`, or a placeholder for a part with no capacity left. */
function used(utilization: number): string {
  return Number.isFinite(utilization) ? `${oneDecimal(utilization * 100)}%` : PLACEHOLDER;
}

/** Every part of the data path at the answer: what it can supply (samples/s and GB/s of samples) and how much is used. */
export function SupplyPartsTable({ sizing }: { sizing: StorageSizing }) {
  const at = `${formatNumber(sizing.partsAtGpus)} ${consumerNoun(sizing, sizing.partsAtGpus)}`;
  return (
    <section className="cluster-card" aria-labelledby="storage-parts-title">
      <h3 className="cluster-card__title" id="storage-parts-title">Parts of the data path at {at} <span className="storage-estimate">estimates</span></h3>
      <div className="storage-table-scroll">
        <table className="storage-table" data-testid="storage-parts">
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col" className="num">Capacity (samples/s)</th>
              <th scope="col" className="num">Capacity (GB/s of samples)</th>
              <th scope="col" className="num">Used at {at}</th>
            </tr>
          </thead>
          <tbody>
            {sizing.parts.map((p) => (
              <tr key={p.id} data-limiting={p.limiting || undefined} className={p.limiting ? 'storage-row--limiting' : undefined}>
                <th scope="row">
                  {p.label}
                  {p.limiting ? <span className="storage-tag">gives out first</span> : null}
                </th>
                <td className="num">{formatNumber(p.samplesPerSec)}</td>
                <td className="num">{oneDecimal((p.samplesPerSec * sizing.recordBytes) / 1e9)}</td>
                <td className="num">{used(p.utilization)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="storage-muted">Each sample is {formatNumber(sizing.recordBytes / 1e6, 2)} MB as stored. A part at 100% is the wall; the part that gives out first is the narrowest one just past the answer.</p>
    </section>
  );
}
