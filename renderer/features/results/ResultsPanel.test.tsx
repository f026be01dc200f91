// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Evaluation, SweepResponse } from '../../../core';
import { createAppStore, type AppStore } from '../../store/appStore';
import { AppStoreProvider } from '../../store/AppStoreProvider';
import { makeEvaluation, makeProject, makeSweep, makeSweepPoint, okResponse, okSweep } from '../../testing/fixtures';
import { EvaluationCancelledError, type SweepRequestOptions } from '../../workers/engineClient';
import { EngineSweepProvider, type SweepConnection } from './EngineSweepContext';
import { ResultsPanel } from './ResultsPanel';
import { SWEEP_NODE_COUNTS } from './sweepCounts';

afterEach(cleanup);

interface SweepCall {
  design: unknown;
  nodeCounts: readonly number[];
  options: SweepRequestOptions | undefined;
  resolve: (response: SweepResponse) => void;
  reject: (error: unknown) => void;
}

/** A sweep connection whose answers the test releases by hand, in any order. */
function manualSweeps() {
  const calls: SweepCall[] = [];
  const connection: SweepConnection = {
    sweep: (design, nodeCounts, options) =>
      new Promise<SweepResponse>((resolve, reject) => {
        calls.push({ design, nodeCounts, options, resolve, reject });
      }),
    cancelSweep: vi.fn(),
  };
  return { connection, calls };
}

function storeWith(evaluation: Evaluation | null): AppStore {
  const store = createAppStore({ project: makeProject() });
  if (evaluation) {
    const id = store.getState().requestEvaluation();
    store.getState().receiveResponse(id, okResponse(evaluation));
  }
  return store;
}

function renderPanel(store: AppStore, sweeps?: SweepConnection) {
  const panel = <ResultsPanel />;
  return render(<AppStoreProvider store={store}>{sweeps ? <EngineSweepProvider client={sweeps}>{panel}</EngineSweepProvider> : panel}</AppStoreProvider>);
}

const tab = (name: string) => screen.getByRole('tab', { name });

const WITH_RESOURCES = makeEvaluation({
  resources: [
    { id: 'node/cpu0', label: 'AMD EPYC 7742 (64 cores)', kind: 'cpu', load: 46, capacity: 64, unit: 'cores', utilization: 46 / 64 },
    { id: 'node/drives', label: '4 x PM1733 NVMe', kind: 'drive', load: 12.4, capacity: 12.4, unit: 'GB/s', utilization: 1 },
    { id: 'node/l3', label: 'PCIe Gen4 x16 to sw0', kind: 'pcie-link', load: 0.84, capacity: 31.5, unit: 'GB/s', utilization: 0.84 / 31.5 },
    { id: 'node/gpus', label: '8 x A100', kind: 'gpu', load: 0.87, capacity: 1, unit: 'busy share', utilization: 0.87 },
  ],
  bottleneck: { cause: 'storage', resourceId: 'node/drives', explanation: 'The NVMe drives deliver 12.4 GB/s; the GPUs need 14.1 GB/s.' },
});

