import { describe, expect, it, vi } from 'vitest';
import type { EvaluateResponse } from '../../core';
import { makeEvaluation, makeProject, okResponse } from '../testing/fixtures';
import { EvaluationCancelledError, type EvaluateOptions } from '../workers/engineClient';
import { createAppStore } from './appStore';
import { connectEngine, type EngineConnection } from './evaluationSync';

interface Deferred {
  design: unknown;
  options: EvaluateOptions | undefined;
  resolve: (response: EvaluateResponse) => void;
  reject: (error: unknown) => void;
}

/** An engine whose answers the test releases by hand, in any order. */
function manualEngine() {
  const calls: Deferred[] = [];
  const engine: EngineConnection = {
    evaluate: (design, options) =>
      new Promise<EvaluateResponse>((resolve, reject) => {
        calls.push({ design, options, resolve, reject });
      }),
    cancel: vi.fn(),
  };
  return { engine, calls };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('connectEngine', () => {
  it('evaluates the open design at once and shows the answer as current', async () => {
    const store = createAppStore({ project: makeProject() });
    const { engine, calls } = manualEngine();
    connectEngine(store, engine);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.design).toBe(store.getState().project.design);
    expect(store.getState().status).toBe('stale');

    calls[0]!.options?.onStatus?.('running');
    expect(store.getState().status).toBe('computing');
    calls[0]!.resolve(okResponse());
    await settle();
    expect(store.getState().status).toBe('current');
  });

  it('never shows an answer for an older design as current', async () => {
    const store = createAppStore({ project: makeProject() });
    const { engine, calls } = manualEngine();
    connectEngine(store, engine);
    store.getState().updateDesign((design) => {
      design.serverTypes[0]!.count = 8;
    });
    expect(calls).toHaveLength(2);

    calls[1]!.resolve(okResponse(makeEvaluation({ nodes: 8 })));
    calls[0]!.resolve(okResponse(makeEvaluation({ nodes: 2 })));
    await settle();
    expect(store.getState().status).toBe('current');
    expect(store.getState().evaluation?.nodes).toBe(8);
  });

  it('ignores cancellations, reports failures, and stops on disconnect', async () => {
    const store = createAppStore({ project: makeProject() });
    const { engine, calls } = manualEngine();
    const disconnect = connectEngine(store, engine);
    calls[0]!.reject(new EvaluationCancelledError());
    await settle();
    expect(store.getState().status).toBe('stale');

    store.getState().updateDesign((design) => {
      design.name = 'Changed';
    });
    calls[1]!.reject(new Error('worker crashed'));
    await settle();
    expect(store.getState()).toMatchObject({ status: 'error', failure: 'worker crashed' });

    disconnect();
    expect(engine.cancel).toHaveBeenCalled();
    store.getState().updateDesign((design) => {
      design.name = 'After disconnect';
    });
    expect(calls).toHaveLength(2);
  });
});
