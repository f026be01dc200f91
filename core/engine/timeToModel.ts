import type { RunSettings } from '../model/design';
import type { Workload } from '../model/workload';
import { samplesToTarget } from '../catalog/workloads';
import type { TimeToModel } from './result';
import { ASSUMED } from './assumed';
import { EVAL_COST_FRACTION, RECIPE_MATURITY } from './efficiency';
import type { CheckpointPlan } from './checkpoint';

/** Inputs of the time-to-model calculation. */
export interface TimeInputs {
  workload: Workload;
  run: RunSettings;
  globalBatch: number;
  /** Samples/s in the first (cold-cache) epoch and afterwards. */
  coldSamplesPerSec: number;
  warmSamplesPerSec: number;
  nodes: number;
  /** One checkpoint: its bytes, write time and the time it blocks training (checkpoint.ts). */
  checkpoint: CheckpointPlan;
  /** Share of a training sample's work one evaluated sample costs (evaluationCost.ts); absent = EVAL_COST_FRACTION. */
  evalCostFraction?: number;
}

/**
 * Young/Daly optimum checkpoint interval: sqrt(2 delta M) - delta for a checkpoint cost delta and
 * a system MTBF M (Daly 2006, first-order form; falls back to M when delta >= M / 2).
 */
export function youngDalyInterval(checkpointSeconds: number, systemMtbfSeconds: number): number {
  if (checkpointSeconds <= 0) return systemMtbfSeconds;
  if (checkpointSeconds >= systemMtbfSeconds / 2) return systemMtbfSeconds;
  return Math.sqrt(2 * checkpointSeconds * systemMtbfSeconds) - checkpointSeconds;
}

/** Extra samples an older training recipe needs to the target (1 = a current, RCP-era recipe); see RECIPE_MATURITY. */
export function recipeMaturityFactor(softwareYear: number | undefined): number {
  if (softwareYear === undefined) return 1;
  return 1 + RECIPE_MATURITY.extraPerYear.value * Math.max(0, RECIPE_MATURITY.settledYear.value - softwareYear);
}

function scaleTarget(t: { epochs: number; samples: number }, factor: number): { epochs: number; samples: number } {
  return { epochs: t.epochs * factor, samples: t.samples * factor };
}

/**
 * Training runs whole optimizer steps: a target shorter than one global batch still costs one step, so
 * time to model is never shorter than one step. (Longer targets keep their fractional last step: a
 * difference of at most one step, and an epoch count the user set stays as set.)
 */
export function atLeastOneStep(t: { epochs: number; samples: number }, globalBatch: number, datasetSamples: number): { epochs: number; samples: number } {
  return t.samples >= globalBatch || !(globalBatch > 0) ? t : { epochs: globalBatch / datasetSamples, samples: globalBatch };
}

/** Time until the quality target: cold first epoch, warm epochs, evaluation, checkpoints and failures. */
export function timeToModel(inp: TimeInputs): TimeToModel {
  const { workload, run } = inp;
  const wanted = run.epochs !== undefined
    ? { epochs: run.epochs, samples: run.epochs * workload.datasetSamples }
    : scaleTarget(samplesToTarget(workload, inp.globalBatch), recipeMaturityFactor(run.softwareYear));
  const target = atLeastOneStep(wanted, inp.globalBatch, workload.datasetSamples);
  const epochs = target.epochs;
  const firstEpochs = Math.min(1, epochs);
  const firstEpochSeconds = (firstEpochs * workload.datasetSamples) / inp.coldSamplesPerSec;
  const remainingEpochsSeconds = (Math.max(0, epochs - 1) * workload.datasetSamples) / inp.warmSamplesPerSec;
  const evals = run.evaluation && workload.evalSamples > 0 ? Math.max(1, Math.floor(epochs / workload.evalEveryEpochs)) : 0;
  const evaluationSeconds = (evals * workload.evalSamples * (inp.evalCostFraction ?? EVAL_COST_FRACTION.value)) / inp.warmSamplesPerSec;
  const work = firstEpochSeconds + remainingEpochsSeconds + evaluationSeconds;

  const mtbf = (run.nodeMtbfHours * 3600) / Math.max(1, inp.nodes);
  const { mode, writeSeconds } = inp.checkpoint;
  // Young/Daly weigh what a checkpoint costs the job: the time it blocks training.
  const optimum = youngDalyInterval(inp.checkpoint.blockedSeconds, mtbf);
  // A background write must finish before the next checkpoint starts (CheckFreq's pacing): an asynchronous
  // interval is at least the write; one set shorter by hand blocks for the rest of the write.
  const interval = run.checkpointIntervalMinutes !== undefined ? run.checkpointIntervalMinutes * 60 : mode === 'async' ? Math.max(optimum, writeSeconds) : optimum;
  const blockedPerCheckpoint = mode === 'async' ? inp.checkpoint.blockedSeconds + Math.max(0, writeSeconds - interval) : writeSeconds;
  const checkpoints = Math.floor(work / interval);
  const checkpointSeconds = checkpoints * blockedPerCheckpoint;
  const exposed = work + checkpointSeconds;
  const expectedFailures = exposed / mtbf;
  const restart = run.restartMinutes * 60;
  // Static: restart from the last checkpoint, losing half an interval of work on average (and, when the
  // checkpoint is written in the background, the work since the last one that finished writing), and read it back.
  // Elastic: the job keeps running on the survivors and the lost node's share waits for its repair.
  const lostWork = Math.min(interval, exposed) / 2 + (mode === 'async' ? Math.min(writeSeconds, exposed) : 0);
  const perFailure = run.elastic
    ? ASSUMED.elasticRejoinSeconds.value + Math.min(ASSUMED.repairHours.value * 3600, exposed) / Math.max(1, inp.nodes)
    : restart + lostWork + writeSeconds * ASSUMED.checkpointReadFactor.value;
  const failureSeconds = expectedFailures * perFailure;
  return {
    epochs,
    samplesToTarget: target.samples,
    firstEpochSeconds,
    remainingEpochsSeconds,
    evaluationSeconds,
    checkpointSeconds,
    failureSeconds,
    totalSeconds: exposed + failureSeconds,
    checkpointIntervalSeconds: interval,
    expectedFailures,
    checkpointCount: checkpoints,
    checkpointBlockedSeconds: blockedPerCheckpoint,
    checkpoint: inp.checkpoint,
  };
}
