import { describe, expect, it } from 'vitest';
import { evaluateDesign } from './evaluate';
import { exampleProject } from '../examples';
import { countFabric } from './bomFabric';
import type { Design } from '../model/design';

function evaluation(design: Design) {
  const r = evaluateDesign(design);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.evaluation;
}

describe('bill of materials', () => {
  it('lists every part of a server as its own line with quantity, unit and extended price', () => {
    const e = evaluation(exampleProject('dgx-a100-resnet50-nvme').design);
    const server = e.cost.bom.filter((l) => l.section === 'server');
    expect(server.length).toBeGreaterThan(4);
    for (const l of server) {
      if (l.unitPriceUsd !== null) expect(l.totalUsd).toBeCloseTo(l.unitPriceUsd * l.count, 6);
      expect(l.basis.length).toBeGreaterThan(0);
    }
    expect(server.some((l) => /A100/.test(l.item) && l.perServer === 8)).toBe(true);
  });

  it('shows the drives, so NVMe and SATA variants differ line by line', () => {
    const nvme = evaluation(exampleProject('dgx-a100-resnet50-nvme').design).cost.bom.map((l) => l.item);
    const sata = evaluation(exampleProject('dgx-a100-resnet50-sata').design).cost.bom.map((l) => l.item);
    expect(nvme.filter((i) => !sata.includes(i)).length).toBeGreaterThan(0);
    expect(sata.filter((i) => !nvme.includes(i)).length).toBeGreaterThan(0);
  });

  it('prices the fabric and racks of a cluster, so 16 nodes cost more than 16 servers', () => {
    const e = evaluation(exampleProject('cluster-16-shared-storage').design);
    const t = e.cost.bomTotals;
    const fabric = e.cost.bom.filter((l) => l.section === 'fabric');
    expect(fabric.some((l) => /switch/.test(l.item))).toBe(true);
    expect(fabric.some((l) => /transceiver/i.test(l.item))).toBe(true);
    expect(t.subtotalsUsd.fabric).toBeGreaterThan(0);
    expect(t.subtotalsUsd.facility).toBeGreaterThan(0);
    expect(e.cost.capexUsd).toBeGreaterThan(t.subtotalsUsd.server);
    expect(t.hardwareUsd).toBeCloseTo(t.subtotalsUsd.server + t.subtotalsUsd.fabric + t.subtotalsUsd.storage + t.subtotalsUsd.facility, 6);
    expect(t.totalUsd).toBeCloseTo(t.hardwareUsd + t.supportUsd, 6);
  });

  it('never counts shared storage without a price at $0: it is "price needed" and excluded from the total', () => {
    const design = exampleProject('cluster-16-shared-storage').design;
    delete design.sharedStorage!.priceUsd;
    const e = evaluation(design);
    const storage = e.cost.bom.find((l) => l.section === 'storage')!;
    expect(storage.confidence).toBe('price needed');
    expect(storage.totalUsd).toBeNull();
    expect(e.cost.bomTotals.unpricedLines).toBeGreaterThanOrEqual(1);
    expect(e.issues.some((i) => i.code === 'price-needed' && i.path === 'sharedStorage.priceUsd')).toBe(true);
    design.sharedStorage!.priceUsd = 250_000;
    const priced = evaluation(design);
    expect(priced.cost.bom.find((l) => l.section === 'storage')!.totalUsd).toBe(250_000 * design.sharedStorage!.count);
    expect(priced.cost.bomTotals.subtotalsUsd.storage).toBe(250_000 * design.sharedStorage!.count);
  });

  it('lists a quoted server once, with its parts as included lines', () => {
    const design = exampleProject('dgx-a100-resnet50-nvme').design;
    design.serverTypes[0]!.priceUsd = 200_000;
    const e = evaluation(design);
    const priced = e.cost.bom.filter((l) => l.section === 'server' && l.totalUsd !== null);
    expect(priced).toHaveLength(1);
    expect(priced[0]!.totalUsd).toBe(200_000 * design.serverTypes[0]!.count);
    expect(e.cost.bom.filter((l) => l.confidence === 'included').length).toBeGreaterThan(3);
  });

  it('applies margin to unit prices and discount to the hardware total', () => {
    const design = exampleProject('dgx-a100-resnet50-nvme').design;
    const base = evaluation(design).cost;
    design.economics.marginPct = 10;
    design.economics.discountPct = 20;
    design.economics.currency = { code: 'EUR', perUsd: 0.9 };
    const adjusted = evaluation(design).cost;
    expect(adjusted.bomTotals.hardwareListUsd).toBeCloseTo(base.bomTotals.hardwareListUsd * 1.1, 4);
    expect(adjusted.bomTotals.discountUsd).toBeCloseTo(adjusted.bomTotals.hardwareListUsd * 0.2, 4);
    expect(adjusted.capexUsd).toBeCloseTo(base.capexUsd * 1.1 * 0.8, 4);
    expect(adjusted.bomTotals.currency).toEqual({ code: 'EUR', perUsd: 0.9 });
  });
});

describe('fabric sizing', () => {
  it('uses one switch up to its radix, then leaves and spines', () => {
    expect(countFabric(16, { oversubscription: 1 })).toMatchObject({ leafSwitches: 1, spineSwitches: 0, cables: 16, transceivers: 32 });
    // 128 ports non-blocking: 4 leaves of 32 down + 32 up, 128 uplinks over 2 spines.
    expect(countFabric(128, { oversubscription: 1 })).toMatchObject({ leafSwitches: 4, spineSwitches: 2, cables: 256, transceivers: 512 });
    // 2:1 oversubscription: 42 down + 22 up per leaf.
    expect(countFabric(128, { oversubscription: 2 })).toMatchObject({ leafSwitches: 4, spineSwitches: 2 });
    expect(countFabric(0, { oversubscription: 1 }).leafSwitches).toBe(0);
  });

  // A server type's bill is kept per graph: a new quote, name or count must still show in the next answer.
  it('prices a server type again when its quote, name or count changes on the same graph', () => {
    const design = structuredClone(exampleProject().design);
    const first = evaluation(design);
    const quoted = evaluation({ ...design, serverTypes: design.serverTypes.map((t) => ({ ...t, name: 'Quoted box', priceUsd: 123_456 })) });
    expect(quoted.cost.bom.find((l) => l.item === 'Quoted box, complete server')?.totalUsd).toBe(123_456 * design.serverTypes[0]!.count);
    expect(quoted.cost.capexUsd).not.toBe(first.cost.capexUsd);
    const doubled = evaluation({ ...design, serverTypes: design.serverTypes.map((t) => ({ ...t, count: t.count * 2 })) });
    const gpuLine = (e: typeof first) => e.cost.bom.find((l) => l.section === 'server' && l.sku?.includes('a100'))!;
    expect(gpuLine(doubled).count).toBe(2 * gpuLine(first).count);
    expect(doubled.cost.bomTotals.subtotalsUsd.server).toBeCloseTo(2 * first.cost.bomTotals.subtotalsUsd.server, 6);
  });
});
