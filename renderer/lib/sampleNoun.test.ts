import { describe, expect, it } from 'vitest';
import { resolveWorkload } from '../../core/catalog/workloads';
import { sampleNoun } from './sampleNoun';

describe('sampleNoun', () => {
  it('names images, sequences and volumes after the workload domain, by id, alias or user-defined workload', () => {
    expect(sampleNoun('resnet50-imagenet')).toEqual({ short: 'img', long: 'image' });
    expect(sampleNoun('bert-large-squad').short).toBe('seq');
    expect(sampleNoun('unet3d-kits19').long).toBe('volume');
    expect(sampleNoun({ ...resolveWorkload('bert-large-squad')!, id: 'mine', name: 'Mine' }).long).toBe('sequence');
  });

  it('falls back to images for an unknown workload id (the engine reports the id itself)', () => {
    expect(sampleNoun('no-such-workload').short).toBe('img');
  });
});
