// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreProvider } from '../../store/AppStoreProvider';
import { createAppStore, redo, undo } from '../../store/appStore';
import { makeProject } from '../../testing/fixtures';
import { RunSettingsForm } from './RunSettingsForm';

afterEach(cleanup);

function renderForm(edit?: (store: ReturnType<typeof createAppStore>) => void) {
  const store = createAppStore({ project: makeProject() });
  edit?.(store);
  store.temporal.getState().clear();
  render(
    <AppStoreProvider store={store}>
      <RunSettingsForm />
    </AppStoreProvider>,
  );
  return { store, run: () => store.getState().project.design.run, steps: () => store.temporal.getState().pastStates.length };
}

function type(input: HTMLElement, ...texts: string[]) {
  for (const text of texts) fireEvent.change(input, { target: { value: text } });
}

describe('RunSettingsForm', () => {
  it('labels every field so it can be found by its name', () => {
    renderForm();
    for (const label of ['Workload', 'Data', 'Dataset location', 'Global batch', 'Precision', 'Software', 'Data loader', 'Prefetch depth', 'Fixed epochs', 'Count evaluation passes', 'Server MTBF', 'Restart time', 'Checkpoint interval', 'Elastic restart']) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
  });

  it('shows the unit of every numeric field in its description', () => {
    renderForm();
    const units: Record<string, string> = {
      'run-global-batch': 'samples',
      'run-prefetch-depth': 'batches',
      'run-epochs': 'epochs',
      'run-node-mtbf': 'h',
      'run-restart-minutes': 'min',
      'run-checkpoint-interval': 'min',
    };
    for (const [testId, unit] of Object.entries(units)) {
      const input = screen.getByTestId(testId);
      const unitId = input.getAttribute('aria-describedby')!.split(' ')[0]!;
      expect(document.getElementById(unitId)?.textContent, testId).toBe(unit);
    }
  });

  it('writes a select change at once, as one undo step', () => {
    const { run, steps, store } = renderForm();
    fireEvent.change(screen.getByTestId('run-precision'), { target: { value: 'fp8' } });
    expect(run().precision).toBe('fp8');
    fireEvent.change(screen.getByTestId('run-dataset-location'), { target: { value: 'shared' } });
    expect(run().datasetLocation).toBe('shared');
    fireEvent.change(screen.getByTestId('run-data-loader'), { target: { value: 'gpu' } });
    expect(run().dataLoader).toBe('gpu');
    fireEvent.change(screen.getByTestId('run-data'), { target: { value: 'synthetic' } });
    expect(run().data).toBe('synthetic');
    expect(steps()).toBe(4);
    undo(store);
    expect(run().data).toBe('real');
    expect(run().dataLoader).toBe('gpu');
  });

  it('explains the chosen software class in one line', () => {
    const { run } = renderForm();
    const software = screen.getByTestId('run-software');
    expect(software.getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.change(software, { target: { value: 'mlperf' } });
    expect(run().software).toBe('mlperf');
    expect(screen.getByText(/Hand-tuned MLPerf submission code/)).toBeTruthy();
    fireEvent.change(software, { target: { value: 'stock' } });
    expect(screen.getByText(/Framework from pip or conda/)).toBeTruthy();
    expect(screen.queryByText(/Hand-tuned MLPerf submission code/)).toBeNull();
  });

  it('commits a typed number on Enter only, as one undo step however many keystrokes', () => {
    const { run, steps, store } = renderForm();
    const batch = screen.getByTestId('run-global-batch') as HTMLInputElement;
    expect(batch.value).toBe('');
    expect(batch.placeholder).toBe('reference: 4,096');
    type(batch, '2', '20', '204', '2048');
    expect(run().globalBatch).toBeUndefined();
    fireEvent.keyDown(batch, { key: 'Enter' });
    expect(run().globalBatch).toBe(2048);
    fireEvent.blur(batch);
    expect(steps()).toBe(1);
    act(() => undo(store));
    expect(run().globalBatch).toBeUndefined();
    expect(batch.value).toBe('');
  });

  it('commits on blur and shows later undo and redo in the field', () => {
    const { run, store } = renderForm();
    const depth = screen.getByTestId('run-prefetch-depth') as HTMLInputElement;
    expect(depth.value).toBe('2');
    type(depth, '8');
    fireEvent.blur(depth);
    expect(run().prefetchDepth).toBe(8);
    act(() => undo(store));
    expect(depth.value).toBe('2');
    act(() => redo(store));
    expect(depth.value).toBe('8');
  });

  it('shows an inline error naming the field and range and leaves the design untouched', () => {
    const { run, steps, store } = renderForm();
    const before = store.getState().project;
    const batch = screen.getByTestId('run-global-batch');
    for (const bad of ['-5', '0', '2.5', 'abc', '20000000']) {
      type(batch, bad);
      expect(screen.getByTestId('run-global-batch-error').textContent).toBe('Global batch must be a whole number from 1 to 10,000,000 samples.');
      expect(batch.getAttribute('aria-invalid')).toBe('true');
      fireEvent.keyDown(batch, { key: 'Enter' });
      fireEvent.blur(batch);
    }
    const mtbf = screen.getByTestId('run-node-mtbf');
    type(mtbf, '0');
    fireEvent.blur(mtbf);
    expect(screen.getByTestId('run-node-mtbf-error').textContent).toBe('Server MTBF must be a number from 1 to 10,000,000 h.');
    const depth = screen.getByTestId('run-prefetch-depth');
    type(depth, '65');
    fireEvent.blur(depth);
    expect(screen.getByTestId('run-prefetch-depth-error').textContent).toMatch(/Prefetch depth must be a whole number from 0 to 64 batches/);
    type(depth, '');
    expect(screen.getByTestId('run-prefetch-depth-error').textContent).toMatch(/Prefetch depth is required/);

    expect(store.getState().project).toBe(before);
    expect(run().globalBatch).toBeUndefined();
    expect(steps()).toBe(0);
  });

  it('clears an error when the value is fixed, and Escape drops an edit', () => {
    const { run } = renderForm();
    const restart = screen.getByTestId('run-restart-minutes') as HTMLInputElement;
    type(restart, '-1');
    expect(screen.getByTestId('run-restart-minutes-error')).toBeTruthy();
    type(restart, '15');
    expect(screen.queryByTestId('run-restart-minutes-error')).toBeNull();
    fireEvent.keyDown(restart, { key: 'Escape' });
    expect(restart.value).toBe('10');
    fireEvent.blur(restart);
    expect(run().restartMinutes).toBe(10);
  });

  it('empties an optional field back to its default by removing the key', () => {
    const { run, steps } = renderForm((store) =>
      store.getState().updateDesign((d) => {
        d.run.checkpointIntervalMinutes = 30;
        d.run.epochs = 40;
      }),
    );
    const interval = screen.getByTestId('run-checkpoint-interval') as HTMLInputElement;
    expect(interval.value).toBe('30');
    type(interval, '');
    fireEvent.blur(interval);
    expect('checkpointIntervalMinutes' in run()).toBe(false);
    expect(interval.placeholder).toBe('Young/Daly optimum');
    const epochs = screen.getByTestId('run-epochs');
    type(epochs, '12.5');
    fireEvent.blur(epochs);
    expect(run().epochs).toBe(12.5);
    expect(steps()).toBe(2);
  });

  it('toggles evaluation and elastic restart', () => {
    const { run, steps } = renderForm();
    fireEvent.click(screen.getByLabelText('Count evaluation passes'));
    expect(run().evaluation).toBe(false);
    fireEvent.click(screen.getByLabelText('Elastic restart'));
    expect(run().elastic).toBe(true);
    expect(steps()).toBe(2);
  });
});

describe('RunSettingsForm workload', () => {
  const workloadOf = (store: ReturnType<typeof createAppStore>) => store.getState().project.design.workload;

  it('shows a workload named by an alias as its catalog entry and switches workloads', () => {
    const { store, steps } = renderForm((s) => s.getState().updateDesign((d) => void (d.workload = 'rn50')));
    const select = screen.getByTestId('run-workload') as HTMLSelectElement;
    expect(select.value).toBe('resnet50-imagenet');
    fireEvent.change(select, { target: { value: 'bert-large-mlperf' } });
    expect(workloadOf(store)).toBe('bert-large-mlperf');
    expect(steps()).toBe(1);
    expect((screen.getByTestId('run-global-batch') as HTMLInputElement).placeholder).not.toBe('reference: 4,096');
  });

  it('makes an editable user-defined copy and edits its figures with validation', () => {
    const { store, steps } = renderForm();
    fireEvent.change(screen.getByTestId('run-workload'), { target: { value: '__user-defined' } });
    const copy = workloadOf(store);
    if (typeof copy === 'string') throw new Error('expected a workload object');
    expect(copy).toMatchObject({ id: 'resnet50-imagenet-custom', datasetSamples: 1_281_167, referenceBatchPerGpu: 256 });
    expect(screen.getByTestId('run-user-workload-summary').textContent).toMatch(/1,281,167 samples/);

    const samples = screen.getByLabelText('Training samples per epoch');
    type(samples, '0');
    fireEvent.blur(samples);
    expect(screen.getByTestId('run-workload-dataset-samples-error').textContent).toMatch(/Training samples per epoch must be a whole number from 1 to 10,000,000,000,000 samples/);
    type(samples, '500000');
    fireEvent.blur(samples);
    const edited = workloadOf(store);
    expect(typeof edited !== 'string' && edited.datasetSamples).toBe(500_000);

    const name = screen.getByLabelText('Workload name');
    type(name, '  ');
    fireEvent.blur(name);
    expect(screen.getByTestId('run-workload-name-error')).toBeTruthy();
    type(name, 'My CNN');
    fireEvent.keyDown(name, { key: 'Enter' });
    const renamed = workloadOf(store);
    expect(typeof renamed !== 'string' && renamed.name).toBe('My CNN');
    expect(steps()).toBe(3);

    fireEvent.change(screen.getByTestId('run-workload'), { target: { value: 'resnet50-imagenet' } });
    expect(workloadOf(store)).toBe('resnet50-imagenet');
    expect(screen.queryByTestId('run-user-workload')).toBeNull();
  });
});
