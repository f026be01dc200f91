import type { Design } from '../model/design';
import type { Chassis } from '../model/chassis';
import type { Workload } from '../model/workload';
import type { Issue } from './result';
import type { ResolvedServer, ServerGraph } from './resolved';
import { chassisFindings } from './chassis';
import { serverPowerW } from './cost';
import { checkLlmFit } from './llmChecks';
import { linkEndpointProblem, nvlinkProblem, pcieLoopMembers, pcieMultiplyPlugged } from '../topology';

/** Findings of a graph with the type fields they were made for (the components hold the PSU redundancy). */
interface FindingsEntry {
  typeIndex: number;
  id: string;
  name: string;
  basePowerW: number | undefined;
  /** `chassisKey` of the type's chassis, '' without one. */
  chassis: string;
  issues: readonly Issue[];
}

// Findings depend on the shared graph and the few type fields of an entry, so they are kept per graph. The fields
// are compared one by one: no key string to build and hash at every sweep point.
const checksByGraph = new WeakMap<ServerGraph, FindingsEntry[]>();

/** Every field of the chassis as key text (cheaper than JSON at every sweep point; a test checks each field counts). */
export function chassisKey(c: Chassis): string {
  return `${c.gpuFormFactors.join(',')}\u0001${c.gpuPositions}\u0001${c.x16Slots ?? ''}\u0001${c.maxCardWidthSlots ?? ''}\u0001${c.installedCardWidthSlots ?? ''}\u0001${c.psuRedundancy ?? ''}\u0001${c.driveBays ?? ''}\u0001${c.dimmSlots ?? ''}\u0001${c.maxDimmGB ?? ''}\u0001${c.psuBays ?? ''}`;
}

/**
 * Topology checks of one server type: each finding names the part and the numbers. The list (and its
 * issues) may be shared with other evaluations of the same server type: do not mutate it.
 */
export function checkServer(server: ResolvedServer): readonly Issue[] {
  let entries = checksByGraph.get(server.graph);
  if (!entries) checksByGraph.set(server.graph, (entries = []));
  const t = server.type;
  const chassis = t.chassis ? chassisKey(t.chassis) : '';
  for (const e of entries) {
    if (e.typeIndex === server.typeIndex && e.id === t.id && e.name === t.name && e.basePowerW === t.basePowerW && e.chassis === chassis) return e.issues;
  }
  // Each issue frozen, the list a plain (readonly-typed) array: a frozen array is a slow path in V8 (see serverCache.ts).
  const issues = serverFindings(server).map((i) => Object.freeze(i));
  // A few names per graph (renaming in the editor must not grow it without bound): the oldest goes first.
  if (entries.length >= 8) entries.shift();
  entries.push({ typeIndex: server.typeIndex, id: t.id, name: t.name, basePowerW: t.basePowerW, chassis, issues });
  return issues;
}

