/**
 * Import of an MLPerf Training system description (`systems/*.json`) as a server template: the
 * free-text fields are parsed, mapped to catalog parts, and every field that had to be assumed
 * (a drive model, a PCIe tree, a NIC count) is listed as an assumption tied to its template field.
 * One node of the system becomes the template; the node count is reported next to it.
 */
import { z } from 'zod';
import type { InputError } from '../engineApi';
import { loadComponentCatalog, resolveGpu, resolveNic } from '../catalog/components';
import { resolveCpuName } from '../catalog/cpuName';
import { buildServer, type GpuFabric, type ServerSpec } from '../catalog/serverBuilder';
import type { Drive, Gpu } from '../model/catalog';
import type { ServerType } from '../model/design';
import { loadTemplateValue, parseLimitedJson, toTemplateFile } from './load';
import { implausibleReadings, inputFieldOf, parsePsus } from './mlperfLimits';
import {
  parseAcceleratorInterconnect, parseCount, parseHostMemory, parseNetworking, parsePcieGen, parseSizeGB, parseStorage,
  type NicGroup, type NicProtocol, type StorageGroup,
} from './mlperfFields';
import { TEMPLATE_FIELDS, TEMPLATE_LIMITS, type Template, type TemplateAssumption, type TemplateField, type ValueProvenance } from './schema';

/** A successful import: the template, what was assumed, and what was read but is worth knowing. */
export interface MlperfImport {
  template: Template;
  /** Every assumed detail, each tied to the template field it affects (also inside `template.assumptions`). */
  assumptions: TemplateAssumption[];
  /** Readings and discrepancies that are not assumptions (e.g. "memory: 32 x 32 GB DIMMs"). */
  notes: string[];
  /** Nodes in the submitted system (the template is one node). */
  nodes: number;
}

/** Outcome of an import. Bad input never throws: errors name the JSON path. */
export type MlperfImportResult = ({ ok: true } & MlperfImport) | { ok: false; errors: InputError[] };

/** Fields the importer reads; each must be a string (or a number) when present. */
const TEXT_FIELDS = [
  'submitter', 'system_name', 'number_of_nodes', 'host_processors_per_node', 'host_processor_model_name', 'host_processor_core_count',
  'host_memory_capacity', 'host_memory_configuration', 'host_storage_type', 'host_storage_capacity', 'host_networking',
  'host_network_card_count', 'host_networking_topology', 'accelerators_per_node', 'accelerator_model_name', 'accelerator_host_interconnect',
  'accelerator_memory_capacity', 'accelerator_interconnect', 'hw_notes', 'framework', 'power_supply_quantity_and_rating_watts',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

const FieldValueSchema = z.union([z.string().max(4000), z.number().finite()]);

/** Catalog drives picked by interface and capacity when a description names no drive model. */
function pickDrive(kind: StorageGroup['kind'], sizeTB: number, maxGen: number): Drive {
  const drives = loadComponentCatalog().drives;
  const want = kind === 'nvme-ssd' ? 'nvme' : kind;
  const pool = drives.filter((d) => d.kind === want && (d.pcieGen === null || d.pcieGen <= maxGen));
  const candidates = pool.length ? pool : drives.filter((d) => d.kind === want);
  // Closest capacity on a log scale, penalising interfaces older than the platform's (Gen4 U.2 drives are
  // what 2020-2024 servers ship, so Gen5 platforms are not pushed to Gen5 drives).
  const wantGen = Math.min(maxGen, 4);
  const score = (x: Drive) => Math.abs(Math.log(x.capacityTB / sizeTB)) + 0.7 * Math.max(0, wantGen - (x.pcieGen ?? wantGen)) - (x.pcieGen ?? 0) * 1e-3;
  return candidates.reduce((best, d) => (score(d) < score(best) ? d : best));
}

/** Catalog NIC for a protocol and port speed. */
function nicFor(protocol: NicProtocol, gbps: number, family: string | null): string {
  if (family) {
    const named = resolveNic(family);
    if (named && named.protocol === protocol && Math.abs(named.portSpeedGbps - gbps) < 1) return named.id;
  }
  const nics = loadComponentCatalog().nics.filter((n) => n.protocol === protocol && n.ports === 1 && !/bluefield/i.test(n.name));
  const pool = nics.length ? nics : loadComponentCatalog().nics;
  return pool.reduce((a, b) => (Math.abs(Math.log(b.portSpeedGbps / gbps)) < Math.abs(Math.log(a.portSpeedGbps / gbps)) ? b : a)).id;
}

function switchFor(gen: number): string {
  return gen >= 5 ? 'pex89144' : gen === 4 ? 'pex88096' : 'pex8796';
}

/** NVSwitch chips per 8 GPUs by generation (DGX-2 12 for 16 V100, HGX A100 6, HGX H100 4, HGX B200 2). */
const NVSWITCH_PER_8: Partial<Record<Gpu['architecture'], number>> = { volta: 6, ampere: 6, hopper: 4, blackwell: 2 };

const YEAR_BY_ROUND: Record<string, number> = { '0.5': 2018, '0.6': 2019, '0.7': 2020, '1.0': 2021, '1.1': 2021, '2.0': 2022, '2.1': 2022, '3.0': 2023, '3.1': 2023, '4.0': 2024, '4.1': 2024, '5.0': 2025, '5.1': 2025 };

const KNOWN_VENDORS = ['Supermicro', 'Dell', 'HPE', 'Lenovo', 'Gigabyte', 'Inspur', 'Fujitsu', 'ASUS', 'Quanta', 'Nettrix', 'NVIDIA', 'Lambda', 'Cisco', 'Oracle', 'Google', 'Microsoft', 'Azure'];

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9.+]+/g, '-').replace(/^[^a-z0-9]+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
}

