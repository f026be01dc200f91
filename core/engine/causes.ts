import type { ResourceKind } from './result';

/**
 * The one table of causes: why a GPU is not computing, or what limits throughput. Every reader (the
 * engine's idle split and bottleneck, the results charts and sentence, the CLI, the CSV and the PDF)
 * takes ids, labels, phrases and colours from here; nothing else maps resources to causes.
 */
export type CauseId =
  | 'gpu-compute'
  | 'storage'
  | 'gpu-decode'
  | 'cpu'
  | 'pcie'
  | 'socket-link'
  | 'network-sync'
  | 'tensor-parallel'
  | 'context-parallel'
  | 'expert-parallel'
  | 'pipeline-bubble'
  | 'stragglers'
  | 'pipeline-variance'
  | 'framework';

/** Causes a GPU waits for, per step (the keys of `Evaluation.gpuIdle`). */
export type IdleCause = Exclude<CauseId, 'gpu-compute'>;

/** The binding resource a fix is written for. */
export interface BindingResource {
  kind: ResourceKind;
  label: string;
  unit: string;
  /** What the resource delivers and what the GPUs would need of it, in `unit`. */
  capacity: number;
  need: number;
}

const gbps = (x: number) => (x >= 10 ? `${x.toFixed(0)} GB/s` : `${x.toFixed(2)} GB/s`);

/** The cheapest change that removes a binding storage resource. */
function storageFix(r: BindingResource): string {
  const ratio = r.need / r.capacity;
  if (r.kind === 'shared-storage') return `Add shared-storage units: ${gbps(r.need)} is needed for this server's GPUs; or stage the dataset on local NVMe.`;
  if (r.kind === 'nic') return `Give each server ${gbps(r.need)} of storage network bandwidth (faster or more NICs), or stage the data locally.`;
  const m = /^(\d+) x (.+?) \(RAID-0\)$/.exec(r.label);
  const n = m ? Number(m[1]) : 1;
  return r.unit === 'IO/s'
    ? `Move the dataset to SSDs, or to ${Math.ceil(ratio)}x as many drives, to serve the random reads.`
    : `Use ${Math.ceil(n * ratio)} such drives (or NVMe drives with ${gbps(r.need / Math.max(1, n))} each), or a dataset that fits in RAM.`;
}

/** One row of the cause table. */
export interface Cause {
  id: CauseId;
  /** Title for a metric or a legend: "Storage". */
  label: string;
  /** Lower-case noun for "waiting on ...": "storage". */
  noun: string;
  /** What the GPUs wait for, as the end of "GPUs wait 20% of each step for ...". */
  waitingFor: string;
  /** The end of "its throughput is limited by ...". */
  limitedBy: string;
  /** Colour of the cause in the GPU-time chart (hex; SVG and print do not resolve CSS variables). */
  chartColor: string;
  /** Resource kinds whose saturation is this cause (empty: a cost of the step itself, not of a resource). */
  resourceKinds: readonly ResourceKind[];
  /** Whether the cause can be named as the binding constraint (the others are part of the GPUs' own step). */
  canBind: boolean;
  /** The cheapest change that removes it, for its binding resource (absent: nothing to fix outside the GPUs). */
  fix?: (r: BindingResource) => string;
}

