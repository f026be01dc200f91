/**
 * The bill of materials, configurator style: every part of every server type as a line (model, SKU, quantity,
 * unit and extended price, basis and confidence), the fabric counted from the topology and node count, the
 * shared storage, racks and PDUs, and support; subtotals and totals. A line nothing prices is never counted at
 * $0: it is marked "price needed" and the totals say how many lines they leave out.
 */
import type { SharedStorage } from '../model/catalog';
import type { Design } from '../model/design';
import type { Issue } from './result';
import { ASSUMED } from './assumed';
import { BOM_PRICES } from './bomPrices';
import { countFabric } from './bomFabric';
import type { Part, ResolvedServer } from './resolved';
import type { BomConfidence, BomLine, BomSection, BomTotals } from './result';

/** Display name of a part: its catalog model, or its kind with its size. */
export function partName(p: Part): string {
  const model = p.gpu?.name ?? p.cpu?.name ?? p.drive?.name ?? p.nic?.name ?? p.pcieSwitch?.name;
  if (model) return model;
  switch (p.kind) {
    case 'memory':
      return `Memory, ${p.capacityGB} GB`;
    case 'nvswitch':
      return 'NVSwitch';
    case 'psu':
      return `Power supply, ${p.capacityW} W`;
    default:
      return p.kind;
  }
}

function catalogPrice(p: Part): { basis: string; confidence: string } | undefined {
  return (p.gpu ?? p.cpu ?? p.drive ?? p.nic ?? p.pcieSwitch)?.price;
}

function assumedFor(p: Part): string | undefined {
  if (p.kind === 'memory') return ASSUMED.memoryPriceUsdPerGB.source;
  if (p.kind === 'nvswitch') return ASSUMED.nvswitchPriceUsd.source;
  if (p.kind === 'psu') return ASSUMED.psuPriceUsd.source;
  return undefined;
}

function partPricing(server: ResolvedServer, p: Part): { confidence: BomConfidence; basis: string } {
  const component = server.type.components[p.componentIndex];
  if (component?.priceUsd !== undefined) return { confidence: 'user', basis: 'your price' };
  if (!p.priceKnown) return { confidence: 'price needed', basis: 'no catalog price' };
  const cat = catalogPrice(p);
  if (cat) return { confidence: cat.confidence === 'estimate' ? 'estimate' : 'catalog', basis: cat.basis };
  return { confidence: 'estimate', basis: assumedFor(p) ?? 'planning estimate' };
}

const withMargin = (usd: number, marginPct: number) => usd * (1 + marginPct / 100);

function line(section: BomSection, group: string, item: string, count: number, unitUsd: number | null, confidence: BomConfidence, basis: string, extra?: Partial<BomLine>): BomLine {
  const l: BomLine = { section, group, item, count, unitPriceUsd: unitUsd, totalUsd: unitUsd === null ? null : unitUsd * count, confidence, basis };
  // Spread only when there is something to add: a literal with a spread is built field by field (a node sweep
  // builds the fabric, rack and support lines at every point, none with extra fields).
  return extra ? { ...l, ...extra } : l;
}

/** A server's identical parts (same model, price and pricing) with their count per server and pricing. */
interface PartGroup { part: Part; count: number; pricing: { confidence: BomConfidence; basis: string } }

function partGroups(server: ResolvedServer): readonly PartGroup[] {
  // Identical parts (same model and price) are one line, however many components the drawing splits them into.
  const perServer = new Map<string, PartGroup>();
  for (const p of server.parts) {
    const pricing = partPricing(server, p);
    const key = `${partName(p)}|${p.priceUsd}|${pricing.confidence}`;
    const g = perServer.get(key);
    // A hub part (one NVSwitch standing for its chips) counts as its quantity.
    if (g) g.count += p.quantity;
    else perServer.set(key, { part: p, count: p.quantity, pricing });
  }
  return [...perServer.values()];
}

/**
 * Lines of one server type: one per part (quantity per server x servers), plus the chassis estimate when the
 * server is priced from its parts, or one quoted server line with the parts marked as included. `servers`
 * (default: the type's count) is how many servers the quantities are for.
 */
