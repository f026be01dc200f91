/**
 * Writes the example designs in assets/examples/ from compact server specs (re-run after changing
 * the builder or the catalog):  npx tsx scripts/generateExamples.ts
 */
import { writeFileSync } from 'node:fs';
import { buildServer, serializeProject, DesignSchema, type DesignInput, type ServerSpec } from '../core';

const dgxA100: ServerSpec = {
  id: 'dgx-a100', name: 'DGX A100', count: 1,
  gpu: 'a100-sxm4-80gb', gpusPerNode: 8, gpuFabric: 'nvswitch', nvswitchChips: 6,
  cpu: 'epyc-7742', sockets: 2, memoryGBPerSocket: 512,
  rooting: 'dual-root', gpusPerSwitch: 2, pcieSwitch: 'pex88096',
  drives: { kind: 'nvme-ssd', model: 'samsung-pm1733-15.36', count: 4, placement: 'spread' },
  nics: { model: 'connectx-6-hdr-200g', count: 8, placement: 'with-gpus' },
  psus: { count: 6, capacityW: 3000, redundant: 3 },
  // NVIDIA launch price, May 2020 (reference hardware catalog, servers: dgx-a100).
  priceUsd: 199000, rackUnits: 6,
};

const resnet = (name: string, serverTypes: DesignInput['serverTypes'], extra: Partial<DesignInput> = {}): DesignInput => ({
  name,
  serverTypes,
  workload: 'resnet50-imagenet',
  run: { software: 'ngc', precision: 'mixed', dataLoader: 'auto', prefetchDepth: 2, datasetLocation: 'local' },
  economics: { amortizationYears: 4, electricityUsdPerKWh: 0.0806, pue: 1.5, colocationUsdPerKWMonth: 150, supportPctPerYear: 10, utilizationPct: 70 },
  ...extra,
});

const examples: Record<string, DesignInput> = {
  'dgx-a100-resnet50-nvme': resnet('DGX A100, ResNet-50 from local NVMe', [buildServer(dgxA100)]),
  'dgx-a100-resnet50-sata': resnet('DGX A100 with 2 SATA SSDs, ResNet-50', [buildServer({ ...dgxA100, drives: { kind: 'sata-ssd', model: 'micron-5400-pro', count: 2, placement: 'socket0' } })]),
  'dual-socket-pcie-split': resnet('Dual-socket PCIe server, GPUs split across sockets', [buildServer({
    id: 'pcie-2s', name: '2-socket PCIe server, 8 x A100 PCIe', count: 1,
    gpu: 'a100-pcie-80gb', gpusPerNode: 8, gpuFabric: 'pcie',
    cpu: 'xeon-8380', sockets: 2, memoryGBPerSocket: 256,
    // One PCIe switch per socket: 64 lanes per Xeon 8380 cannot feed 4 GPUs, 4 NVMe and a NIC directly.
    rooting: 'dual-root', gpusPerSwitch: 4, pcieSwitch: 'pex88096',
    drives: { kind: 'nvme-ssd', model: 'intel-d7-p5500-7.68', count: 4, placement: 'socket0' },
    nics: { model: 'connectx-6-hdr-200g', count: 2, placement: 'spread' },
    psus: { count: 4, capacityW: 2400, redundant: 2 },
  })], { run: { software: 'ngc', precision: 'mixed', dataLoader: 'cpu', prefetchDepth: 2, datasetLocation: 'local' } }),
  'cluster-16-shared-storage': resnet('16 x 8-GPU H100 nodes reading from shared storage', [buildServer({
    id: 'hgx-h100', name: 'HGX H100 8-GPU node', count: 16,
    gpu: 'h100-sxm5-80gb', gpusPerNode: 8, gpuFabric: 'nvswitch', nvswitchChips: 4,
    cpu: 'xeon-8480c', sockets: 2, memoryGBPerSocket: 1024,
    rooting: 'dual-root', gpusPerSwitch: 2, pcieSwitch: 'pex89144',
    drives: { kind: 'nvme-ssd', model: 'samsung-pm1743-15.36', count: 2, placement: 'spread' },
    nics: { model: 'connectx-7-ndr-400g', count: 8, placement: 'with-gpus' },
    psus: { count: 6, capacityW: 3300, redundant: 2 },
  })], {
    sharedStorage: { model: 'ddn-ai400x2-turbo', count: 2 },
    fabric: { protocol: 'infiniband', oversubscription: 1, pricePerPortUsd: 2000 },
    run: { software: 'mlperf', precision: 'mixed', dataLoader: 'gpu', prefetchDepth: 2, datasetLocation: 'shared' },
  }),
};

for (const [id, input] of Object.entries(examples)) {
  const design = DesignSchema.parse(input);
  writeFileSync(new URL(`../assets/examples/${id}.json`, import.meta.url), serializeProject(design));
  console.log(`wrote assets/examples/${id}.json`);
}
