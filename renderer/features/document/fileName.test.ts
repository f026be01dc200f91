import { describe, expect, it } from 'vitest';
import { suggestedFileName } from './fileName';

describe('suggestedFileName', () => {
  it('proposes a file name from the design name without reserved characters', () => {
    expect(suggestedFileName('DGX A100, ResNet-50')).toBe('DGX A100, ResNet-50.json');
    expect(suggestedFileName('a/b:c*?"<>|')).toBe('a-b-c------.json');
    expect(suggestedFileName('..hidden')).toBe('hidden.json');
    expect(suggestedFileName('  ')).toBe('Untitled design.json');
    expect(suggestedFileName('rig.JSON')).toBe('rig.JSON');
  });
});