/** Reads a system description's JSON text under the template limits and imports it. */
export function importMlperfText(text: string, opts: { fileName?: string } = {}): MlperfImportResult {
  const parsed = parseLimitedJson(text);
  if (!parsed.ok) return parsed;
  return importMlperfSystem(parsed.value, opts);
}

/** Imports one parsed MLPerf Training system description as a template (one node). */
export function importMlperfSystem(raw: unknown, opts: { fileName?: string } = {}): MlperfImportResult {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, errors: [{ path: '(root)', message: 'expected a JSON object (an MLPerf system description)' }] };
  const obj = raw as Record<string, unknown>;
  const errors: InputError[] = [];
  const text: Record<TextField, string> = Object.fromEntries(TEXT_FIELDS.map((f) => [f, ''])) as Record<TextField, string>;
  for (const f of TEXT_FIELDS) {
    const v = obj[f];
    if (v === undefined || v === null) continue;
    const ok = FieldValueSchema.safeParse(v);
    if (!ok.success) errors.push({ path: f, message: typeof v === 'string' ? 'longer than 4000 characters' : `expected text, found ${Array.isArray(v) ? 'an array' : typeof v}` });
    else text[f] = String(ok.data).trim();
  }
  if (!text.accelerator_model_name) errors.push({ path: 'accelerator_model_name', message: 'missing: the accelerator model is needed to build a server' });
  const gpusPerNode = parseCount(text.accelerators_per_node);
  if (gpusPerNode === null) errors.push({ path: 'accelerators_per_node', message: `expected a whole number of accelerators, found ${JSON.stringify(obj.accelerators_per_node) ?? 'nothing'}` });
  else if (gpusPerNode > TEMPLATE_LIMITS.maxGpus) errors.push({ path: 'accelerators_per_node', message: `${gpusPerNode} accelerators in one node is not plausible (at most ${TEMPLATE_LIMITS.maxGpus})` });
  if (!errors.length) errors.push(...implausibleReadings(text));
  if (errors.length) return { ok: false, errors };

  const gpu = resolveGpu(text.accelerator_model_name) ?? resolveGpu(`${text.accelerator_model_name} ${text.accelerator_memory_capacity}`);
  if (!gpu) return { ok: false, errors: [{ path: 'accelerator_model_name', message: `unknown accelerator "${text.accelerator_model_name}": no catalog GPU matches` }] };
  return build(text, gpu, gpusPerNode!, opts.fileName);
}

