import { describe, expect, it } from 'vitest';
import { customerSafe, isInternal } from './customerText';

describe('customer-safe text', () => {
  it('drops a parenthesis that points at the README and keeps the sentence', () => {
    expect(customerSafe('GPU compute from peak FLOPS, HBM bandwidth and fitted efficiency terms (estimates; see the Model section of the README)')).toBe(
      'GPU compute from peak FLOPS, HBM bandwidth and fitted efficiency terms.',
    );
  });
  it('spells out the data source', () => {
    expect(customerSafe('data source: local, shared')).toBe('Dataset read from local drives and shared storage.');
  });
  it('refuses text that is internal through and through', () => {
    expect(customerSafe('Trainwright reference hardware catalog (shared/reference/hardware-catalog.json)')).toBe('Trainwright reference hardware catalog.');
    expect(customerSafe('see hardware-catalog.json')).toBeNull();
    expect(isInternal('No price for X: counted at $0. Set its price or the server\'s price.')).toBe(true);
    expect(isInternal('GPU compute is the limit: the GPUs are busy 97% of each step.')).toBe(false);
  });
});
