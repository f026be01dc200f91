import type { Design } from '../model/design';
import type { CloudInstance, SharedStorage } from '../model/catalog';
import type { CostResult } from './result';
import type { ResolvedServer } from './resolved';
import { ASSUMED } from './assumed';

const HOURS_PER_YEAR = 8760;

/** Capex, power and rack space of one server of a type. */
export function serverBill(server: ResolvedServer): { priceUsd: number; estimated: boolean; powerW: number; rackUnits: number; lines: CostResult['bom'] } {
  const partsPower = server.partsPowerW;
  const powerW = server.type.basePowerW !== undefined
    ? partsPower + server.type.basePowerW
    : (partsPower * (1 + ASSUMED.chassisPowerFraction.value)) / ASSUMED.psuEfficiency.value;
  const grouped = new Map<number, { item: string; count: number; unit: number; estimated: boolean; known: boolean }>();
  for (const { part: p, quantity } of server.componentParts) {
    const model = p.gpu?.name ?? p.cpu?.name ?? p.drive?.name ?? p.nic?.name ?? p.pcieSwitch?.name ?? (p.kind === 'memory' ? `Memory ${p.capacityGB} GB` : p.kind);
    grouped.set(p.componentIndex, { item: model, count: quantity, unit: p.priceUsd, estimated: p.priceEstimated, known: p.priceKnown });
  }
  const lines = [...grouped.values()].map((g) => ({ item: g.item, count: g.count, unitPriceUsd: g.unit, totalUsd: g.unit * g.count, confidence: !g.known ? 'no price' : g.estimated ? 'estimate' : 'catalog' }));
  const partsPrice = lines.reduce((s, l) => s + l.totalUsd, 0);
  let priceUsd: number;
  let estimated: boolean;
  if (server.type.priceUsd !== undefined) {
    priceUsd = server.type.priceUsd;
    estimated = false;
  } else {
    const chassis = partsPrice * ASSUMED.chassisPriceFraction.value;
    lines.push({ item: 'Chassis, board, fans, integration (estimate)', count: 1, unitPriceUsd: chassis, totalUsd: chassis, confidence: 'estimate' });
    priceUsd = partsPrice + chassis;
    estimated = lines.some((l) => l.confidence === 'estimate');
  }
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
  let capexUsd = 0;
  let estimates = false;
  let powerW = 0;
  let rackUnits = 0;
  const bom: CostResult['bom'] = [];
  for (const s of servers) {
    const bill = serverBill(s);
    capexUsd += bill.priceUsd * s.type.count;
    estimates ||= bill.estimated;
    powerW += bill.powerW * s.type.count;
    rackUnits += bill.rackUnits * s.type.count;
    bom.push({ item: `${s.type.name} server`, count: s.type.count, unitPriceUsd: bill.priceUsd, totalUsd: bill.priceUsd * s.type.count, confidence: bill.estimated ? 'estimate' : 'quoted' });
  }
  if (design.sharedStorage && inp.sharedStorage) {
    const st = inp.sharedStorage;
    const unit = design.sharedStorage.priceUsd ?? st.price?.usd ?? 0;
    capexUsd += unit * design.sharedStorage.count;
    estimates ||= design.sharedStorage.priceUsd === undefined;
    powerW += st.powerW * design.sharedStorage.count;
    rackUnits += st.rackUnits * design.sharedStorage.count;
    bom.push({ item: st.name, count: design.sharedStorage.count, unitPriceUsd: unit, totalUsd: unit * design.sharedStorage.count, confidence: st.price?.confidence ?? 'estimate' });
  }
  const ports = servers.reduce((s, sv) => s + sv.nics.reduce((a, n) => a + (n.nic?.ports ?? 1), 0) * sv.type.count, 0);
  if (design.fabric.pricePerPortUsd > 0 && ports > 0) {
    capexUsd += ports * design.fabric.pricePerPortUsd;
    bom.push({ item: `${design.fabric.protocol} fabric ports`, count: ports, unitPriceUsd: design.fabric.pricePerPortUsd, totalUsd: ports * design.fabric.pricePerPortUsd, confidence: 'user' });
  }
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
  };
}
