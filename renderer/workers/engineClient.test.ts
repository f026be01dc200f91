import * as Comlink from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EngineApi, EvaluateResponse } from '../../core';
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

/** An engine that records each design when it starts and answers after `delayMs` (0 = at once). */
function fakeEngine(delayMs = 0) {
  const designs: unknown[] = [];
  const answer = (): EvaluateResponse => okResponse(makeEvaluation({ samplesPerSec: designs.length }));
  const api = {
    evaluate: (design: unknown) => {
      designs.push(design);
      return delayMs > 0 ? new Promise<EvaluateResponse>((resolve) => setTimeout(() => resolve(answer()), delayMs)) : answer();
    },
    version: () => 'test-engine 1',
  } as unknown as EngineApi;
  return { api, designs };
}

let client: EngineClient | null = null;
afterEach(() => {
  client?.dispose();
  client = null;
});

function startClient(api: EngineApi, debounceMs = 20) {
  const workers: FakeWorker[] = [];
  client = createEngineClient({
    debounceMs,
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

  it('calls onStart when the engine starts, and skips the wait when immediate', async () => {
    const { api } = fakeEngine();
    const { client } = startClient(api, 10_000);
    const onStart = vi.fn();
    await client.evaluate({}, { onStart, immediate: true });
    expect(onStart).toHaveBeenCalledOnce();
  });

  it('cancels a running evaluation by terminating the worker, and starts a fresh one for the next', async () => {
    const { api, designs } = fakeEngine(200);
    const { client, workers } = startClient(api, 0);
    const running = client.evaluate({ step: 1 });
    await vi.waitFor(() => expect(designs).toHaveLength(1));

    const next = client.evaluate({ step: 2 });
    await expect(running).rejects.toSatisfy(isEvaluationCancelled);
    expect(workers[0]!.terminated).toBe(true);
    await expect(next).resolves.toMatchObject({ ok: true });
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
});
