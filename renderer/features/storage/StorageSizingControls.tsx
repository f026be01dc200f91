import { useState } from 'react';
import { EMULATED_ACCELERATOR_OPTIONS } from '../../../core';
import { useStorageSizingView } from './storageSizingStore';

const DESIGN = 'design';
const EMULATED_PREFIX = 'emulated:';

/** The sizing's questions: the AU to keep, whose demand, and a cold or warm page cache. */
export function StorageSizingControls({ gpuName }: { gpuName: string | null }) {
  const auTargetPct = useStorageSizingView((s) => s.auTargetPct);
  const demand = useStorageSizingView((s) => s.demand);
  const warm = useStorageSizingView((s) => s.warm);
  const setAuTargetPct = useStorageSizingView((s) => s.setAuTargetPct);
  const setDemand = useStorageSizingView((s) => s.setDemand);
  const setWarm = useStorageSizingView((s) => s.setWarm);
  const [draft, setDraft] = useState<string | null>(null);
  const emulated = demand.kind === 'emulated';

  const onDemand = (value: string) => {
    setDraft(null);
    if (value === DESIGN) setDemand({ kind: 'design' });
    else {
      const option = EMULATED_ACCELERATOR_OPTIONS.find((o) => `${EMULATED_PREFIX}${o.id}` === value);
      if (option) setDemand({ kind: 'emulated', id: option.id }, option.auThresholdPct);
    }
  };

  return (
    <section className="cluster-card storage-controls" aria-label="Sizing question">
      <label className="storage-field">
        <span className="storage-field__label">AU target (%)</span>
        <input
          className="storage-input"
          type="number"
          min={1}
          max={100}
          step={1}
          inputMode="decimal"
          data-testid="storage-au-target"
          aria-invalid={!(auTargetPct >= 1 && auTargetPct <= 100)}
          value={draft ?? String(auTargetPct)}
          onChange={(e) => {
            setDraft(e.target.value);
            setAuTargetPct(e.target.value.trim() === '' ? Number.NaN : Number(e.target.value));
          }}
          onBlur={() => setDraft(null)}
        />
        <span className="storage-field__hint">MLPerf Storage passes at 90%; 70% for CosmoFlow-style work (many small, fast samples).</span>
      </label>
      <label className="storage-field storage-field--wide">
        <span className="storage-field__label">Demand</span>
        <select className="storage-input" data-testid="storage-demand" value={emulated ? `${EMULATED_PREFIX}${demand.id}` : DESIGN} onChange={(e) => onDemand(e.target.value)}>
          <option value={DESIGN}>This design's GPUs{gpuName ? ` (${gpuName}, at their modelled rate)` : ''}</option>
          <optgroup label="Emulated accelerators (MLPerf Storage, no GPU compute)">
            {EMULATED_ACCELERATOR_OPTIONS.map((o) => (
              <option key={o.id} value={`${EMULATED_PREFIX}${o.id}`}>{o.name} · passes at {o.auThresholdPct}%</option>
            ))}
          </optgroup>
        </select>
        <span className="storage-field__hint">{emulated ? 'Each emulated accelerator sleeps a fixed compute time per batch, as the benchmark defines it; choosing one sets its pass mark as the target.' : 'Each GPU asks the samples/s it trains at when never starved (the design evaluated with synthetic data).'}</span>
      </label>
      <fieldset className="storage-field storage-cache" disabled={emulated}>
        <legend className="storage-field__label">Page cache</legend>
        <label className="storage-radio">
          <input type="radio" name="storage-cache" checked={!warm || emulated} onChange={() => setWarm(false)} data-testid="storage-cache-cold" /> Cold: every sample read from storage (first epoch)
        </label>
        <label className="storage-radio">
          <input type="radio" name="storage-cache" checked={warm && !emulated} onChange={() => setWarm(true)} data-testid="storage-cache-warm" /> Warm: each server's RAM serves what fits of its shard
        </label>
        {emulated ? <span className="storage-field__hint">MLPerf Storage does not allow caching: every sample comes from storage.</span> : null}
      </fieldset>
    </section>
  );
}
