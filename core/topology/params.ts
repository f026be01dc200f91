import { defineParams, p } from '../engine/params/schema';

/** Defaults of the topology grammar where a link or catalog entry gives no figure. */
export const TOPOLOGY = defineParams('TOPOLOGY', {
  nvmeDefaultLanes: p(4, 'lanes', 'U.2/E1.S NVMe SSDs use a PCIe x4 link (NVM Express / SFF-8639 form factors)', 'spec-sheet'),
  switchUplinkLanes: p(16, 'lanes', 'PCIe switches and GPUs/NICs in GPU servers use x16 ports (Broadcom PEX88096/89144 product briefs; PCIe CEM x16 slots)', 'spec-sheet'),
  unknownPcieGen: p(5, 'PCIe generation', 'newest common generation, used only when neither end of a link names one; estimate'),
  sataLinkGBps: p(0.6, 'GB/s', 'SATA III: 6 Gb/s line rate with 8b/10b coding (SATA-IO revision 3.0)', 'spec-sheet'),
});
