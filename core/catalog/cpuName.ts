/**
 * Turns a CPU as printed in MLPerf submissions and benchmark reports ("2 x Intel(R) Xeon(R) Platinum 8480C",
 * "2x AMD EPYC 7763 64-Core Processor", "Neoverse-V2", "2 x Intel Xeon") into a catalog CPU and a socket count.
 */
import { findById, loadComponentCatalog, resolveCpu, resolveGpu } from './components';
import type { Cpu, GpuArchitecture } from '../model/catalog';

/** CPU vendor recognised in the text. */
export type CpuVendor = 'intel' | 'amd' | 'nvidia' | 'unknown';

/** Context that narrows the default when the text names no model. */
export interface CpuNameHint {
  /** Year the system was built or submitted, e.g. 2022. */
  year?: number;
  /** Catalog id or alias of the system's GPU; its family picks the era and the usual host CPU. */
  gpuId?: string;
}

/** The result of resolving a printed CPU name. */
export interface CpuNameResolution {
  /** The catalog CPU: the named model, or a documented default when `assumed` is true. */
  cpu: Cpu;
  /** Sockets printed in the text ("2 x", "2x", "Dual", "Quad"); null when the text gives none. */
  sockets: number | null;
  /** True when the text named no catalog model and `cpu` is a default. */
  assumed: boolean;
  /** Why this CPU was chosen, for display next to an assumed value. */
  reason: string;
  /** The model token found, e.g. '8480C', 'E5-2698 v4', '7V12'; null when none. */
  model: string | null;
  /** Vendor recognised in the text. */
  vendor: CpuVendor;
  /** Cores per socket printed in the text ("64-Core Processor"); null when not printed. */
  printedCoresPerSocket: number | null;
}

interface Era {
  year: number;
  basis: string;
}

// Defaults are the host CPUs of the reference platforms of each era (NVIDIA DGX for Intel, the DGX A100 / MLPerf
// AMD systems for AMD), so an unnamed "2 x Intel Xeon" next to an H100 becomes the DGX H100's Xeon 8480C.
const INTEL_BY_YEAR: readonly [number, string][] = [
  [2016, 'xeon-e5-2698v4'],
  [2018, 'xeon-8168'],
  [2020, 'xeon-8280'],
  [2021, 'xeon-8380'],
  [2023, 'xeon-8480c'],
  [2024, 'xeon-8570'],
];
const AMD_BY_YEAR: readonly [number, string][] = [
  [2019, 'epyc-7742'],
  [2021, 'epyc-7763'],
  [2022, 'epyc-9654'],
  [2024, 'epyc-9575f'],
];
const DEFAULT_YEAR = 2023;

/** Host CPU of the usual platform of each GPU family when the text names no vendor. */
const PLATFORM_BY_ARCHITECTURE: Record<GpuArchitecture, string> = {
  volta: 'xeon-e5-2698v4',
  turing: 'xeon-6248',
  ampere: 'epyc-7742',
  ada: 'xeon-6448y',
  hopper: 'xeon-8480c',
  blackwell: 'xeon-8570',
  cdna2: 'epyc-7763',
  cdna3: 'epyc-9575f',
  cdna4: 'epyc-9575f',
};
const PLATFORM_NAME: Record<GpuArchitecture, string> = {
  volta: 'DGX-1',
  turing: 'Cascade Lake GPU servers',
  ampere: 'DGX A100',
  ada: 'PowerEdge R760xa-class PCIe servers',
  hopper: 'DGX H100',
  blackwell: 'DGX B200',
  cdna2: 'MI250X servers',
  cdna3: 'AMD MLPerf MI300X systems',
  cdna4: 'AMD MLPerf MI300X systems',
};

function parseSockets(text: string): number | null {
  const count = text.match(/^\s*(\d+)\s*[x×*]\s*/i);
  if (count?.[1]) return Number(count[1]);
  if (/\b(dual|two)[\s-]*(socket)?\b/i.test(text) || /\b2P\b/.test(text)) return 2;
  if (/\bquad\b/i.test(text) || /\b4P\b/.test(text)) return 4;
  if (/\bsingle\b/i.test(text) || /\b1P\b/.test(text)) return 1;
  return null;
}