function build(text: Record<TextField, string>, gpu: Gpu, gpus: number, fileName: string | undefined): MlperfImportResult {
  const assumptions: TemplateAssumption[] = [];
  const notes: string[] = [];
  const assume = (field: TemplateField, t: string) => assumptions.push({ field, text: t });
  const source = (fields: string) => [`MLPerf Training system description${fileName ? ` ${fileName}` : ''}: ${fields}`];

  // Year: the submission round in the file name, else the container release, else the GPU's launch.
  const round = fileName?.match(/v(\d+\.\d+)/)?.[1];
  const release = text.framework.match(/\b(1[89]|2\d)\.(0[1-9]|1[0-2])\b/);
  let year: number;
  if (round && YEAR_BY_ROUND[round]) year = YEAR_BY_ROUND[round]!;
  else if (release) year = 2000 + Number(release[1]);
  else {
    year = gpu.launchYear;
    assume('year', `Submission year not printed: assumed the GPU's launch year ${year}.`);
  }

  const nodes = parseCount(text.number_of_nodes) ?? 1;
  if (!parseCount(text.number_of_nodes)) assume('chassis', 'number_of_nodes not printed: read as a single node.');
  const printedMem = parseSizeGB(text.accelerator_memory_capacity);
  if (printedMem !== null && Math.abs(printedMem - gpu.memoryGB) / gpu.memoryGB > 0.12) {
    notes.push(`accelerator memory "${text.accelerator_memory_capacity}" differs from the catalog ${gpu.name} (${gpu.memoryGB} GB)`);
  }
  notes.push(`accelerator "${text.accelerator_model_name}" mapped to catalog ${gpu.id} (${gpu.name})`);

  // CPU and sockets.
  const cpuRes = resolveCpuName(text.host_processor_model_name, { gpuId: gpu.id, year });
  if (cpuRes.assumed) assume('cpus', `CPU "${text.host_processor_model_name}": ${cpuRes.reason}`);
  let sockets = parseCount(text.host_processors_per_node) ?? cpuRes.sockets;
  if (sockets === null || sockets > 8) {
    sockets = 2;
    assume('cpus', 'Sockets per node not printed: assumed 2.');
  }
  const cpu = cpuRes.cpu;
  const printedCores = parseCount(text.host_processor_core_count);
  if (printedCores !== null && printedCores !== cpu.cores && printedCores !== cpu.cores * sockets) {
    notes.push(`host_processor_core_count "${text.host_processor_core_count}" matches neither ${cpu.cores} cores per socket nor ${cpu.cores * sockets} per node of ${cpu.name}`);
  }

  // Memory.
  const mem = parseHostMemory(text.host_memory_capacity, text.host_memory_configuration);
  let memoryGB: number;
  if (mem) {
    memoryGB = mem.gb;
    notes.push(`memory: ${mem.basis}`);
  } else {
    memoryGB = gpu.launchYear >= 2022 ? 2048 : gpu.launchYear >= 2020 ? 1024 : 512;
    assume('memory', `Host memory not printed: assumed ${memoryGB} GB (typical of ${gpu.launchYear}-era 8-GPU servers).`);
  }

  const platformGen = Math.min(cpu.pcieGen, gpu.pcieGen);
  const drives = storageSpec(text, platformGen, assume, notes);
  const { primary, extra } = networkSpec(text, gpu, gpus, nodes, assume, notes);

  // GPU interconnect.
  const ic = parseAcceleratorInterconnect(text.accelerator_interconnect);
  const baseboard = gpu.formFactor !== 'pcie';
  let fabric: GpuFabric | 'mesh';
  let nvswitchChips = 0;
  if (baseboard && gpu.scaleUpLink) {
    const switchBoard = gpus >= 8 && gpu.architecture !== 'volta' && !gpu.architecture.startsWith('cdna');
    if (ic.kind === 'nvswitch' || (ic.kind !== 'pcie' && switchBoard) || gpu.formFactor === 'superchip') {
      fabric = 'nvswitch';
      nvswitchChips = Math.max(1, Math.round(((NVSWITCH_PER_8[gpu.architecture] ?? 4) * gpus) / 8));
      if (ic.kind !== 'nvswitch') assume('gpuInterconnect', `"${ic.text}" names no NVSwitch: assumed the NVSwitch baseboard every ${gpus}-GPU ${gpu.name} system uses.`);
      assume('gpuInterconnect', `NVSwitch chip count not printed: assumed ${nvswitchChips} (${NVSWITCH_PER_8[gpu.architecture] ?? 4} per 8 GPUs for ${gpu.architecture}; power and price only).`);
    } else {
      fabric = 'mesh';
      if (ic.kind === null) assume('gpuInterconnect', `GPU interconnect not printed: assumed ${gpu.scaleUpLink} links between every pair of the ${gpus} GPUs.`);
      else notes.push(`GPU interconnect "${ic.text}" modelled as one ${gpu.scaleUpLink} link per GPU pair`);
    }
  } else if (gpu.scaleUpLink && ic.kind === 'mesh') {
    fabric = 'nvlink-bridge';
    notes.push(`GPU interconnect "${ic.text}" modelled as NVLink bridges joining GPU pairs`);
  } else {
    fabric = 'pcie';
    if (ic.kind === null) assume('gpuInterconnect', `GPU interconnect not printed: assumed PCIe only${gpu.scaleUpLink ? ' (no NVLink bridges)' : ''}.`);
  }

  // PCIe tree.
  const hostText = text.accelerator_host_interconnect;
  const printedSwitch = /switch/i.test(hostText) || /pci\s*box|expansion/i.test(text.hw_notes);
  const lanesFree = cpu.pcieLanes - 16;
  const gpusPerSocket = Math.ceil(gpus / sockets);
  const directFits = gpusPerSocket * 16 <= lanesFree;
  const useSwitches = gpu.formFactor !== 'superchip' && (printedSwitch || (baseboard && gpus >= 8) || !directFits || (!baseboard && gpus >= 8));
  const gpusPerSwitch = useSwitches ? (baseboard ? 2 : 4) : 0;
  const sw = switchFor(Math.min(cpu.pcieGen, 5));
  const switches = useSwitches ? Math.ceil(gpus / gpusPerSwitch) : 0;
  if (useSwitches) {
    assume('pcieTree', `${printedSwitch ? `"${hostText || text.hw_notes}" names PCIe switches; their` : 'PCIe tree not published:'} layout assumed: ${switches} catalog ${sw} switch${switches === 1 ? '' : 'es'} (x16 uplink, spread over the ${sockets} CPU${sockets === 1 ? '' : 's'}), ${gpusPerSwitch} GPUs each${primary.placement === 'with-gpus' ? ', compute NICs on the GPU switches' : ''}.`);
  } else {
    assume('pcieTree', `PCIe tree not published: every GPU assumed on its own x16 link to a CPU, ${gpus > 1 && sockets > 1 ? 'split across the sockets (dual-root)' : 'on one socket'}${hostText ? ` ("${hostText}")` : ''}.`);
  }
  if (parsePcieGen(hostText) !== null) notes.push(`accelerator host link "${hostText}"`);

  const spec: ServerSpec = {
    id: 'node', name: 'node', count: 1, gpu: gpu.id, gpusPerNode: gpus, gpuFabric: fabric === 'mesh' ? 'pcie' : fabric,
    ...(nvswitchChips ? { nvswitchChips } : {}),
    cpu: cpu.id, sockets, memoryGBPerSocket: Math.max(1, Math.round(memoryGB / sockets)),
    rooting: sockets > 1 ? 'dual-root' : 'single-root', gpusPerSwitch, ...(useSwitches ? { pcieSwitch: sw, switchUplinkLanes: 16 } : {}),
    drives: drives ?? { kind: 'nvme-ssd', model: 'none', count: 0, placement: 'spread' },
    nics: { ...primary, placement: useSwitches ? primary.placement : 'spread' },
  };
  const psu = parsePsus(text.power_supply_quantity_and_rating_watts);
  if (psu) spec.psus = { ...psu, redundant: 0 };
  assume('psus', psu ? 'PSU redundancy not printed: assumed none.' : 'PSUs not printed: not modelled (no redundancy check; the engine estimates power from the parts).');

  const st = buildServer(spec);
  if (fabric === 'mesh') {
    for (let a = 0; a < gpus; a++) for (let b = a + 1; b < gpus; b++) st.links.push({ id: 'x', kind: 'nvlink', from: `gpu${a}`, to: `gpu${b}` });
  }
  if (gpu.formFactor === 'superchip') {
    // Superchip GPUs hang off their Grace over NVLink-C2C, not PCIe: 900 GB/s both ways per Grace, shared by its GPUs.
    const perGpu = 450 / Math.max(1, gpusPerSocket);
    for (const l of st.links) {
      if (l.kind !== 'pcie' || !l.to.startsWith('gpu')) continue;
      l.bandwidthGBps = perGpu;
      delete l.lanes;
    }
    assume('pcieTree', `Superchip GPUs modelled on NVLink-C2C links of ${perGpu} GB/s each way (900 GB/s bidirectional per CPU, shared by its ${gpusPerSocket} GPUs).`);
  }
  extra.forEach((n, i) => {
    const id = `nic-extra${i}`;
    st.components.push({ id, kind: 'nic', model: n.model, count: n.count });
    st.links.push({ id: 'x', kind: 'pcie', from: `cpu${i % sockets}`, to: id, lanes: 16 });
  });
  st.links.forEach((l, i) => (l.id = `l${i}`));

  const vendor = KNOWN_VENDORS.find((v) => new RegExp(`\\b${v}\\b`, 'i').test(text.system_name)) ?? (text.submitter || 'Unknown');
  const named = text.system_name.toLowerCase().includes((text.submitter || '\0').toLowerCase());
  const name = text.system_name
    ? named ? text.system_name : `${text.submitter ? `${text.submitter} ` : ''}${text.system_name}`
    : `${text.submitter || 'MLPerf'} ${gpus} x ${gpu.name}`;
  const id = slug(`mlperf-${named ? '' : text.submitter}-${text.system_name || gpu.id}`) || 'mlperf-system';
  const serverType: ServerType = { ...st, id, name: name.slice(0, 200) };
  assume('rackUnits', 'Chassis height not in MLPerf descriptions: not set (the engine estimates rack space).');
  assume('maxPowerW', 'Maximum system power not in MLPerf descriptions: the engine estimates power from the parts.');
  assume('priceUsd', 'No price in MLPerf descriptions: capex is the sum of the parts\' catalog prices (estimates).');

  const assumed = new Set(assumptions.map((a) => a.field));
  const fieldSources: Record<TemplateField, string> = {
    gpus: 'accelerator_model_name, accelerators_per_node', gpuInterconnect: 'accelerator_interconnect', cpus: 'host_processor_model_name, host_processors_per_node',
    memory: 'host_memory_capacity, host_memory_configuration', storage: 'host_storage_type, host_storage_capacity',
    network: 'host_networking, host_network_card_count, host_networking_topology', pcieTree: 'accelerator_host_interconnect', psus: 'power_supply_quantity_and_rating_watts',
    maxPowerW: '(not in the format)', rackUnits: '(not in the format)', priceUsd: '(not in the format)', chassis: 'number_of_nodes, accelerators_per_node', year: 'file name / framework',
  };
  const provenance = Object.fromEntries(
    TEMPLATE_FIELDS.map((f): [TemplateField, ValueProvenance] => [f, { source: source(fieldSources[f]), confidence: assumed.has(f) ? 'estimate' : 'spec-sheet' }]),
  ) as Record<TemplateField, ValueProvenance>;
  const template: Template = {
    id, name: name.slice(0, 200), vendor: vendor.slice(0, 80), year: Math.min(2040, Math.max(2010, year)), formFactor: 'rack', rackUnits: null, maxPowerW: null, priceUsd: null,
    description: `Imported from the MLPerf Training system description${fileName ? ` ${fileName}` : ''}${nodes > 1 ? ` (one of ${nodes} nodes)` : ''}.`,
    chassis: { gpuFormFactors: [gpu.formFactor], gpuPositions: gpus },
    provenance, assumptions, serverType,
  };
  // The imported template must pass the same checks as a file someone writes by hand.
  const check = loadTemplateValue(JSON.parse(JSON.stringify(toTemplateFile(template))));
  if (!check.ok) {
    return { ok: false, errors: check.errors.slice(0, 5).map((e) => ({ path: inputFieldOf(e.path, serverType), message: `the server built from this field is not valid: ${e.message} (at ${e.path} of the template)` })) };
  }
  return { ok: true, template: check.template, assumptions, notes, nodes };
}

