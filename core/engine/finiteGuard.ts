/**
 * The last line of defence against silent garbage: an evaluation whose numbers include Infinity, NaN or a
 * negative value is turned into an input error that names the output and the input most likely
 * responsible, instead of being shown as an answer ("time to model: never", "$Infinity per image").
 * Plausible ranges in the schemas keep single absurd values out; this catches combinations.
 */
import type { EvaluateResponse, InputError } from '../engineApi';
import type { Design } from '../model/design';
import type { Evaluation } from './result';

/** Outputs, by the start of their path, and the design inputs they are computed from (paths as regular expressions). */
const INPUTS_BY_OUTPUT: ReadonlyArray<[RegExp, RegExp]> = [
  [/^cost\./, /^(economics\.|serverTypes\[\d+\]\.(priceUsd|basePowerW|count|components\[\d+\]\.(priceUsd|count|capacityGB|capacityW))|sharedStorage\.|fabric\.pricePerPortUsd|run\.|workload\.)/],
  [/^time\./, /^(run\.|workload\.(datasetSamples|evalSamples|evalEveryEpochs|checkpointBytes|convergence)|serverTypes\[\d+\]\.count|sharedStorage\.)/],
  [/^/, /^(serverTypes\[\d+\]\.(count|links\[\d+\]\.(bandwidthGBps|lanes|pcieGen)|components\[\d+\]\.(count|capacityGB))|run\.|workload\.|sharedStorage\.|fabric\.)/],
];

/** Every number in `value` with its JSON path (`cost.breakdownUsdPerHour.power`, `resources[3].load`). */
function numbersOf(value: unknown, path = '', out: Array<[string, number]> = []): Array<[string, number]> {
  if (typeof value === 'number') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => numbersOf(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) numbersOf(v, path ? `${path}.${k}` : k, out);
  return out;
}

/** Whether `value` holds a number that is not finite or is negative, without building paths (the common case). */
function holdsBadNumber(value: unknown): boolean {
  if (typeof value === 'number') return !(Number.isFinite(value) && value >= 0);
  if (Array.isArray(value)) {
    for (const v of value) if (holdsBadNumber(v)) return true;
    return false;
  }
  if (value && typeof value === 'object') {
    for (const k in value) if (holdsBadNumber((value as Record<string, unknown>)[k])) return true;
  }
  return false;
}

/**
 * The input among those `outputPath` depends on whose magnitude is farthest from 1 (the tiniest or the
 * largest figure given), with its value; null when the design has none of them.
 */
export function likelyCause(design: Design, outputPath: string): [string, number] | null {
  const pattern = INPUTS_BY_OUTPUT.find(([output]) => output.test(outputPath))![1];
  const magnitude = (x: number) => (x === 0 ? 0 : Math.abs(Math.log10(Math.abs(x))));
  let best: [string, number] | null = null;
  for (const entry of numbersOf(design)) {
    if (!pattern.test(entry[0])) continue;
    if (!best || magnitude(entry[1]) > magnitude(best[1])) best = entry;
  }
  return best;
}

/** Outputs that are not finite or are negative, each as an input error on the input most likely responsible. */
export function nonFiniteProblems(design: Design, evaluation: Evaluation): InputError[] {
  const problems: InputError[] = [];
  const outputs = { ...evaluation, issues: undefined, assumptions: undefined };
  if (!holdsBadNumber(outputs)) return problems;
  for (const [path, value] of numbersOf(outputs)) {
    if (Number.isFinite(value) && value >= 0) continue;
    const shown = Number.isNaN(value) ? 'not a number' : Number.isFinite(value) ? `negative (${value})` : value > 0 ? 'infinite' : 'minus infinity';
    const cause = likelyCause(design, path);
    problems.push(cause
      ? { path: cause[0], message: `the result ${path} came out ${shown}; the input most likely responsible is ${cause[0]} = ${cause[1]}: check it` }
      : { path: '(design)', message: `the result ${path} came out ${shown}; check the design's numbers` });
    if (problems.length >= 5) break;
  }
  return problems;
}

/** The evaluation as a response, or the input errors of its non-finite or negative outputs. */
export function guardFinite(design: Design, evaluation: Evaluation): EvaluateResponse {
  const problems = nonFiniteProblems(design, evaluation);
  return problems.length ? { ok: false, errors: problems } : { ok: true, evaluation };
}
