import type { ComponentKind } from '../../../core';

/** Everything the palette offers: the parts of a server plus the two cluster-level parts. */
export type PaletteKind = ComponentKind | 'network-switch' | 'shared-storage';

/** Palette order: compute, memory, storage, PCIe and network, power, then cluster-level parts. */
export const PALETTE_KINDS: readonly PaletteKind[] = [
  'gpu', 'cpu', 'memory', 'nvme-ssd', 'sata-ssd', 'hdd', 'pcie-switch', 'nic', 'nvswitch', 'psu', 'network-switch', 'shared-storage',
];

/** Readable names of palette kinds. */
export const PALETTE_LABELS: Record<PaletteKind, string> = {
  gpu: 'GPU',
  cpu: 'CPU socket',
  memory: 'Memory',
  'nvme-ssd': 'NVMe SSD',
  'sata-ssd': 'SATA SSD',
  hdd: 'HDD',
  'pcie-switch': 'PCIe switch',
  nic: 'NIC',
  nvswitch: 'NVSwitch',
  psu: 'PSU',
  'network-switch': 'Network switch',
  'shared-storage': 'Shared storage',
};

/** Short text on the palette tile and on canvas nodes. */
export const KIND_BADGES: Record<PaletteKind, string> = {
  gpu: 'GPU',
  cpu: 'CPU',
  memory: 'RAM',
  'nvme-ssd': 'NVMe',
  'sata-ssd': 'SATA',
  hdd: 'HDD',
  'pcie-switch': 'PCIe',
  nic: 'NIC',
  nvswitch: 'NVSw',
  psu: 'PSU',
  'network-switch': 'Fabric',
  'shared-storage': 'NAS',
};

/** What each kind is for, shown as the palette tooltip. */
export const PALETTE_HINTS: Record<PaletteKind, string> = {
  gpu: 'Accelerator; drop on a server to attach it to a free PCIe slot (and its NVSwitch).',
  cpu: 'CPU socket; provides PCIe lanes, cores for data loading, and the socket link.',
  memory: 'DRAM of one socket; sets how much of the dataset the page cache holds.',
  'nvme-ssd': 'NVMe drive on x4 PCIe; the fast local dataset store.',
  'sata-ssd': 'SATA SSD (about 0.5 GB/s each).',
  hdd: 'Hard disk (about 0.25 GB/s each, slow random reads).',
  'pcie-switch': 'PCIe switch that fans one uplink out to GPUs, drives and NICs.',
  nic: 'Network card for gradient exchange and shared storage.',
  nvswitch: 'NVSwitch: joins all NVLink GPUs of a server.',
  psu: 'Power supply; checked against the server power at full load.',
  'network-switch': 'The fabric between servers (InfiniBand or Ethernet).',
  'shared-storage': 'A storage system all servers read the dataset from.',
};

/** Data-transfer type of a palette drag. */
export const PALETTE_DRAG_TYPE = 'application/x-trainwright-kind';

export function isPaletteKind(value: string): value is PaletteKind {
  return (PALETTE_KINDS as readonly string[]).includes(value);
}

/** Whether a palette kind is a part of a server (as opposed to a cluster-level part). */
export function isServerPart(kind: PaletteKind): kind is ComponentKind {
  return kind !== 'network-switch' && kind !== 'shared-storage';
}