/** Every cause, in the order charts and tables list them. */
export const CAUSES: Readonly<Record<CauseId, Cause>> = {
  'gpu-compute': {
    id: 'gpu-compute', label: 'GPU compute', noun: 'GPU compute', waitingFor: 'GPU compute', limitedBy: 'its GPUs',
    chartColor: '#2456c7', resourceKinds: ['gpu'], canBind: true,
  },
  storage: {
    id: 'storage', label: 'Storage', noun: 'storage', waitingFor: 'storage', limitedBy: 'storage',
    chartColor: '#c2410c', resourceKinds: ['drive', 'shared-storage', 'nic'], canBind: true, fix: storageFix,
  },
  'gpu-decode': {
    id: 'gpu-decode', label: 'GPU decoders', noun: 'GPU JPEG decoders', waitingFor: 'the GPUs\' JPEG decoders', limitedBy: 'the GPUs\' JPEG decoders',
    chartColor: '#db2777', resourceKinds: ['gpu-decoder'], canBind: true,
    fix: () => 'Decode part of the data on the CPUs (a hybrid DALI pipeline), or use GPUs with more or faster JPEG engines.',
  },
  cpu: {
    id: 'cpu', label: 'CPU (data loading)', noun: 'CPU', waitingFor: 'CPU decoding', limitedBy: 'the CPUs that load data',
    chartColor: '#b45309', resourceKinds: ['cpu', 'memory'], canBind: true,
    fix: (r) => `Decode on the GPU (DALI-style loader), or use CPUs with about ${Math.ceil(r.need)} cores per socket.`,
  },
  pcie: {
    id: 'pcie', label: 'PCIe', noun: 'PCIe', waitingFor: 'PCIe', limitedBy: 'PCIe',
    chartColor: '#7c3aed', resourceKinds: ['pcie-link'], canBind: true,
    fix: (r) => `Give the devices behind ${r.label.replace(/^PCIe /, '')} a wider or newer link (${gbps(r.need)} needed), or fewer GPUs per PCIe switch.`,
  },
  'socket-link': {
    id: 'socket-link', label: 'CPU socket link', noun: 'socket link', waitingFor: 'the socket link', limitedBy: 'the link between the CPU sockets',
    chartColor: '#a21caf', resourceKinds: ['socket-link'], canBind: true,
    fix: () => 'Place drives and GPUs on the same socket (single-root PCIe) so reads do not cross the socket link.',
  },
  'network-sync': {
    id: 'network-sync', label: 'Network (gradient sync)', noun: 'gradient sync', waitingFor: 'the gradient all-reduce', limitedBy: 'the network',
    chartColor: '#0f766e', resourceKinds: ['network', 'fabric', 'nvlink'], canBind: true,
    fix: () => 'Use faster NICs or more NICs per node (one per GPU), a non-blocking fabric, or a larger batch per GPU.',
  },
  'tensor-parallel': {
    id: 'tensor-parallel', label: 'Tensor-parallel communication', noun: 'tensor-parallel communication', waitingFor: 'tensor-parallel all-reduces',
    limitedBy: 'tensor-parallel communication', chartColor: '#7c3aed', resourceKinds: [], canBind: false,
  },
  'context-parallel': {
    id: 'context-parallel', label: 'Context-parallel exchange', noun: 'context-parallel exchange', waitingFor: 'key/value chunks of the attention ring',
    limitedBy: 'context-parallel communication', chartColor: '#4338ca', resourceKinds: [], canBind: false,
  },
  'expert-parallel': {
    id: 'expert-parallel', label: 'MoE all-to-all', noun: 'MoE all-to-all', waitingFor: 'tokens sent to and from their experts',
    limitedBy: 'expert-parallel all-to-all', chartColor: '#be185d', resourceKinds: [], canBind: false,
  },
  'pipeline-bubble': {
    id: 'pipeline-bubble', label: 'Pipeline bubble and transfers', noun: 'pipeline bubble', waitingFor: 'the pipeline to fill and drain',
    limitedBy: 'the pipeline bubble', chartColor: '#c2410c', resourceKinds: [], canBind: false,
  },
  stragglers: {
    id: 'stragglers', label: 'Stragglers', noun: 'stragglers', waitingFor: 'the slowest GPU', limitedBy: 'stragglers',
    chartColor: '#64748b', resourceKinds: [], canBind: false,
  },
  'pipeline-variance': {
    id: 'pipeline-variance', label: 'Input pipeline variance', noun: 'pipeline variance', waitingFor: 'input batches that vary in time',
    limitedBy: 'variation in the input pipeline', chartColor: '#94a3b8', resourceKinds: [], canBind: true,
    fix: (r) => `Prefetch more batches, or give ${r.label} headroom over the GPUs' pace.`,
  },
  framework: {
    id: 'framework', label: 'Framework overhead', noun: 'framework overhead', waitingFor: 'framework and optimizer overhead', limitedBy: 'framework overhead',
    chartColor: '#cbd5e1', resourceKinds: [], canBind: false,
  },
};

/** The idle causes, in table order (the keys of `gpuIdle`). */
export const IDLE_CAUSES: readonly IdleCause[] = (Object.keys(CAUSES) as CauseId[]).filter((c): c is IdleCause => c !== 'gpu-compute');

const CAUSE_OF_KIND = new Map<ResourceKind, CauseId>(
  (Object.values(CAUSES) as Cause[]).flatMap((c) => c.resourceKinds.map((k): [ResourceKind, CauseId] => [k, c.id])),
);

/** The cause a saturated resource of this kind stands for. */
export function causeOfResource(kind: ResourceKind): CauseId {
  return CAUSE_OF_KIND.get(kind) ?? 'gpu-compute';
}

/** An idle record with every cause at zero. */
export function zeroIdle(): Record<IdleCause, number> {
  // A copy of one record built once: every idle record gets the same shape, and cheaply.
  return { ...ZERO_IDLE };
}

// Not frozen: V8 copies a frozen object's properties one by one (about ten times slower); the type keeps it readonly.
const ZERO_IDLE: Readonly<Record<IdleCause, number>> = Object.fromEntries(IDLE_CAUSES.map((c) => [c, 0])) as Record<IdleCause, number>;
