// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cloudInstanceOptions, sharedStorageOptions } from '../../../core';
import { AppStoreProvider } from '../../store/AppStoreProvider';
import { createAppStore, undo } from '../../store/appStore';
import { makeProject } from '../../testing/fixtures';
import { EconomicsForm } from './EconomicsForm';

afterEach(cleanup);

function renderForm() {
  const store = createAppStore({ project: makeProject() });
  render(
    <AppStoreProvider store={store}>
      <EconomicsForm />
    </AppStoreProvider>,
  );
  return { store, design: () => store.getState().project.design, steps: () => store.temporal.getState().pastStates.length };
}

function commit(input: HTMLElement, text: string) {
  fireEvent.change(input, { target: { value: text } });
  fireEvent.blur(input);
}

const UNITS: Record<string, string> = {
  'econ-amortization': 'years',
  'econ-electricity': '$/kWh',
  'econ-pue': '×',
  'econ-colocation': '$/kW-month',
  'econ-support': '%/year',
  'econ-utilization': '%',
  'econ-oversubscription': ': 1',
  'econ-port-price': '$/port',
};

describe('EconomicsForm', () => {
  it('labels every field and shows the unit of every number', () => {
    renderForm();
    for (const label of ['Amortization', 'Electricity price', 'PUE', 'Colocation', 'Support and staff', 'Utilization', 'Cloud instance to compare', 'Fabric protocol', 'Oversubscription', 'Switching price per port', 'Shared storage']) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    for (const [testId, unit] of Object.entries(UNITS)) {
      const unitId = screen.getByTestId(testId).getAttribute('aria-describedby')!.split(' ')[0]!;
      expect(document.getElementById(unitId)?.textContent, testId).toBe(unit);
    }
  });

  it('writes each valid number to the design, one undo step each', () => {
    const { design, steps, store } = renderForm();
    commit(screen.getByTestId('econ-electricity'), '0.12');
    commit(screen.getByTestId('econ-pue'), '1.25');
    commit(screen.getByTestId('econ-utilization'), '85');
    commit(screen.getByTestId('econ-amortization'), '5');
    commit(screen.getByTestId('econ-colocation'), '150');
    commit(screen.getByTestId('econ-support'), '8');
    expect(design().economics).toMatchObject({ electricityUsdPerKWh: 0.12, pue: 1.25, utilizationPct: 85, amortizationYears: 5, colocationUsdPerKWMonth: 150, supportPctPerYear: 8 });
    expect(steps()).toBe(6);
    act(() => undo(store));
    expect(design().economics.supportPctPerYear).toBe(10);
    expect(design().economics.colocationUsdPerKWMonth).toBe(150);
  });

  it('refuses out-of-range and non-numeric values with an inline error, leaving the design untouched', () => {
    const { store, steps } = renderForm();
    const before = store.getState().project;
    commit(screen.getByTestId('econ-pue'), '0.9');
    expect(screen.getByTestId('econ-pue-error').textContent).toBe('PUE must be a number from 1 to 5.');
    commit(screen.getByTestId('econ-utilization'), '101');
    expect(screen.getByTestId('econ-utilization-error').textContent).toBe('Utilization must be a number from 1 to 100 %.');
    commit(screen.getByTestId('econ-electricity'), '-0.1');
    expect(screen.getByTestId('econ-electricity-error').textContent).toBe('Electricity price must be a number from 0 to 5 $/kWh.');
    commit(screen.getByTestId('econ-amortization'), '0');
    expect(screen.getByTestId('econ-amortization-error').textContent).toMatch(/Amortization must be a number from 0.25 to 30 years/);
    commit(screen.getByTestId('econ-oversubscription'), '0.5');
    expect(screen.getByTestId('econ-oversubscription-error').textContent).toBe('Oversubscription must be a number from 1 to 64.');
    commit(screen.getByTestId('econ-port-price'), 'NaN');
    expect(screen.getByTestId('econ-port-price-error')).toBeTruthy();
    expect(store.getState().project).toBe(before);
    expect(steps()).toBe(0);
  });

  it('picks a cloud instance to compare, and none again', () => {
    const { design, steps } = renderForm();
    const [first] = cloudInstanceOptions();
    const select = screen.getByTestId('econ-cloud-instance') as HTMLSelectElement;
    expect(select.value).toBe('');
    fireEvent.change(select, { target: { value: first!.id } });
    expect(design().economics.cloudInstance).toBe(first!.id);
    expect(screen.getByText(new RegExp(first!.detail.replace(/[$.*+?()[\]|^\\]/g, '\\$&')))).toBeTruthy();
    fireEvent.change(select, { target: { value: '' } });
    expect('cloudInstance' in design().economics).toBe(false);
    expect(steps()).toBe(2);
  });

  it('edits the fabric', () => {
    const { design } = renderForm();
    fireEvent.change(screen.getByTestId('econ-fabric-protocol'), { target: { value: 'ethernet' } });
    commit(screen.getByTestId('econ-oversubscription'), '2');
    commit(screen.getByTestId('econ-port-price'), '1,200');
    expect(design().fabric).toEqual({ protocol: 'ethernet', oversubscription: 2, pricePerPortUsd: 1200 });
  });

  it('adds shared storage with a unit count, changes the count and removes it', () => {
    const { design, steps } = renderForm();
    expect(screen.queryByTestId('econ-shared-storage-count')).toBeNull();
    const [first, second] = sharedStorageOptions();
    fireEvent.change(screen.getByTestId('econ-shared-storage'), { target: { value: first!.id } });
    expect(design().sharedStorage).toEqual({ model: first!.id, count: 1 });
    commit(screen.getByTestId('econ-shared-storage-count'), '0');
    expect(screen.getByTestId('econ-shared-storage-count-error').textContent).toMatch(/Storage units must be a whole number from 1 to 10,000 units/);
    commit(screen.getByTestId('econ-shared-storage-count'), '4');
    expect(design().sharedStorage?.count).toBe(4);
    fireEvent.change(screen.getByTestId('econ-shared-storage'), { target: { value: second!.id } });
    expect(design().sharedStorage).toEqual({ model: second!.id, count: 4 });
    fireEvent.change(screen.getByTestId('econ-shared-storage'), { target: { value: '' } });
    expect(design().sharedStorage).toBeUndefined();
    expect(steps()).toBe(4);
  });

  it('names a storage system of the user\'s own parts instead of showing "None", and a catalog pick replaces it', () => {
    const { store, design } = renderForm();
    const system = { nodes: 2, drivesPerNode: 8, driveClass: 'nvme-gen4', portsPerNode: 2, portGbps: 200, transport: 'rdma', fileSystem: 'lustre', dataProtection: 'erasure-coding' } as const;
    act(() => store.getState().updateDesign((d) => void (d.sharedStorage = { count: 2, system: { ...system }, name: 'Lab Lustre' })));
    const select = screen.getByTestId('econ-shared-storage') as HTMLSelectElement;
    expect(select.selectedOptions[0]!.textContent).toBe('Lab Lustre');
    expect(screen.getByText(/edited in the inspector/)).toBeTruthy();
    const [first] = sharedStorageOptions();
    fireEvent.change(select, { target: { value: first!.id } });
    expect(design().sharedStorage).toEqual({ model: first!.id, count: 2 });
  });
});
