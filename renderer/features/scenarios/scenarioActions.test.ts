import { describe, expect, it } from 'vitest';
import { listScenarios } from '../../../core/project/scenarios';
import { makeProject } from '../../testing/fixtures';
import { createAppStore, isDirty, redo, undo } from '../../store/appStore';

function newStore() {
  return createAppStore({ project: makeProject('Rig A') });
}
const names = (store: ReturnType<typeof newStore>) => listScenarios(store.getState().project).map((s) => `${s.name}${s.active ? '*' : ''}`);

describe('scenario actions of the document slice', () => {
  it('duplicate, rename, switch and delete are one undo step each and mark the document edited', () => {
    const store = newStore();
    store.getState().duplicateScenario('Bigger');
    expect(names(store)).toEqual(['Rig A', 'Bigger*']);
    expect(isDirty(store.getState())).toBe(true);
    store.getState().updateDesign((design) => {
      design.serverTypes[0]!.count = 8;
    });
    const [first, second] = listScenarios(store.getState().project);
    store.getState().renameScenario(first!.id, 'Baseline');
    store.getState().switchScenario(first!.id);
    expect(store.getState().project.design.serverTypes[0]!.count).toBe(2);
    store.getState().deleteScenario(second!.id);
    expect(names(store)).toEqual(['Baseline*']);
    expect(store.temporal.getState().pastStates).toHaveLength(5);

    undo(store);
    expect(names(store)).toEqual(['Baseline*', 'Bigger']);
    undo(store);
    expect(names(store)).toEqual(['Baseline', 'Bigger*']);
    expect(store.getState().project.design.serverTypes[0]!.count).toBe(8);
    undo(store);
    undo(store);
    expect(store.getState().project.design.serverTypes[0]!.count).toBe(2);
    undo(store);
    expect(names(store)).toEqual(['Rig A*']);
    expect(isDirty(store.getState())).toBe(false);
    redo(store);
    expect(names(store)).toEqual(['Rig A', 'Bigger*']);
  });

  it('records nothing for actions that change nothing', () => {
    const store = newStore();
    const id = listScenarios(store.getState().project)[0]!.id;
    store.getState().switchScenario(id);
    store.getState().deleteScenario(id);
    store.getState().renameScenario(id, '');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('clears the canvas selection when another design opens', () => {
    const store = newStore();
    store.getState().duplicateScenario();
    store.getState().setSelection([{ type: 'server', serverTypeId: 'node' }]);
    store.getState().switchScenario(listScenarios(store.getState().project)[0]!.id);
    expect(store.getState().selection).toEqual([]);
  });

  it('edits the proposal details as one undo step', () => {
    const store = newStore();
    store.getState().updateProposal((proposal) => {
      proposal.customer = 'Example Labs';
      proposal.deadlineHours = 24;
    });
    expect(store.getState().project.proposal).toEqual({ customer: 'Example Labs', deadlineHours: 24 });
    undo(store);
    expect(store.getState().project.proposal).toBeUndefined();
  });
});
