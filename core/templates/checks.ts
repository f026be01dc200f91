/**
 * Compatibility checks of a server against its chassis: the engine's topology checks (PCIe lanes per
 * socket and per switch, NVLink between matching GPUs, PSUs against the estimated load) with its chassis
 * limits (GPU package and card width, GPU positions, slots, drive bays, DIMM slots, PSU bays and redundancy scheme: one set of
 * rules in core/engine/chassis.ts, also run on the canvas's server types), plus what only a template
 * knows: NVLink package and bridge wiring and the vendor's quoted maximum power. Each message names the
 * part and the numbers.
 */
import type { InputError } from '../engineApi';
import { checkServer } from '../engine/checks';
import { serverPowerW } from '../engine/cost';
import { resolveServer } from '../engine/normalize';
import type { ResolvedServer } from '../engine/resolved';
import type { Issue } from '../engine/result';
import type { ServerType } from '../model/design';
import type { Chassis, Template } from './schema';

export { gpuCardWidthSlots, redundantPsusFor } from '../engine/chassis';

/** What the checks know about the server beyond its topology. */
export interface CheckContext {
  /** The chassis the parts must fit (else the server type's own, if it carries one); without either only topology and power are checked. */
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
  const chassis = ctx.chassis ?? serverType.chassis;
  // The chassis limits are the engine's (core/engine/chassis.ts): the server carries the chassis into its checks.
  const server = resolveServer({ ...serverType, count: 1, ...(chassis ? { chassis } : {}) }, 0, errors);
  if (!server) return { ok: false, errors: errors.map((e) => ({ ...e, path: rebase(e.path) })) };
  const issues = [...checkServer(server), ...fabricChecks(server), ...psuChecks(server, ctx)];
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

/** The vendor's quoted maximum power and the headroom at full load (the redundancy scheme is a chassis limit). */
function psuChecks(server: ResolvedServer, ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const name = server.type.name;
  const psu = server.type.components.find((c) => c.kind === 'psu');
  if (!psu) return issues;
  const count = psu.count;
  const redundant = psu.redundantPsus ?? 0;
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
  const loadW = serverPowerW(server);
  if (loadW > usableW * 0.95 && loadW <= usableW) {
    issues.push({ severity: 'info', code: 'psu-headroom', message: `PSUs of "${name}": full load of about ${Math.round(loadW)} W uses ${Math.round((loadW / usableW) * 100)}% of the ${usableW} W left with ${redundant} failed.`, ...where(server, psu.id) });
  }
  return issues;
}
