// @vitest-environment jsdom
import '../../testing/jsdomPolyfills';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluateDesign, exampleProject, loadProject } from '../../../core';
import { listScenarios, renameScenario } from '../../../core/project/scenarios';
import type { MenuCommand } from '../../platform/contract';
import type { ExportPlatform } from '../../platform/exportPlatform';
import { createAppStore, undo } from '../../store/appStore';
import { AppStoreProvider } from '../../store/AppStoreProvider';
import { CommandsProvider, createCommandCenter } from '../../commands';
import { createScenarioEngine } from '../compare/scenarioEngine';
import { ScenarioWorkspace } from './ScenarioWorkspace';

const stops: Array<() => void> = [];
afterEach(() => {
  cleanup();
  for (const stop of stops.splice(0)) stop();
});

function setup() {
  const example = exampleProject();
  const store = createAppStore({ project: renameScenario(example, example.activeScenarioId!, 'Rig A') });
  const exportPlatform: ExportPlatform = {
    kind: 'web',
    exportPdf: vi.fn(async (_text: string, name: string) => ({ ok: true as const, file: { name, handle: null } })),
    saveCsv: vi.fn(async (_text: string, name: string) => ({ ok: true as const, file: { name, handle: null } })),
    reportDocument: vi.fn(async () => null),
    reportReady: vi.fn(async () => undefined),
    publishOpenProject: vi.fn(),
  };
  const engine = createScenarioEngine({ evaluateAll: (designs) => designs.map((d) => evaluateDesign(d)) });
  const menu = { listener: null as ((command: MenuCommand) => void) | null };
  const platform = {
    kind: 'web' as const,
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      menu.listener = listener;
      return () => undefined;
    },
  };
  // The window's command center runs Export PDF from the menu and from Ctrl+P.
  const center = createCommandCenter(store, platform);
  stops.push(center.listen(window, platform));
  render(
    <AppStoreProvider store={store}>
      <CommandsProvider center={center}>
        <ScenarioWorkspace engine={engine} exportProps={{ exportPlatform }}>
          <div data-testid="canvas">canvas</div>
        </ScenarioWorkspace>
      </CommandsProvider>
    </AppStoreProvider>,
  );
  return { store, exportPlatform, menu, example };
}

const tabs = () => screen.getAllByTestId('scenario-tab').map((t) => `${t.textContent}${t.getAttribute('aria-selected') === 'true' ? '*' : ''}`);

describe('ScenarioWorkspace', () => {
  it('duplicates, renames, switches and deletes scenarios from the tabs, each undoable', () => {
    const { store } = setup();
    expect(tabs()).toEqual(['Rig A*']);
    expect((screen.getByTestId('scenario-delete') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('scenario-duplicate'));
    fireEvent.click(screen.getByTestId('scenario-duplicate'));
    expect(tabs()).toEqual(['Rig A', 'Rig A (copy)', 'Rig A (copy 2)*']);

    fireEvent.doubleClick(screen.getAllByTestId('scenario-tab')[1]!);
    const field = screen.getByTestId('scenario-name-field');
    fireEvent.change(field, { target: { value: 'More drives' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(tabs()).toEqual(['Rig A', 'More drives', 'Rig A (copy 2)*']);

    fireEvent.click(screen.getAllByTestId('scenario-tab')[0]!);
    expect(tabs()[0]).toBe('Rig A*');
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    fireEvent.click(screen.getByTestId('scenario-delete'));
    expect(tabs()).toEqual(['More drives*', 'Rig A (copy 2)']);
    act(() => undo(store));
    expect(tabs()).toEqual(['Rig A*', 'More drives', 'Rig A (copy 2)']);
  });

  it('compares three scenarios side by side, checks the deadline and exports CSV and the PDF', async () => {
    const { store, exportPlatform, menu } = setup();
    fireEvent.click(screen.getByTestId('scenario-duplicate'));
    act(() =>
      store.getState().updateDesign((design) => {
        design.serverTypes[0]!.count = 4;
      }),
    );
    fireEvent.click(screen.getByTestId('scenario-duplicate'));
    act(() =>
      store.getState().updateDesign((design) => {
        design.serverTypes[0]!.count = 2;
      }),
    );
    fireEvent.click(screen.getByTestId('compare-toggle'));
    expect(screen.queryByTestId('canvas')).toBeNull();
    const table = await screen.findByTestId('compare-table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Metric', 'Rig A', 'Rig A (copy)', 'Rig A (copy 2) (open)']);
    const servers = await within(table).findByText((_, el) => el?.getAttribute('data-metric') === 'servers');
    expect(within(servers).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '4 +300%', '2 +100%']);
    const throughput = table.querySelector('tr[data-metric="throughput"]')!;
    expect(throughput.querySelectorAll('td[data-differs]').length).toBe(2);

    const deadline = screen.getByTestId('target-deadlineHours');
    fireEvent.change(deadline, { target: { value: '1000000' } });
    fireEvent.blur(deadline);
    expect(store.getState().project.proposal?.deadlineHours).toBe(1_000_000);
    expect(screen.getAllByTestId('compare-target-cell').map((c) => c.getAttribute('data-meets'))).toEqual(['true', 'true', 'true']);

    fireEvent.click(screen.getByTestId('export-comparison-csv'));
    const [csv, csvName] = vi.mocked(exportPlatform.saveCsv).mock.calls[0]!;
    // One name per scenario: files are named after the open scenario.
    expect(csvName).toBe('Rig A (copy 2) comparison.csv');
    expect(csv.split('\r\n')[0]).toBe('Metric,Unit,Rig A,Rig A (copy),Rig A (copy 2)');
    fireEvent.click(screen.getByTestId('export-bom-csv'));
    expect(vi.mocked(exportPlatform.saveCsv).mock.calls[1]![0]).toMatch(/^Scenario,Group,Item,SKU,Count/);

    fireEvent.click(screen.getByTestId('export-pdf'));
    await act(async () => undefined);
    const [text, pdfName] = vi.mocked(exportPlatform.exportPdf).mock.calls[0]!;
    expect(pdfName).toBe('Rig A (copy 2).pdf');
    const loaded = loadProject(text);
    expect(loaded.ok && listScenarios(loaded.project).map((s) => s.design.serverTypes[0]!.count)).toEqual([1, 4, 2]);
    await act(async () => menu.listener?.('file.exportPdf'));
    expect(exportPlatform.exportPdf).toHaveBeenCalledTimes(2);
    fireEvent.keyDown(window, { key: 'p', ctrlKey: true });
    await act(async () => undefined);
    expect(exportPlatform.exportPdf).toHaveBeenCalledTimes(3);
  });
});