function serverFindings(server: ResolvedServer): Issue[] {
  const issues: Issue[] = [];
  const t = server.typeIndex;
  const where = (componentId: string) => {
    const ci = server.componentIndexById.get(componentId) ?? -1;
    return { path: `serverTypes[${t}].components[${ci}]`, serverTypeId: server.type.id, componentId };
  };
  const name = server.type.name;

  // Lanes used directly on each CPU socket and each PCIe switch.
  const lanesFrom = new Map<string, number>();
  for (const e of server.pcieEdges) lanesFrom.set(e.from, (lanesFrom.get(e.from) ?? 0) + (e.lanes ?? 0));
  for (const cpu of server.cpus) {
    const used = lanesFrom.get(cpu.id) ?? 0;
    if (used > cpu.cpu!.pcieLanes) {
      issues.push({ severity: 'error', code: 'pcie-lanes-exceeded', message: `${cpu.id} (${cpu.cpu!.name}) in "${name}" has ${cpu.cpu!.pcieLanes} PCIe lanes but its links use ${used}.`, ...where(cpu.componentId) });
    }
  }
  for (const sw of server.pcieSwitches) {
    const down = lanesFrom.get(sw.id) ?? 0;
    const up = server.upstream.get(sw.id)?.lanes ?? 0;
    if (down + up > sw.pcieSwitch!.lanes) {
      issues.push({ severity: 'error', code: 'switch-lanes-exceeded', message: `PCIe switch ${sw.id} in "${name}" has ${sw.pcieSwitch!.lanes} lanes but ${up} upstream + ${down} downstream are connected.`, ...where(sw.componentId) });
    }
    if (up > 0 && down > up * 2) {
      issues.push({ severity: 'info', code: 'switch-oversubscribed', message: `PCIe switch ${sw.id} in "${name}" is ${(down / up).toFixed(1)}:1 oversubscribed (${down} downstream lanes share a x${up} uplink).`, ...where(sw.componentId) });
    }
  }
  for (const p of server.parts) {
    if (!(p.gpu || p.drive || p.nic || p.pcieSwitch)) continue;
    if (server.rootOf.get(p.id) === null) {
      issues.push({ severity: 'error', code: 'no-path-to-cpu', message: `${p.kind} ${p.id} in "${name}" has no PCIe path to a CPU socket.`, ...where(p.componentId) });
    }
  }
  // The link grammar (core/topology): which part kinds a link may join, and NVLink by catalog id.
  const kindOf = new Map(server.type.components.map((c) => [c.id, c.kind]));
  server.type.links.forEach((link, li) => {
    const from = kindOf.get(link.from);
    const to = kindOf.get(link.to);
    const problem = from && to ? linkEndpointProblem(link.kind, from, to) : null;
    if (problem) issues.push({ severity: 'error', code: 'link-endpoints', message: `Link ${link.id} in "${name}": ${problem}.`, path: `serverTypes[${t}].links[${li}]`, serverTypeId: server.type.id });
  });
  for (const id of pcieMultiplyPlugged(server.type.links)) {
    issues.push({ severity: 'error', code: 'pcie-multiply-plugged', message: `${id} in "${name}" is plugged into more than one PCIe port; a device has one upstream link.`, ...where(id) });
  }
  for (const id of pcieLoopMembers(server.type.links)) {
    issues.push({ severity: 'error', code: 'pcie-loop', message: `${id} in "${name}" is on a PCIe loop: a PCIe tree runs from each CPU down, never back up.`, ...where(id) });
  }
  for (const e of server.nvlinkEdges) {
    const a = server.byId.get(e.from)!;
    const b = server.byId.get(e.to)!;
    if (!a.gpu || !b.gpu) {
      const gpu = a.gpu ? a : b.gpu ? b : undefined;
      if (gpu && !gpu.gpu!.scaleUpLink) issues.push({ severity: 'error', code: 'nvlink-unsupported', message: `${gpu.gpu!.name} (${gpu.id}) in "${name}" has no NVLink, but link ${e.id} is NVLink.`, ...where(gpu.componentId) });
      continue;
    }
    const problem = nvlinkProblem({ name: `${a.gpu.name} (${a.id})`, gpu: a.gpu }, { name: `${b.gpu.name} (${b.id})`, gpu: b.gpu });
    if (problem) {
      const code = !a.gpu.scaleUpLink || !b.gpu.scaleUpLink ? 'nvlink-unsupported' : 'nvlink-mismatch';
      issues.push({ severity: 'error', code, message: `NVLink ${e.id} in "${name}": ${problem}`, ...where(!a.gpu.scaleUpLink || a.gpu.id !== b.gpu.id ? a.componentId : b.componentId) });
    }
  }
  if (server.nvswitches.length) {
    const modelsOf = new Map<string, Set<string | undefined>>();
    for (const e of server.nvlinkEdges) {
      for (const [sw, other] of [[e.from, e.to], [e.to, e.from]] as const) {
        if (server.byId.get(sw)?.kind !== 'nvswitch') continue;
        let models = modelsOf.get(sw);
        if (!models) modelsOf.set(sw, (models = new Set()));
        models.add(server.byId.get(other)?.gpu?.id);
      }
    }
    for (const sw of server.nvswitches) {
      const models = modelsOf.get(sw.id);
      if (models && models.size > 1) issues.push({ severity: 'error', code: 'nvswitch-mismatch', message: `NVSwitch ${sw.id} in "${name}" connects different GPU models (${[...models].join(', ')}).`, ...where(sw.componentId) });
    }
  }
  // Power against the PSUs that may fail.
  const psus = server.psus;
  if (psus.length) {
    const comp = server.type.components.find((c) => c.kind === 'psu');
    const redundant = comp?.redundantPsus ?? 0;
    const usable = psus.slice(0, Math.max(0, psus.length - redundant)).reduce((s, p) => s + (p.capacityW ?? 0), 0);
    const load = serverPowerW(server);
    if (load > usable) {
      issues.push({ severity: 'error', code: 'psu-capacity', message: `"${name}" draws ${Math.round(load)} W at full load but its ${psus.length} PSUs give ${Math.round(usable)} W with ${redundant} redundant.`, ...where(psus[0]!.componentId) });
    }
  }
  // What the chassis takes, when the server type carries its template's chassis.
  if (server.type.chassis) issues.push(...chassisFindings(server, server.type.chassis, where));
  return issues;
}

/** Design-level checks: GPUs present, network for multi-node, workload fits a GPU. */
export function checkDesign(design: Design, servers: ResolvedServer[], workload: Workload | undefined): Issue[] {
  const issues: Issue[] = [];
  const gpus = servers.reduce((s, sv) => s + sv.gpus.length * sv.type.count, 0);
  if (gpus === 0) issues.push({ severity: 'error', code: 'no-gpu', message: 'The design has no GPU: add a GPU to a server.', path: 'serverTypes' });
  const nodes = servers.reduce((s, sv) => s + sv.type.count, 0);
  if (nodes > 1) {
    for (const s of servers) {
      if (s.nics.length === 0) issues.push({ severity: 'error', code: 'no-network', message: `"${s.type.name}" x ${s.type.count} has no NIC, so its servers cannot exchange gradients.`, path: `serverTypes[${s.typeIndex}]`, serverTypeId: s.type.id });
    }
  }
  if (design.run.datasetLocation === 'shared' && !design.sharedStorage) {
    issues.push({ severity: 'error', code: 'no-shared-storage', message: 'The dataset is set to shared storage, but the design has none.', path: 'run.datasetLocation' });
  }
  if (workload?.transformer) {
    issues.push(...checkLlmFit(design, servers, workload));
  } else if (workload?.domain === 'llm') {
    issues.push({
      severity: 'error', code: 'needs-model-parallelism',
      message: `${workload.name} is a language model without an architecture: give its layers, hidden size, FFN size and heads (a transformer) and the planner lays it out with tensor and pipeline parallelism.`,
      path: 'workload',
    });
  } else if (workload) {
    for (const s of servers) {
      const small = s.gpus.find((g) => g.gpu!.memoryGB < workload.replicaMemoryGB);
      if (small) {
        issues.push({
          severity: 'error', code: 'needs-model-parallelism',
          message: `${workload.name} needs about ${workload.replicaMemoryGB} GB per replica; ${small.gpu!.name} has ${small.gpu!.memoryGB} GB. The planner splits only transformer models across GPUs (tensor and pipeline parallelism); choose GPUs with more memory.`,
          path: `serverTypes[${s.typeIndex}]`, serverTypeId: s.type.id,
        });
      }
    }
  }
  return issues;
}
