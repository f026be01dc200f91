import { defineParams, p } from './schema';

/** Collective-communication constants (the collective primitive, `collectives.ts`). */
export const COLLECTIVE = defineParams('COLLECTIVE', {
  intraNodeHopSeconds: p(3e-6, 's', 'NCCL tests: per-step latency of NVLink/PCIe rings of ~2-5 us (nccl-tests all_reduce_perf at small sizes); estimate'),
  interNodeHopSeconds: p(8e-6, 's', 'NCCL tests over InfiniBand/RoCE: ~5-10 us per network step; estimate'),
  levelEfficiency: p(1, 'fraction', 'level bandwidths are already the bus bandwidths collectives reach (NCCL topo.h PCI_BW, NVLink bus bandwidth, NIC line rate over oversubscription); no further factor', 'estimate'),
  backwardShareOfCompute: p(2 / 3, 'fraction of compute', 'backward pass costs about 2x the forward pass (Kaplan et al. 2020: 6N training vs 2N forward FLOPs per token), so gradients become ready during the last two thirds of the step', 'review-measured'),
  fallbackPcieGBps: p(16, 'GB/s', 'PCIe Gen3 x16 data rate (PCI-SIG), used when a GPU has no PCIe path to read a bandwidth from', 'spec-sheet'),
});
