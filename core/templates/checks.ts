/**
 * Compatibility checks of a server against its chassis: the engine's topology checks (PCIe lanes per
 * socket and per switch, NVLink between matching GPUs, PSUs against the estimated load) plus what only
 * a template knows: GPU package and card width vs the chassis, GPU positions, slots and drive bays,
 * the vendor's PSU redundancy scheme and quoted maximum power. Each message names the part and the numbers.
 */
import { z } from 'zod';
import widthsFile from '../../assets/templates/data/gpu-card-widths.json';
import type { InputError } from '../engineApi';
import { checkServer } from '../engine/checks';
import { serverBill } from '../engine/cost';
import { resolveServer } from '../engine/normalize';
import type { ResolvedServer } from '../engine/resolved';
import type { Issue } from '../engine/result';
import type { ServerType } from '../model/design';
import { ConfidenceSchema } from '../model/provenance';
import type { Chassis, PsuRedundancy, Template } from './schema';

const CardWidthsSchema = z.object({
  format: z.literal('trainwright/gpu-card-widths'),
  version: z.literal(1),
  widths: z.array(z.object({ gpu: z.string().min(1), slots: z.number().int().min(1).max(4), source: z.array(z.string()).min(1), confidence: ConfidenceSchema })),
});

let cardWidths: Map<string, number> | undefined;

/** Width of a PCIe GPU's reference card, slots (assets/templates/data/gpu-card-widths.json); undefined when unknown. */
export function gpuCardWidthSlots(gpuId: string): number | undefined {
  cardWidths ??= new Map(CardWidthsSchema.parse(widthsFile).widths.map((w) => [w.gpu, w.slots]));
  return cardWidths.get(gpuId);
}

/** Redundant supplies a scheme implies for `count` PSUs. */
export function redundantPsusFor(scheme: PsuRedundancy, count: number): number {
  switch (scheme) {
    case 'none':
      return 0;
    case 'N+1':
      return 1;
    case 'N+2':
      return 2;
    case 'N+N':
      return Math.floor(count / 2);
  }
}

/** What the checks know about the server beyond its topology. */
export interface CheckContext {
  /** The chassis the parts must fit; without it only topology and power are checked. */
  chassis?: Chassis;
  /** Vendor's maximum system power, W: the PSUs must carry it with the redundant ones failed. */
  maxPowerW?: number | null;
  /** Prefix of the paths in the issues, e.g. `template.serverType` or `serverTypes[2]`. */
  pathPrefix?: string;
}

/** Result of checking one server: input errors (unknown parts) stop the checks; otherwise the findings. */
export type ServerCheckResult = { ok: true; issues: Issue[] } | { ok: false; errors: InputError[] };

/** Checks a server type (a template's, or one edited on the canvas) against its chassis. */
export function checkServerType(serverType: ServerType, ctx: CheckContext = {}): ServerCheckResult {
  const prefix = ctx.pathPrefix ?? 'serverType';
  const rebase = (p: string | undefined) => (p ?? '').replace(/^serverTypes\[0\]/, prefix);
  const errors: InputError[] = [];
  const server = resolveServer({ ...serverType, count: 1 }, 0, errors);
  if (!server) return { ok: false, errors: errors.map((e) => ({ ...e, path: rebase(e.path) })) };
  const issues = [...checkServer(server), ...fabricChecks(server), ...chassisChecks(server, ctx)];
  return { ok: true, issues: issues.map((i) => ({ ...i, path: rebase(i.path) })) };
}

/** Checks a template: its server against its own chassis, PSU scheme and quoted power. */
export function checkTemplate(template: Template): ServerCheckResult {
  return checkServerType(template.serverType, { chassis: template.chassis, maxPowerW: template.maxPowerW, pathPrefix: 'template.serverType' });
}

function where(server: ResolvedServer, componentId: string) {
  const ci = server.type.components.findIndex((c) => c.id === componentId);
  return { path: `serverTypes[0].components[${ci}]`, serverTypeId: server.type.id, componentId };
}

/** NVLink and NVSwitch wiring the engine does not check: packages and bridge pairs. */
function fabricChecks(server: ResolvedServer): Issue[] {
  const issues: Issue[] = [];
  const name = server.type.name;
  const nvlinkPeers = new Map<string, Set<string>>();
  for (const e of server.edges.filter((x) => x.kind === 'nvlink')) {
    const a = server.byId.get(e.from)!;
    const b = server.byId.get(e.to)!;
    for (const [p, other] of [[a, b], [b, a]] as const) {
      if (p.kind !== 'gpu' && p.kind !== 'nvswitch') {
        issues.push({ severity: 'error', code: 'nvlink-endpoint', message: `NVLink ${e.id} in "${name}" ends at ${p.kind} ${p.id}; NVLink joins GPUs and NVSwitches only.`, ...where(server, p.componentId) });
      }
      if (p.kind === 'nvswitch' && other.gpu && other.gpu.formFactor === 'pcie') {
        issues.push({ severity: 'error', code: 'nvswitch-pcie-gpu', message: `NVSwitch ${p.id} in "${name}" is linked to ${other.gpu.name} (${other.id}), a PCIe card; NVSwitch baseboards take SXM GPUs only.`, ...where(server, other.componentId) });
      }
      if (p.gpu && other.gpu) nvlinkPeers.set(p.id, (nvlinkPeers.get(p.id) ?? new Set()).add(other.id));
    }
  }
  for (const [id, peers] of nvlinkPeers) {
    const gpu = server.byId.get(id)!;
    if (gpu.gpu?.formFactor === 'pcie' && peers.size > 1) {
      issues.push({ severity: 'error', code: 'nvlink-bridge-pairs', message: `${gpu.gpu.name} (${id}) in "${name}" has NVLink bridges to ${peers.size} GPUs (${[...peers].join(', ')}); a PCIe card's bridges join one pair.`, ...where(server, gpu.componentId) });
    }
  }
  for (const e of server.edges.filter((x) => x.kind === 'pcie')) {
    const dev = server.byId.get(e.to);
    if (dev?.gpu && e.lanes !== undefined && e.lanes < dev.gpu.pcieLanes) {
      issues.push({ severity: 'warning', code: 'gpu-link-narrow', message: `${dev.gpu.name} (${dev.id}) in "${name}" gets x${e.lanes} on link ${e.id} but is a x${dev.gpu.pcieLanes} device.`, ...where(server, dev.componentId) });
    }
  }
  return issues;
}

