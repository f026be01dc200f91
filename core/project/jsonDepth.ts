/**
 * Bounds on the shape of JSON input, checked before the text is parsed (so a hostile file costs one linear
 * scan, not gigabytes of parsed values) and on values that arrive already parsed. Every refusal names the
 * JSON path where the limit was hit.
 */
import type { InputError } from '../engineApi';

/** Limits on the shape of one JSON document. */
export interface JsonShapeLimits {
  /** Deepest nesting of arrays and objects. */
  maxDepth: number;
  /** Most items in one array, and most members in one object. */
  maxItems: number;
}

/** Limits for project, design, template and case files: real files nest under 12 levels and hold under 5,000 parts. */
export const JSON_SHAPE_LIMITS: JsonShapeLimits = { maxDepth: 64, maxItems: 100_000 };

/** Longest path printed in a message; deeper paths keep their start and end. */
const MAX_PRINTED_SEGMENTS = 8;

function printPath(segments: ReadonlyArray<string | number>): string {
  const shown = segments.length > MAX_PRINTED_SEGMENTS ? [...segments.slice(0, 4), '…', ...segments.slice(-3)] : segments;
  let out = '';
  for (const s of shown) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (s === '…') out += '…';
    else out += out ? `.${s}` : s;
  }
  return out || '(root)';
}

interface Frame {
  isArray: boolean;
  /** Where this container sits in its parent (a key or an index); absent for the root. */
  at?: string | number;
  /** Items seen so far (arrays) or members (objects). */
  count: number;
  /** Key of the member being read (objects). */
  key?: string;
  expectingKey: boolean;
}

/**
 * The first place `text` breaks a shape limit (too deep, or an array or object with too many entries), or
 * null. Runs in one pass over the text with memory bounded by `maxDepth`; invalid JSON is left to JSON.parse.
 */
export function jsonTextProblem(text: string, limits: JsonShapeLimits = JSON_SHAPE_LIMITS): InputError | null {
  const stack: Frame[] = [];
  const pathOf = (extra?: string | number): string => {
    const segments: Array<string | number> = [];
    for (const f of stack) if (f.at !== undefined) segments.push(f.at);
    if (extra !== undefined) segments.push(extra);
    return printPath(segments);
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i + 1;
      for (i = start; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i++;
        else if (d === 0x22) break;
      }
      const top = stack[stack.length - 1];
      if (top && !top.isArray && top.expectingKey) {
        top.key = text.slice(start, Math.min(i, start + 60));
        top.expectingKey = false;
      }
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const parent = stack[stack.length - 1];
      const at = parent ? (parent.isArray ? parent.count : parent.key) : undefined;
      stack.push({ isArray: c === 0x5b, at, count: 0, expectingKey: c === 0x7b });
      if (stack.length > limits.maxDepth) return { path: pathOf(), message: `nesting deeper than ${limits.maxDepth} levels` };
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (!top) continue;
      top.count++;
      if (top.count >= limits.maxItems) {
        return { path: pathOf(), message: `more than ${limits.maxItems.toLocaleString('en-US')} ${top.isArray ? 'items in one list' : 'fields in one object'}` };
      }
      if (!top.isArray) top.expectingKey = true;
    }
  }
  return null;
}

/**
 * Path of the first value nested deeper than `limit` in an already-parsed value (the root is level 1, its
 * fields level 2, scalars included), or null. Iterative, so a hostile value cannot overflow the stack.
 */
export function tooDeepPath(value: unknown, limit: number): string | null {
  if (limit < 1) return '(root)';
  const stack: Array<[unknown, number, Array<string | number>]> = [[value, 1, []]];
  while (stack.length) {
    const [v, depth, path] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    const isArray = Array.isArray(v);
    for (const [k, child] of Object.entries(v)) {
      const at = [...path, isArray ? Number(k) : k];
      if (depth + 1 > limit) return printPath(at);
      stack.push([child, depth + 1, at]);
    }
  }
  return null;
}

/** Parses JSON text after the shape check: a refusal or the parsed value. Never throws. */
export function parseBoundedJson(text: string, limits: JsonShapeLimits = JSON_SHAPE_LIMITS): { ok: true; value: unknown } | { ok: false; errors: InputError[] } {
  const problem = jsonTextProblem(text, limits);
  if (problem) return { ok: false, errors: [problem] };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, errors: [{ path: '(root)', message: `not valid JSON: ${(e as Error).message}` }] };
  }
}
