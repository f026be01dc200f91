// The executive summary: which design to buy and why, in plain sentences built from the evaluations. Pure.
import { CAUSES, type Evaluation } from '../../../core';
import { resolveWorkload } from '../../../core/catalog/workloads';
import { formatDuration, formatPercent, formatUsd } from '../../lib/format';
import { throughputText } from '../../lib/llmUnits';
import { checkTargets, describeTargets, type ScenarioResult, type Targets } from '../compare/scenarioResults';
import type { ModelAccuracy } from './modelAccuracy';

/** A scenario that could be evaluated. */
type Evaluated = ScenarioResult & { evaluation: Evaluation };

/** The recommended scenario and how it was chosen. */
export interface Recommendation {
  result: Evaluated;
  /** Whether it meets every target that is set. */
  meetsTargets: boolean;
  /** How many of the evaluated designs meet every target. */
  meetingCount: number;
}

function isEvaluated(r: ScenarioResult): r is Evaluated {
  return r.evaluation !== null;
}

/** How far a scenario misses the targets, as fractions over (0 when it meets them): what "closest" means. */
function shortfall(e: Evaluation, targets: Targets): number {
  let over = 0;
  if (targets.deadlineHours !== undefined) over += Math.max(0, e.time.totalSeconds / (targets.deadlineHours * 3600) - 1);
  if (targets.budgetUsd !== undefined) over += Math.max(0, (targets.budgetBasis === 'capex' ? e.cost.capexUsd : e.cost.usdPerTrainedModel) / targets.budgetUsd - 1);
  return over;
}

/**
 * The design to recommend: among those that meet every target set, the lowest cost per trained model
 * (the shorter time-to-model on a tie); when none meets them, the one that misses them by the least.
 * Null when no scenario could be evaluated.
 */
export function recommend(results: readonly ScenarioResult[], targets: Targets): Recommendation | null {
  const evaluated = results.filter(isEvaluated);
  if (evaluated.length === 0) return null;
  const meeting = evaluated.filter((r) => checkTargets(r.evaluation, targets).meetsAll);
  const byCost = (a: Evaluated, b: Evaluated) =>
    a.evaluation.cost.usdPerTrainedModel - b.evaluation.cost.usdPerTrainedModel || a.evaluation.time.totalSeconds - b.evaluation.time.totalSeconds;
  const pool = meeting.length > 0 ? [...meeting].sort(byCost) : [...evaluated].sort((a, b) => shortfall(a.evaluation, targets) - shortfall(b.evaluation, targets) || byCost(a, b));
  return { result: pool[0]!, meetsTargets: meeting.length > 0, meetingCount: meeting.length };
}

/** `50% higher`, `60% lower` or `the same`: `value` against `reference`. */
function relative(value: number, reference: number, more: string, less: string): string {
  const ratio = value / reference;
  if (!Number.isFinite(ratio) || Math.abs(ratio - 1) < 0.005) return 'the same';
  return ratio > 1 ? `${formatPercent(ratio - 1)} ${more}` : `${formatPercent(1 - ratio)} ${less}`;
}

function workloadName(r: ScenarioResult): string {
  const w = r.design.workload;
  return typeof w === 'string' ? (resolveWorkload(w)?.name ?? w) : w.name;
}

/**
 * The executive summary as sentences: what was compared, the recommendation with its time, cost and the
 * targets, why (against the runner-up), what limits it and the cheapest fix, one sentence per other design,
 * and how far the numbers can be trusted.
 */
export function summarySentences(results: readonly ScenarioResult[], targets: Targets, accuracy: ModelAccuracy | null): string[] {
  const evaluated = results.filter(isEvaluated);
  const recommendation = recommend(results, targets);
  if (!recommendation) return ['None of the designs in this proposal could be evaluated; the problems are listed with each design.'];
  const best = recommendation.result;
  const e = best.evaluation;
  const sentences: string[] = [];
  const count = results.length === 1 ? 'one design' : `${results.length} designs`;
  const workloads = [...new Set(results.map(workloadName))];
  sentences.push(`This proposal evaluates ${count} for training ${workloads.join(' and ')}.`);
  sentences.push(
    `We recommend ${best.name}: it trains the model in ${formatDuration(e.time.totalSeconds)} at ${throughputText(e, best.noun)}, for ${formatUsd(e.cost.usdPerTrainedModel)} per trained model and ${formatUsd(e.cost.capexUsd)} to buy.`,
  );

  const targetText = describeTargets(targets);
  if (targetText) {
    if (recommendation.meetsTargets) {
      const others = recommendation.meetingCount - 1;
      sentences.push(`It meets ${targetText}${others > 0 ? `, as ${others === 1 ? 'does one other design' : `do ${others} other designs`}; among those it costs the least per trained model` : '; no other design does'}.`);
    } else {
      const check = checkTargets(e, targets);
      const missed = [check.deadline === 'missed' ? 'the deadline' : '', check.budget === 'missed' ? 'the budget' : ''].filter(Boolean).join(' and ');
      sentences.push(`No design meets ${targetText}; ${best.name} comes closest but misses ${missed}.`);
    }
  } else if (evaluated.length > 1) {
    sentences.push('No deadline or budget is set, so the recommendation is the lowest cost per trained model.');
  }

  const runnerUp = evaluated.filter((r) => r !== best).sort((a, b) => a.evaluation.cost.usdPerTrainedModel - b.evaluation.cost.usdPerTrainedModel)[0];
  if (runnerUp) {
    const r = runnerUp.evaluation;
    const cost = relative(e.cost.usdPerTrainedModel, r.cost.usdPerTrainedModel, 'higher', 'lower');
    const time = relative(e.time.totalSeconds, r.time.totalSeconds, 'longer', 'shorter');
    sentences.push(`Against ${runnerUp.name}, the next cheapest per model, its cost per trained model is ${cost} and its time to model ${time}.`);
  }

  sentences.push(`Its throughput is limited by ${CAUSES[e.bottleneck.cause].limitedBy}: GPUs are busy ${formatPercent(e.gpuUtilization)} of each step.${e.bottleneck.fix ? ` ${e.bottleneck.fix}` : ''}`);

  for (const other of evaluated) {
    if (other === best) continue;
    const o = other.evaluation;
    sentences.push(
      `${other.name} takes ${formatDuration(o.time.totalSeconds)} and costs ${formatUsd(o.cost.usdPerTrainedModel)} per trained model (${formatUsd(o.cost.capexUsd)} to buy); it is limited by ${CAUSES[o.bottleneck.cause].limitedBy}.`,
    );
  }
  const failed = results.filter((r) => !isEvaluated(r));
  if (failed.length > 0) sentences.push(`${failed.map((r) => r.name).join(', ')} could not be evaluated; see ${failed.length === 1 ? 'its section' : 'their sections'}.`);

  if (evaluated.some((r) => r.evaluation.cost.capexIncludesEstimates)) sentences.push('Some prices are catalog estimates, not quotes; they are marked in the bills of materials.');
  if (accuracy && accuracy.throughput.medianPct !== null && accuracy.timeToTrain.medianPct !== null) {
    sentences.push(
      `All figures are model predictions: on ${accuracy.timeToTrain.n} published training results the median error is ${accuracy.throughput.medianPct.toFixed(1)}% for throughput and ${accuracy.timeToTrain.medianPct.toFixed(1)}% for time-to-train.`,
    );
  } else {
    sentences.push('All figures are model predictions, not measurements.');
  }
  return sentences;
}