function clean(text: string): string {
  return text
    .replace(/^\s*\d+\s*[x×*]\s*/i, ' ')
    .replace(/\((r|tm)\)|[®™]/gi, ' ')
    .replace(/@\s*[\d.]+\s*GHz/gi, ' ')
    .replace(/\b\d+-Cores?\s+Processor\b/gi, ' ')
    .replace(/\b(CPU|Processors?|dual|quad|single)\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function detectVendor(text: string): CpuVendor {
  if (/intel|xeon/i.test(text)) return 'intel';
  if (/\bamd\b|epyc|threadripper/i.test(text)) return 'amd';
  if (/grace|neoverse|nvidia/i.test(text)) return 'nvidia';
  return 'unknown';
}

/** Catalog id candidates for the model named in `text`, with the model token as printed. */
function modelCandidates(text: string, vendor: CpuVendor): { model: string; ids: string[] } | null {
  const e5 = text.match(/\b(E[357]-\d{4}[A-Z]?)\s*(v\d)\b/i);
  if (e5?.[1] && e5[2]) {
    const model = `${e5[1].toUpperCase()} ${e5[2].toLowerCase()}`;
    return { model, ids: [`xeon-${e5[1].toLowerCase()}${e5[2].toLowerCase()}`] };
  }
  if (vendor === 'nvidia' || /grace|neoverse/i.test(text)) {
    const superchip = /superchip|144/i.test(text);
    return { model: superchip ? 'Grace Superchip' : 'Grace', ids: superchip ? ['nvidia-grace-superchip'] : ['nvidia-grace'] };
  }
  const epyc = text.match(/EPYC\s*(\d{4}[A-Z0-9]*)/i);
  if (epyc?.[1]) return { model: epyc[1].toUpperCase(), ids: [`epyc-${epyc[1].toLowerCase()}`] };
  if (vendor === 'intel' || vendor === 'unknown') {
    const xeon = text.match(/(?<![\d.])(\d{4}[A-Z]{0,2}\+?)(?![\dA-Za-z])/);
    if (xeon?.[1]) {
      const model = xeon[1].toUpperCase();
      return { model, ids: [`xeon-${model.toLowerCase().replace('+', 'plus')}`] };
    }
  }
  return null;
}

/** The launch era a model number implies (Xeon Scalable generation digit, EPYC generation digit). */
function eraFromModel(model: string, vendor: CpuVendor): Era | null {
  const digits = model.match(/\d{4}/)?.[0];
  if (!digits) return null;
  if (vendor === 'intel') {
    const gen = Number(digits[1]);
    const year = ({ 1: 2017, 2: 2019, 3: 2021, 4: 2023, 5: 2024 } as Record<number, number>)[gen];
    return year ? { year, basis: `Xeon Scalable generation ${gen} (model ${model})` } : null;
  }
  if (vendor === 'amd') {
    const gen = Number(digits[3]);
    const year = ({ 1: 2017, 2: 2019, 3: 2021, 4: 2022, 5: 2024 } as Record<number, number>)[gen];
    return year ? { year, basis: `EPYC generation ${gen} (model ${model})` } : null;
  }
  return null;
}

function platformMatches(cpuId: string, vendor: CpuVendor): boolean {
  if (vendor === 'unknown') return true;
  return mustCpu(cpuId).vendor.toLowerCase() === vendor;
}

function pickByYear(table: readonly [number, string][], year: number): string {
  let chosen = table[0]?.[1] ?? '';
  for (const [from, id] of table) if (year >= from) chosen = id;
  return chosen;
}

function mustCpu(id: string): Cpu {
  const cpu = findById('cpus', id);
  if (!cpu) throw new Error(`catalog CPU ${id} is missing (default table in cpuName.ts)`);
  return cpu;
}

/** Among same-vendor CPUs of about the same era, the one whose core count is closest to `cores`. */
function closestByCores(vendor: CpuVendor, year: number, cores: number, fallback: Cpu): Cpu {
  const vendorName = vendor === 'intel' ? 'Intel' : vendor === 'amd' ? 'AMD' : 'NVIDIA';
  const pool = loadComponentCatalog().cpus.filter((c) => c.vendor === vendorName && Math.abs(c.launchYear - year) <= 1);
  let best = fallback;
  for (const c of pool) if (Math.abs(c.cores - cores) < Math.abs(best.cores - cores)) best = c;
  return best;
}

/**
 * Resolves a CPU as printed in a system description to a catalog CPU, parsing the socket count when printed.
 * A named model in the catalog resolves exactly (`assumed: false`). Text that names no catalog model
 * ("2 x Intel Xeon", "2 x CPUName", an unknown SKU) resolves to a documented default with `assumed: true`:
 * the host CPU of the reference platform for the vendor and era, where the era comes from the model number,
 * `hint.year`, or the launch year and family of `hint.gpuId`; a printed core count picks the closest SKU of that era.
 */
export function resolveCpuName(text: string | null | undefined, hint: CpuNameHint = {}): CpuNameResolution {
  const raw = text ?? '';
  const sockets = parseSockets(raw);
  const cleaned = clean(raw);
  const vendor = detectVendor(raw);
  const printedCores = raw.match(/\b(\d+)-Cores?\b/i)?.[1];
  const printedCoresPerSocket = printedCores ? Number(printedCores) : null;
  const candidates = modelCandidates(cleaned, vendor);
  const base = { sockets, vendor, printedCoresPerSocket, model: candidates?.model ?? null };

  if (candidates) {
    for (const id of candidates.ids) {
      const cpu = findById('cpus', id) ?? resolveCpu(id);
      if (cpu) {
        const coreNote =
          printedCoresPerSocket !== null && printedCoresPerSocket !== cpu.cores
            ? ` The text prints ${printedCoresPerSocket} cores per socket; the catalog model has ${cpu.cores}.`
            : '';
        return { ...base, cpu, assumed: false, reason: `Model ${candidates.model} matched catalog CPU ${cpu.id}.${coreNote}` };
      }
    }
  }
  const byAlias = cleaned ? resolveCpu(cleaned) : undefined;
  if (byAlias) return { ...base, cpu: byAlias, assumed: false, reason: `Name matched catalog CPU ${byAlias.id}.` };

  const gpu = hint.gpuId ? resolveGpu(hint.gpuId) : undefined;
  const modelEra = candidates ? eraFromModel(candidates.model, vendor) : null;
  const era: Era | null =
    modelEra ??
    (hint.year !== undefined ? { year: hint.year, basis: `year ${hint.year}` } : null) ??
    (gpu ? { year: gpu.launchYear, basis: `${gpu.name} launch year ${gpu.launchYear}` } : null);
  const year = era?.year ?? DEFAULT_YEAR;
  const eraText = era ? era.basis : `no era given (assumed ${DEFAULT_YEAR})`;
  const unnamed = candidates ? `Model ${candidates.model} is not in the catalog` : 'The text names no CPU model';

  let cpu: Cpu;
  let why: string;
  if (vendor === 'nvidia') {
    cpu = mustCpu('nvidia-grace');
    why = 'NVIDIA Arm host: assumed one Grace CPU';
  } else if (gpu && !modelEra && platformMatches(PLATFORM_BY_ARCHITECTURE[gpu.architecture], vendor)) {
    cpu = mustCpu(PLATFORM_BY_ARCHITECTURE[gpu.architecture]);
    why = `${vendor === 'unknown' ? 'no vendor given; ' : ''}assumed the host CPU of ${PLATFORM_NAME[gpu.architecture]} (${gpu.name} systems)`;
  } else if (vendor === 'amd') {
    cpu = mustCpu(pickByYear(AMD_BY_YEAR, year));
    why = `assumed the reference AMD EPYC platform CPU for ${eraText}`;
  } else {
    cpu = mustCpu(pickByYear(INTEL_BY_YEAR, year));
    why = `${vendor === 'unknown' ? 'no vendor given, Intel assumed; ' : ''}assumed the reference Intel Xeon platform CPU (NVIDIA DGX host) for ${eraText}`;
  }
  if (printedCoresPerSocket !== null && vendor !== 'nvidia') {
    const closer = closestByCores(vendor === 'unknown' ? 'intel' : vendor, year, printedCoresPerSocket, cpu);
    if (closer.id !== cpu.id) {
      why += `; ${closer.id} chosen instead of ${cpu.id} as the closest to the printed ${printedCoresPerSocket} cores`;
      cpu = closer;
    }
  }
  return { ...base, cpu, assumed: true, reason: `${unnamed}; ${why}: ${cpu.name}.` };
}