describe('ResultsPanel: headline metrics', () => {
  it('shows each metric as its value with its unit, plus the bottleneck sentence and fix', () => {
    renderPanel(storeWith(makeEvaluation()));
    expect(screen.getByTestId('metric-throughput').textContent).toBe('27,120 img/s');
    expect(screen.getByTestId('metric-time-to-model').textContent).toBe('28.4 min');
    expect(screen.getByTestId('metric-cost-per-image').textContent).toBe('$0.000021 / image');
    expect(screen.getByTestId('metric-cost-per-model').textContent).toBe('$0.97 / model');
    expect(screen.getByTestId('metric-bottleneck').textContent).toBe('Storage');
    expect(screen.getByText(/\$21\.30 per million images · \$0\.97 per trained model/)).toBeTruthy();
    const explanation = screen.getByTestId('bottleneck-explanation').textContent;
    expect(explanation).toMatch(/NVMe drives deliver 12\.4 GB\/s/);
    expect(explanation).toMatch(/Fix: Add two NVMe drives per server\./);
    // The fixture's capex includes estimated prices: both cost metrics say so.
    expect(screen.getAllByTitle(/^Estimate: some prices/).map((e) => e.textContent)).toEqual(['est.', 'est.']);
  });

  it('shows placeholders and says what happens while there is no evaluation', () => {
    renderPanel(storeWith(null));
    for (const id of ['metric-throughput', 'metric-time-to-model', 'metric-cost-per-image', 'metric-cost-per-model', 'metric-bottleneck']) {
      expect(screen.getByTestId(id).textContent).toBe('—');
    }
    expect(screen.getByText(/The engine is evaluating the design/)).toBeTruthy();
    expect(within(screen.getByTestId('results-panel-utilization')).getByText(/appears when the engine has evaluated the design/)).toBeTruthy();
  });

  it('dims the results while they are out of date and undims them on the new answer', () => {
    const store = storeWith(makeEvaluation());
    renderPanel(store);
    expect(screen.getByTestId('results-view').className).not.toMatch(/results--outdated/);
    let id = 0;
    act(() => {
      id = store.getState().requestEvaluation();
    });
    expect(screen.getByTestId('results-view').className).toMatch(/results--outdated/);
    expect(screen.getByTestId('results-view').getAttribute('aria-busy')).toBe('true');
    act(() => {
      store.getState().receiveResponse(id, okResponse(makeEvaluation({ samplesPerSec: 30_000 })));
    });
    expect(screen.getByTestId('results-view').className).not.toMatch(/results--outdated/);
    expect(screen.getByTestId('metric-throughput').textContent).toBe('30,000 img/s');
  });

  it('lists the input errors and points the charts at them', () => {
    const store = storeWith(null);
    const id = store.getState().requestEvaluation();
    store.getState().receiveResponse(id, { ok: false, errors: [{ path: 'serverTypes[0].count', message: 'must be at least 1' }] });
    renderPanel(store);
    expect(screen.getByTestId('results-problems').textContent).toMatch(/must be at least 1 serverTypes\[0\]\.count/);
    expect(screen.getByText(/Fix the problems listed with the results to see this chart/)).toBeTruthy();
  });
});