export function serverLines(server: ResolvedServer, marginPct = 0, servers = server.type.count): BomLine[] {
  const type = { ...server.type, count: servers };
  const group = type.name;
  const quoted = type.priceUsd !== undefined;
  const lines: BomLine[] = [];
  if (quoted) lines.push(line('server', group, `${type.name}, complete server`, type.count, withMargin(type.priceUsd!, marginPct), 'quoted', 'your quoted server price', { serverTypeId: type.id, perServer: 1 }));
  for (const { part, count, pricing } of partGroups(server)) {
    const ids = { serverTypeId: type.id, componentId: part.componentId, perServer: count, ...((part.gpu ?? part.cpu ?? part.drive ?? part.nic ?? part.pcieSwitch) ? { sku: (part.gpu ?? part.cpu ?? part.drive ?? part.nic ?? part.pcieSwitch)!.id } : {}) };
    const total = count * type.count;
    if (quoted) {
      lines.push(line('server', group, partName(part), total, null, 'included', 'included in the server price', ids));
      continue;
    }
    lines.push(line('server', group, partName(part), total, pricing.confidence === 'price needed' ? null : withMargin(part.priceUsd, marginPct), pricing.confidence, pricing.basis, ids));
  }
  if (!quoted) {
    const partsUsd = server.parts.reduce((s, p) => s + p.priceUsd * p.quantity, 0);
    const chassisUsd = withMargin(partsUsd * ASSUMED.chassisPriceFraction.value, marginPct);
    lines.push(line('server', group, 'Chassis, board, fans and integration', type.count, chassisUsd, 'estimate', ASSUMED.chassisPriceFraction.source, { serverTypeId: type.id, perServer: 1 }));
  }
  return lines;
}

/** Fabric lines: leaf and spine switches, cables and transceivers for every NIC port and storage port. */
export function fabricLines(design: Design, servers: readonly ResolvedServer[], marginPct = 0): BomLine[] {
  const nodes = servers.reduce((s, sv) => s + sv.type.count, 0);
  const storagePorts = design.sharedStorage ? design.sharedStorage.count * BOM_PRICES.storagePortsPerUnit.value : 0;
  if (nodes <= 1 && storagePorts === 0) return [];
  // Loops, not nested reduce callbacks: this runs at every sweep point.
  let serverPorts = 0;
  for (const sv of servers) {
    let ports = 0;
    for (const n of sv.nics) ports += n.nic?.ports ?? 1;
    serverPorts += ports * sv.type.count;
  }
  const count = countFabric(serverPorts + storagePorts, design.fabric);
  const group = 'Network fabric';
  const ib = design.fabric.protocol === 'infiniband';
  const switchPrice = ib ? BOM_PRICES.infinibandSwitchPriceUsd : BOM_PRICES.ethernetSwitchPriceUsd;
  const switchName = `${BOM_PRICES.switchPorts.value}-port ${ib ? 'InfiniBand' : 'Ethernet'} switch`;
  const userPort = design.fabric.pricePerPortUsd > 0;
  const lines: BomLine[] = [];
  const sw = (role: string, n: number) => {
    if (n === 0) return;
    lines.push(userPort
      ? line('fabric', group, `${switchName} (${role})`, n, null, 'included', 'included in your price per port')
      : line('fabric', group, `${switchName} (${role})`, n, withMargin(switchPrice.value, marginPct), 'estimate', switchPrice.source));
  };
  sw(count.spineSwitches > 0 ? 'leaf' : 'single switch', count.leafSwitches);
  sw('spine', count.spineSwitches);
  if (userPort) lines.push(line('fabric', group, 'Fabric switching per endpoint port', count.endpointPorts, withMargin(design.fabric.pricePerPortUsd, marginPct), 'user', 'your price per port'));
  lines.push(line('fabric', group, 'Optical transceiver', count.transceivers, withMargin(BOM_PRICES.transceiverPriceUsd.value, marginPct), 'estimate', BOM_PRICES.transceiverPriceUsd.source));
  lines.push(line('fabric', group, 'Fibre cable', count.cables, withMargin(BOM_PRICES.cablePriceUsd.value, marginPct), 'estimate', BOM_PRICES.cablePriceUsd.source));
  return lines;
}

/** The shared storage line; "price needed" when neither the design nor the catalog prices it. */
export function storageLines(design: Design, storage: SharedStorage | undefined, marginPct = 0): BomLine[] {
  if (!design.sharedStorage || !storage) return [];
  const use = design.sharedStorage;
  const group = 'Shared storage';
  const extra = { sku: storage.id };
  if (use.priceUsd !== undefined) return [line('storage', group, storage.name, use.count, withMargin(use.priceUsd, marginPct), 'user', 'your price', extra)];
  if (storage.price) return [line('storage', group, storage.name, use.count, withMargin(storage.price.usd, marginPct), storage.price.confidence === 'estimate' ? 'estimate' : 'catalog', storage.price.basis, extra)];
  return [line('storage', group, storage.name, use.count, null, 'price needed', 'no catalog price', extra)];
}

