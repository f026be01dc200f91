/**
 * Plausibility of what an MLPerf system description says, checked on the parsed readings before a
 * server is built from them: "1000000x 99999 TB" is refused at `host_storage_capacity` in microseconds
 * instead of building a million drives. Errors point at the input field, never inside the template.
 */
import type { InputError } from '../engineApi';
import { RANGES } from '../model/ranges';
import type { ServerType } from '../model/design';
import { parseHostMemory, parseNetworking, parseStorage } from './mlperfFields';
import { TEMPLATE_LIMITS } from './schema';

/** Largest counts one node of a submission can have. Confidence: estimate (the largest 8-GPU servers have 32 bays, 16 NICs, 12 PSUs). */
export const MLPERF_NODE_LIMITS = {
  /** Drives in one node (the chassis schema's drive-bay limit). */
  maxDrives: 256,
  /** Network adapters in one node, all groups together. */
  maxNics: 64,
  /** Power supplies in one node. */
  maxPsus: 64,
} as const;

/** The description's fields as text (the importer's reading of them). */
type Fields = Readonly<Record<'host_storage_capacity' | 'host_storage_type' | 'host_memory_capacity' | 'host_memory_configuration' | 'host_network_card_count' | 'host_networking' | 'host_networking_topology' | 'power_supply_quantity_and_rating_watts', string>>;

/** The PSU reading of `power_supply_quantity_and_rating_watts` ("2x 3000W"), or null. */
export function parsePsus(text: string): { count: number; capacityW: number } | null {
  const m = text.match(/(\d+)\s*[x×]\s*(\d{3,5})\s*W?/i);
  return m ? { count: Number(m[1]), capacityW: Number(m[2]) } : null;
}

/** Readings that no node can have, each at the field that says it. */
export function implausibleReadings(text: Fields): InputError[] {
  const errors: InputError[] = [];
  const at = (path: keyof Fields, message: string) => errors.push({ path, message: `"${text[path].slice(0, 120)}": ${message}` });

  const drives = parseStorage(text.host_storage_capacity, text.host_storage_type).filter((g) => g.role !== 'shared');
  const driveCount = drives.reduce((s, g) => s + (g.count ?? 1), 0);
  const perDriveTB = RANGES.driveCapacityTB.max;
  if (driveCount > MLPERF_NODE_LIMITS.maxDrives) at('host_storage_capacity', `${driveCount} drives in one node; a node holds at most ${MLPERF_NODE_LIMITS.maxDrives}`);
  for (const g of drives) {
    const limitTB = g.count === null ? perDriveTB * MLPERF_NODE_LIMITS.maxDrives : perDriveTB;
    if (g.sizeTB > limitTB) at('host_storage_capacity', `${g.sizeTB} TB ${g.count === null ? 'in one node' : 'per drive'} is not plausible (at most ${limitTB} TB)`);
  }

  const memory = parseHostMemory(text.host_memory_capacity, text.host_memory_configuration);
  if (memory && memory.gb > TEMPLATE_LIMITS.maxMemoryGB) {
    const field = /DIMMs from host_memory_configuration/.test(memory.basis) ? 'host_memory_configuration' : 'host_memory_capacity';
    at(field, `${memory.gb} GB of host memory in one node is not plausible (at most ${TEMPLATE_LIMITS.maxMemoryGB} GB)`);
  }

  const nicFields = ['host_network_card_count', 'host_networking', 'host_networking_topology'] as const;
  const nicGroups = parseNetworking(nicFields.map((f) => text[f]));
  const nics = nicGroups.reduce((s, g) => s + (g.count ?? 1), 0);
  if (nics > MLPERF_NODE_LIMITS.maxNics) {
    const field = nicFields.find((f) => text[f].trim() && nicGroups.some((g) => text[f].includes(g.text))) ?? 'host_networking';
    at(field, `${nics} network adapters in one node; a node holds at most ${MLPERF_NODE_LIMITS.maxNics}`);
  }

  const psus = parsePsus(text.power_supply_quantity_and_rating_watts);
  if (psus && psus.count > MLPERF_NODE_LIMITS.maxPsus) at('power_supply_quantity_and_rating_watts', `${psus.count} power supplies in one node; at most ${MLPERF_NODE_LIMITS.maxPsus}`);
  if (psus && (psus.capacityW < RANGES.psuCapacityW.min || psus.capacityW > RANGES.psuCapacityW.max)) {
    at('power_supply_quantity_and_rating_watts', `${psus.capacityW} W per supply is not plausible (${RANGES.psuCapacityW.min}-${RANGES.psuCapacityW.max} W)`);
  }
  return errors;
}

/** The description field a part of the built server comes from. */
const FIELD_BY_KIND: Record<string, string> = {
  memory: 'host_memory_capacity', 'nvme-ssd': 'host_storage_capacity', 'sata-ssd': 'host_storage_capacity', hdd: 'host_storage_capacity',
  nic: 'host_networking', psu: 'power_supply_quantity_and_rating_watts', gpu: 'accelerators_per_node', cpu: 'host_processor_model_name',
  'pcie-switch': 'accelerator_host_interconnect', nvswitch: 'accelerator_interconnect',
};

/**
 * The description field behind a path inside the imported template (`template.serverType.components[3].capacityGB`
 * -> `host_memory_capacity`), so an import error points at what the user can change.
 */
export function inputFieldOf(templatePath: string, server: ServerType): string {
  const part = templatePath.match(/^template\.serverType\.components\[(\d+)\]/);
  if (part) return FIELD_BY_KIND[server.components[Number(part[1])]?.kind ?? ''] ?? 'accelerators_per_node';
  const link = templatePath.match(/^template\.serverType\.links\[(\d+)\]/);
  if (link) return server.links[Number(link[1])]?.kind === 'nvlink' ? 'accelerator_interconnect' : 'accelerator_host_interconnect';
  if (/^template\.serverType\.(components|links)$/.test(templatePath)) return 'accelerators_per_node';
  if (/^template\.(year)/.test(templatePath)) return 'framework';
  if (/^template\.vendor/.test(templatePath)) return 'submitter';
  if (/^template\.chassis/.test(templatePath)) return 'accelerators_per_node';
  return 'system_name';
}
