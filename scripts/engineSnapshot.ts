/**
 * Prints the engine's full answers for a fixed corpus of designs, one JSON line per design, so two
 * checkouts can be compared with `diff` (a speed change must not move a number).
 *
 *   npx --no-install tsx scripts/engineSnapshot.ts > after.jsonl      (in each checkout)
 *   diff before.jsonl after.jsonl
 *
 * Corpus: the shipped examples; every shipped template with two workloads at 1 and 16 nodes; NVSwitch
 * servers of 8 to 288 GPUs; hand-made graphs at the edges of the NVSwitch hub rule (chips paired one to
 * one with GPUs, a PCIe link to the switch, GPUs of two models on one switch); and 400 random designs
 * from a seeded generator over GPUs, CPUs, drives, NICs, layouts, workloads and run settings.
 */
import { evaluateDesign, exampleProject } from '../core';
import { EXAMPLE_PROJECTS, type ExampleId } from '../core/examples';
import { designFromTemplate } from '../core/templates/design';
import { shippedTemplates } from '../core/templates/shipped';
import type { ServerSpec } from '../core/catalog/serverBuilder';
import type { DesignInput } from '../core/model/design';
import { DGX_A100, DGX_H100, testDesign } from '../core/engine/testDesigns';

const corpus: Array<[string, unknown]> = [];
for (const id of Object.keys(EXAMPLE_PROJECTS) as ExampleId[]) corpus.push([`example ${id}`, exampleProject(id).design]);
for (const t of shippedTemplates()) {
  for (const workload of ['resnet50-imagenet', 'bert-large-mlperf']) {
    for (const nodes of [1, 16]) corpus.push([`template ${t.id} ${workload} x${nodes}`, designFromTemplate(t, workload, nodes)]);
  }
}
for (const g of [8, 16, 72, 144, 288]) {
  corpus.push([`nvswitch ${g}`, testDesign({ base: DGX_H100, server: { gpusPerNode: g, gpusPerSwitch: 2, nvswitchChips: g / 4, nics: { model: 'connectx-7-ndr-400g', count: g, placement: 'with-gpus' } } })]);
}

/** Hand-made variants of the 8-GPU DGX A100 graph at the edges of the hub rule. */
function edgeCases(): Array<[string, DesignInput]> {
  const out: Array<[string, DesignInput]> = [];
  // NVSwitch chips as many as the GPUs of one component, linked component to component: paired one to one.
  const paired = testDesign({ server: { gpuFabric: 'pcie', gpusPerSwitch: 0 } });
  const t = paired.serverTypes![0]!;
  t.components.push({ id: 'gpus', kind: 'gpu', model: 'a100-sxm4-80gb', count: 8 }, { id: 'nvs', kind: 'nvswitch', count: 8 });
  t.links.push({ id: 'lp', kind: 'pcie', from: 'cpu0', to: 'gpus', lanes: 16 }, { id: 'ln', kind: 'nvlink', from: 'gpus', to: 'nvs' });
  out.push(['nvswitch paired with a GPU component', paired]);
  // The same GPUs on 6 chips: every GPU reaches every chip.
  const shared = structuredClone(paired);
  shared.serverTypes![0]!.components.find((c) => c.id === 'nvs')!.count = 6;
  out.push(['nvswitch shared by a GPU component', shared]);
  // A PCIe link to the NVSwitch (lanes counted per chip).
  const pcie = testDesign({ base: DGX_A100 });
  pcie.serverTypes![0]!.links.push({ id: 'lx', kind: 'pcie', from: 'cpu1', to: 'nvswitch', lanes: 4 });
  out.push(['pcie link to the nvswitch', pcie]);
  // Two GPU models on one switch.
  const mixed = testDesign({ base: DGX_A100 });
  const mt = mixed.serverTypes![0]!;
  mt.components.find((c) => c.id === 'gpu7')!.model = 'a100-sxm4-40gb';
  out.push(['two GPU models on one nvswitch', mixed]);
  // A GPU without NVLink wired to the switch.
  const noNvlink = testDesign({ base: DGX_A100 });
  noNvlink.serverTypes![0]!.components.find((c) => c.id === 'gpu3')!.model = 'l40s';
  out.push(['a GPU without NVLink on the nvswitch', noNvlink]);
  // Two server types that share one graph, and a CPU-only server.
  const two = testDesign({ base: DGX_A100, server: { count: 3 } });
  two.serverTypes!.push({ ...structuredClone(two.serverTypes![0]!), id: 'node-b', name: 'Second node', count: 2 });
  out.push(['two server types with one graph', two]);
  return out;
}
corpus.push(...edgeCases());

