import { beforeEach, describe, expect, it } from 'vitest';
import type { InputError } from '../engineApi';
import { DesignSchema, type ServerType } from '../model/design';
import { evaluateDesign, evaluateParsed } from './evaluate';
import { resolveServer } from './normalize';
import { SERVER_CACHE_MAX_ENTRIES, clearServerCache, serverCacheStats } from './serverCache';
import { DGX_A100, DGX_H100, evaluate, testDesign } from './testDesigns';
import { resolveWorkload } from '../catalog/workloads';

const evaluateWorkload = () => resolveWorkload('resnet50-imagenet')!;

type Cost = ReturnType<typeof evaluate>['cost'];

const serverType = (opts: Parameters<typeof testDesign>[0] = {}): ServerType => DesignSchema.parse(testDesign(opts)).serverTypes[0]!;

function resolve(type: ServerType, t = 0): { server: ReturnType<typeof resolveServer>; errors: InputError[] } {
  const errors: InputError[] = [];
  return { server: resolveServer(type, t, errors), errors };
}

beforeEach(() => clearServerCache());

describe('resolved server graphs are reused', () => {
  it('for an equal server type, even as a fresh copy (as the worker receives it)', () => {
    const a = resolve(serverType()).server!;
    const b = resolve(structuredClone(serverType())).server!;
    expect(b.graph).toBe(a.graph);
    expect(serverCacheStats()).toMatchObject({ hits: 1, misses: 1, entries: 1 });
  });

  it('when only the count, name, id, index, labels or canvas positions change', () => {
    const base = serverType();
    const first = resolve(base).server!;
    const moved = structuredClone(base);
    moved.count = 12;
    moved.name = 'Renamed';
    moved.id = 'other-id';
    moved.components[0]!.label = 'socket A';
    moved.components[1]!.position = { x: 40, y: 80 };
    const again = resolve(moved, 3).server!;
    expect(again.graph).toBe(first.graph);
    // The per-evaluation fields are the new type's.
    expect([again.type.name, again.type.count, again.typeIndex]).toEqual(['Renamed', 12, 3]);
  });

  it('across the points of a node sweep and repeated evaluations of one design', () => {
    const design = DesignSchema.parse(testDesign());
    evaluateParsed(design);
    const after = serverCacheStats();
    evaluateParsed({ ...design, serverTypes: design.serverTypes.map((t) => ({ ...t, count: 7 })) });
    expect(serverCacheStats()).toMatchObject({ misses: after.misses, hits: after.hits + 1 });
  });
});

