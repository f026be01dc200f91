import type { Bottleneck, IdleCause, StepTermResult } from './result';
import type { ServerThroughput } from './throughput';
import type { PipelineResource } from './pipeline';
import { CAUSES, IDLE_CAUSES, type CauseId } from './causes';
import { slowestStage } from './throughput';
import { BOTTLENECK } from './params/bottleneck';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const gbps = (x: number) => (x >= 10 ? `${x.toFixed(0)} GB/s` : `${x.toFixed(2)} GB/s`);
const count = (x: number) => Math.round(x).toLocaleString('en-US');

function amount(r: PipelineResource, value: number): string {
  if (r.unit === 'GB/s') return gbps(value);
  if (r.unit === 'cores') return `${value.toFixed(0)} cores`;
  if (r.unit === 'IO/s') return `${count(value)} reads/s`;
  return `${value.toFixed(2)} ${r.unit}`;
}

/** What the explanation needs beyond the throughput of the slowest server type. */
export interface BottleneckInputs {
  t: ServerThroughput;
  terms: readonly StepTermResult[];
  idle: Record<IdleCause, number>;
  busy: number;
  gpuName: string;
  /** Resource ids standing for the GPUs and for the gradient sync of this server type. */
  gpuResourceId: string;
  syncResourceId?: string;
  prefetchDepth: number;
  multiNode: boolean;
}

const INPUT_CAUSES: ReadonlySet<CauseId> = new Set(['storage', 'gpu-decode', 'cpu', 'pcie', 'socket-link']);

/** The cause that binds, the largest idle cause and its share, and the slowest input stage's limiting resource. */
export interface BindingCause {
  cause: CauseId;
  worst: IdleCause;
  share: number;
  limiter: PipelineResource | undefined;
}

/**
 * Which constraint binds: the largest idle share when its cause can bind and the share reaches
 * `BOTTLENECK.bindingIdleShare` (an input cause or the pipeline variance only where an input stage limits);
 * otherwise the GPUs. A node sweep needs only this; `explainBottleneck` adds the sentence and the fix.
 */
export function bindingCause(t: ServerThroughput, idle: Record<IdleCause, number>): BindingCause {
  // The first largest share, each read once: a lookup by a varying cause name is the slow part (every sweep point).
  let worst = IDLE_CAUSES[0]!;
  let share = idle[worst];
  for (let i = 1; i < IDLE_CAUSES.length; i++) {
    const c = IDLE_CAUSES[i]!;
    const v = idle[c];
    if (v > share) {
      worst = c;
      share = v;
    }
  }
  const limiter = slowestStage(t).limiter;
  const binds = CAUSES[worst].canBind && share >= BOTTLENECK.bindingIdleShare.value
    && (worst === 'network-sync' || ((INPUT_CAUSES.has(worst) || worst === 'pipeline-variance') && limiter !== undefined));
  return { cause: binds ? worst : 'gpu-compute', worst, share, limiter };
}

/** Names the binding constraint (`bindingCause`) in one sentence with numbers, and the cheapest fix. */
export function explainBottleneck(inp: BottleneckInputs): Bottleneck {
  const { t, idle, busy, gpuName } = inp;
  const gpuCount = t.server.gpus.length;
  const { cause, worst, share, limiter } = bindingCause(t, idle);

  if (INPUT_CAUSES.has(cause) && limiter) {
    const need = limiter.loadPerGpuRate * t.gpuRate;
    const what = CAUSES[worst].waitingFor;
    let explanation: string;
    if (limiter.kind === 'gpu-decoder') {
      explanation = `GPUs wait ${pct(share)} of each step for ${what}: the ${limiter.label} decode ${count((limiter.capacity / limiter.loadPerGpuRate) * gpuCount)} samples/s, the ${gpuCount} x ${gpuName} could train ${count(t.gpuRate * gpuCount)} samples/s.`;
    } else if (limiter.gpusServed !== undefined && limiter.gpusServed < gpuCount) {
      explanation = `GPUs wait ${pct(share)} of each step for ${what}: one ${limiter.label} socket feeds ${limiter.gpusServed} of the ${gpuCount} ${gpuName} GPUs, which need ${amount(limiter, need)}.`;
    } else {
      explanation = `GPUs wait ${pct(share)} of each step for ${what}: ${limiter.label} deliver${limiter.kind === 'cpu' ? '' : 's'} ${amount(limiter, limiter.capacity)}, ${gpuCount} x ${gpuName} need ${amount(limiter, need)}.`;
    }
    const fix = CAUSES[worst].fix?.({ kind: limiter.kind, label: limiter.label, unit: limiter.unit, capacity: limiter.capacity, need });
    return { cause: worst, resourceId: limiter.id, explanation, ...(fix ? { fix } : {}) };
  }
  if (cause === 'pipeline-variance' && limiter) {
    return {
      cause: worst, resourceId: limiter.id,
      explanation: `GPUs wait ${pct(share)} of each step for ${CAUSES[worst].waitingFor}: ${limiter.label} keeps nearly the GPUs' pace, and a prefetch of ${inp.prefetchDepth} batch${inp.prefetchDepth === 1 ? '' : 'es'} cannot absorb the variation.`,
      fix: CAUSES[worst].fix!({ kind: limiter.kind, label: limiter.label, unit: limiter.unit, capacity: limiter.capacity, need: limiter.loadPerGpuRate * t.gpuRate }),
    };
  }
  if (cause === 'network-sync') {
    const syncSeconds = inp.terms.filter((x) => x.cause === 'network-sync').reduce((s, x) => s + x.seconds, 0);
    const network = inp.multiNode ? `; ${gbps(t.networkGBpsPerNode)} of network per node` : '';
    return {
      cause: worst, ...(inp.syncResourceId ? { resourceId: inp.syncResourceId } : {}),
      explanation: `GPUs wait ${pct(share)} of each step for ${CAUSES[worst].waitingFor} (${(syncSeconds * 1000).toFixed(1)} ms per step${network}).`,
      fix: CAUSES[worst].fix!({ kind: 'network', label: 'the network', unit: 'GB/s', capacity: t.networkGBpsPerNode, need: t.networkGBpsPerNode }),
    };
  }
  const inputWait = [...INPUT_CAUSES].reduce((s, c) => s + idle[c as IdleCause], 0) + idle['pipeline-variance'];
  const feed = inputWait < BOTTLENECK.bindingIdleShare.value
    ? `the input pipeline keeps up${inputWait > BOTTLENECK.mentionIdleShare.value ? ` (waits ${pct(inputWait)})` : ''}`
    : `they also wait ${pct(inputWait)} for input`;
  const rest = !CAUSES[worst].canBind && share >= BOTTLENECK.bindingIdleShare.value ? `; ${pct(share)} of each step goes to ${CAUSES[worst].noun}` : '';
  return {
    cause: 'gpu-compute', resourceId: inp.gpuResourceId,
    explanation: `GPU compute is the limit: the ${gpuName} GPUs are busy ${pct(busy)} of each step; ${feed}${rest}.`,
  };
}
