import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonTextProblem, parseBoundedJson, tooDeepPath } from './jsonDepth';

describe('JSON shape limits', () => {
  it('names the path where nesting or a list gets too big', () => {
    expect(jsonTextProblem('{"a":{"b c":[1,[[[2]]]]}}', { maxDepth: 4, maxItems: 10 })).toEqual({ path: 'a.b c[1][0]', message: 'nesting deeper than 4 levels' });
    expect(jsonTextProblem('{"x":"[[[[[","y":[1,2,3,4]}', { maxDepth: 2, maxItems: 3 })).toEqual({ path: 'y', message: 'more than 3 items in one list' });
    expect(jsonTextProblem('{"k\\"q":{"a":1,"b":2,"c":3}}', { maxDepth: 8, maxItems: 2 })).toEqual({ path: 'k\\"q', message: 'more than 2 fields in one object' });
    expect(tooDeepPath({ a: [{ b: 1 }] }, 3)).toBe('a[0].b');
    expect(tooDeepPath({ a: [{ b: 1 }] }, 4)).toBeNull();
  });

  it('accepts every value within the limits exactly as JSON.parse does', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
      const text = JSON.stringify(value);
      expect(parseBoundedJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
    }));
  });

  it('refuses 10 million nested brackets in one linear pass', () => {
    expect(jsonTextProblem('['.repeat(10_000_000))?.message).toBe('nesting deeper than 64 levels');
  });
});