describe('a changed part invalidates the graph', () => {
  it('a different GPU model gives a new graph and the new answer', () => {
    const a100 = testDesign({ base: DGX_A100 });
    const h100 = testDesign({ base: DGX_A100, server: { gpu: 'h100-sxm5-80gb' } });
    const first = evaluate(a100);
    const changed = evaluate(h100);
    expect(changed.samplesPerSec).not.toBe(first.samplesPerSec);
    clearServerCache();
    expect(evaluate(h100)).toEqual(changed);
  });

  it('an edit in place of the same components or links array is seen (no stale graph)', () => {
    const type = serverType();
    const before = resolve(type).server!;
    type.components.find((c) => c.kind === 'gpu')!.model = 'h100-sxm5-80gb';
    const edited = resolve(type).server!;
    expect(edited.graph).not.toBe(before.graph);
    expect(edited.gpus[0]!.gpu!.id).toBe('h100-sxm5-80gb');
    const pcie = type.links.find((l) => l.kind === 'pcie' && l.to === 'gpu0')!;
    pcie.lanes = 4;
    const narrowed = resolve(type).server!;
    expect(narrowed.graph).not.toBe(edited.graph);
    expect(narrowed.upstream.get('gpu0')!.lanes).toBe(4);
  });

  it('gives the same evaluation as an empty cache, for every design of a varied set', () => {
    const designs = [
      testDesign(), testDesign({ base: DGX_H100, server: { count: 16 } }),
      testDesign({ server: { gpuFabric: 'nvlink-bridge', gpu: 'a100-pcie-80gb', gpusPerSwitch: 0 } }),
      testDesign({ server: { sockets: 1, rooting: 'single-root', drives: { kind: 'sata-ssd', model: 'micron-5400-pro', count: 2, placement: 'socket0' } } }),
    ];
    // One server graph under every input the routing and the checks read: run settings, workload, storage, counts.
    const shared = { model: 'ddn-ai400x2-turbo', count: 2 };
    for (const run of [{ dataLoader: 'gpu' as const }, { dataLoader: 'cpu' as const, datasetLocation: 'shared' as const }, { datasetLocation: 'page-cache' as const }]) {
      for (const workload of ['resnet50-imagenet', 'unet3d-kits19', 'bert-large-mlperf']) {
        for (const count of [1, 8]) designs.push(testDesign({ run, workload, sharedStorage: shared, server: { count } }));
      }
    }
    // One input changed at a time from the first design.
    designs.push(testDesign({ run: { dataLoader: 'gpu' } }), testDesign({ workload: 'unet3d-kits19' }), testDesign({ server: { count: 4 } }));
    designs.push(testDesign({ run: { datasetLocation: 'shared' }, sharedStorage: { ...shared, count: 5 }, server: { count: 8 } }));
    designs.push(testDesign({ run: { datasetLocation: 'shared' }, sharedStorage: { ...shared, readGBps: 3 }, server: { count: 8 } }));
    const custom = testDesign({ workload: 'resnet50-imagenet' });
    designs.push(custom);
    const warm = designs.map((d) => evaluateDesign(d));
    const warmAgain = designs.map((d) => evaluateDesign(d));
    const cold = designs.map((d) => { clearServerCache(); return evaluateDesign(d); });
    expect(warm).toEqual(cold);
    expect(warmAgain).toEqual(cold);
    expect(new Set(cold.map((r) => JSON.stringify(r))).size).toBeGreaterThan(designs.length / 2);
  });

  it('an edited custom workload routes again', () => {
    const design = DesignSchema.parse(testDesign());
    const workload = structuredClone(evaluateWorkload());
    const first = evaluateParsed({ ...design, workload });
    workload.storedBytesPerSample *= 50;
    const edited = evaluateParsed({ ...design, workload });
    clearServerCache();
    expect(edited).toEqual(evaluateParsed({ ...design, workload }));
    expect(edited).not.toEqual(first);
  });
});

describe('errors are never cached', () => {
  it('an unknown part is reported on every evaluation, and a fixed one evaluates', () => {
    const bad = testDesign({ server: { gpu: 'h1OO' } });
    for (let i = 0; i < 2; i++) {
      const r = evaluateDesign(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.map((e) => e.message)).toContain('unknown GPU "h1OO"');
    }
    expect(serverCacheStats().entries).toBe(0);
    expect(evaluateDesign(testDesign()).ok).toBe(true);
  });

  it('a link to a missing component is reported again under the server type\'s current name and index', () => {
    const type = serverType();
    type.links.push({ id: 'dangling', kind: 'pcie', from: 'cpu0', to: 'ghost' });
    expect(resolve(type, 0).errors).toEqual([{ path: 'serverTypes[0].links[' + (type.links.length - 1) + '].to', message: 'no component "ghost" in server "Test node"' }]);
    type.name = 'Renamed node';
    expect(resolve(type, 2).errors[0]).toEqual({ path: `serverTypes[2].links[${type.links.length - 1}].to`, message: 'no component "ghost" in server "Renamed node"' });
  });
});

describe('the cache is bounded', () => {
  it(`keeps at most ${SERVER_CACHE_MAX_ENTRIES} graphs, dropping the least recently used`, () => {
    const base = serverType({ server: { gpusPerNode: 1, gpuFabric: 'pcie', gpusPerSwitch: 0, drives: { kind: 'nvme-ssd', model: 'samsung-pm1733-15.36', count: 0, placement: 'spread' }, nics: { model: 'connectx-7-ndr-400g', count: 0, placement: 'spread' } } });
    const variant = (gb: number): ServerType => ({ ...base, components: base.components.map((c) => (c.kind === 'memory' ? { ...c, capacityGB: gb } : c)) });
    const first = resolve(variant(1)).server!;
    for (let gb = 2; gb <= SERVER_CACHE_MAX_ENTRIES + 10; gb++) resolve(variant(gb));
    expect(serverCacheStats().entries).toBe(SERVER_CACHE_MAX_ENTRIES);
    // The first one went: resolving it again builds a new graph.
    expect(resolve(variant(1)).server!.graph).not.toBe(first.graph);
  });
});

