import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  WORKLOAD_FILES,
  WorkloadFileSchema,
  loadWorkloads,
  parseWorkloadFile,
  resolveWorkload,
  samplesToTarget,
} from './workloads';
import type { Workload } from '../model/workload';

// Every JSON file in the folder, so a file that is not registered in workloads.ts is caught.
const onDisk = import.meta.glob('../../assets/workloads/*.json', { eager: true, import: 'default' });

const byId = (id: string): Workload => {
  const w = resolveWorkload(id);
  if (!w) throw new Error(`missing workload ${id}`);
  return w;
};

describe('workload files', () => {
  it('every file in assets/workloads validates against the envelope and WorkloadSchema', () => {
    const files = Object.entries(onDisk);
    expect(files.length).toBeGreaterThanOrEqual(11);
    for (const [path, data] of files) {
      const parsed = WorkloadFileSchema.safeParse(data);
      expect(parsed.success, `${path}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
    }
  });

  it('every file on disk is registered in the catalog, and the id matches the file name', () => {
    const registered = Object.keys(WORKLOAD_FILES).sort();
    const present = Object.keys(onDisk).map((p) => p.split('/').pop()!).sort();
    expect(registered).toEqual(present);
    for (const w of loadWorkloads()) expect(WORKLOAD_FILES[`${w.id}.json`]).toBeDefined();
  });

  it('every workload cites sources for its values and its convergence curve', () => {
    for (const w of loadWorkloads()) {
      expect(w.provenance.source.length, w.id).toBeGreaterThan(0);
      expect(w.convergence.source.length, w.id).toBeGreaterThan(0);
      expect(w.provenance.notes ?? '', w.id).not.toBe('');
      for (const r of w.measuredRates) expect(r.source.length, `${w.id} rate`).toBeGreaterThan(10);
    }
  });

  it('keeps stored, decoded and host-to-device bytes as separate, plausible quantities', () => {
    const rn = byId('resnet50-imagenet');
    expect(rn.storedBytesPerSample).toBeGreaterThan(100_000);
    expect(rn.storedBytesPerSample).toBeLessThan(120_000);
    expect(rn.decodedBytesPerSample).toBe(224 * 224 * 3);
    expect(byId('unet3d-kits19').storedBytesPerSample).toBeGreaterThan(140e6);
    expect(byId('hires-imagery-16k').storedBytesPerSample).toBeGreaterThanOrEqual(1e9);
    expect(byId('go-alphago-zero').storedBytesPerSample).toBeLessThan(10_000);
  });

  it('flags that the largest LLMs do not fit one GPU and ResNet does', () => {
    expect(byId('gpt3-175b').replicaMemoryGB).toBeGreaterThan(192);
    expect(byId('llama2-70b-lora').replicaMemoryGB).toBeGreaterThan(80);
    expect(byId('resnet50-imagenet').replicaMemoryGB).toBeLessThan(40);
  });

  it('names the file and JSON path of an invalid file', () => {
    const good = WORKLOAD_FILES['resnet50-imagenet.json'] as { workload: Record<string, unknown> };
    const bad = { ...good, workload: { ...good.workload, datasetSamples: -1 } };
    expect(() => parseWorkloadFile('broken.json', bad)).toThrow(/broken\.json.*workload\.datasetSamples/);
  });
});

describe('resolveWorkload', () => {
  it('resolves the six calibration workload ids', () => {
    for (const id of ['resnet50-imagenet', 'bert-large-mlperf', 'bert-large-pretrain-seq128', 'bert-large-squad', 'llama2-70b-lora', 'gpt3-175b']) {
      expect(resolveWorkload(id)?.id).toBe(id);
    }
  });

  it('resolves aliases case-insensitively, with _ and - interchangeable', () => {
    expect(resolveWorkload('llama2_70b_lora')?.id).toBe('llama2-70b-lora');
    expect(resolveWorkload('ResNet')?.id).toBe('resnet50-imagenet');
    expect(resolveWorkload('ssd')?.id).toBe('retinanet-openimages');
    expect(resolveWorkload('dlrm_dcnv2')?.id).toBe('dlrm-dcnv2-criteo');
    expect(resolveWorkload('unet3d')?.id).toBe('unet3d-kits19');
    expect(resolveWorkload('no-such-workload')).toBeUndefined();
  });

  it('ships the families the model needs', () => {
    const domains = new Set(loadWorkloads().map((w) => w.domain));
    for (const d of ['image-classification', 'object-detection', 'language-model', 'recommendation', 'medical-3d', 'llm', 'high-res-imagery', 'reinforcement-learning'] as const) {
      expect(domains.has(d), d).toBe(true);
    }
  });

  it('caches: the same array on every call', () => {
    expect(loadWorkloads()).toBe(loadWorkloads());
  });
});

describe('samplesToTarget', () => {
  const resnet = byId('resnet50-imagenet');

  it('gives ResNet-50 35-37 epochs near batch 3,200 (MLPerf v1.0+)', () => {
    for (const b of [3072, 3200, 3264]) {
      const { epochs } = samplesToTarget(resnet, b);
      expect(epochs).toBeGreaterThanOrEqual(35);
      expect(epochs).toBeLessThanOrEqual(37);
    }
  });

  it('needs many more epochs at very large batch (~57k: 70-85 epochs)', () => {
    const { epochs } = samplesToTarget(resnet, 57_344);
    expect(epochs).toBeGreaterThan(70);
    expect(epochs).toBeLessThan(85);
  });

  it('returns the published value at a published point and converts epochs to samples', () => {
    const t = samplesToTarget(resnet, 32_768);
    expect(t.epochs).toBeCloseTo(56, 6);
    expect(t.samples).toBeCloseTo(56 * resnet.datasetSamples, 0);
    const bert = byId('bert-large-mlperf');
    const s = samplesToTarget(bert, 8192);
    expect(s.samples).toBe(4_186_112);
    expect(s.epochs).toBeCloseTo(4_186_112 / bert.datasetSamples, 12);
  });

  it('interpolates linearly in log(batch) between points', () => {
    // Halfway between 8,192 (41.88) and 32,768 (56.0) in log space is 16,384, passing 13,056 (45.5).
    const at = samplesToTarget(resnet, Math.sqrt(13_056 * 32_768)).epochs;
    expect(at).toBeCloseTo((45.5 + 56.0) / 2, 6);
  });

  it('clamps outside the published batches', () => {
    expect(samplesToTarget(resnet, 256).epochs).toBe(35);
    expect(samplesToTarget(resnet, 1).epochs).toBe(35);
    expect(samplesToTarget(resnet, 1e7).epochs).toBe(85.85);
    expect(samplesToTarget(resnet, Number.NaN).epochs).toBe(35);
    expect(samplesToTarget(resnet, 0).epochs).toBe(35);
  });

  it('is monotone non-decreasing in batch for ResNet from 256 to 65,536 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 256, max: 65_536 }), fc.integer({ min: 256, max: 65_536 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return samplesToTarget(resnet, lo).samples <= samplesToTarget(resnet, hi).samples + 1e-6;
      }),
    );
  });

  it('every shipped curve is monotone non-decreasing in batch', () => {
    for (const w of loadWorkloads()) {
      const pts = [...w.convergence.points].sort((a, b) => a.globalBatch - b.globalBatch);
      for (let i = 1; i < pts.length; i++) expect(pts[i]!.value, `${w.id} at ${pts[i]!.globalBatch}`).toBeGreaterThanOrEqual(pts[i - 1]!.value);
    }
  });
});
