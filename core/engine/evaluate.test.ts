import { describe, expect, it } from 'vitest';
import { evaluateDesign } from './evaluate';
import { exampleProject } from '../examples';
import { DGX_A100, testDesign } from './testDesigns';

describe('evaluateDesign', () => {
  it('flags each unpriced part model as "price needed" instead of silently counting it at $0', () => {
    const design = exampleProject('dual-socket-pcie-split').design;
    const r = evaluateDesign(design);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const noPrice = r.evaluation.issues.filter((i) => i.code === 'price-needed');
    expect(noPrice.map((i) => i.message).join('\n')).toMatch(/price needed for NVIDIA A100 PCIe 80GB \(8\)/);
    const gpuLine = r.evaluation.cost.bom.find((l) => l.item === 'NVIDIA A100 PCIe 80GB')!;
    expect(gpuLine).toMatchObject({ unitPriceUsd: null, totalUsd: null, confidence: 'price needed' });
    expect(r.evaluation.cost.bomTotals.unpricedLines).toBeGreaterThanOrEqual(1);
    expect(noPrice[0]!.path).toMatch(/^serverTypes\[0\]\.components\[\d+\]\.priceUsd$/);
  });
  it('gives no price warning once the part has a price', () => {
    const design = exampleProject('dual-socket-pcie-split').design;
    for (const c of design.serverTypes[0]!.components) if (c.kind === 'gpu' || c.kind === 'pcie-switch') c.priceUsd = 10000;
    const r = evaluateDesign(design);
    expect(r.ok && r.evaluation.issues.some((i) => i.code === 'price-needed')).toBe(false);
  });
  it('ships example designs that pass their own topology checks', () => {
    for (const id of ['dgx-a100-resnet50-nvme', 'dgx-a100-resnet50-sata', 'dual-socket-pcie-split', 'cluster-16-shared-storage'] as const) {
      const r = evaluateDesign(exampleProject(id).design);
      expect(r.ok, id).toBe(true);
      if (r.ok) expect(r.evaluation.issues.filter((i) => i.severity === 'error'), id).toEqual([]);
    }
  });
  it('names the JSON path of an unknown GPU', () => {
    const design = exampleProject().design;
    design.serverTypes[0]!.components.find((c) => c.kind === 'gpu')!.model = 'h1OO';
    const r = evaluateDesign(design);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ path: expect.stringMatching(/^serverTypes\[0\]\.components\[\d+\]\.model$/), message: 'unknown GPU "h1OO"' });
  });

  // Found by the operating-point property test: with no NIC the shared storage reached nothing and the rate came out NaN.
  it('refuses a server that reads shared storage without a NIC, naming the server, for any data location that picks it', () => {
    for (const datasetLocation of ['auto', 'shared'] as const) {
      const r = evaluateDesign(testDesign({
        base: DGX_A100,
        server: { count: 1, gpusPerNode: 1, nics: { model: 'connectx-7-ndr-400g', count: 0, placement: 'with-gpus' }, drives: { kind: 'nvme-ssd', model: 'samsung-pm1733-15.36', count: 0, placement: 'spread' } },
        workload: 'resnet50-imagenet', sharedStorage: { model: 'ddn-ai400x2-turbo', count: 2 }, run: { dataLoader: 'cpu', datasetLocation },
      }));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors).toEqual([{ path: 'serverTypes[0]', message: '"Test node" reads the dataset from shared storage but has no NIC to reach it: add a NIC, local drives, or RAM to stage the data' }]);
    }
  });
});
