import { useId, useState } from 'react';
import { GPU_INTERCONNECT_LABEL, type TemplateField } from '../../../core';
import { formatNumber, formatUsd } from '../../lib/format';
import type { GalleryEntry } from './galleryModel';

/** Props of one gallery card. */
export interface TemplateCardProps {
  entry: GalleryEntry;
  /** Name of the server type "Replace" would replace; null disables Replace. */
  replaceTargetName: string | null;
  onInsert: (count: number) => void;
  onReplace: () => void;
  /** Present for user templates. */
  onRemove?: () => void;
}

/** One template: what it holds, which values are assumed, and the Insert / Replace actions. */
export function TemplateCard({ entry, replaceTargetName, onInsert, onReplace, onRemove }: TemplateCardProps) {
  const { template: t, summary: s } = entry;
  const [countText, setCountText] = useState('1');
  const count = Number(countText);
  const countValid = /^\d{1,6}$/.test(countText) && count >= 1 && count <= 100_000;
  const countId = useId();
  const assumedTexts = (field: TemplateField) => t.assumptions.filter((a) => a.field === field).map((a) => a.text);

  const row = (label: string, value: string, fields: TemplateField[]) => {
    const notes = fields.flatMap(assumedTexts);
    const estimated = fields.some((f) => t.provenance[f].confidence === 'estimate');
    return (
      <div className="template-card__row" key={label}>
        <dt>{label}</dt>
        <dd>
          {value}
          {notes.length ? (
            <span className="template-card__assumed" title={notes.join('\n')} data-testid="assumed-marker">
              assumed
            </span>
          ) : estimated ? (
            <span className="template-card__estimate" title={fields.map((f) => t.provenance[f].source.join('; ')).join('\n')}>
              estimate
            </span>
          ) : null}
        </dd>
      </div>
    );
  };
  const power = [s.psus ? `PSUs ${s.psus}` : null, s.maxPowerW !== null ? `max ${formatNumber(s.maxPowerW / 1000, 1)} kW` : 'max power not published'].filter(Boolean).join(' · ');

  return (
    <article className="template-card" data-testid={`template-card-${t.id}`} aria-label={t.name}>
      <header className="template-card__header">
        <h3 className="template-card__name">{t.name}</h3>
        <p className="template-card__meta">
          {t.vendor} · {t.year} · {t.formFactor === 'rack' ? 'rack' : 'tower'}
          {entry.origin === 'user' ? <span className="template-card__user">your template</span> : null}
        </p>
      </header>
      <dl className="template-card__facts">
        {row('GPUs', s.gpuCount ? `${s.gpuCount} × ${s.gpuName ?? '?'}${s.gpuMemoryGB ? ` (${s.gpuMemoryGB} GB)` : ''}` : 'none', ['gpus'])}
        {row('GPU link', GPU_INTERCONNECT_LABEL[s.gpuInterconnect], ['gpuInterconnect'])}
        {row('CPUs', s.cpus, ['cpus'])}
        {row('Memory', `${formatNumber(s.memoryGB)} GB`, ['memory'])}
        {row('Storage', s.storage, ['storage'])}
        {row('Network', s.network, ['network'])}
        {row('PCIe', t.assumptions.some((a) => a.field === 'pcieTree') ? 'tree partly assumed' : 'as published', ['pcieTree'])}
        {row('Power', power, ['psus', 'maxPowerW'])}
        {row('Rack units', s.rackUnits !== null ? `${s.rackUnits} U` : 'not rack-mounted / not published', ['rackUnits'])}
        {row('Price', s.priceUsd !== null ? formatUsd(s.priceUsd) : 'not published (parts)', ['priceUsd'])}
      </dl>
      {t.assumptions.length ? (
        <details className="template-card__assumptions">
          <summary>{t.assumptions.length} assumption{t.assumptions.length === 1 ? '' : 's'}</summary>
          <ul>
            {t.assumptions.map((a, i) => (
              <li key={i}>
                <strong>{a.field}</strong>: {a.text}
              </li>
            ))}
          </ul>
        </details>
      ) : (
        <p className="template-card__published">Every value published by the vendor.</p>
      )}
      <div className="template-card__actions">
        <label htmlFor={countId} className="template-card__count-label">
          Count
        </label>
        <input
          id={countId}
          className="template-card__count"
          type="number"
          min={1}
          max={100000}
          step={1}
          value={countText}
          aria-invalid={!countValid}
          onChange={(e) => setCountText(e.target.value)}
        />
        <button type="button" className="button button--small" disabled={!countValid} onClick={() => onInsert(count)}>
          Insert
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={replaceTargetName === null}
          title={replaceTargetName ? `Replace “${replaceTargetName}”, keeping its count, the workload and the settings` : 'The design has no server type to replace'}
          onClick={onReplace}
        >
          Replace
        </button>
        {onRemove ? (
          <button type="button" className="button button--small button--danger" onClick={onRemove}>
            Remove
          </button>
        ) : null}
      </div>
    </article>
  );
}
