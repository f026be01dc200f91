import { describe, expect, it } from 'vitest';
import type { BomLine, Evaluation } from '../../../core';
import { makeEvaluation, makeProject } from '../../testing/fixtures';
import { sampleNoun } from '../../lib/sampleNoun';
import { bomRows, metricRows } from './compareRows';
import { checkTargets, type ScenarioResult } from './scenarioResults';

const design = makeProject().design;
function result(name: string, evaluation: Evaluation | null): ScenarioResult {
  return { id: name, name, active: false, design, noun: sampleNoun(design.workload), errors: evaluation ? [] : ['x: bad'], evaluation };
}
const BOM: BomLine[] = [
  { section: 'server', group: 'DGX A100', item: 'NVIDIA A100 SXM4 80GB', sku: 'a100-sxm4-80gb', perServer: 8, count: 16, unitPriceUsd: 15_000, totalUsd: 240_000, confidence: 'estimate', basis: 'planning estimate' },
  { section: 'server', group: 'DGX A100', item: 'Samsung PM1733 3.84 TB, "U.2"', count: 8, unitPriceUsd: 900, totalUsd: 7_200, confidence: 'catalog', basis: 'list price' },
];
const base = makeEvaluation();
base.cost = { ...base.cost, bom: BOM };

describe('metricRows', () => {
  it('marks the best value and the cells that differ from the first scenario, with the change', () => {
    const rows = metricRows([result('A', base), result('B', makeEvaluation({ samplesPerSec: base.samplesPerSec * 1.5 })), result('C', base)]);
    const throughput = rows.find((r) => r.metric.key === 'throughput')!;
    expect(throughput.cells.map((c) => c.best)).toEqual([false, true, false]);
    expect(throughput.cells.map((c) => c.differs)).toEqual([false, true, false]);
    expect(throughput.cells[1]!.deltaPct).toBeCloseTo(50);
    expect(throughput.cells[1]!.improves).toBe(true);
    const gpus = rows.find((r) => r.metric.key === 'gpus')!;
    expect(gpus.cells.some((c) => c.best || c.differs)).toBe(false);
  });

  it('adds tokens/s, MFU and $ per million tokens only when a scenario trains an LLM', () => {
    expect(metricRows([result('A', base)]).some((r) => r.metric.llmOnly)).toBe(false);
    const llm = makeEvaluation({ llm: { layout: { tensor: 8, context: 1, pipeline: 8, data: 2, expert: 1, microBatch: 1, interleave: 1, recompute: 'selective', sequenceParallel: true, zeroStage: 1 }, layoutText: 'TP 8 x PP 8 x DP 2', searched: true, tokensPerSec: 250_000, mfu: 0.41, memoryPerGpu: { weights: 1, gradients: 1, optimizer: 1, activations: 1, total: 4 }, gpuMemoryGB: 80, gpuUsableGB: 72, usdPerMillionTokens: 2.5 } });
    const rows = metricRows([result('A', base), result('B', llm)]);
    const perM = rows.find((r) => r.metric.key === 'usdPerMillionTokens')!;
    expect(perM.cells.map((c) => c.text)).toEqual(['—', '$2.50 / M tokens']);
    expect(rows.find((r) => r.metric.key === 'mfu')!.cells[1]!.text).toBe('41%');
  });

  it('gives a figure its 80% range in the figure\'s own unit, and none where the engine gave none', () => {
    const ranged = makeEvaluation({ uncertainty: { samplesPerSec: { low: 24_000, high: 30_500 }, timeToModelSeconds: { low: 3000, high: 4200 }, basis: 'test' } });
    const rows = metricRows([result('A', ranged), result('B', base)]);
    expect(rows.find((r) => r.metric.key === 'throughput')!.cells.map((c) => c.rangeText)).toEqual(['80% range 24,000–30,500 img/s', undefined]);
    expect(rows.find((r) => r.metric.key === 'timeToModel')!.cells[0]!.rangeText).toBe('80% range 50 min – 1.2 h');
    expect(rows.find((r) => r.metric.key === 'capex')!.cells[0]!.rangeText).toBeUndefined();
  });

  it('shows a scenario the engine refused as such', () => {
    const rows = metricRows([result('A', base), result('B', null)]);
    expect(rows[0]!.cells[1]).toMatchObject({ text: 'cannot evaluate', best: false });
  });
});

describe('bomRows', () => {
  it('joins the items of every scenario and marks those bought in different numbers', () => {
    const more = makeEvaluation();
    more.cost = { ...more.cost, bom: BOM.map((l, i) => (i === 0 ? { ...l, count: l.count * 2, totalUsd: (l.totalUsd ?? 0) * 2 } : l)) };
    const rows = bomRows([result('A', base), result('B', more)]);
    expect(rows).toHaveLength(base.cost.bom.length);
    expect(rows[0]!.counts).toEqual([base.cost.bom[0]!.count, base.cost.bom[0]!.count * 2]);
    expect(rows[0]!.differs).toBe(true);
    expect(rows.slice(1).every((r) => !r.differs)).toBe(true);
  });
});

describe('checkTargets', () => {
  it('checks the deadline against time-to-model and the budget against capex or cost per model', () => {
    const hours = base.time.totalSeconds / 3600;
    expect(checkTargets(base, { deadlineHours: hours * 1.01, budgetBasis: 'capex' })).toEqual({ deadline: 'met', budget: 'unset', meetsAll: true });
    expect(checkTargets(base, { deadlineHours: hours * 0.99, budgetBasis: 'capex' }).deadline).toBe('missed');
    expect(checkTargets(base, { budgetUsd: base.cost.capexUsd - 1, budgetBasis: 'capex' })).toMatchObject({ budget: 'missed', meetsAll: false });
    expect(checkTargets(base, { budgetUsd: base.cost.usdPerTrainedModel, budgetBasis: 'per-model' }).budget).toBe('met');
  });
});
