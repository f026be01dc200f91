import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrapLabel';

describe('wrapLabel', () => {
  it('breaks at spaces and keeps every word', () => {
    expect(wrapLabel('8 × NVIDIA H100 SXM5 80GB', 12)).toEqual(['8 × NVIDIA', 'H100 SXM5', '80GB']);
    expect(wrapLabel('short', 20)).toEqual(['short']);
  });
  it('never drops a character and never exceeds the width (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z0-9×.-]{1,30}$/), { minLength: 1, maxLength: 8 }), fc.integer({ min: 4, max: 30 }), (words, width) => {
        const lines = wrapLabel(words.join(' '), width);
        for (const l of lines) expect(l.length).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/\s/g, '')).toBe(words.join(''));
      }),
    );
  });
});
