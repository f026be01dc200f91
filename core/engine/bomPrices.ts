/**
 * Unit prices and sizing rules of the bill-of-materials lines no catalog entry covers: the network fabric
 * (switches, cables, transceivers), racks and PDUs. Each is data with its basis and confidence; every price
 * here is a planning estimate and is shown as one in the BOM (replace it with a quote for a real proposal).
 */
import type { AssumedValue } from './assumed';

const v = (value: number, unit: string, source: string, confidence: AssumedValue['confidence'] = 'estimate'): AssumedValue => ({ value, unit, source, confidence });

/** Sizing rules and planning prices of fabric, racks and PDUs. */
export const BOM_PRICES = {
  switchPorts: v(64, 'ports', 'NVIDIA Quantum-2 QM9700 and Spectrum-4 class 1U switches: 64 ports of 400 Gb/s (NVIDIA QM9700 datasheet)', 'spec-sheet'),
  infinibandSwitchPriceUsd: v(30_000, 'USD', 'Planning estimate for a 64-port NDR 400 Gb/s InfiniBand switch; no published list price'),
  ethernetSwitchPriceUsd: v(25_000, 'USD', 'Planning estimate for a 64-port 400 GbE data-centre switch; no published list price'),
  transceiverPriceUsd: v(1_000, 'USD', 'Planning estimate for one 400 Gb/s optical transceiver (OSFP/QSFP112); no published list price'),
  cablePriceUsd: v(150, 'USD', 'Planning estimate for one multimode fibre cable of a few metres; no published list price'),
  storagePortsPerUnit: v(2, 'ports', 'Shared-storage appliances attach with two network ports per unit (dual controllers); estimate'),
  rackUsableUnits: v(42, 'U', 'A standard 42U data-centre rack (EIA-310)', 'spec-sheet'),
  rackPowerKW: v(40, 'kW', 'NVIDIA DGX SuperPOD reference architecture: four DGX H100 (10.2 kW each) per rack, about 40 kW', 'review-measured'),
  rackPriceUsd: v(1_500, 'USD', 'Planning estimate for a 42U enclosed server rack; no published list price'),
  pdusPerRack: v(2, 'PDUs', 'Two rack PDUs per rack for A+B power feeds (common data-centre practice)'),
  pduPriceUsd: v(1_500, 'USD', 'Planning estimate for one metered three-phase rack PDU; no published list price'),
} as const satisfies Record<string, AssumedValue>;
