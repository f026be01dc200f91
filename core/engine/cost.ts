import type { Design } from '../model/design';
import type { CloudInstance, SharedStorage } from '../model/catalog';
import type { BomLine, CostResult } from './result';
import { bomTotals, withMoreLines, facilityLines, fabricLines, serverLines, storageLines, supportLine } from './bom';
import type { ResolvedServer } from './resolved';
import { ASSUMED } from './assumed';

const HOURS_PER_YEAR = 8760;

/** Full-load power of one server of a type at the wall, W: its parts plus the chassis (given, or estimated). */
export function serverPowerW(server: ResolvedServer): number {
  const partsPower = server.partsPowerW;
  return server.type.basePowerW !== undefined
    ? partsPower + server.type.basePowerW
    : (partsPower * (1 + ASSUMED.chassisPowerFraction.value)) / ASSUMED.psuEfficiency.value;
}

/** Capex, power and rack space of one server of a type, and its bill-of-materials lines (for all its count). */
export function serverBill(server: ResolvedServer, marginPct = 0): { priceUsd: number; estimated: boolean; powerW: number; rackUnits: number; lines: BomLine[] } {
  const powerW = serverPowerW(server);
  const lines = serverLines(server, marginPct);
  const priceUsd = lines.reduce((s, l) => s + (l.totalUsd ?? 0), 0) / server.type.count;
  const estimated = lines.some((l) => l.confidence === 'estimate');
  const rackUnits = server.type.rackUnits ?? Math.max(ASSUMED.cpuOnlyNodeRackUnits.value, Math.ceil(server.gpus.length / 4) * ASSUMED.serverRackUnitsPer4Gpu.value);
  return { priceUsd, estimated, powerW, rackUnits, lines };
}

/** Inputs of the cost calculation. */
export interface CostInputs {
  design: Design;
  servers: ResolvedServer[];
  sharedStorage?: SharedStorage;
  samplesPerSec: number;
  timeToModelSeconds: number;
  /** Compute rate of the design's GPU relative to the cloud instance's GPU for this workload (>1: ours is faster). */
  cloud?: { instance: CloudInstance; speedRatio: number };
  totalGpus: number;
}

/** Capex, ownership cost per hour, $/image, $/trained model, kWh per model, cloud comparison and break-even. */
export function costOf(inp: CostInputs): CostResult {
  const { design, servers } = inp;
  const eco = design.economics;
  const marginPct = eco.marginPct ?? 0;
  let powerW = 0;
  let rackUnits = 0;
  const bom: BomLine[] = [];
  for (const s of servers) {
    const bill = serverBill(s, marginPct);
    powerW += bill.powerW * s.type.count;
    rackUnits += bill.rackUnits * s.type.count;
    bom.push(...bill.lines);
  }
  if (design.sharedStorage && inp.sharedStorage) {
    powerW += inp.sharedStorage.powerW * design.sharedStorage.count;
    rackUnits += inp.sharedStorage.rackUnits * design.sharedStorage.count;
  }
  bom.push(...storageLines(design, inp.sharedStorage, marginPct), ...fabricLines(design, servers, marginPct), ...facilityLines(rackUnits, powerW / 1000, marginPct));
  const hardware = bomTotals(bom, eco);
  const support = supportLine(hardware.hardwareUsd, eco);
  bom.push(...support);
  const bomTotalsAll = withMoreLines(hardware, support, eco);
  const capexUsd = bomTotalsAll.hardwareUsd;
  const estimates = bomTotalsAll.estimatedLines > 0;
  const powerKW = powerW / 1000;
  const capexPerHour = capexUsd / (eco.amortizationYears * HOURS_PER_YEAR);
  const powerPerHour = powerKW * eco.pue * eco.electricityUsdPerKWh;
  const colocationPerHour = (powerKW * eco.colocationUsdPerKWMonth * 12) / HOURS_PER_YEAR;
  const supportPerHour = (capexUsd * eco.supportPctPerYear) / 100 / HOURS_PER_YEAR;
  const utilization = eco.utilizationPct / 100;
  // Fixed costs accrue every hour but only utilised hours produce work; power is paid while running.
  const fixedPerHour = capexPerHour + colocationPerHour + supportPerHour;
  const ownershipUsdPerHour = fixedPerHour / utilization + powerPerHour;
  const hours = inp.timeToModelSeconds / 3600;
  const usdPerImage = inp.samplesPerSec > 0 ? ownershipUsdPerHour / (inp.samplesPerSec * 3600) : Infinity;

  let cloud: CostResult['cloud'];
  if (inp.cloud) {
    const { instance, speedRatio } = inp.cloud;
    const instances = Math.ceil(inp.totalGpus / instance.gpuCount);
    const cloudUsdPerHour = instances * instance.onDemandUsdPerHour;
    // Hours the cloud instances need for one hour of our platform's work.
    const cloudHoursPerOurHour = (speedRatio * inp.totalGpus) / (instances * instance.gpuCount);
    const cloudHours = hours * cloudHoursPerOurHour;
    const cloudPerOurHour = cloudUsdPerHour * cloudHoursPerOurHour;
    const margin = cloudPerOurHour - powerPerHour;
    const breakEvenUtilizationPct = margin > 0 ? Math.min(100, (fixedPerHour / margin) * 100) : 100;
    const monthlySavings = (margin * utilization * HOURS_PER_YEAR) / 12 - ((colocationPerHour + supportPerHour) * HOURS_PER_YEAR) / 12;
    cloud = {
      instance: `${instance.provider} ${instance.instance}`,
      instances,
      usdPerHour: cloudUsdPerHour,
      usdPerTrainedModel: cloudUsdPerHour * cloudHours,
      breakEvenUtilizationPct,
      breakEvenMonths: monthlySavings > 0 ? capexUsd / monthlySavings : null,
    };
  }
  return {
    capexUsd,
    capexIncludesEstimates: estimates,
    powerKW,
    ownershipUsdPerHour,
    breakdownUsdPerHour: { capex: capexPerHour / utilization, power: powerPerHour, colocation: colocationPerHour / utilization, support: supportPerHour / utilization },
    usdPerImage,
    usdPerTrainedModel: ownershipUsdPerHour * hours,
    kWhPerTrainedModel: powerKW * eco.pue * hours,
    cloud,
    rackUnits,
    bom,
    bomTotals: bomTotalsAll,
  };
}