describe('an NVSwitch is one hub part', () => {
  const withChips = (chips: number) => testDesign({ base: DGX_H100, server: { nvswitchChips: chips } });

  it('with the chip count as its quantity, one NVLink edge per GPU', () => {
    const server = resolve(DesignSchema.parse(withChips(4)).serverTypes[0]!).server!;
    expect(server.nvswitches.map((p) => [p.id, p.quantity])).toEqual([['nvswitch', 4]]);
    expect(server.nvlinkEdges).toHaveLength(8);
  });

  it('keeps the bill of materials and the power of every chip: capex and power grow linearly in the chips', () => {
    const [one, two, six] = [1, 2, 6].map((n) => evaluate(withChips(n)).cost) as [Cost, Cost, Cost];
    expect(two.capexUsd - one.capexUsd).toBeGreaterThan(0);
    expect(six.capexUsd - one.capexUsd).toBeCloseTo(5 * (two.capexUsd - one.capexUsd), 6);
    expect(six.powerKW - one.powerKW).toBeCloseTo(5 * (two.powerKW - one.powerKW), 9);
    expect(two.powerKW).toBeGreaterThan(one.powerKW);
  });

  it('keeps one part per chip where a link pairs the chips one to one with GPUs', () => {
    const type = serverType({ server: { gpuFabric: 'pcie', gpusPerSwitch: 0 } });
    type.components.push({ id: 'gpus', kind: 'gpu', model: 'a100-sxm4-80gb', count: 8 }, { id: 'nvs', kind: 'nvswitch', count: 8 });
    type.links.push({ id: 'lp', kind: 'pcie', from: 'cpu0', to: 'gpus', lanes: 16 }, { id: 'ln', kind: 'nvlink', from: 'gpus', to: 'nvs' });
    const server = resolve(type).server!;
    expect(server.nvswitches).toHaveLength(8);
    expect(server.nvswitches.every((p) => p.quantity === 1)).toBe(true);
    expect(server.edges.filter((e) => e.linkIndex === type.links.length - 1).map((e) => [e.from, e.to])).toEqual(
      Array.from({ length: 8 }, (_, i) => [`gpus#${i}`, `nvs#${i}`]),
    );
  });

  it('reports a GPU without NVLink on the switch once per link, not once per chip', () => {
    const design = testDesign({ base: DGX_H100 });
    design.serverTypes![0]!.components.find((c) => c.id === 'gpu3')!.model = 'l40s';
    const issues = evaluate(design).issues.filter((i) => i.code === 'nvlink-unsupported');
    expect(issues).toHaveLength(1);
  });
});

describe('shared graphs cannot be changed by a caller', () => {
  it('the graph, its parts and its edges are frozen', () => {
    const server = resolve(serverType()).server!;
    expect(Object.isFrozen(server.graph)).toBe(true);
    expect(Object.isFrozen(server.parts[0])).toBe(true);
    expect(Object.isFrozen(server.edges[0])).toBe(true);
    expect(() => {
      (server.graph as { gpus: unknown }).gpus = [];
    }).toThrow(TypeError);
  });

  it('its lists are readonly to the type checker (plain arrays at run time: a frozen array is a slow path in V8)', () => {
    const server = resolve(serverType()).server!;
    // Never called: `npm run typecheck` fails if the lists ever lose their readonly types.
    const writes = () => {
      // @ts-expect-error a shared graph's lists are readonly
      server.gpus.push(server.gpus[0]!);
      // @ts-expect-error a shared graph's lists are readonly
      server.graph.edges.length = 0;
    };
    expect(typeof writes).toBe('function');
    expect(Object.isFrozen(server.gpus)).toBe(false);
  });
});
