import { describe, expect, it } from 'vitest';
import { runInvariants, runMutants } from './campaign';
import type { InvariantName } from './invariants';

// The invariants that hold on the engine as merged; `npm run fuzz` checks every one (see the README).
const HOLDING: InvariantName[] = [
  'finite outputs', 'busy + idle = 1', 'time to model >= one step', 'more memory never lowers throughput', 'more drives never lower throughput',
  'a dominating CPU never lowers throughput', 'more shared storage never lowers throughput', 'costs scale with counts',
];

describe('fuzz campaign (a slice of npm run fuzz)', () => {
  it('2,000 mutants of the shipped files: no crash, no hang, no non-finite answer, every refusal with a path', async () => {
    const r = await runMutants(2000, 7, 10);
    expect(r.findings).toEqual([]);
    expect({ crashes: r.crashes, hangs: r.hangs, nonFinite: r.nonFinite, refusedWithoutPath: r.refusedWithoutPath, prototypePolluted: r.prototypePolluted })
      .toEqual({ crashes: 0, hangs: 0, nonFinite: 0, refusedWithoutPath: 0, prototypePolluted: false });
    // Both outcomes occur, so the campaign exercises the engine as well as the refusals.
    expect(r.accepted).toBeGreaterThan(100);
    expect(r.refusedWithPath).toBeGreaterThan(100);
  }, 600_000);

  it('the engine invariants on 300 random valid designs', () => {
    const r = runInvariants(300, 11, HOLDING);
    expect(r.evaluated).toBeGreaterThan(150);
    const violations = Object.fromEntries(HOLDING.map((n) => [n, r.byInvariant[n].violations]));
    expect(violations).toEqual(Object.fromEntries(HOLDING.map((n) => [n, 0])));
    for (const n of HOLDING) expect(r.byInvariant[n].checked, n).toBeGreaterThan(0);
  }, 600_000);
});
