import { describe, expect, it } from 'vitest';
import { designFromCase, softwareYearFromName, type CaseInput } from './caseDesign';

describe('software release from the published stack name', () => {
  it('reads NGC YY.MM versions in the forms MLPerf submissions print', () => {
    expect(softwareYearFromName('MXNet NVIDIA Release 20.06')).toBeCloseTo(2020 + 5 / 12, 6);
    expect(softwareYearFromName('NGC MXNet 21.05 , NGC PyTorch 21.05')).toBeCloseTo(2021 + 4 / 12, 6);
    expect(softwareYearFromName('MXNet NGC20.06')).toBeCloseTo(2020 + 5 / 12, 6);
    expect(softwareYearFromName('MXNet (NGC mxnet-22.10)')).toBeCloseTo(2022 + 9 / 12, 6);
    expect(softwareYearFromName('TensorFlow 1 (NGC 20.06-tf1)')).toBeCloseTo(2020 + 5 / 12, 6);
  });
  it('returns undefined for framework versions that carry no date', () => {
    for (const name of ['MXNet 1.6.0', 'CUDA 12.0', 'tf2.0', 'NGC MLPerf v4.0', 'mxnet 1.8.0', '', null, undefined]) {
      expect(softwareYearFromName(name), String(name)).toBeUndefined();
    }
  });
  it('puts the release into the design, or notes that it assumed a current one', () => {
    const base: CaseInput = {
      id: 'x', workload: 'resnet50-imagenet',
      system: { nodes: 1, gpusPerNode: 8, gpu: 'a100-sxm4-80gb' },
      settings: { software: 'mlperf', framework: 'MXNet NVIDIA Release 21.05' },
    };
    const dated = designFromCase(base);
    const undated = designFromCase({ ...base, settings: { ...base.settings, framework: 'MXNet 1.8.0' } });
    if ('error' in dated || 'error' in undated) throw new Error('case rejected');
    expect(dated.design.run?.softwareYear).toBeCloseTo(2021.33, 2);
    expect(undated.design.run?.softwareYear).toBeUndefined();
    expect(undated.assumptions.some((a) => a.includes('no release date'))).toBe(true);
  });
});
