import { describe, expect, it } from 'vitest';
import type { DesignInput } from '../model/design';
import { designFromTemplate } from '../templates/design';
import { findShippedTemplate } from '../templates/shipped';
import { decodeSite } from './dataLoader';
import { evaluateDesign } from './evaluate';

const run = (design: DesignInput) => {
  const res = evaluateDesign(design);
  if (!res.ok) throw new Error(JSON.stringify(res.errors));
  return res.evaluation;
};

describe('data loader default (software class and data loader agree)', () => {
  it('auto decodes on a CUDA GPU under a DALI-class stack, on the CPU under stock software or without CUDA', () => {
    const nvidia = { vendor: 'NVIDIA' };
    expect(decodeSite({ dataLoader: 'auto', software: 'ngc' }, nvidia)).toBe('gpu');
    expect(decodeSite({ dataLoader: 'auto', software: 'mlperf' }, nvidia)).toBe('gpu');
    expect(decodeSite({ dataLoader: 'auto', software: 'stock' }, nvidia)).toBe('cpu');
    expect(decodeSite({ dataLoader: 'auto', software: 'ngc' }, { vendor: 'AMD' })).toBe('cpu');
  });

  it('what the user says wins', () => {
    expect(decodeSite({ dataLoader: 'cpu', software: 'ngc' }, { vendor: 'NVIDIA' })).toBe('cpu');
    expect(decodeSite({ dataLoader: 'gpu', software: 'stock' }, { vendor: 'NVIDIA' })).toBe('gpu');
  });

  it('an XE9680 from its template on ResNet-50 under NGC decodes on the GPU by default: the same answer as choosing GPU decode', () => {
    const design = designFromTemplate(findShippedTemplate('dell-poweredge-xe9680')!, 'resnet50-imagenet', 1);
    expect(design.run?.dataLoader).toBeUndefined();
    const auto = run(design);
    const gpu = run({ ...design, run: { dataLoader: 'gpu' } });
    const cpu = run({ ...design, run: { dataLoader: 'cpu' } });
    expect(auto.samplesPerSec).toBe(gpu.samplesPerSec);
    expect(auto.resources.some((r) => r.kind === 'gpu-decoder')).toBe(true);
    expect(cpu.resources.some((r) => r.kind === 'gpu-decoder')).toBe(false);
  });
});
