/**
 * Constants the engine uses where a design or the catalog gives no figure. Each is data with a
 * source and a confidence (Calculon-style: efficiency and defaults are data, not magic numbers).
 */
export interface AssumedValue {
  value: number;
  unit: string;
  source: string;
  confidence: 'spec-sheet' | 'review-measured' | 'estimate';
}

const v = (value: number, unit: string, source: string, confidence: AssumedValue['confidence'] = 'estimate'): AssumedValue => ({ value, unit, source, confidence });

/** Defaults for parts and facility terms. */
export const ASSUMED = {
  memoryPowerWPerGB: v(0.375, 'W/GB', 'DDR4/DDR5 RDIMM ~6 W per 16 GB module under load (vendor power calculators; Micron TN-40-07 DDR4 power); rounded estimate'),
  memoryPriceUsdPerGB: v(4, 'USD/GB', 'Server RDIMM street prices 2023-2024 of roughly 3-5 USD/GB (DRAMeXchange / TrendForce contract-price reports); mid-point estimate'),
  nvswitchPowerW: v(100, 'W', 'NVSwitch gen2/gen3 chips are quoted at ~70-100 W (NVIDIA Hot Chips 2022 NVSwitch talk); upper estimate'),
  nvswitchPriceUsd: v(2500, 'USD', 'No public price; share of HGX baseboard cost attributed per NVSwitch chip (analyst estimate)'),
  psuPriceUsd: v(350, 'USD', 'Server 2-3 kW titanium PSU street price (reseller listings), estimate'),
  psuEfficiency: v(0.94, 'fraction', '80 PLUS Titanium requires >= 94% efficiency at full load (CLEAResult 80 PLUS spec)', 'spec-sheet'),
  chassisPowerFraction: v(0.12, 'fraction of part power', 'Fans, board, BMC and conversion losses of 8-GPU servers: DGX A100 max 6.5 kW vs ~5.7 kW of listed parts (NVIDIA DGX A100 datasheet); estimate'),
  chassisPriceFraction: v(0.15, 'fraction of part price', 'Chassis, board, fans and integration margin of GPU servers relative to parts (vendor quote comparisons); estimate'),
  cpuOnlyNodeRackUnits: v(2, 'U', 'Typical 2-socket GPU-less server height'),
  serverRackUnitsPer4Gpu: v(2, 'U per 4 GPUs', 'GPU servers pack about 4 double-width GPUs per 2U (Dell R750xa 2U/4 GPUs, XE9680 6U/8 SXM GPUs); estimate for servers with no rack units'),
  defaultMemoryGBPerSocket: v(256, 'GB', 'Typical training-server configuration of 512 GB per 2-socket node (NVIDIA DGX-1 512 GB; DGX A100 1 TB); used when a design has no memory component'),
  pageCacheUsableFraction: v(0.8, 'fraction of RAM', 'Linux leaves ~20% of RAM for the process heap, pinned buffers and the OS in a training node; estimate'),
  lruHitEfficiency: v(0.43, 'fraction of the cached share', 'DS-Analyzer (Mohan et al., VLDB 2021): with 35% of the dataset cacheable the Linux page cache re-reads ~85% per epoch instead of 65% (hit 15% of 35%)', 'review-measured'),
  elasticRejoinSeconds: v(120, 's', 'Elastic Horovod / TorchElastic re-rendezvous after a node loss takes ~1-3 minutes (seed 003: elastic training continues on fewer GPUs)'),
  repairHours: v(4, 'h', 'Time to replace or reboot a failed node in a managed cluster; estimate'),
  checkpointReadFactor: v(1, 'x write time', 'Restart reads the checkpoint back at about the write bandwidth; estimate'),
} as const satisfies Record<string, AssumedValue>;
