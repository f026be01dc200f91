import { useAppStore } from '../../store/AppStoreProvider';
import { SizingChart } from './SizingChart';
import { StorageSizingControls } from './StorageSizingControls';
import { SupplyPartsTable } from './SupplyPartsTable';
import { formatNumber, formatThroughput } from '../../lib/format';
import { consumerNoun, sizingHeadline } from './sizingChartData';
import { useStorageSizingView } from './storageSizingStore';
import { useStorageSizing } from './useStorageSizing';
import '../cluster/cluster.css';
import './storage.css';

const STATUS_TEXT = { computing: 'Sizing…', current: 'Results current', error: 'Cannot size' } as const;

/**
 * The "Storage sizing" view: how many GPUs of the open design's kind (or emulated accelerators) its storage and
 * client servers keep at least X% busy, which part gives out first, AU against GPU count and every part's load.
 */
export function StorageSizingView() {
  const designName = useAppStore((s) => s.project.design.name);
  const setOpen = useStorageSizingView((s) => s.setOpen);
  const { status, sizing, errors } = useStorageSizing();
  const shown = status === 'error' ? null : sizing;
  const gpuName = sizing?.consumer.kind === 'design' ? sizing.consumer.name : null;

  return (
    <div className="cluster-view" data-testid="storage-sizing-view" role="region" aria-label="Storage sizing">
      <div className="cluster-view__bar">
        <h2 className="cluster-view__title">Storage sizing</h2>
        <span className="storage-muted storage-view__design" title={designName}>{designName}</span>
        <span className="cluster-view__spacer" />
        <span className="cluster-status" data-testid="storage-sizing-status" data-status={status} role="status" aria-live="polite">{STATUS_TEXT[status]}</span>
        <button type="button" className="cluster-button" onClick={() => setOpen(false)}>Back to the design</button>
      </div>
      <div className="cluster-view__body">
        <StorageSizingControls gpuName={gpuName} />
        {status === 'error' ? (
          <div className="cluster-errors storage-errors" role="alert" data-testid="storage-sizing-errors">
            <strong>The storage of this design cannot be sized:</strong>
            <ul>{errors.map((e, i) => <li key={i}>{e.message}{/^\(|\s/.test(e.path) ? '' : <span className="storage-muted"> (at {e.path})</span>}</li>)}</ul>
          </div>
        ) : null}
        {shown ? (
          <div className={`storage-view__results${status === 'computing' ? ' storage-view__results--stale' : ''}`}>
            <section className="cluster-card storage-headline-card">
              <p className="storage-headline" data-testid="storage-headline">
                {sizingHeadline(shown)} <span className="storage-estimate" title="Modelled from the parts' ratings and sourced constants, not measured">estimate</span>
              </p>
              <p className="storage-muted" data-testid="storage-demand-line">
                Each {shown.consumer.kind === 'emulated' ? `emulated accelerator (${shown.consumer.name})` : shown.consumer.name} asks {formatThroughput(shown.result.demandPerGpu, 'samples')} when never starved
                {shown.consumer.kind === 'design' && shown.designGpus > 0 ? `; this design has ${formatNumber(shown.designGpus)} GPUs` : ''}.
              </p>
            </section>
            <div className="storage-view__grid">
              <section className="cluster-card" aria-label="AU against count">
                <h3 className="cluster-card__title">Accelerator utilization against the number of {consumerNoun(shown, 2)}</h3>
                <SizingChart sizing={shown} />
              </section>
              <section className="cluster-card" aria-labelledby="storage-notes-title">
                <h3 className="cluster-card__title" id="storage-notes-title">What the sizing assumes</h3>
                <ul className="storage-notes" data-testid="storage-notes">
                  {shown.notes.map((n, i) => <li key={i}>{n.charAt(0).toUpperCase() + n.slice(1)}</li>)}
                  <li>Capacities are estimates from the storage system's parts (drives, ports, controllers), the client stack and the CPUs, each constant sourced in the model.</li>
                </ul>
              </section>
            </div>
            <SupplyPartsTable sizing={shown} />
          </div>
        ) : status === 'computing' ? (
          <p className="storage-muted" data-testid="storage-sizing-waiting">Sizing the storage of this design…</p>
        ) : null}
      </div>
    </div>
  );
}
