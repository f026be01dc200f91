/**
 * Designs whose size grows along one axis, for the benchmark rows that must show how the engine's cost grows.
 * Built from the engine's test servers (a DGX-A100-like 8-GPU node: 2 sockets, GPUs in pairs behind PCIe
 * switches, 4 NVMe drives, one 400G NIC per GPU, NVSwitch), so every design is one the engine accepts.
 */
import { buildServer, type DesignInput, type ServerSpec } from '../core';
import { DGX_A100, DGX_H100, SATA_X4, testDesign } from '../core/engine/testDesigns';

/**
 * One server with `gpus` GPUs on one NVSwitch fabric (an NVL72-class rack for 72), its other parts scaled
 * with the GPU count as in the 8-GPU node (a socket per 4 GPUs, a PCIe switch per 2, a drive per 2, a NIC
 * per GPU), so only the size changes, not the balance.
 * @param gpus a multiple of 8
 */
export function nvswitchServerDesign(gpus: number): DesignInput {
  const scale = gpus / 8;
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`nvswitchServerDesign takes a multiple of 8 GPUs; got ${gpus}`);
  return testDesign({
    name: `${gpus} GPUs on one NVSwitch fabric`,
    server: {
      gpusPerNode: gpus,
      sockets: 2 * scale,
      nvswitchChips: 6 * scale,
      drives: { ...DGX_A100.drives, count: 4 * scale },
      nics: { ...DGX_A100.nics, count: 8 * scale },
    },
  });
}

/** Server specs the multi-type designs cycle through, so the types differ (GPU generation, drives). */
const TYPE_VARIANTS: readonly ServerSpec[] = [DGX_A100, DGX_H100, { ...DGX_A100, drives: SATA_X4 }, { ...DGX_H100, drives: SATA_X4 }];

/** A design of `types` server types (8 GPUs each, one node of each) in one data-parallel job over InfiniBand. */
export function serverTypesDesign(types: number): DesignInput {
  const design = testDesign({ name: `${types} server types` });
  design.serverTypes = Array.from({ length: types }, (_, i) => buildServer({ ...TYPE_VARIANTS[i % TYPE_VARIANTS.length]!, id: `type${i}`, name: `Server type ${i + 1}`, count: 1 }));
  return design;
}