type Assume = (field: TemplateField, text: string) => void;

/** The data drives: the largest local group, its drive count (assumed when only a total is printed) and a catalog model. */
function storageSpec(text: Record<TextField, string>, maxGen: number, assume: Assume, notes: string[]): ServerSpec['drives'] | null {
  const groups = parseStorage(text.host_storage_capacity, text.host_storage_type);
  for (const g of groups.filter((x) => x.role === 'shared')) assume('storage', `"${g.text}" is shared storage, not part of the server: add it to the design as shared storage.`);
  const local = groups.filter((g) => g.role === 'data');
  if (!local.length) {
    assume('storage', text.host_storage_capacity
      ? `No local data drives in "${text.host_storage_capacity}": none modelled (the dataset must fit in RAM or come from shared storage).`
      : 'Local storage not printed: no drives modelled (the dataset must fit in RAM or come from shared storage).');
    return null;
  }
  const total = (g: StorageGroup) => (g.count ?? 1) * g.sizeTB;
  const data = local.reduce((a, b) => (total(b) > total(a) ? b : a));
  for (const g of local.filter((x) => x !== data)) assume('storage', `"${g.text}" read as boot or scratch drives: not modelled (the dataset sits on the largest group).`);
  let count = data.count;
  let sizeTB = data.sizeTB;
  if (count === null) {
    // A printed total: split it into drives of a usual size (>= 3 TB each, at most 8).
    count = [8, 4, 2, 1].find((n) => data.sizeTB / n >= 3) ?? 1;
    sizeTB = data.sizeTB / count;
    assume('storage', `"${data.text}" gives a total only: assumed ${count} drive${count === 1 ? '' : 's'} of ${sizeTB.toFixed(2)} TB.`);
  }
  if (!data.kindPrinted) assume('storage', `Drive interface not printed: assumed NVMe.`);
  const drive = pickDrive(data.kind, sizeTB, maxGen);
  assume('storage', `Drive model not published: ${count} x ${sizeTB.toFixed(2)} TB ${data.kind === 'nvme-ssd' ? 'NVMe' : data.kind === 'sata-ssd' ? 'SATA SSD' : 'HDD'} modelled as the catalog ${drive.name} (${drive.capacityTB} TB${drive.pcieGen ? `, PCIe Gen${drive.pcieGen}` : ''}).`);
  notes.push(`storage: ${count} data drive${count === 1 ? '' : 's'} from "${data.text}"`);
  return { kind: data.kind, model: drive.id, count, placement: 'spread' };
}

