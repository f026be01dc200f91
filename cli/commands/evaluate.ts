import { CAUSES, IDLE_CAUSES, describeCheckpoints, evaluateDesign, type Evaluation } from '../../core';
import { UsageError } from '../errors';
import { formatDuration, num, table, usd } from '../format';
import { readDesignFile } from '../designFile';
import { evaluateTemplateCommand } from './templates';
import type { Interval } from '../../core/validation/intervals';

/** `trainwright evaluate DESIGN.json [--json]` (or `--template ID --workload ID --nodes N`): a readable summary of one design, or its JSON. */
export function evaluateCommand(args: string[], out: (s: string) => void): number {
  if (args.includes('--template')) return evaluateTemplateCommand(args, out);
  const json = args.includes('--json');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) throw new UsageError('usage: trainwright evaluate DESIGN.json [--json]');
  const file = files[0]!;
  const { design, fromProject } = readDesignFile(file);
  const res = evaluateDesign(design);
  if (!res.ok) {
    const prefix = fromProject ? 'design.' : '';
    throw new UsageError(`${file}: ${res.errors.map((e) => `${prefix}${e.path}: ${e.message}`).join('; ')}`);
  }
  const ev = res.evaluation;
  // The flat fields `predict` also gives, beside the evaluation's own `uncertainty`.
  const iv = ev.uncertainty;
  const intervals = iv ? {
    ...(iv.samplesPerSec ? { samplesPerSecLow: iv.samplesPerSec.low, samplesPerSecHigh: iv.samplesPerSec.high } : {}),
    ...(iv.timeToModelSeconds ? { timeToTrainMinLow: iv.timeToModelSeconds.low / 60, timeToTrainMinHigh: iv.timeToModelSeconds.high / 60 } : {}),
    intervalBasis: iv.basis,
  } : {};
  out(json ? JSON.stringify({ ...ev, ...intervals }, null, 2) : summary(ev));
  return 0;
}

const rangeText = (i: Interval | undefined, f: (x: number) => string) => (i ? `; 80% range ${f(i.low)}-${f(i.high)}` : '');

/** The human-readable report of an evaluation. */
export function summary(ev: Evaluation): string {
  const t = ev.time;
  const intervals = ev.uncertainty;
  const c = ev.cost;
  const est = c.capexIncludesEstimates ? ' (includes estimated prices)' : '';
  const lines = [
    `Throughput        ${num(ev.samplesPerSec)} samples/s (${num(ev.coldSamplesPerSec)} in the cold first epoch${rangeText(intervals?.samplesPerSec, num)})`,
    `Step time         ${(ev.stepSeconds * 1000).toFixed(1)} ms at global batch ${num(ev.globalBatch)} on ${ev.gpus} GPUs / ${ev.nodes} node(s)`,
    `Time to model     ${formatDuration(t.totalSeconds)} (${t.epochs.toFixed(1)} epochs; eval ${formatDuration(t.evaluationSeconds)}, checkpoints ${formatDuration(t.checkpointSeconds)}, failures ${formatDuration(t.failureSeconds)}${rangeText(intervals?.timeToModelSeconds, formatDuration)})`,
    `                  ${describeCheckpoints(t, formatDuration)}`,
    `Cost per sample   ${usd(c.usdPerImage)}${rangeText(intervals?.usdPerImage, usd)}`,
    `Cost per model    ${usd(c.usdPerTrainedModel)}  (${num(c.kWhPerTrainedModel, 1)} kWh${rangeText(intervals?.usdPerTrainedModel, usd)})`,
    `Capex             ${usd(c.capexUsd)}${est}; ${num(c.powerKW, 1)} kW; ${c.rackUnits} U`,
    ...(c.cloud ? [`Cloud             ${c.cloud.instances} x ${c.cloud.instance}: ${usd(c.cloud.usdPerTrainedModel)} per model; break-even at ${c.cloud.breakEvenUtilizationPct.toFixed(0)}% utilization`] : []),
    '',
    `Bottleneck        ${ev.bottleneck.explanation}`,
    ...(ev.bottleneck.fix ? [`Fix               ${ev.bottleneck.fix}`] : []),
    ...(ev.firstEpochBottleneck.cause !== ev.bottleneck.cause ? [`First epoch       ${CAUSES[ev.firstEpochBottleneck.cause].label}: ${ev.firstEpochBottleneck.explanation}`] : []),
    '',
    `GPU busy ${(ev.gpuUtilization * 100).toFixed(1)}%; idle by cause: ` +
      IDLE_CAUSES.filter((c) => ev.gpuIdle[c] > 0.0005).map((c) => `${CAUSES[c].noun} ${(ev.gpuIdle[c] * 100).toFixed(1)}%`).join(', '),
    '',
    table(['Step term', 'Cause', 'ms', 'Exposed ms', 'Overlaps'], ev.stepTerms.map((t) => [t.term, CAUSES[t.cause].label, num(t.seconds * 1000, 2), num(t.exposedSeconds * 1000, 2), t.overlapsWith ?? ''])),
    '',
    table(['Resource', 'Load', 'Capacity', 'Unit', 'Util'], ev.resources.map((r) => [r.label, num(r.load, 2), num(r.capacity, 2), r.unit, `${(r.utilization * 100).toFixed(0)}%`])),
  ];
  if (ev.issues.length) lines.push('', 'Checks:', ...ev.issues.map((i) => `  ${i.severity.toUpperCase()}: ${i.message}`));
  if (intervals) lines.push('', `Ranges: ${intervals.basis}.`);
  if (ev.assumptions.length) lines.push('', 'Assumptions:', ...ev.assumptions.map((a) => `  - ${a}`));
  return lines.join('\n');
}
