// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { exampleProject } from '../../../core';
import { createAppStore } from '../../store/appStore';
import { AppStoreProvider } from '../../store/AppStoreProvider';
import type { SelectionItem } from '../../store/selectionSlice';
import { SelectionInspector } from './SelectionInspector';

afterEach(cleanup);

function renderInspector(selection: SelectionItem[]) {
  const store = createAppStore({ project: exampleProject('dgx-a100-resnet50-nvme') });
  render(
    <AppStoreProvider store={store}>
      <SelectionInspector selection={selection} />
    </AppStoreProvider>,
  );
  const part = (id: string) => store.getState().project.design.serverTypes[0]!.components.find((c) => c.id === id)!;
  return { store, part };
}

const commit = (input: HTMLElement, value: string) => {
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter' });
};

describe('SelectionInspector', () => {
  it('edits a part: its count on Enter as one undo step, its catalog model from the list', () => {
    const { store, part } = renderInspector([{ type: 'component', serverTypeId: 'dgx-a100', componentId: 'disk0' }]);
    commit(screen.getByTestId('inspector-count'), '3');
    expect(part('disk0').count).toBe(3);
    expect(store.temporal.getState().pastStates).toHaveLength(1);

    const model = screen.getByTestId('inspector-model') as HTMLSelectElement;
    const other = [...model.options].find((o) => o.value !== 'samsung-pm1733-15.36')!.value;
    fireEvent.change(model, { target: { value: other } });
    expect(part('disk0').model).toBe(other);
    expect(store.temporal.getState().pastStates).toHaveLength(2);
  });

  it('refuses an invalid count with a message and leaves the design as it was', () => {
    const { store, part } = renderInspector([{ type: 'component', serverTypeId: 'dgx-a100', componentId: 'gpu0' }]);
    const before = store.getState().project;
    commit(screen.getByTestId('inspector-count'), '-2');
    expect(screen.getByRole('alert').textContent).toMatch(/Count at this place/);
    expect(part('gpu0').count).toBe(1);
    expect(store.getState().project).toBe(before);
  });

  it('edits the PCIe generation and lanes of a link', () => {
    const { store } = renderInspector([{ type: 'link', serverTypeId: 'dgx-a100', linkId: 'l31' }]);
    fireEvent.change(screen.getByTestId('link-lanes'), { target: { value: '8' } });
    fireEvent.change(screen.getByTestId('link-gen'), { target: { value: '5' } });
    const link = store.getState().project.design.serverTypes[0]!.links.find((l) => l.id === 'l31')!;
    expect(link).toMatchObject({ lanes: 8, pcieGen: 5 });
  });

  it('sets the number of servers of a server type', () => {
    const { store } = renderInspector([{ type: 'server', serverTypeId: 'dgx-a100' }]);
    commit(screen.getByTestId('inspector-server-count'), '64');
    expect(store.getState().project.design.serverTypes[0]!.count).toBe(64);
  });

  it('shows the catalog price (with its confidence) as what an empty price field means', () => {
    renderInspector([{ type: 'component', serverTypeId: 'dgx-a100', componentId: 'disk0' }]);
    // samsung-pm1733-15.36 costs $1,336 in the catalog, as an estimate.
    expect((screen.getByTestId('inspector-price') as HTMLInputElement).placeholder).toMatch(/\$1,336.*catalog \(estimate\)/);
  });
});

describe('SelectionInspector and templates', () => {
  it('lists what the template of a server type had to assume', async () => {
    const { insertTemplate, findShippedTemplate } = await import('../../../core');
    const store = createAppStore({ project: exampleProject('dgx-a100-resnet50-nvme') });
    const template = findShippedTemplate('nvidia-dgx-h100')!;
    store.getState().updateDesign((d) => void insertTemplate(d, template, 1));
    const added = store.getState().project.design.serverTypes.find((s) => s.templateId === 'nvidia-dgx-h100')!;
    render(
      <AppStoreProvider store={store}>
        <SelectionInspector selection={[{ type: 'server', serverTypeId: added.id }]} />
      </AppStoreProvider>,
    );
    const origin = screen.getByTestId('inspector-template-assumptions');
    expect(origin.textContent).toContain(template.name);
    expect(origin.querySelectorAll('li')).toHaveLength(template.assumptions.length);
  });
});

