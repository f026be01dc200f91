// Scenarios paired with their evaluations, and the targets they are checked against: the data the
// comparison view, the CSV export and the report share. Pure.
import { formatInputError } from '../../../core/project/zodErrors';
import type { Design, EvaluateResponse, Evaluation } from '../../../core';
import type { BudgetBasis, Proposal } from '../../../core/project/scenarioSchema';
import type { ScenarioEntry } from '../../../core/project/scenarios';
import { formatDuration, formatUsd } from '../../lib/format';
import { sampleNoun, type SampleNoun } from '../../lib/sampleNoun';

/** One scenario with its evaluation (null with `errors` when the engine refused it, null without while pending). */
export interface ScenarioResult {
  id: string;
  name: string;
  active: boolean;
  design: Design;
  evaluation: Evaluation | null;
  /** Why the engine could not evaluate it, one line per problem. */
  errors: string[];
  noun: SampleNoun;
}

/** Pair scenarios with engine answers (same order); a missing answer means still computing. */
export function scenarioResults(scenarios: readonly ScenarioEntry[], responses: ReadonlyArray<EvaluateResponse | undefined>): ScenarioResult[] {
  return scenarios.map((s, i) => {
    const response = responses[i];
    return {
      id: s.id,
      name: s.name,
      active: s.active,
      design: s.design,
      evaluation: response?.ok ? response.evaluation : null,
      errors: response && !response.ok ? response.errors.map(formatInputError) : [],
      noun: sampleNoun(s.design.workload),
    };
  });
}

/** The deadline and budget every scenario is checked against. */
export interface Targets {
  deadlineHours?: number | undefined;
  budgetUsd?: number | undefined;
  budgetBasis: BudgetBasis;
}

/** The targets stored in the project's proposal details. */
export function targetsOf(proposal: Proposal | undefined): Targets {
  return { deadlineHours: proposal?.deadlineHours, budgetUsd: proposal?.budgetUsd, budgetBasis: proposal?.budgetBasis ?? 'capex' };
}

/** Outcome of one target: not set, met or missed. */
export type TargetOutcome = 'unset' | 'met' | 'missed';

/** How one evaluation fares against the targets. */
export interface TargetCheck {
  deadline: TargetOutcome;
  budget: TargetOutcome;
  /** Whether every target that is set is met (true when none is set). */
  meetsAll: boolean;
}

/** The spend a budget is compared with, USD. */
export function budgetSpendUsd(evaluation: Evaluation, basis: BudgetBasis): number {
  return basis === 'capex' ? evaluation.cost.capexUsd : evaluation.cost.usdPerTrainedModel;
}

/** Check an evaluation against the targets. */
export function checkTargets(evaluation: Evaluation, targets: Targets): TargetCheck {
  const deadline: TargetOutcome = targets.deadlineHours === undefined ? 'unset' : evaluation.time.totalSeconds <= targets.deadlineHours * 3600 ? 'met' : 'missed';
  const budget: TargetOutcome = targets.budgetUsd === undefined ? 'unset' : budgetSpendUsd(evaluation, targets.budgetBasis) <= targets.budgetUsd ? 'met' : 'missed';
  return { deadline, budget, meetsAll: deadline !== 'missed' && budget !== 'missed' };
}

/** The targets as a phrase: `a 12 h deadline and a $400,000 purchase budget`; empty when none is set. */
export function describeTargets(targets: Targets): string {
  const parts: string[] = [];
  if (targets.deadlineHours !== undefined) parts.push(`a ${formatDuration(targets.deadlineHours * 3600)} deadline`);
  if (targets.budgetUsd !== undefined) parts.push(`a ${formatUsd(targets.budgetUsd)} ${targets.budgetBasis === 'capex' ? 'purchase budget' : 'budget per trained model'}`);
  return parts.join(' and ');
}
