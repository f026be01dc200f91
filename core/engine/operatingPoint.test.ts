import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DesignSchema } from '../model/design';
import { evaluateOperatingPoint, evaluateParsed } from './evaluate';
import { DGX_A100, DGX_H100, testDesign } from './testDesigns';

describe('evaluateOperatingPoint (what a sweep point computes)', () => {
  it('gives exactly the figures of the full evaluation, or the same errors (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          base: fc.constantFrom(DGX_A100, DGX_H100),
          count: fc.integer({ min: 1, max: 512 }),
          gpusPerNode: fc.integer({ min: 1, max: 16 }),
          nics: fc.integer({ min: 0, max: 8 }),
          drives: fc.integer({ min: 0, max: 8 }),
          workload: fc.constantFrom('resnet50-imagenet', 'bert-large-mlperf', 'unet3d-kits19', 'retinanet-openimages'),
          dataLoader: fc.constantFrom('cpu' as const, 'gpu' as const),
          location: fc.constantFrom('auto' as const, 'local' as const, 'shared' as const, 'page-cache' as const),
          shared: fc.boolean(),
          batchPerGpu: fc.option(fc.integer({ min: 1, max: 256 }), { nil: null }),
        }),
        (p) => {
          const design = DesignSchema.parse(testDesign({
            base: p.base,
            server: {
              count: p.count, gpusPerNode: p.gpusPerNode,
              nics: { model: 'connectx-7-ndr-400g', count: p.nics, placement: 'with-gpus' },
              drives: { kind: 'nvme-ssd', model: 'samsung-pm1733-15.36', count: p.drives, placement: 'spread' },
            },
            workload: p.workload,
            ...(p.shared ? { sharedStorage: { model: 'ddn-ai400x2-turbo', count: 2 } } : {}),
            run: { dataLoader: p.dataLoader, datasetLocation: p.location, ...(p.batchPerGpu ? { globalBatch: p.batchPerGpu * p.gpusPerNode * p.count } : {}) },
          }));
          const full = evaluateParsed(design);
          const point = evaluateOperatingPoint(design);
          if (!full.ok) {
            expect(point).toEqual(full);
            return;
          }
          expect(point.ok).toBe(true);
          if (!point.ok) return;
          const e = full.evaluation;
          expect(point.point).toEqual({
            samplesPerSec: e.samplesPerSec, globalBatch: e.globalBatch, gpus: e.gpus, nodes: e.nodes, timeToModelSeconds: e.time.totalSeconds,
            usdPerTrainedModel: e.cost.usdPerTrainedModel, usdPerImage: e.cost.usdPerImage, bottleneck: e.bottleneck.cause,
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
