import { describe, expect, it } from 'vitest';
import { resolveWorkload } from '../catalog/workloads';
import { CAUSES, IDLE_CAUSES, causeOfResource } from './causes';
import type { Evaluation, ResourceKind } from './result';
import { NVME_X4, evaluate, evaluateTest, testDesign } from './testDesigns';

const ALL_KINDS: ResourceKind[] = ['gpu', 'gpu-decoder', 'cpu', 'drive', 'pcie-link', 'socket-link', 'nic', 'network', 'fabric', 'shared-storage', 'nvlink', 'memory'];

/** The rules every evaluation's causes must keep, whatever the design. */
function expectConsistentCauses(e: Evaluation) {
  const { cause, resourceId } = e.bottleneck;
  const largest = IDLE_CAUSES.reduce((a, b) => (e.gpuIdle[b] > e.gpuIdle[a] ? b : a));
  if (cause !== 'gpu-compute') expect(cause).toBe(largest);
  if (resourceId !== undefined) {
    const r = e.resources.find((x) => x.id === resourceId);
    expect(r, `resource ${resourceId} is listed`).toBeDefined();
    // Pipeline variance names the input stage that nearly keeps pace; every other cause names its own resource.
    if (cause === 'pipeline-variance') expect(['storage', 'gpu-decode', 'cpu', 'pcie', 'socket-link']).toContain(causeOfResource(r!.kind));
    else expect(causeOfResource(r!.kind)).toBe(cause);
  }
  const idle = IDLE_CAUSES.reduce((s, c) => s + e.gpuIdle[c], 0);
  expect(e.gpuUtilization + idle).toBeCloseTo(1, 9);
  expect(e.stepTerms.reduce((s, t) => s + t.exposedSeconds, 0)).toBeCloseTo(e.stepSeconds, 9);
}

describe('the cause table', () => {
  it('maps every resource kind to exactly one cause', () => {
    for (const kind of ALL_KINDS) {
      const owners = Object.values(CAUSES).filter((c) => c.resourceKinds.includes(kind));
      expect(owners.map((c) => c.id), kind).toHaveLength(1);
    }
  });

  it('lists every idle cause once, with a label, a phrase and a colour', () => {
    expect(new Set(IDLE_CAUSES).size).toBe(Object.keys(CAUSES).length - 1);
    for (const c of Object.values(CAUSES)) {
      expect(c.label.length).toBeGreaterThan(2);
      expect(c.waitingFor.length).toBeGreaterThan(2);
      expect(c.chartColor).toMatch(/^#[0-9a-f]{6}$/);
    }
  });
});

describe('one cause in the idle split, the bottleneck and the binding resource', () => {
  it('names the GPU JPEG decoders when they bind, not storage', () => {
    const heavy = { ...resolveWorkload('resnet50-imagenet')!, id: 'heavy-jpeg', name: 'Heavy JPEGs', gpuDecodeSecondsPerSample: 0.004 };
    const design = testDesign({ run: { dataLoader: 'gpu', datasetLocation: 'page-cache' } });
    const e = evaluate({ ...design, workload: heavy });
    expect(e.bottleneck.cause).toBe('gpu-decode');
    expect(e.gpuIdle['gpu-decode']).toBeGreaterThan(0.3);
    expect(e.gpuIdle.storage).toBe(0);
    expect(e.bottleneck.resourceId).toBe('node/gpu-decode');
    expect(e.bottleneck.explanation).toMatch(/JPEG decoders/);
    expect(e.bottleneck.explanation).not.toMatch(/storage/);
    expectConsistentCauses(e);
  });

  it('names the client NICs as the binding resource when they limit shared-storage reads', () => {
    const e = evaluateTest({
      workload: 'hires-imagery-16k',
      server: { count: 2, drives: { ...NVME_X4, count: 0 }, memoryGBPerSocket: 64, nics: { model: 'connectx-6-lx-25gbe-2p', count: 1, placement: 'spread' } },
      sharedStorage: { model: 'ddn-ai400x2-turbo', count: 4 },
      run: { datasetLocation: 'shared' },
    });
    expect(e.bottleneck.cause).toBe('storage');
    expect(e.bottleneck.resourceId).toBe('node/nics');
    expectConsistentCauses(e);
  });

  it('keeps the rules across storage, CPU, PCIe, socket-link and network-bound designs', () => {
    const designs = [
      evaluateTest({ server: { drives: { kind: 'sata-ssd', model: 'micron-5400-pro', count: 1, placement: 'socket0' } } }),
      evaluateTest({ server: { cpu: 'epyc-7543' }, run: { datasetLocation: 'page-cache' } }),
      evaluateTest({ server: { gpusPerSwitch: 4, switchUplinkLanes: 4 }, run: { datasetLocation: 'page-cache' } }),
      evaluateTest({ workload: 'bert-large-mlperf', server: { count: 16, nics: { model: 'connectx-6-lx-25gbe-2p', count: 1, placement: 'spread' } } }),
      evaluateTest({ workload: 'unet3d-kits19', run: { prefetchDepth: 1 } }),
      evaluateTest({ run: { software: 'stock' } }),
    ];
    for (const e of designs) expectConsistentCauses(e);
    expect(new Set(designs.map((e) => e.bottleneck.cause)).size).toBeGreaterThanOrEqual(3);
  });

  it('names the first epoch\'s limiter apart from the warm one', () => {
    const e = evaluateTest({ server: { drives: { kind: 'sata-ssd', model: 'micron-5400-pro', count: 1, placement: 'socket0' } }, run: { datasetLocation: 'local' } });
    expect(e.firstEpochBottleneck.cause).toBe('storage');
    expect(e.coldSamplesPerSec).toBeLessThan(e.samplesPerSec);
  });
});