/** Racks and PDUs: enough racks for the rack units and for the power per rack. */
export function facilityLines(rackUnits: number, powerKW: number, marginPct = 0): BomLine[] {
  if (rackUnits <= 0) return [];
  const racks = Math.max(1, Math.ceil(rackUnits / BOM_PRICES.rackUsableUnits.value), Math.ceil(powerKW / BOM_PRICES.rackPowerKW.value));
  const group = 'Racks and power distribution';
  return [
    line('facility', group, `${BOM_PRICES.rackUsableUnits.value}U rack`, racks, withMargin(BOM_PRICES.rackPriceUsd.value, marginPct), 'estimate', BOM_PRICES.rackPriceUsd.source),
    line('facility', group, 'Rack PDU', racks * BOM_PRICES.pdusPerRack.value, withMargin(BOM_PRICES.pduPriceUsd.value, marginPct), 'estimate', BOM_PRICES.pduPriceUsd.source),
  ];
}

/** Subtotals and line counts already summed, to which `bomTotals` adds more lines. */
export type BomBase = Pick<BomTotals, 'subtotalsUsd' | 'unpricedLines' | 'estimatedLines'>;

/**
 * Totals: subtotals per section, discount on the hardware, support over the amortization period, of `lines`
 * on top of `base` (the servers' sums from their unit bills, or totals before the support line).
 */
export function bomTotals(lines: readonly BomLine[], economics: Design['economics'], base?: BomBase): BomTotals {
  // Each section in a local, by a switch: a read and write by a varying section name was the slow part (every sweep point).
  const b = base?.subtotalsUsd;
  let server = b?.server ?? 0, fabric = b?.fabric ?? 0, storage = b?.storage ?? 0, facility = b?.facility ?? 0, support = b?.support ?? 0;
  let unpriced = base?.unpricedLines ?? 0;
  let estimated = base?.estimatedLines ?? 0;
  for (const l of lines) {
    const usd = l.totalUsd ?? 0;
    switch (l.section) {
      case 'server': server += usd; break;
      case 'fabric': fabric += usd; break;
      case 'storage': storage += usd; break;
      case 'facility': facility += usd; break;
      case 'support': support += usd; break;
      default: {
        // A new section must be summed here too: the type checker stops at this line until it is.
        const unsummed: never = l.section;
        throw new Error(`BOM section ${String(unsummed)} is not summed`);
      }
    }
    if (l.confidence === 'price needed') unpriced++;
    else if (l.confidence === 'estimate') estimated++;
  }
  const subtotalsUsd: Record<BomSection, number> = { server, fabric, storage, facility, support };
  const hardwareListUsd = subtotalsUsd.server + subtotalsUsd.fabric + subtotalsUsd.storage + subtotalsUsd.facility;
  const discountUsd = (hardwareListUsd * (economics.discountPct ?? 0)) / 100;
  return {
    subtotalsUsd,
    hardwareListUsd,
    discountUsd,
    hardwareUsd: hardwareListUsd - discountUsd,
    supportUsd: subtotalsUsd.support,
    totalUsd: hardwareListUsd - discountUsd + subtotalsUsd.support,
    unpricedLines: unpriced,
    estimatedLines: estimated,
    currency: economics.currency ?? { code: 'USD', perUsd: 1 },
  };
}

/** The support line: support and staff over the amortization period, as % of the hardware after discount. */
export function supportLine(hardwareUsd: number, economics: Design['economics']): BomLine[] {
  if (economics.supportPctPerYear <= 0 || hardwareUsd <= 0) return [];
  const years = economics.amortizationYears;
  const perYear = (hardwareUsd * economics.supportPctPerYear) / 100;
  return [line('support', 'Support', `Support and operations, ${years} years at ${economics.supportPctPerYear}% of hardware per year`, years, perYear, 'user', `your support rate over ${years} years of amortization`)];
}

/** "Price needed" findings, one per unpriced part model of each server type and for unpriced shared storage. */
export function priceNeededIssues(lines: readonly BomLine[], servers: readonly ResolvedServer[]): Issue[] {
  const issues: Issue[] = [];
  for (const l of lines) {
    if (l.confidence !== 'price needed') continue;
    if (l.section === 'storage') {
      issues.push({ severity: 'warning', code: 'price-needed', message: `Shared storage: price needed for ${l.item}; the bill of materials leaves it out of the total.`, path: 'sharedStorage.priceUsd' });
      continue;
    }
    const server = servers.find((s) => s.type.id === l.serverTypeId);
    const ci = server?.type.components.findIndex((c) => c.id === l.componentId) ?? -1;
    issues.push({
      severity: 'warning', code: 'price-needed',
      message: `${server?.type.name ?? 'Server'}: price needed for ${l.item} (${l.count}); the bill of materials leaves it out of the total.`,
      path: `serverTypes[${server?.typeIndex ?? 0}].components[${ci}].priceUsd`, serverTypeId: l.serverTypeId, componentId: l.componentId,
    });
  }
  return issues;
}