describe('ResultsPanel: chart tabs', () => {
  it('has a tab list whose tabs switch the panel by click and by keyboard', () => {
    renderPanel(storeWith(WITH_RESOURCES));
    const tablist = screen.getByRole('tablist', { name: 'Result charts' });
    expect(within(tablist).getAllByRole('tab').map((t) => t.textContent)).toEqual(['Utilization', 'GPU idle', 'Scaling', 'Cost']);
    expect(tab('Utilization').getAttribute('aria-selected')).toBe('true');
    expect(tab('Utilization').tabIndex).toBe(0);
    expect(tab('Cost').tabIndex).toBe(-1);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tab('Utilization').id);

    fireEvent.click(tab('GPU idle'));
    expect(tab('GPU idle').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('chart-gpu-idle')).toBeTruthy();

    fireEvent.keyDown(tab('GPU idle'), { key: 'ArrowRight' });
    expect(tab('Scaling').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('Scaling'));
    fireEvent.keyDown(tab('Scaling'), { key: 'End' });
    expect(document.activeElement).toBe(tab('Cost'));
    fireEvent.keyDown(tab('Cost'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('Utilization'));
    fireEvent.keyDown(tab('Utilization'), { key: 'ArrowLeft' });
    expect(tab('Cost').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('Cost'), { key: 'Home' });
    expect(tab('Utilization').getAttribute('aria-selected')).toBe('true');
  });

  it('lists utilization busiest first and marks the binding resource', () => {
    renderPanel(storeWith(WITH_RESOURCES));
    const rows = within(screen.getByTestId('utilization-table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual(['4 x PM1733 NVMe', '8 x A100', 'AMD EPYC 7742 (64 cores)', 'PCIe Gen4 x16 to sw0']);
    expect(rows[0]!.textContent).toMatch(/100%.*12\.4 \/ 12\.4 GB\/s \(binding\)/);
    expect(rows[2]!.textContent).toMatch(/72%.*46 \/ 64 cores$/);
    expect(screen.getByText(/Binding: 4 x PM1733 NVMe at 100%/)).toBeTruthy();
  });

  it('says what to do when there are no resource loads', () => {
    renderPanel(storeWith(makeEvaluation({ resources: [] })));
    expect(screen.getByText(/listed no resource loads/)).toBeTruthy();
  });

  it('shows GPU time as busy plus each waiting cause, in percent', () => {
    renderPanel(storeWith(makeEvaluation()));
    fireEvent.click(tab('GPU idle'));
    const items = within(screen.getByTestId('gpu-idle-legend')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['busy (computing)87%', 'waiting: storage10%', 'waiting: CPU3%']);
    expect(screen.getByText(/idle 13%/)).toBeTruthy();
  });

  it('breaks the hourly cost down, marks estimates and compares with the cloud when there is one', () => {
    const cloud = { instance: 'AWS p4de.24xlarge', instances: 2, usdPerHour: 81.93, usdPerTrainedModel: 45.7, breakEvenUtilizationPct: 22.8, breakEvenMonths: 11.05 };
    const store = storeWith(makeEvaluation({ cost: { ...makeEvaluation().cost, cloud } }));
    renderPanel(store);
    fireEvent.click(tab('Cost'));
    const rows = within(screen.getByTestId('cost-table')).getAllByRole('row').map((r) => r.textContent);
    expect(rows).toEqual(['Capex (amortized) (est.)$1.60 / h', 'Power$0.30 / h', 'Colocation$0 / h', 'Support (est.)$0.15 / h']);
    const title = screen.getByText(/Ownership \$2\.05 per hour of work at 70% utilization/);
    expect(title.parentElement!.textContent).toMatch(/includes estimates$/);
    expect(screen.getByTestId('cost-cloud-caption').textContent).toMatch(/AWS p4de\.24xlarge at \$81\.93 \/ h on demand \(2 instances\); owning breaks even above 23% utilization, after 11\.1 months\. Cloud speed is scaled from GPU compute \(estimate\)\./);
  });

  it('says how to get a cloud comparison when there is none', () => {
    renderPanel(storeWith(makeEvaluation()));
    fireEvent.click(tab('Cost'));
    expect(screen.getByTestId('cost-cloud-empty').textContent).toMatch(/Choose a cloud instance under Economics/);
  });
});

describe('ResultsPanel: scaling sweep', () => {
  it('says so when no engine sweep is provided', () => {
    renderPanel(storeWith(makeEvaluation()));
    fireEvent.click(tab('Scaling'));
    expect(screen.getByTestId('scaling-status').dataset.status).toBe('unavailable');
    expect(screen.getByText(/needs the engine worker/)).toBeTruthy();
  });

  it('asks for a sweep only when the tab opens, over the standard counts plus the design count', async () => {
    const store = storeWith(makeEvaluation());
    store.getState().updateDesign((design) => {
      design.serverTypes[0]!.count = 3;
    });
    const { connection, calls } = manualSweeps();
    renderPanel(store, connection);
    expect(calls).toHaveLength(0);

    fireEvent.click(tab('Scaling'));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.design).toBe(store.getState().project.design);
    expect(calls[0]!.nodeCounts).toEqual([...SWEEP_NODE_COUNTS.slice(0, 2), 3, ...SWEEP_NODE_COUNTS.slice(2)]);
    expect(calls[0]!.options).toMatchObject({ serverTypeId: 'node', immediate: true });
    expect(screen.getByTestId('scaling-status').dataset.status).toBe('computing');
    expect(screen.getByText(/Computing throughput and time-to-model/)).toBeTruthy();

    await act(async () => calls[0]!.resolve(okSweep(makeSweep([makeSweepPoint(1), makeSweepPoint(3, 0.9)], 3))));
    expect(screen.getByTestId('scaling-status').dataset.status).toBe('current');
    const rows = within(screen.getByTestId('scaling-table')).getAllByRole('row').slice(1);
    const cells = rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(cells).toEqual([
      ['1', '8', '13,600 img/s', '100%', '55.1 min'],
      ['3', '24', '36,720 img/s', '90%', '20.4 min'],
    ]);
    expect(rows[1]!.dataset.current).toBe('true');
  });

  it('never shows a stale sweep as current, whatever order the answers arrive in', async () => {
    const store = storeWith(makeEvaluation());
    const { connection, calls } = manualSweeps();
    renderPanel(store, connection);
    fireEvent.click(tab('Scaling'));
    await act(async () => calls[0]!.resolve(okSweep(makeSweep([makeSweepPoint(1), makeSweepPoint(2, 0.99)]))));
    expect(screen.getByTestId('scaling-status').dataset.status).toBe('current');

    // Two edits: the first sweep request is superseded by the second.
    act(() => store.getState().updateDesign((design) => void (design.name = 'Edit 1')));
    act(() => store.getState().updateDesign((design) => void (design.name = 'Edit 2')));
    expect(calls).toHaveLength(3);
    expect(calls[1]!.options?.immediate).toBe(false);
    // The previous sweep stays visible, dimmed and marked as computing, not as current.
    expect(screen.getByTestId('scaling-status').dataset.status).toBe('computing');
    expect(screen.getByTestId('chart-scaling').parentElement!.dataset.stale).toBe('true');

    // The answer to the superseded request arrives late: still not current, still the old numbers.
    await act(async () => calls[1]!.resolve(okSweep(makeSweep([makeSweepPoint(1, 1, 8, 10)]))));
    expect(screen.getByTestId('scaling-status').dataset.status).toBe('computing');
    expect(within(screen.getByTestId('scaling-table')).getAllByRole('row')).toHaveLength(3);

    await act(async () => calls[2]!.resolve(okSweep(makeSweep([makeSweepPoint(1), makeSweepPoint(2, 0.97), makeSweepPoint(4, 0.9)]))));
    expect(screen.getByTestId('scaling-status').dataset.status).toBe('current');
    expect(screen.getByTestId('chart-scaling').parentElement!.dataset.stale).toBeUndefined();
    expect(within(screen.getByTestId('scaling-table')).getAllByRole('row')).toHaveLength(4);
  });

  it('ignores a cancelled sweep, reports a refused design with its path, and names failed points', async () => {
    const store = storeWith(makeEvaluation());
    const { connection, calls } = manualSweeps();
    renderPanel(store, connection);
    fireEvent.click(tab('Scaling'));
    await act(async () => calls[0]!.reject(new EvaluationCancelledError()));
    expect(screen.getByTestId('scaling-status').dataset.status).toBe('computing');

    act(() => store.getState().updateDesign((design) => void (design.name = 'Edit')));
    await act(async () => calls[1]!.resolve({ ok: false, errors: [{ path: 'workload', message: 'unknown workload "x"' }] }));
    expect(screen.getByTestId('scaling-status').dataset.status).toBe('error');
    expect(screen.getByTestId('scaling-errors').textContent).toMatch(/workload: unknown workload "x"/);

    act(() => store.getState().updateDesign((design) => void (design.name = 'Edit again')));
    const failedPoint = { ok: false as const, serverCount: 64, error: 'The global batch of 256 is smaller than the 512 GPUs.' };
    await act(async () => calls[2]!.resolve(okSweep(makeSweep([makeSweepPoint(1), failedPoint]))));
    expect(screen.getByTestId('scaling-failed').textContent).toBe('Not evaluated at 64 servers: The global batch of 256 is smaller than the 512 GPUs.');
  });

  it('cancels the sweep when the tab closes and reuses the answer when it reopens on the same design', async () => {
    const store = storeWith(makeEvaluation());
    const { connection, calls } = manualSweeps();
    renderPanel(store, connection);
    fireEvent.click(tab('Scaling'));
    await act(async () => calls[0]!.resolve(okSweep()));
    fireEvent.click(tab('Cost'));
    expect(connection.cancelSweep).toHaveBeenCalled();
    fireEvent.click(tab('Scaling'));
    expect(calls).toHaveLength(1);
    expect(screen.getByTestId('scaling-status').dataset.status).toBe('current');
  });

  it('says what to do when no server has GPUs', () => {
    const store = storeWith(makeEvaluation());
    store.getState().updateDesign((design) => {
      design.serverTypes[0]!.components = design.serverTypes[0]!.components.filter((c) => c.kind !== 'gpu');
    });
    const { connection, calls } = manualSweeps();
    renderPanel(store, connection);
    fireEvent.click(tab('Scaling'));
    expect(calls).toHaveLength(0);
    expect(screen.getByText(/Add a GPU to a server/)).toBeTruthy();
  });
});
