import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../../core';
import { resolveWorkload } from '../../../core/catalog/workloads';
import { makeEvaluation, makeProject } from '../../testing/fixtures';
import { sampleNoun } from '../../lib/sampleNoun';
import type { ScenarioResult, Targets } from '../compare/scenarioResults';
import { recommend, summarySentences } from './summary';

const design = makeProject().design;
function result(name: string, hours: number, usdPerModel: number, capexUsd: number, extra: Partial<Evaluation> = {}): ScenarioResult {
  const base = makeEvaluation(extra);
  return {
    id: name,
    name,
    active: false,
    design,
    noun: sampleNoun(design.workload),
    errors: [],
    evaluation: { ...base, time: { ...base.time, totalSeconds: hours * 3600 }, cost: { ...base.cost, usdPerTrainedModel: usdPerModel, capexUsd } },
  };
}
const none: Targets = { budgetBasis: 'capex' };
const accuracy = { evaluated: 125, total: 134, refused: 9, throughput: { n: 76, medianPct: 7.02, p90Pct: 24.4, maxPct: 183 }, timeToTrain: { n: 76, medianPct: 6.57, p90Pct: 21.9, maxPct: 43 }, intervals: { leaveOneCaseOut: { throughput: { n: 82, contained: 0.77, medianHalfWidthPct: 17 }, timeToTrain: { n: 85, contained: 0.86, medianHalfWidthPct: 18 } }, leaveOneGenerationOut: { throughput: { n: 82, contained: 0.77, medianHalfWidthPct: 17 }, timeToTrain: { n: 85, contained: 0.86, medianHalfWidthPct: 18 } } } };
const fast = result('Fast', 3, 900, 500_000);
const cheap = result('Cheap', 20, 400, 200_000);
const middle = result('Middle', 8, 600, 300_000);

describe('recommend', () => {
  it('picks the lowest cost per trained model when no target is set', () => {
    expect(recommend([fast, cheap, middle], none)?.result.name).toBe('Cheap');
  });

  it('picks the cheapest design that meets the deadline and the budget', () => {
    expect(recommend([fast, cheap, middle], { deadlineHours: 10, budgetBasis: 'capex' })).toMatchObject({ meetsTargets: true, meetingCount: 2, result: { name: 'Middle' } });
    expect(recommend([fast, cheap, middle], { deadlineHours: 4, budgetBasis: 'capex' })).toMatchObject({ meetsTargets: true, meetingCount: 1, result: { name: 'Fast' } });
    expect(recommend([fast, cheap, middle], { budgetUsd: 500, budgetBasis: 'per-model' })?.result.name).toBe('Cheap');
  });

  it('falls back to the design that misses the targets by the least', () => {
    // 2 h deadline: Fast misses by 50%, Middle by 300%, Cheap by 900%.
    expect(recommend([cheap, middle, fast], { deadlineHours: 2, budgetBasis: 'capex' })).toMatchObject({ meetsTargets: false, result: { name: 'Fast' } });
  });

  it('returns null when nothing could be evaluated', () => {
    expect(recommend([{ ...cheap, evaluation: null, errors: ['bad'] }], none)).toBeNull();
  });
});

describe('summarySentences', () => {
  const workload = resolveWorkload('resnet50-imagenet')!.name;

  it('names the recommendation with its time and cost, says why, compares it with the runner-up and states the accuracy', () => {
    const text = summarySentences([fast, cheap, middle], { deadlineHours: 10, budgetBasis: 'capex' }, accuracy);
    expect(text[0]).toBe(`This proposal evaluates 3 designs for training ${workload}.`);
    expect(text[1]).toBe('We recommend Middle: it trains the model in 8 h at 27,120 img/s, for $600.00 per trained model and $300,000 to buy.');
    expect(text[2]).toBe('It meets a 10 h deadline, as does one other design; among those it costs the least per trained model.');
    expect(text[3]).toBe('Against Cheap, the next cheapest per model, its cost per trained model is 50% higher and its time to model 60% shorter.');
    expect(text[4]).toBe('Its throughput is limited by storage: GPUs are busy 87% of each step. Add two NVMe drives per server.');
    expect(text).toContain('Fast takes 3 h and costs $900.00 per trained model ($500,000 to buy); it is limited by storage.');
    expect(text.at(-1)).toBe('All figures are model predictions: on 76 published training results the median error is 7.0% for throughput and 6.6% for time-to-train.');
  });

  it('says when no design meets the targets and which target the closest one misses', () => {
    const text = summarySentences([fast, cheap], { deadlineHours: 2, budgetUsd: 600_000, budgetBasis: 'capex' }, null);
    expect(text).toContain('No design meets a 2 h deadline and a $600,000 purchase budget; Fast comes closest but misses the deadline.');
    expect(text.at(-1)).toBe('All figures are model predictions, not measurements.');
  });

  it('reports designs that could not be evaluated and a project where none could', () => {
    const broken = { ...cheap, name: 'Broken', evaluation: null, errors: ['serverTypes: empty'] };
    expect(summarySentences([middle, broken], none, null)).toContain('Broken could not be evaluated; see its section.');
    expect(summarySentences([broken], none, null)).toEqual(['None of the designs in this proposal could be evaluated; the problems are listed with each design.']);
  });
});
