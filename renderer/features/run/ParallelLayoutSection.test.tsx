// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreProvider } from '../../store/AppStoreProvider';
import { createAppStore, undo } from '../../store/appStore';
import { makeProject } from '../../testing/fixtures';
import { ParallelLayoutSection } from './ParallelLayoutSection';
import { memoryBar } from './parallelLayoutView';

afterEach(cleanup);

function renderSection(workload: string) {
  const project = makeProject();
  const store = createAppStore({ project: { ...project, design: { ...project.design, workload } } });
  store.temporal.getState().clear();
  render(
    <AppStoreProvider store={store}>
      <ParallelLayoutSection />
    </AppStoreProvider>,
  );
  return { store, pin: () => store.getState().project.design.run.parallelism };
}

describe('ParallelLayoutSection', () => {
  it('is absent for a workload without a transformer architecture', () => {
    renderSection('resnet50-imagenet');
    expect(screen.queryByTestId('run-parallel-layout')).toBeNull();
  });

  it('pins a degree on Enter and drops the pin when emptied, one undo step each', () => {
    const { pin, store } = renderSection('llama2-70b-lora');
    const tensor = screen.getByTestId('run-layout-tensor');
    fireEvent.change(tensor, { target: { value: '4' } });
    fireEvent.keyDown(tensor, { key: 'Enter' });
    expect(pin()).toEqual({ tensor: 4 });
    fireEvent.change(screen.getByTestId('run-layout-zero'), { target: { value: '3' } });
    expect(pin()).toEqual({ tensor: 4, zeroStage: 3 });
    fireEvent.change(screen.getByTestId('run-layout-zero'), { target: { value: 'search' } });
    fireEvent.change(tensor, { target: { value: '' } });
    fireEvent.keyDown(tensor, { key: 'Enter' });
    expect(pin()).toBeUndefined();
    undo(store);
    expect(pin()).toEqual({ tensor: 4 });
  });

  it('offers expert parallelism only for an MoE model', () => {
    renderSection('llama3.1-8b');
    expect(screen.queryByTestId('run-layout-expert')).toBeNull();
    cleanup();
    renderSection('mixtral-8x7b');
    expect(screen.getByTestId('run-layout-expert')).toBeTruthy();
  });
});

describe('memoryBar', () => {
  it('sizes each kind as a share of the GPU memory and marks the usable share', () => {
    const bar = memoryBar({ memoryPerGpu: { weights: 20e9, gradients: 4e9, optimizer: 16e9, activations: 40e9, total: 80e9 }, gpuMemoryGB: 80, gpuUsableGB: 72 });
    expect(bar.parts.map((p) => p.percentOfCapacity)).toEqual([25, 5, 20, 50]);
    expect(bar.usablePercent).toBe(90);
    expect(bar.totalGB).toBe(80);
  });
});