interface NicPlan {
  primary: ServerSpec['nics'];
  extra: Array<{ model: string; count: number }>;
}

/** Compute NICs (on the GPU switches) and any storage NICs (on the CPUs); management ports are not modelled. */
function networkSpec(text: Record<TextField, string>, gpu: Gpu, gpus: number, nodes: number, assume: Assume, notes: string[]): NicPlan {
  const era = gpu.pcieGen >= 5 ? 400 : gpu.pcieGen === 4 ? 200 : 100;
  const groups = parseNetworking([text.host_network_card_count, text.host_networking, text.host_networking_topology]);
  const used: Array<{ g: NicGroup; model: string; count: number }> = [];
  for (const g of groups) {
    const speed = g.speedGbps ?? (g.family && /connectx|bluefield|mt29/i.test(g.family) ? null : 0);
    if (g.role === 'management' || (speed !== null && speed <= 25)) {
      notes.push(`network: "${g.text}" is a management or low-speed port, not modelled`);
      continue;
    }
    const gbps = speed ?? era;
    if (speed === null) assume('network', `"${g.text}": port speed not printed, assumed ${gbps} Gb/s.`);
    const protocol: NicProtocol = g.protocol ?? 'infiniband';
    if (!g.protocol) assume('network', `"${g.text}": protocol not printed, assumed InfiniBand.`);
    const count = g.count ?? 1;
    if (g.count === null) assume('network', `"${g.text}": adapter count not printed, assumed 1.`);
    const model = nicFor(protocol, gbps, g.family);
    notes.push(`network: "${g.text}" mapped to ${count} x catalog ${model}`);
    used.push({ g, model, count });
  }
  if (!used.length) {
    const count = gpu.formFactor !== 'pcie' && gpus >= 8 ? gpus : Math.max(1, Math.min(2, gpus));
    const model = nicFor('infiniband', era, null);
    assume('network', `No network adapters printed${nodes > 1 ? '' : ' (single-node submission)'}: assumed ${count} x ${era} Gb/s InfiniBand (catalog ${model})${count === gpus ? ', one per GPU' : ''}.`);
    return { primary: { model, count, placement: 'with-gpus' }, extra: [] };
  }
  // The compute group (labelled, else the biggest) feeds the GPUs; the rest sit on the CPUs.
  const main = used.find((u) => u.g.role === 'compute') ?? used.reduce((a, b) => (b.count >= a.count ? b : a));
  return { primary: { model: main.model, count: main.count, placement: 'with-gpus' }, extra: used.filter((u) => u !== main).map((u) => ({ model: u.model, count: u.count })) };
}