// Seeded generator (mulberry32), so the corpus is the same in every checkout.
let seed = 20261201;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const GPUS: Array<[string, ServerSpec['gpuFabric']]> = [
  ['v100-sxm2-32gb', 'nvswitch'], ['a100-sxm4-80gb', 'nvswitch'], ['a100-pcie-80gb', 'nvlink-bridge'], ['h100-sxm5-80gb', 'nvswitch'],
  ['h100-pcie-80gb', 'nvlink-bridge'], ['b200-sxm-180gb', 'nvswitch'], ['l40s', 'pcie'], ['mi300x', 'nvswitch'], ['rtx-6000-ada', 'pcie'],
];
const CPUS = ['epyc-7542', 'epyc-7742', 'epyc-9654', 'xeon-8480plus', 'xeon-8280', 'xeon-8480c'];
const DRIVES: Array<[ServerSpec['drives']['kind'], string]> = [
  ['hdd', 'seagate-exos-x20-20tb'], ['sata-ssd', 'micron-5400-pro'], ['nvme-ssd', 'intel-p4500-4tb'], ['nvme-ssd', 'samsung-pm1733-15.36'],
];
const NICS = ['connectx-4-edr-100g', 'connectx-6-hdr-200g', 'connectx-7-ndr-400g', 'connectx-8-800g'];
const WORKLOADS = ['resnet50-imagenet', 'bert-large-mlperf', 'retinanet-openimages', 'unet3d-kits19', 'dlrm-criteo'];
const SHARED = ['pure-flashblade-gen1', 'ddn-ai400x2-turbo', 'netapp-aff-a90-8node'];
for (let i = 0; i < 400; i++) {
  const [gpu, fabric] = pick(GPUS);
  const [driveKind, drive] = pick(DRIVES);
  const gpusPerNode = int(1, 16);
  const shared = rand() < 0.3 ? { model: pick(SHARED), count: int(1, 8) } : undefined;
  const design = testDesign({
    name: `random ${i}`,
    server: {
      count: int(1, 256), gpu, gpuFabric: fabric, gpusPerNode, nvswitchChips: int(1, 12), cpu: pick(CPUS), sockets: pick([1, 2]),
      memoryGBPerSocket: pick([16, 128, 512, 1024]), rooting: pick(['dual-root', 'single-root'] as const), gpusPerSwitch: pick([0, 2, 4]),
      pcieSwitch: pick(['pex8796', 'pex88096', 'pex89144']),
      drives: { kind: driveKind, model: drive, count: int(0, 8), placement: pick(['socket0', 'spread'] as const) },
      nics: { model: pick(NICS), count: int(0, 8), placement: pick(['with-gpus', 'spread'] as const) },
      ...(rand() < 0.2 ? { psus: { count: int(1, 6), capacityW: pick([1600, 2700, 3000]), redundant: int(0, 2) } } : {}),
    },
    workload: pick(WORKLOADS),
    fabricOversubscription: pick([1, 2, 4]),
    ...(shared ? { sharedStorage: shared } : {}),
    run: {
      precision: pick(['fp32', 'tf32', 'mixed', 'fp8'] as const), software: pick(['mlperf', 'ngc', 'stock'] as const),
      dataLoader: pick(['cpu', 'gpu'] as const), prefetchDepth: int(0, 8), datasetLocation: pick(['auto', 'page-cache', 'local', 'shared'] as const),
      data: rand() < 0.1 ? 'synthetic' : 'real',
      ...(rand() < 0.4 ? { globalBatch: int(1, 512) * gpusPerNode } : {}),
    },
  });
  corpus.push([`random ${i}`, design]);
}

for (const [name, design] of corpus) {
  let out: unknown;
  try {
    out = evaluateDesign(design);
  } catch (error) {
    out = { threw: error instanceof Error ? error.message : String(error) };
  }
  console.log(JSON.stringify({ name, out }));
}
