import * as Comlink from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EngineApi, EvaluateResponse, SweepResponse } from '../../core';
import { okResponse, makeEvaluation } from '../testing/fixtures';
import { createEngineClient, isEvaluationCancelled, type EngineClient } from './engineClient';

/** A stand-in worker: comlink over a MessageChannel, with `terminate` and a way to raise `error`. */
class FakeWorker extends EventTarget {
  terminated = false;
  readonly port: MessagePort;

  constructor(api: EngineApi) {
    super();
    const channel = new MessageChannel();
    Comlink.expose(api, channel.port1);
    this.port = channel.port2;
    this.port.addEventListener('message', (event) => this.dispatchEvent(new MessageEvent('message', { data: (event as MessageEvent).data })));
    this.port.start();
  }

  postMessage(message: unknown, transfer: Transferable[] = []): void {
    if (!this.terminated) this.port.postMessage(message, transfer);
  }

  terminate(): void {
    this.terminated = true;
    this.port.close();
  }
}

/** An answer after `delayMs`, or at once when it is 0. */
function later<T>(delayMs: number, answer: () => T): T | Promise<T> {
  return delayMs > 0 ? new Promise<T>((resolve) => setTimeout(() => resolve(answer()), delayMs)) : answer();
}

/**
 * An engine that records each design (and each sweep request) when it starts and answers after `delayMs`
 * (0 = at once); sweeps answer after `sweepDelayMs`.
 */
function fakeEngine(delayMs = 0, sweepDelayMs = delayMs) {
  const designs: unknown[] = [];
  const sweeps: Array<{ design: unknown; nodeCounts: readonly number[]; options: unknown }> = [];
  const sweepAnswer = (nodeCounts: readonly number[]): SweepResponse => ({
    ok: true,
    sweep: { serverTypeId: 'node', serverTypeName: 'GPU node', designServerCount: 2, batchRule: 'per-gpu', points: nodeCounts.map((serverCount) => ({ ok: false, serverCount, error: `sweep ${sweeps.length}` })) },
  });
  const sizings: Array<{ design: unknown; request: unknown }> = [];
  const api = {
    sizeStorage: (design: unknown, request: unknown) => {
      sizings.push({ design, request });
      return later(sweepDelayMs, () => ({ ok: false, errors: [{ path: 'AU target', message: `sizing ${sizings.length}` }] }));
    },
    evaluate: (design: unknown) => {
      designs.push(design);
      return later(delayMs, (): EvaluateResponse => okResponse(makeEvaluation({ samplesPerSec: designs.length })));
    },
    sweepNodes: (design: unknown, nodeCounts: readonly number[], options: unknown) => {
      sweeps.push({ design, nodeCounts, options });
      return later(sweepDelayMs, () => sweepAnswer(nodeCounts));
    },
    evaluateAll: (all: readonly unknown[]) => {
      designs.push(...all);
      return later(delayMs, () => all.map(() => okResponse(makeEvaluation({ samplesPerSec: designs.length }))));
    },
    measuredAccuracy: () => Promise.resolve({ evaluated: 1, total: 1, refused: 0 }),
    version: () => 'test-engine 1',
  } as unknown as EngineApi;
  return { api, designs, sweeps, sizings };
}

let client: EngineClient | null = null;
afterEach(() => {
  client?.dispose();
  client = null;
});

function startClient(api: EngineApi, debounceMs = 20, sweepDebounceMs = debounceMs) {
  const workers: FakeWorker[] = [];
  client = createEngineClient({
    debounceMs,
    sweepDebounceMs,
    createWorker: () => {
      const worker = new FakeWorker(api);
      workers.push(worker);
      return worker as unknown as Worker;
    },
  });
  return { client, workers };
}

