import { defineParams, p } from './schema';

/** Figures the engine falls back on where a part or link gives none. */
export const DEFAULTS = defineParams('DEFAULTS', {
  socketLinkGBps: p(40, 'GB/s', 'one UPI 2.0 link of 20.8 GT/s x 2 bytes, about the slowest current socket link (Intel Xeon Scalable datasheets); used only when a socket link has no CPU figure', 'estimate'),
  memoryBandwidthGBps: p(100, 'GB/s', 'four DDR4-3200 channels (4 x 25.6 GB/s, JEDEC JESD79-4); used only when a memory link has no CPU figure', 'estimate'),
  psuCapacityW: p(3000, 'W', 'common 8-GPU server PSU rating (DGX A100: 6 x 3 kW; XE9680: 6 x 2.8 kW datasheets)', 'review-measured'),
  decodeClockGHz: p(2.5, 'GHz', 'typical all-core clock of server CPUs, used only when a decode socket has no catalog CPU; estimate'),
  randomReadBytes: p(1_048_576, 'B', 'one random read per MiB of a shuffled sample (Linux readahead window and typical NVMe max transfer of 1 MiB); estimate'),
  checkpointWriteGBps: p(0.5, 'GB/s', 'one SATA SSD sequential write, used when a node has no drive and no shared storage to write checkpoints to; estimate'),
  decodeReferenceHbmTBps: p(0.9, 'TB/s', 'V100 HBM2 bandwidth (NVIDIA V100 datasheet): the reference GPU of workloads\' gpuDecodeSecondsPerSample', 'spec-sheet'),
});
