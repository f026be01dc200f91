import type { Bottleneck, IdleCause } from './result';
import type { ServerThroughput } from './throughput';
import type { PipelineResource } from './pipeline';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const gbps = (x: number) => (x >= 10 ? `${x.toFixed(0)} GB/s` : `${x.toFixed(2)} GB/s`);

function amount(r: PipelineResource, value: number): string {
  if (r.unit === 'GB/s') return gbps(value);
  if (r.unit === 'cores') return `${value.toFixed(0)} cores`;
  if (r.unit === 'IO/s') return `${Math.round(value).toLocaleString('en-US')} reads/s`;
  return `${value.toFixed(2)} ${r.unit}`;
}

function fixFor(r: PipelineResource, need: number): string {
  const ratio = need / r.capacity;
  switch (r.kind) {
    case 'drive': {
      const m = /^(\d+) x (.+?) \(RAID-0\)$/.exec(r.label);
      const n = m ? Number(m[1]) : 1;
      const more = Math.ceil(n * ratio);
      return r.unit === 'IO/s'
        ? `Move the dataset to SSDs, or to ${Math.ceil(ratio)}x as many drives, to serve the random reads.`
        : `Use ${more} such drives (or NVMe drives with ${gbps(need / Math.max(1, n))} each), or a dataset that fits in RAM.`;
    }
    case 'shared-storage':
      return `Add shared-storage units: ${gbps(need)} is needed for this server's GPUs; or stage the dataset on local NVMe.`;
    case 'nic':
      return `Give each server ${gbps(need)} of storage network bandwidth (faster or more NICs), or stage the data locally.`;
    case 'cpu':
      return `Decode on the GPU (DALI-style loader), or use CPUs with about ${Math.ceil(need)} cores per socket.`;
    case 'socket-link':
      return 'Place drives and GPUs on the same socket (single-root PCIe) so reads do not cross the socket link.';
    case 'pcie-link':
      return `Give the devices behind ${r.label.replace(/^PCIe /, '')} a wider or newer link (${gbps(need)} needed), or fewer GPUs per PCIe switch.`;
    default:
      return `Raise the capacity of ${r.label} to ${amount(r, need)}.`;
  }
}

const RESOURCE_OF: Record<PipelineResource['kind'], Bottleneck['resource']> = {
  drive: 'storage', 'shared-storage': 'shared-storage', nic: 'storage', cpu: 'cpu', 'pcie-link': 'pcie', 'socket-link': 'socket-link',
  gpu: 'gpu-compute', fabric: 'network', nvlink: 'network', memory: 'cpu',
};

/** Names the binding constraint in one sentence with numbers, and the cheapest fix. */
export function explainBottleneck(t: ServerThroughput, idle: Record<IdleCause, number>, gpuCount: number, gpuName: string, busy: number): Bottleneck {
  const starvation = idle.storage + idle.cpu + idle.pcie + idle['socket-link'];
  const worst = (Object.entries(idle) as Array<[IdleCause, number]>).reduce((a, b) => (b[1] > a[1] ? b : a));
  const limiter = Object.values(t.stageLimiters).reduce<PipelineResource | undefined>((a, r) => (!a || (r && r.capacity / r.loadPerGpuRate < a.capacity / a.loadPerGpuRate) ? r : a), undefined);
  if (starvation >= 0.05 && limiter) {
    const need = limiter.loadPerGpuRate * t.gpuRate;
    const what = limiter.kind === 'cpu' ? 'CPU decoding' : limiter.kind === 'socket-link' ? 'the socket link' : limiter.kind === 'pcie-link' ? 'PCIe' : 'storage';
    return {
      resource: RESOURCE_OF[limiter.kind],
      explanation:
        limiter.gpusServed !== undefined && limiter.gpusServed < gpuCount
          ? `GPUs wait ${pct(starvation)} of each step for ${what}: one ${limiter.label} socket feeds ${limiter.gpusServed} of the ${gpuCount} ${gpuName} GPUs, which need ${amount(limiter, need)}.`
          : `GPUs wait ${pct(starvation)} of each step for ${what}: ${limiter.label} deliver${limiter.kind === 'cpu' ? '' : 's'} ${amount(limiter, limiter.capacity)}, ${gpuCount} x ${gpuName} need ${amount(limiter, need)}.`,
      fix: fixFor(limiter, need),
    };
  }
  if (worst[0] === 'network-sync' && worst[1] >= 0.05) {
    return {
      resource: 'network',
      explanation: `GPUs wait ${pct(worst[1])} of each step for the gradient all-reduce (${(t.sync.seconds * 1000).toFixed(1)} ms per step; ${gbps(t.sync.interGBpsPerNode)} of network per node).`,
      fix: 'Use faster NICs or more NICs per node (one per GPU), a non-blocking fabric, or a larger batch per GPU.',
    };
  }
  return {
    resource: 'gpu-compute',
    explanation: `GPU compute is the limit: the ${gpuName} GPUs are busy ${pct(busy)} of each step; the input pipeline keeps up${starvation > 0.005 ? ` (waits ${pct(starvation)})` : ''}.`,
  };
}
