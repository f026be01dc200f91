import type { Design } from '../model/design';
import type { CloudInstance, SharedStorage } from '../model/catalog';
import type { BomLine, BomSection, CostResult } from './result';
import { bomTotals, facilityLines, fabricLines, serverLines, storageLines, supportLine } from './bom';
import type { ResolvedServer, ServerGraph } from './resolved';
import { ASSUMED } from './assumed';

const HOURS_PER_YEAR = 8760;

/** Full-load power of one server of a type at the wall, W: its parts plus the chassis (given, or estimated). */
export function serverPowerW(server: ResolvedServer): number {
  const partsPower = server.partsPowerW;
  return server.type.basePowerW !== undefined
    ? partsPower + server.type.basePowerW
    : (partsPower * (1 + ASSUMED.chassisPowerFraction.value)) / ASSUMED.psuEfficiency.value;
}

/** Capex, power and rack space of one server of a type, and its bill-of-materials lines for one server. */
interface UnitBill {
  priceUsd: number;
  estimated: boolean;
  powerW: number;
  rackUnits: number;
  unitLines: readonly BomLine[];
  /** Lines of `unitLines` marked "price needed" and "estimate" (the same for any count). */
  unpricedLines: number;
  estimatedLines: number;
}

/** A unit bill with the type fields it was made for (besides the graph). */
interface UnitBillEntry {
  id: string;
  name: string;
  priceUsd: number | undefined;
  rackUnits: number | undefined;
  basePowerW: number | undefined;
  marginPct: number;
  bill: UnitBill;
}

// A server's bill depends on its graph and the few type fields of an entry, never on its count: it is kept per
// graph, so a node sweep prices each server type once (the lines for a count are the unit lines scaled). The
// fields are compared one by one: no key string to build and hash at every sweep point.
const unitBills = new WeakMap<ServerGraph, UnitBillEntry[]>();

function unitBill(server: ResolvedServer, marginPct: number): UnitBill {
  let entries = unitBills.get(server.graph);
  if (!entries) unitBills.set(server.graph, (entries = []));
  const t = server.type;
  for (const e of entries) {
    if (e.id === t.id && e.name === t.name && e.priceUsd === t.priceUsd && e.rackUnits === t.rackUnits && e.basePowerW === t.basePowerW && e.marginPct === marginPct) return e.bill;
  }
  // Each line frozen, the list a plain (readonly-typed) array: a frozen array is a slow path in V8 (see serverCache.ts).
  const unitLines = serverLines(server, marginPct, 1).map((l) => Object.freeze(l));
  const bill: UnitBill = {
    priceUsd: unitLines.reduce((s, l) => s + (l.totalUsd ?? 0), 0),
    estimated: unitLines.some((l) => l.confidence === 'estimate'),
    powerW: serverPowerW(server),
    rackUnits: t.rackUnits ?? Math.max(ASSUMED.cpuOnlyNodeRackUnits.value, Math.ceil(server.gpus.length / 4) * ASSUMED.serverRackUnitsPer4Gpu.value),
    unitLines,
    unpricedLines: unitLines.filter((l) => l.confidence === 'price needed').length,
    estimatedLines: unitLines.filter((l) => l.confidence === 'estimate').length,
  };
  // A few names and prices per graph (editing them must not grow it without bound): the oldest goes first.
  if (entries.length >= 8) entries.shift();
  entries.push({ id: t.id, name: t.name, priceUsd: t.priceUsd, rackUnits: t.rackUnits, basePowerW: t.basePowerW, marginPct, bill });
  return bill;
}

/** A unit line for `servers` servers: the same line, its quantity and total multiplied. */
function scaled(l: BomLine, servers: number): BomLine {
  const count = l.count * servers;
  return { ...l, count, totalUsd: l.unitPriceUsd === null ? null : l.unitPriceUsd * count };
}

/** Capex, power and rack space of one server of a type, and its bill-of-materials lines (for all its count). */
export function serverBill(server: ResolvedServer, marginPct = 0): { priceUsd: number; estimated: boolean; powerW: number; rackUnits: number; lines: BomLine[] } {
  const bill = unitBill(server, marginPct);
  return { priceUsd: bill.priceUsd, estimated: bill.estimated, powerW: bill.powerW, rackUnits: bill.rackUnits, lines: bill.unitLines.map((l) => scaled(l, server.type.count)) };
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
  /** Leave `bom` empty (the totals and figures are the same): for answers that do not show the lines. */
  withoutLines?: boolean;
}

/** Capex, ownership cost per hour, $/image, $/trained model, kWh per model, cloud comparison and break-even. */
export function costOf(inp: CostInputs): CostResult {
  const { design, servers } = inp;
  const eco = design.economics;
  const marginPct = eco.marginPct ?? 0;
  let powerW = 0;
  let rackUnits = 0;
  const bills = servers.map((s) => unitBill(s, marginPct));
  // The servers' totals from their unit bills: the same sums as over their lines, without building them.
  const serverSubtotals: Record<BomSection, number> = { server: 0, fabric: 0, storage: 0, facility: 0, support: 0 };
  let unpriced = 0;
  let estimated = 0;
  // A loop, not a callback: the sums stay in locals (this runs at every sweep point).
  for (let i = 0; i < servers.length; i++) {
    const bill = bills[i]!;
    const count = servers[i]!.type.count;
    powerW += bill.powerW * count;
    rackUnits += bill.rackUnits * count;
    serverSubtotals.server += bill.priceUsd * count;
    unpriced += bill.unpricedLines;
    estimated += bill.estimatedLines;
  }
  if (design.sharedStorage && inp.sharedStorage) {
    powerW += inp.sharedStorage.powerW * design.sharedStorage.count;
    rackUnits += inp.sharedStorage.rackUnits * design.sharedStorage.count;
  }
  // Pushed onto the storage lines (a new list): concat, or a spread of three lists, costs more than the lines at a sweep point.
  const otherLines = storageLines(design, inp.sharedStorage, marginPct);
  for (const l of fabricLines(design, servers, marginPct)) otherLines.push(l);
  for (const l of facilityLines(rackUnits, powerW / 1000, marginPct)) otherLines.push(l);
  const hardware = bomTotals(otherLines, eco, { subtotalsUsd: serverSubtotals, unpricedLines: unpriced, estimatedLines: estimated });
  const support = supportLine(hardware.hardwareUsd, eco);
  const bomTotalsAll = bomTotals(support, eco, hardware);
  // A node sweep's points show only the figures: their lines are not built.
  const bom = inp.withoutLines ? [] : [...servers.flatMap((s, i) => bills[i]!.unitLines.map((l) => scaled(l, s.type.count))), ...otherLines, ...support];
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
