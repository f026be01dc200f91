import { describe, expect, it } from 'vitest';
import { makeEvaluation, makeProject, okResponse } from '../testing/fixtures';
import { createAppStore, isDirty, redo, replaceProject, undo } from './appStore';

function newStore() {
  return createAppStore({ project: makeProject('Rig A') });
}

describe('results slice: the stale-result guard', () => {
  it('starts idle with no evaluation', () => {
    const state = newStore().getState();
    expect(state.status).toBe('idle');
    expect(state.evaluation).toBeNull();
    expect(state.latestRequestId).toBe(0);
  });

  it('marks results stale on request, computing on start and current on the answer', () => {
    const store = newStore();
    const id = store.getState().requestEvaluation();
    expect(store.getState().status).toBe('stale');
    store.getState().markComputing(id);
    expect(store.getState().status).toBe('computing');
    expect(store.getState().receiveResponse(id, okResponse())).toBe(true);
    expect(store.getState()).toMatchObject({ status: 'current', evaluationRequestId: id });
    expect(store.getState().evaluation?.samplesPerSec).toBe(27_120);
  });

  it('drops an answer that arrives after a newer request, whatever the order', () => {
    const store = newStore();
    const older = store.getState().requestEvaluation();
    const newer = store.getState().requestEvaluation();
    expect(newer).toBeGreaterThan(older);

    store.getState().markComputing(older);
    expect(store.getState().status).toBe('stale');
    expect(store.getState().receiveResponse(older, okResponse(makeEvaluation({ samplesPerSec: 1 })))).toBe(false);
    expect(store.getState().status).toBe('stale');
    expect(store.getState().evaluation).toBeNull();

    expect(store.getState().receiveResponse(newer, okResponse(makeEvaluation({ samplesPerSec: 2 })))).toBe(true);
    expect(store.getState().evaluation?.samplesPerSec).toBe(2);
    expect(store.getState().status).toBe('current');

    // A late answer to the old request must not overwrite the current one.
    expect(store.getState().receiveResponse(older, okResponse(makeEvaluation({ samplesPerSec: 1 })))).toBe(false);
    expect(store.getState().evaluation?.samplesPerSec).toBe(2);
  });

  it('keeps the previous evaluation but not as current once the design changes', () => {
    const store = newStore();
    const first = store.getState().requestEvaluation();
    store.getState().receiveResponse(first, okResponse());
    store.getState().requestEvaluation();
    expect(store.getState().status).toBe('stale');
    expect(store.getState().evaluationRequestId).toBe(first);
    expect(store.getState().evaluation).not.toBeNull();
  });

  it('reports input errors and failures of the newest request only', () => {
    const store = newStore();
    const older = store.getState().requestEvaluation();
    const newer = store.getState().requestEvaluation();
    expect(store.getState().receiveFailure(older, 'worker crashed')).toBe(false);
    expect(store.getState().failure).toBeNull();

    store.getState().receiveResponse(newer, { ok: false, errors: [{ path: 'serverTypes[0].count', message: 'must be at least 1' }] });
    expect(store.getState().status).toBe('error');
    expect(store.getState().inputErrors).toHaveLength(1);

    const third = store.getState().requestEvaluation();
    store.getState().receiveFailure(third, 'worker crashed');
    expect(store.getState()).toMatchObject({ status: 'error', failure: 'worker crashed', inputErrors: [] });
  });
});

