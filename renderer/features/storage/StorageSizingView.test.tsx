// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEngine, loadProjectValue, sizeStorageOfDesign, type ProjectFile, type StorageSizingRequest } from '../../../core';
import cluster from '../../../assets/examples/cluster-16-shared-storage.json';
import nvme from '../../../assets/examples/dgx-a100-resnet50-nvme.json';
import '../../testing/jsdomPolyfills';
import { createAppStore } from '../../store/appStore';
import { AppStoreProvider } from '../../store/AppStoreProvider';
import { useClusterView } from '../cluster/clusterStore';
import { SizingEngineProvider, type SizingConnection } from './SizingEngineContext';
import { StorageSizingButton, StorageSizingOverlay } from './StorageSizingEntry';
import { DEFAULT_AU_TARGET_PCT, useStorageSizingView } from './storageSizingStore';

function project(raw: unknown): ProjectFile {
  const loaded = loadProjectValue(raw);
  if (!loaded.ok) throw new Error(loaded.errors[0]!.message);
  return loaded.project;
}

/** The core's engine, in the page: every answer is the model's own. */
function inPageEngine(): SizingConnection & { requests: StorageSizingRequest[] } {
  const engine = createEngine();
  const requests: StorageSizingRequest[] = [];
  return { requests, sizeStorage: vi.fn(async (design: unknown, request: StorageSizingRequest) => { requests.push(request); return engine.sizeStorage(design, request); }) };
}

function renderView(p: ProjectFile, connection: SizingConnection = inPageEngine()) {
  const store = createAppStore({ project: p });
  render(
    <AppStoreProvider store={store}>
      <SizingEngineProvider client={connection}>
        <StorageSizingButton />
        <StorageSizingOverlay />
      </SizingEngineProvider>
    </AppStoreProvider>,
  );
  fireEvent.click(screen.getByTestId('storage-sizing-toggle'));
  return { store, view: screen.getByTestId('storage-sizing-view') };
}

const status = () => screen.getByTestId('storage-sizing-status').getAttribute('data-status');

beforeEach(() => {
  useStorageSizingView.setState({ open: false, auTargetPct: DEFAULT_AU_TARGET_PCT, demand: { kind: 'design' }, warm: false });
  useClusterView.setState({ open: false });
});
afterEach(cleanup);

describe('StorageSizingView', () => {
  it('opens from its toggle and answers for the open design: headline, chart, parts, notes', async () => {
    const p = project(cluster);
    renderView(p);
    await waitFor(() => expect(status()).toBe('current'));
    const expected = sizeStorageOfDesign(p.design, { auTargetPct: 90 });
    if (!expected.ok) throw new Error('the example must size');
    const { maxGpus, hosts, limitingPart } = expected.sizing.result;
    expect(screen.getByTestId('storage-headline').textContent).toContain(`This storage and these clients keep ${maxGpus.toLocaleString('en-US')} GPUs (${hosts} hosts) ≥ 90% busy; the first part to give out is ${limitingPart.label}.`);
    expect(screen.getByTestId('storage-headline').textContent).toMatch(/estimate/);
    expect(screen.getByTestId('storage-chart')).toBeTruthy();
    const rows = within(screen.getByTestId('storage-parts')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(expected.sizing.parts.length);
    const limiting = rows.filter((r) => r.getAttribute('data-limiting') === 'true');
    expect(limiting).toHaveLength(1);
    expect(limiting[0]!.textContent).toContain('gives out first');
    expect(screen.getByTestId('storage-notes').textContent).not.toContain('--warm');
  });

  it('asks again for a new target, an emulated accelerator (its pass mark) and the warm page cache', async () => {
    const engine = inPageEngine();
    renderView(project(cluster), engine);
    await waitFor(() => expect(status()).toBe('current'));

    fireEvent.change(screen.getByTestId('storage-au-target'), { target: { value: '70' } });
    await waitFor(() => expect(screen.getByTestId('storage-headline').textContent).toContain('≥ 70% busy'));

    fireEvent.click(screen.getByTestId('storage-cache-warm'));
    await waitFor(() => expect(engine.requests.at(-1)).toEqual({ auTargetPct: 70, warm: true }));
    await waitFor(() => expect(status()).toBe('current'));

    const demand = screen.getByTestId('storage-demand') as HTMLSelectElement;
    const resnet = [...demand.options].find((o) => /ResNet-50, H100/.test(o.text))!;
    fireEvent.change(demand, { target: { value: resnet.value } });
    await waitFor(() => expect(screen.getByTestId('storage-headline').textContent).toMatch(/keep [\d,]+ emulated accelerators \(\d+ hosts?\) ≥ 90% busy/));
    // The benchmark forbids caching: the request carries none, and the choice is disabled.
    expect(engine.requests.at(-1)).toEqual({ auTargetPct: 90, benchmark: 'resnet50-h100' });
    expect(screen.getByTestId('storage-cache-warm').matches(':disabled')).toBe(true);

    const cosmo = [...demand.options].find((o) => /CosmoFlow, H100/.test(o.text))!;
    fireEvent.change(demand, { target: { value: cosmo.value } });
    await waitFor(() => expect((screen.getByTestId('storage-au-target') as HTMLInputElement).value).toBe('70'));
  });

  it('says in the user\'s words when the design has no shared storage and no drives, and recovers', async () => {
    const bare = project(nvme);
    for (const t of bare.design.serverTypes) {
      const drives = new Set(t.components.filter((c) => /ssd|hdd/.test(c.kind)).map((c) => c.id));
      t.components = t.components.filter((c) => !drives.has(c.id));
      t.links = t.links.filter((l) => !drives.has(l.from) && !drives.has(l.to));
    }
    renderView(bare);
    await waitFor(() => expect(status()).toBe('error'));
    expect(screen.getByTestId('storage-sizing-errors').textContent).toMatch(/no shared storage and its GPU servers have no drives/);
    expect(screen.queryByTestId('storage-headline')).toBeNull();

    fireEvent.change(screen.getByTestId('storage-au-target'), { target: { value: '150' } });
    await waitFor(() => expect(screen.getByTestId('storage-sizing-errors').textContent).toMatch(/percentage from 1 to 100/));
  });

  it('shows an engine failure as an error, and closes when the Cluster sharing view opens', async () => {
    renderView(project(cluster), { sizeStorage: () => Promise.reject(new Error('The engine worker failed: it could not be loaded.')) });
    await waitFor(() => expect(status()).toBe('error'));
    expect(screen.getByTestId('storage-sizing-errors').textContent).toContain('The engine could not size this design: The engine worker failed');
    act(() => useClusterView.getState().setOpen(true));
    expect(screen.queryByTestId('storage-sizing-view')).toBeNull();
    expect(useStorageSizingView.getState().open).toBe(false);
  });
});