function chassisChecks(server: ResolvedServer, ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const name = server.type.name;
  const { chassis } = ctx;
  if (chassis) {
    for (const g of server.gpus) {
      if (!chassis.gpuFormFactors.includes(g.gpu!.formFactor)) {
        issues.push({ severity: 'error', code: 'gpu-form-factor', message: `${g.gpu!.name} (${g.id}) in "${name}" is a ${g.gpu!.formFactor.toUpperCase()} part; the chassis takes ${chassis.gpuFormFactors.map((f) => f.toUpperCase()).join(' or ')} GPUs.`, ...where(server, g.componentId) });
        break;
      }
    }
    if (server.gpus.length > chassis.gpuPositions) {
      issues.push({ severity: 'error', code: 'gpu-positions', message: `"${name}" has ${server.gpus.length} GPUs; the chassis has ${chassis.gpuPositions} GPU positions.`, ...where(server, server.gpus[0]!.componentId) });
    }
    const cards = server.gpus.filter((g) => g.gpu!.formFactor === 'pcie');
    const first = cards[0];
    if (first && chassis.maxCardWidthSlots !== undefined) {
      const width = chassis.installedCardWidthSlots ?? gpuCardWidthSlots(first.gpu!.id);
      if (width !== undefined && width > chassis.maxCardWidthSlots) {
        issues.push({ severity: 'error', code: 'gpu-card-width', message: `${first.gpu!.name} is ${width} slots wide; the GPU positions of "${name}" take cards up to ${chassis.maxCardWidthSlots} slots.`, ...where(server, first.componentId) });
      }
    }
    if (chassis.x16Slots !== undefined) {
      const addIn = cards.length + server.nics.length;
      if (addIn > chassis.x16Slots) {
        issues.push({ severity: 'error', code: 'slot-count', message: `"${name}" needs ${addIn} PCIe slots (${cards.length} GPU cards + ${server.nics.length} NICs); the chassis has ${chassis.x16Slots}.`, ...where(server, (first ?? server.nics[0])!.componentId) });
      }
    }
    if (chassis.driveBays !== undefined && server.drives.length > chassis.driveBays) {
      issues.push({ severity: 'error', code: 'drive-bays', message: `"${name}" has ${server.drives.length} drives; the chassis has ${chassis.driveBays} bays.`, ...where(server, server.drives[0]!.componentId) });
    }
  }
  issues.push(...psuChecks(server, ctx));
  return issues;
}

function psuChecks(server: ResolvedServer, ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const name = server.type.name;
  const psu = server.type.components.find((c) => c.kind === 'psu');
  const scheme = ctx.chassis?.psuRedundancy;
  if (!psu) {
    if (scheme) issues.push({ severity: 'warning', code: 'psu-missing', message: `"${name}" specifies ${scheme} PSU redundancy but has no PSU part.`, path: 'serverTypes[0].components', serverTypeId: server.type.id });
    return issues;
  }
  const count = psu.count;
  const redundant = psu.redundantPsus ?? 0;
  if (scheme && redundantPsusFor(scheme, count) !== redundant) {
    issues.push({ severity: 'error', code: 'psu-redundancy', message: `PSUs of "${name}": ${scheme} with ${count} supplies means ${redundantPsusFor(scheme, count)} redundant, but the PSU part has ${redundant}.`, ...where(server, psu.id) });
  }
  const capacityW = psu.capacityW ?? 0;
  const usableW = (count - redundant) * capacityW;
  const vendorMax = ctx.maxPowerW ?? undefined;
  if (vendorMax !== undefined && vendorMax > usableW) {
    issues.push({
      severity: 'error', code: 'psu-vendor-max',
      message: `PSUs of "${name}": ${count - redundant}+${redundant} x ${capacityW} W give ${usableW} W with ${redundant} failed, below the quoted maximum of ${vendorMax} W.`,
      ...where(server, psu.id),
    });
  }
  const loadW = serverBill(server).powerW;
  if (loadW > usableW * 0.95 && loadW <= usableW) {
    issues.push({ severity: 'info', code: 'psu-headroom', message: `PSUs of "${name}": full load of about ${Math.round(loadW)} W uses ${Math.round((loadW / usableW) * 100)}% of the ${usableW} W left with ${redundant} failed.`, ...where(server, psu.id) });
  }
  return issues;
}