describe('createEngineClient', () => {
  it('debounces: only the last of a burst of requests reaches the engine', async () => {
    const { api, designs } = fakeEngine();
    const { client } = startClient(api);
    const first = client.evaluate({ step: 1 });
    const second = client.evaluate({ step: 2 });
    const third = client.evaluate({ step: 3 });

    await expect(first).rejects.toSatisfy(isEvaluationCancelled);
    await expect(second).rejects.toSatisfy(isEvaluationCancelled);
    const answer = await third;
    expect(answer.ok).toBe(true);
    expect(designs).toEqual([{ step: 3 }]);
  });

  it('reports each move of the request status, and skips the wait when immediate', async () => {
    const { api } = fakeEngine();
    const { client } = startClient(api, 10_000);
    const statuses: string[] = [];
    await client.evaluate({}, { onStatus: (s) => statuses.push(s), immediate: true });
    expect(statuses).toEqual(['queued', 'running', 'done']);
  });

  it('superseding a running request lets the worker finish it, then runs only the newest of those that waited', async () => {
    const { api, designs } = fakeEngine(100);
    const { client } = startClient(api, 0);
    const first: string[] = [];
    const running = client.evaluate({ step: 1 }, { onStatus: (s) => first.push(s) });
    await vi.waitFor(() => expect(designs).toHaveLength(1));
    const waited = [client.evaluate({ step: 2 }), client.evaluate({ step: 3 })];
    const newest = client.evaluate({ step: 4 });
    expect(client.status().evaluation).toBe('running');

    await expect(running).rejects.toSatisfy(isEvaluationCancelled);
    expect(first).toEqual(['queued', 'running', 'superseded']);
    for (const p of waited) await expect(p).rejects.toSatisfy(isEvaluationCancelled);
    await expect(newest).resolves.toMatchObject({ ok: true });
    // The superseded request was computed (the worker cannot be interrupted); steps 2 and 3 never reached it.
    expect(designs).toEqual([{ step: 1 }, { step: 4 }]);
    expect(client.status().evaluation).toBe('idle');
  });

  it('answers a design object it has already evaluated without asking the worker again', async () => {
    const { api, designs } = fakeEngine();
    const { client } = startClient(api, 0);
    const design = { step: 1 };
    const answer = await client.evaluate(design);
    await expect(client.evaluate(design)).resolves.toBe(answer);
    await expect(client.scenarios.evaluate(design)).resolves.toBe(answer);
    await client.evaluate({ step: 1 });
    expect(designs).toEqual([{ step: 1 }, { step: 1 }]);
  });

  it('a newer evaluation supersedes a running one: its answer is dropped, the same worker serves the next', async () => {
    const { api, designs } = fakeEngine(200);
    const { client, workers } = startClient(api, 0);
    const running = client.evaluate({ step: 1 });
    await vi.waitFor(() => expect(designs).toHaveLength(1));

    const next = client.evaluate({ step: 2 });
    await expect(running).rejects.toSatisfy(isEvaluationCancelled);
    await expect(next).resolves.toMatchObject({ ok: true });
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(false);
  });

  it('cancel() stops a running evaluation by terminating the worker, and starts a fresh one for the next', async () => {
    const { api, designs } = fakeEngine(200);
    const { client, workers } = startClient(api, 0);
    const running = client.evaluate({ step: 1 });
    await vi.waitFor(() => expect(designs).toHaveLength(1));

    client.cancel();
    await expect(running).rejects.toSatisfy(isEvaluationCancelled);
    expect(workers[0]!.terminated).toBe(true);
    await expect(client.evaluate({ step: 2 })).resolves.toMatchObject({ ok: true });
    expect(workers).toHaveLength(2);
  });

  it('fails the running call instead of hanging when the worker reports an error', async () => {
    const { api } = fakeEngine(10_000);
    const { client, workers } = startClient(api, 0);
    const running = client.evaluate({});
    await vi.waitFor(() => expect(workers).toHaveLength(1));
    // Node has no ErrorEvent: an Event with the message field the client reads stands in for it.
    workers[0]!.dispatchEvent(Object.assign(new Event('error'), { message: 'Failed to load module script' }));
    await expect(running).rejects.toThrow(/engine worker failed: Failed to load module script/);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('answers version() from the worker', async () => {
    const { api } = fakeEngine();
    const { client } = startClient(api);
    await expect(client.version()).resolves.toBe('test-engine 1');
  });

  it('refuses work after dispose', async () => {
    const { api } = fakeEngine();
    const { client } = startClient(api);
    client.dispose();
    await expect(client.evaluate({})).rejects.toSatisfy(isEvaluationCancelled);
  });

  it('refuses sweeps after dispose', async () => {
    const { api } = fakeEngine();
    const { client } = startClient(api);
    client.dispose();
    await expect(client.sweep({}, [1])).rejects.toSatisfy(isEvaluationCancelled);
  });
});

describe('createEngineClient: node sweeps', () => {
  it('passes the design, the counts and the server type to the engine', async () => {
    const { api, sweeps } = fakeEngine();
    const { client } = startClient(api);
    const answer = await client.sweep({ step: 1 }, [1, 2, 4], { serverTypeId: 'node', immediate: true });
    expect(sweeps).toEqual([{ design: { step: 1 }, nodeCounts: [1, 2, 4], options: { serverTypeId: 'node' } }]);
    expect(answer.ok && answer.sweep.points.map((p) => p.serverCount)).toEqual([1, 2, 4]);
  });

  it('a new sweep cancels the pending one: only the last of a burst runs', async () => {
    const { api, sweeps } = fakeEngine();
    const { client } = startClient(api);
    const first = client.sweep({ step: 1 }, [1]);
    const second = client.sweep({ step: 2 }, [1]);
    await expect(first).rejects.toSatisfy(isEvaluationCancelled);
    await expect(second).resolves.toMatchObject({ ok: true });
    expect(sweeps.map((s) => s.design)).toEqual([{ step: 2 }]);
  });

  it('a new sweep supersedes the running one without touching the evaluation worker', async () => {
    const { api, designs, sweeps } = fakeEngine(0, 200);
    const { client, workers } = startClient(api, 0);
    await client.evaluate({ step: 0 });
    const evaluationWorker = workers[0]!;

    const running = client.sweep({ step: 1 }, [1]);
    await vi.waitFor(() => expect(sweeps).toHaveLength(1));
    const sweepWorker = workers[1]!;
    const next = client.sweep({ step: 2 }, [1], { immediate: true });
    await expect(running).rejects.toSatisfy(isEvaluationCancelled);
    expect(sweepWorker.terminated).toBe(false);
    expect(evaluationWorker.terminated).toBe(false);
    await expect(next).resolves.toMatchObject({ ok: true });

    // The evaluation worker still answers without a restart.
    await client.evaluate({ step: 3 }, { immediate: true });
    expect(designs).toEqual([{ step: 0 }, { step: 3 }]);
    expect(workers).toHaveLength(2);
  });

  it('evaluations and sweeps never cancel each other', async () => {
    const { api } = fakeEngine();
    const { client } = startClient(api);
    const sweep = client.sweep({ step: 1 }, [1]);
    const evaluation = client.evaluate({ step: 1 });
    client.cancel();
    await expect(evaluation).rejects.toSatisfy(isEvaluationCancelled);
    await expect(sweep).resolves.toMatchObject({ ok: true });

    const nextEvaluation = client.evaluate({ step: 2 });
    const nextSweep = client.sweep({ step: 2 }, [1]);
    client.cancelSweep();
    await expect(nextSweep).rejects.toSatisfy(isEvaluationCancelled);
    await expect(nextEvaluation).resolves.toMatchObject({ ok: true });
  });
});

describe('createEngineClient: storage sizing', () => {
  it('passes the design and the request to the engine, the newest of a burst winning, in a worker of its own', async () => {
    const { api, designs, sizings } = fakeEngine(0, 100);
    const { client, workers } = startClient(api, 0);
    await client.evaluate({ step: 0 });
    const first = client.sizeStorage({ step: 1 }, { auTargetPct: 90 });
    await vi.waitFor(() => expect(sizings).toHaveLength(1));
    const second = client.sizeStorage({ step: 2 }, { auTargetPct: 70, benchmark: 'cosmoflow-h100' });
    await expect(first).rejects.toSatisfy(isEvaluationCancelled);
    await expect(second).resolves.toEqual({ ok: false, errors: [{ path: 'AU target', message: 'sizing 2' }] });
    expect(sizings).toEqual([{ design: { step: 1 }, request: { auTargetPct: 90 } }, { design: { step: 2 }, request: { auTargetPct: 70, benchmark: 'cosmoflow-h100' } }]);
    expect(workers).toHaveLength(2);

    // The editor's lane neither waits for a sizing nor is cancelled by one.
    const running = client.sizeStorage({ step: 3 }, { auTargetPct: 90 });
    await vi.waitFor(() => expect(client.status().sizing).toBe('running'));
    await expect(client.evaluate({ step: 4 }, { immediate: true })).resolves.toMatchObject({ ok: true });
    expect(client.status().sizing).toBe('running');
    client.cancelSizing();
    await expect(running).rejects.toSatisfy(isEvaluationCancelled);
    expect(designs).toEqual([{ step: 0 }, { step: 4 }]);
  });
});

describe('createEngineClient: scenarios', () => {
  it('answers every scenario request in order, each design once, without touching the editor lane', async () => {
    const { api, designs } = fakeEngine(20);
    const { client, workers } = startClient(api, 0);
    const a = { step: 'a' };
    const b = { step: 'b' };
    const answers = await Promise.all([client.scenarios.evaluate(a), client.scenarios.evaluate(b), client.scenarios.evaluate(a)]);
    expect(answers.every((r) => r.ok)).toBe(true);
    expect(answers[2]).toBe(answers[0]);
    expect(designs).toEqual([a, b]);
    client.cancel();
    expect(workers.every((w) => !w.terminated)).toBe(true);
    // The editor's evaluation of a design Compare already evaluated is answered from that answer.
    await expect(client.evaluate(b)).resolves.toBe(answers[1]);
    expect(designs).toHaveLength(2);
  });

  it('gives the measured accuracy from the worker', async () => {
    const { api } = fakeEngine();
    const { client } = startClient(api);
    await expect(client.scenarios.measuredAccuracy()).resolves.toMatchObject({ evaluated: 1, total: 1 });
  });
});
