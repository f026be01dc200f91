// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DesignSchema, findShippedTemplate, serializeTemplate, toProjectFile, type ProjectFile } from '../../../core';
import { createAppStore, undo, type AppStore } from '../../store/appStore';
import { AppStoreProvider } from '../../store/AppStoreProvider';
import { TemplatePickerButton } from './TemplatePickerButton';
import { USER_TEMPLATES_KEY } from './userTemplates';

afterEach(cleanup);
beforeEach(() => localStorage.clear());

// jsdom's File has no text(); browsers and Electron do. Read it through FileReader instead.
if (!('text' in File.prototype)) {
  Object.defineProperty(File.prototype, 'text', {
    value(this: File) {
      return new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.readAsText(this);
      });
    },
  });
}

function project(): ProjectFile {
  const a100 = findShippedTemplate('nvidia-dgx-a100')!.serverType;
  const design = DesignSchema.parse({
    name: 'Lab', workload: 'bert-large-mlperf', run: { globalBatch: 2048, prefetchDepth: 6 },
    serverTypes: [{ ...a100, id: 'first', name: 'First', count: 3 }, { ...a100, id: 'second', name: 'Second', count: 5 }],
  });
  return toProjectFile(design);
}

function open(store: AppStore) {
  render(
    <AppStoreProvider store={store}>
      <TemplatePickerButton />
    </AppStoreProvider>,
  );
  fireEvent.click(screen.getByTestId('template-picker'));
  return screen.getByRole('dialog', { name: 'Server templates' });
}

describe('TemplateGallery', () => {
  it('filters cards and marks assumed values', () => {
    const dialog = open(createAppStore({ project: project() }));
    fireEvent.change(within(dialog).getByTestId('template-filter-vendor'), { target: { value: 'Lenovo' } });
    const cards = within(dialog).getAllByRole('article');
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((c) => /Lenovo/.test(c.textContent ?? ''))).toBe(true);
    fireEvent.change(within(dialog).getByTestId('template-filter-vendor'), { target: { value: '' } });
    fireEvent.change(within(dialog).getByTestId('template-filter-formFactor'), { target: { value: 'tower' } });
    const ws = screen.getByTestId('template-card-workstation-4x-rtx4090');
    expect(within(ws).getAllByTestId('assumed-marker').length).toBeGreaterThan(0);
    expect(ws.textContent).toMatch(/4 × NVIDIA GeForce RTX 4090/);
  });

  it('inserts a template with its count as one undo step and selects it', () => {
    const store = createAppStore({ project: project() });
    open(store);
    const card = screen.getByTestId('template-card-nvidia-dgx-h100');
    fireEvent.change(within(card).getByLabelText('Count'), { target: { value: '4' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Insert' }));
    const types = store.getState().project.design.serverTypes;
    expect(types.map((t) => [t.id, t.count])).toEqual([['first', 3], ['second', 5], ['nvidia-dgx-h100', 4]]);
    expect(store.getState().selection).toEqual([{ type: 'server', serverTypeId: 'nvidia-dgx-h100' }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    undo(store);
    expect(store.getState().project.design.serverTypes).toHaveLength(2);
  });

  it('replaces the selected server type, keeping its count, the workload and the settings', () => {
    const store = createAppStore({ project: project() });
    store.getState().setSelection([{ type: 'component', serverTypeId: 'second', componentId: 'gpu0' }]);
    const before = store.getState().project.design;
    open(store);
    fireEvent.click(within(screen.getByTestId('template-card-dell-poweredge-r760xa-l40s')).getByRole('button', { name: 'Replace' }));
    const after = store.getState().project.design;
    expect(after.serverTypes[0]).toBe(before.serverTypes[0]);
    expect(after.serverTypes[1]).toMatchObject({ id: 'second', count: 5, templateId: 'dell-poweredge-r760xa-l40s' });
    expect([after.workload, after.run, after.economics]).toEqual([before.workload, before.run, before.economics]);
    undo(store);
    expect(store.getState().project.design).toBe(before);
  });

  it('saves the selected server as a user template that stays in the gallery', () => {
    const store = createAppStore({ project: project() });
    const dialog = open(store);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save server as template' }));
    fireEvent.change(screen.getByTestId('template-save-name'), { target: { value: 'Lab node' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(screen.getByTestId('template-notice').textContent).toMatch(/Saved “Lab node”/);
    expect(JSON.parse(localStorage.getItem(USER_TEMPLATES_KEY)!)[0].template.id).toBe('user-lab-node');
    const card = screen.getByTestId('template-card-user-lab-node');
    expect(card.textContent).toMatch(/your template/);
    fireEvent.click(within(card).getByRole('button', { name: 'Remove' }));
    expect(screen.queryByTestId('template-card-user-lab-node')).toBeNull();
  });

  it('imports a valid template file and refuses a bad one with the JSON path, keeping the library', async () => {
    const store = createAppStore({ project: project() });
    const dialog = open(store);
    const input = within(dialog).getByTestId('template-import-input') as HTMLInputElement;
    const good = serializeTemplate({ ...findShippedTemplate('nvidia-dgx-b200')!, id: 'vendor-b200', name: 'Vendor B200' });
    fireEvent.change(input, { target: { files: [new File([good], 'b200.json', { type: 'application/json' })] } });
    // Reading and validating the file is asynchronous and slow on a loaded machine: wait for the state, not a time.
    expect(await screen.findByTestId('template-card-vendor-b200', {}, { timeout: 15_000 })).toBeTruthy();
    const bad = JSON.parse(good);
    bad.template.serverType.components[0].count = -3;
    fireEvent.change(input, { target: { files: [new File([JSON.stringify(bad)], 'bad.json')] } });
    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    expect(alert.textContent).toMatch(/Not imported\. bad\.json: Template, its server, part 1: the count .*\(at template\.serverType\.components\[0\]\.count\)/);
    expect(screen.getByTestId('template-card-vendor-b200')).toBeTruthy();
    expect(store.getState().project.design.serverTypes).toHaveLength(2);
  });
});