describe('undo history', () => {
  it('records document changes and undoes and redoes them', () => {
    const store = newStore();
    store.getState().updateDesign((design) => {
      design.name = 'Rig B';
    });
    store.getState().updateDesign((design) => {
      design.serverTypes[0]!.count = 4;
    });
    expect(store.temporal.getState().pastStates).toHaveLength(2);

    undo(store);
    expect(store.getState().project.design.serverTypes[0]!.count).toBe(2);
    expect(store.getState().project.design.name).toBe('Rig B');
    undo(store);
    expect(store.getState().project.design.name).toBe('Rig A');
    redo(store);
    expect(store.getState().project.design.name).toBe('Rig B');
  });

  it('does not make undo steps of results or of edits that change nothing', () => {
    const store = newStore();
    const id = store.getState().requestEvaluation();
    store.getState().markComputing(id);
    store.getState().receiveResponse(id, okResponse());
    store.getState().updateDesign((design) => {
      design.name = 'Rig A';
    });
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('undo leaves the results slice alone', () => {
    const store = newStore();
    store.getState().updateDesign((design) => {
      design.name = 'Rig B';
    });
    const id = store.getState().requestEvaluation();
    store.getState().receiveResponse(id, okResponse());
    undo(store);
    expect(store.getState().project.design.name).toBe('Rig A');
    expect(store.getState().evaluation).not.toBeNull();
    expect(store.getState().latestRequestId).toBe(id);
  });

  it('tracks dirtiness against the last opened or saved project, through undo', () => {
    const store = newStore();
    expect(isDirty(store.getState())).toBe(false);
    store.getState().updateDesign((design) => {
      design.name = 'Rig B';
    });
    expect(isDirty(store.getState())).toBe(true);
    undo(store);
    expect(isDirty(store.getState())).toBe(false);
    redo(store);
    store.getState().markSaved({ name: 'rig-b.trainwright', handle: 'h1' });
    expect(isDirty(store.getState())).toBe(false);
    expect(store.getState().file).toEqual({ name: 'rig-b.trainwright', handle: 'h1' });
  });

  it('forgets the history when another project replaces the open one', () => {
    const store = newStore();
    store.getState().updateDesign((design) => {
      design.name = 'Rig B';
    });
    replaceProject(store, makeProject('Opened'), { name: 'opened.trainwright', handle: null });
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    undo(store);
    expect(store.getState().project.design.name).toBe('Opened');
    expect(isDirty(store.getState())).toBe(false);
  });
});

describe('document slice: the cluster-sharing what-if', () => {
  const initial = { scenario: { name: 'Example', horizonHours: 24, cluster: { template: 'nvidia-dgx-a100', servers: 4 }, tenants: [{ id: 't', sharePct: 100 }], jobs: [{ id: 'j', tenant: 't', gpus: 8, arrival: { atHours: [0] } }] }, source: 'template' as const };

  it('writes the what-if into the project on its first edit, as one undo step, and undo takes it out again', () => {
    const store = newStore();
    expect(store.getState().project.cluster).toBeUndefined();
    store.getState().updateCluster((c) => { c.scenario.horizonHours = 48; }, initial);
    expect(store.getState().project.cluster?.scenario.horizonHours).toBe(48);
    expect(initial.scenario.horizonHours).toBe(24);
    expect(isDirty(store.getState())).toBe(true);
    store.getState().updateCluster((c) => { c.inProposal = true; }, initial);
    expect(store.temporal.getState().pastStates).toHaveLength(2);
    undo(store);
    expect(store.getState().project.cluster).toMatchObject({ scenario: { horizonHours: 48 } });
    expect(store.getState().project.cluster?.inProposal).toBeUndefined();
    undo(store);
    expect(store.getState().project.cluster).toBeUndefined();
    redo(store);
    expect(store.getState().project.cluster?.scenario.horizonHours).toBe(48);
  });

  it('records no step for an edit that changes nothing, and keeps the what-if when switching scenarios', () => {
    const store = newStore();
    store.getState().updateCluster((c) => { c.scenario.horizonHours = 24; }, initial);
    expect(store.getState().project.cluster).toBeUndefined();
    store.getState().updateCluster((c) => { c.scenario.seed = 3; }, initial);
    store.getState().updateCluster((c) => { c.scenario.seed = 3; }, initial);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.getState().duplicateScenario('Copy');
    expect(store.getState().project.cluster?.scenario.seed).toBe(3);
  });
});
