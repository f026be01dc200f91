// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EvaluateResponse } from '../core';
import './testing/jsdomPolyfills';
import { App } from './App';
import { createWebPlatform } from './platform/webPlatform';
import { createAppStore } from './store/appStore';
import type { EngineConnection } from './store/evaluationSync';
import { makeProject, okResponse } from './testing/fixtures';

afterEach(cleanup);

function renderApp(evaluate: EngineConnection['evaluate'] = async () => okResponse()) {
  const store = createAppStore({ project: makeProject('Test rig') });
  const engine: EngineConnection = { evaluate: vi.fn(evaluate), cancel: vi.fn() };
  render(<App store={store} engine={engine} platform={createWebPlatform()} />);
  return { store, engine };
}

describe('App', () => {
  it('lays out the labelled regions of the window', () => {
    renderApp(() => new Promise<EvaluateResponse>(() => undefined));
    expect(screen.getByTestId('app-shell')).toBeTruthy();
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByTestId('design-name').textContent).toBe('Test rig');

    const palette = screen.getByRole('region', { name: 'Components' });
    for (const kind of ['gpu', 'cpu', 'memory', 'nvme-ssd', 'sata-ssd', 'hdd', 'pcie-switch', 'nic', 'nvswitch', 'psu', 'network-switch', 'shared-storage']) {
      expect(within(palette).getByTestId(`palette-item-${kind}`)).toBeTruthy();
    }

    const canvas = screen.getByTestId('canvas');
    expect(canvas).toBe(screen.getByRole('region', { name: 'Topology' }));
    expect(within(canvas).getByText('1 server type · 2 servers')).toBeTruthy();

    const inspector = screen.getByRole('region', { name: 'Inspector' });
    expect(within(inspector).getByRole('tab', { name: 'Selection' })).toBeTruthy();
    expect((within(inspector).getByTestId('inspector-design-name') as HTMLInputElement).value).toBe('Test rig');

    expect(screen.getByRole('region', { name: 'Results' })).toBeTruthy();
  });

  it('shows placeholders until the engine answers, then the formatted numbers', async () => {
    let answer: (response: EvaluateResponse) => void = () => undefined;
    renderApp(() => new Promise<EvaluateResponse>((resolve) => (answer = resolve)));
    expect(screen.getByTestId('metric-throughput').textContent).toBe('—');
    expect(screen.getByTestId('results-status').dataset.status).toBe('stale');

    await act(async () => answer(okResponse()));
    expect(screen.getByTestId('metric-throughput').textContent).toBe('27,120 img/s');
    expect(screen.getByTestId('metric-time-to-model').textContent).toBe('28.4 min');
    expect(screen.getByTestId('metric-cost-per-image').textContent).toBe('$0.000021 / image');
    expect(screen.getByTestId('metric-bottleneck').textContent).toBe('Storage');
    expect(screen.getByText(/\$21\.30 per million images · \$0\.97 per trained model/)).toBeTruthy();
    expect(screen.getByTestId('bottleneck-explanation').textContent).toMatch(/NVMe drives deliver 12.4 GB\/s/);
    expect(screen.getByTestId('results-status').textContent).toBe('Results current');
  });

  it('lists input errors the engine reports', async () => {
    renderApp(async () => ({ ok: false, errors: [{ path: 'serverTypes[0].components[2].model', message: 'unknown GPU "h1OO"' }] }));
    const problems = await screen.findByTestId('results-problems');
    expect(problems.textContent).toMatch(/unknown GPU "h1OO" serverTypes\[0\]\.components\[2\]\.model/);
    expect(screen.getByTestId('results-status').dataset.status).toBe('error');
  });

  it('re-evaluates after an edit and undoes it with Ctrl+Z, redoes with Ctrl+Y', async () => {
    const { store, engine } = renderApp();
    await waitFor(() => expect(screen.getByTestId('results-status').dataset.status).toBe('current'));

    act(() =>
      store.getState().updateDesign((design) => {
        design.name = 'Edited rig';
      }),
    );
    expect(screen.getByTestId('design-name').textContent).toBe('Edited rig');
    expect(engine.evaluate).toHaveBeenCalledTimes(2);

    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(screen.getByTestId('design-name').textContent).toBe('Test rig');
    fireEvent.keyDown(window, { key: 'y', ctrlKey: true });
    expect(screen.getByTestId('design-name').textContent).toBe('Edited rig');
    await waitFor(() => expect(screen.getByTestId('results-status').dataset.status).toBe('current'));
  });
});