describe('SelectionInspector: the storage system editor', () => {
  const DDN = 'ddn-ai400x2-turbo';
  function renderStorage() {
    const store = createAppStore({ project: exampleProject('dgx-a100-resnet50-nvme') });
    store.getState().updateDesign((d) => void (d.sharedStorage = { model: DDN, count: 1 }));
    store.temporal.getState().clear();
    render(
      <AppStoreProvider store={store}>
        <SelectionInspector selection={[{ type: 'shared-storage' }]} />
      </AppStoreProvider>,
    );
    return { store, use: () => store.getState().project.design.sharedStorage! };
  }
  const derivedRead = () => screen.getByTestId('storage-derived-read').textContent;
  const limit = () => screen.getByTestId('storage-derived-read-limit').textContent;

  it('copies a catalog system\'s parts, shows what limits them live, and each edit is one undo step', async () => {
    const { storageCapacity } = await import('../../../core');
    const { resolveSharedStorage } = await import('../../../core/catalog/components');
    const entry = resolveSharedStorage(DDN)!;
    const { store, use } = renderStorage();
    // The catalog's parts, as the storage model reads them, before any edit.
    expect(derivedRead()).toBe(`${storageCapacity(entry.system!).readGBps.toLocaleString('en-US', { maximumFractionDigits: 1 })} GB/s`);
    expect(limit()).toMatch(/controller/);

    fireEvent.click(screen.getByTestId('storage-start'));
    expect(use()).toMatchObject({ model: DDN, system: entry.system });
    expect(store.temporal.getState().pastStates).toHaveLength(1);

    // Without the rated controller limit the 24 drives give out first; twice the drives move the limit on.
    commit(screen.getByTestId('storage-controllerReadGBps'), '');
    expect(limit()).toMatch(/24 x nvme-gen4 drive/);
    expect(screen.getByTestId('storage-part-drives').textContent).toMatch(/est\./);
    const before = derivedRead();
    commit(screen.getByTestId('storage-drivesPerNode'), '48');
    expect(use().system!.drivesPerNode).toBe(48);
    expect(derivedRead()).not.toBe(before);
    expect(store.temporal.getState().pastStates).toHaveLength(3);

    act(() => store.temporal.getState().undo());
    expect(use().system!.drivesPerNode).toBe(24);
    expect(derivedRead()).toBe(before);
  });

  it('refuses zero storage nodes with the field\'s name and keeps the design', () => {
    const { store, use } = renderStorage();
    fireEvent.click(screen.getByTestId('storage-start'));
    const project = store.getState().project;
    commit(screen.getByTestId('storage-nodes'), '0');
    expect(screen.getByRole('alert').textContent).toMatch(/^Storage nodes must be a whole number from 1/);
    expect(store.getState().project).toBe(project);
    expect(use().system!.nodes).toBe(1);
  });

  it('starts from scratch: no catalog id, the protocol and port speed are the user\'s', () => {
    const { use } = renderStorage();
    fireEvent.change(screen.getByTestId('storage-start-from'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('storage-start'));
    expect(use().model).toBeUndefined();
    expect((screen.getByTestId('inspector-storage-model') as HTMLSelectElement).value).toBe('');
    fireEvent.change(screen.getByTestId('storage-fileSystem'), { target: { value: 'nfs' } });
    fireEvent.change(screen.getByTestId('storage-transport'), { target: { value: 'tcp' } });
    commit(screen.getByTestId('storage-portGbps'), '25');
    expect(use().system).toMatchObject({ fileSystem: 'nfs', transport: 'tcp', portGbps: 25 });
    expect(limit()).toMatch(/25 Gb\/s storage ports \(tcp\)/);
  });
});
