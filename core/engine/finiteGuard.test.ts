import { describe, expect, it } from 'vitest';
import { exampleProject } from '../examples';
import { DesignSchema } from '../model/design';
import { evaluateDesign } from './evaluate';
import { guardFinite, likelyCause, nonFiniteProblems } from './finiteGuard';

function evaluated() {
  const design = DesignSchema.parse(exampleProject().design);
  const res = evaluateDesign(design);
  if (!res.ok) throw new Error(JSON.stringify(res.errors));
  return { design, evaluation: res.evaluation };
}

describe('non-finite result guard', () => {
  it('passes a finite evaluation through unchanged', () => {
    const { design, evaluation } = evaluated();
    expect(guardFinite(design, evaluation)).toEqual({ ok: true, evaluation });
  });

  it('turns an infinite cost into an error on the most extreme cost input', () => {
    const { design, evaluation } = evaluated();
    design.economics.amortizationYears = 0.25;
    design.economics.electricityUsdPerKWh = 4.9;
    design.serverTypes[0]!.priceUsd = 90_000_000;
    evaluation.cost.usdPerImage = Infinity;
    const [problem, ...rest] = nonFiniteProblems(design, evaluation);
    expect(rest).toEqual([]);
    expect(problem).toEqual({ path: 'serverTypes[0].priceUsd', message: 'the result cost.usdPerImage came out infinite; the input most likely responsible is serverTypes[0].priceUsd = 90000000: check it' });
  });

  it('catches NaN and negative values anywhere, naming a time input for a time output', () => {
    const { design, evaluation } = evaluated();
    design.run.nodeMtbfHours = 1;
    evaluation.time.totalSeconds = NaN;
    evaluation.resources[0]!.load = -1;
    const problems = guardFinite(design, evaluation);
    expect(problems.ok).toBe(false);
    if (problems.ok) return;
    expect(problems.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^the result resources\[0\]\.load came out negative \(-1\)/),
      expect.stringMatching(/^the result time\.totalSeconds came out not a number; the input most likely responsible is run\./),
    ]);
    expect(likelyCause(design, 'time.totalSeconds')?.[0]).toMatch(/^(run|serverTypes\[0\]\.count)/);
  });
});
