/**
 * The shipped hardware catalog (assets/catalog/*.json): loading, validation and look-up by id or alias.
 * Pure: the JSON files are imported statically, validated once with zod and cached.
 */
import { z } from 'zod';
import cloudFile from '../../assets/catalog/cloud.json';
import cpusFile from '../../assets/catalog/cpus.json';
import drivesFile from '../../assets/catalog/drives.json';
import facilitiesFile from '../../assets/catalog/facilities.json';
import gpusFile from '../../assets/catalog/gpus.json';
import interconnectsFile from '../../assets/catalog/interconnects.json';
import nicsFile from '../../assets/catalog/nics.json';
import pcieSwitchesFile from '../../assets/catalog/pcie-switches.json';
import sharedStorageFile from '../../assets/catalog/shared-storage.json';
import { CatalogSchema } from '../model/catalog';
import type { Catalog, CloudInstance, Cpu, Drive, Gpu, Interconnect, Nic, PcieSwitch, SharedStorage } from '../model/catalog';

/** Format tag every file in assets/catalog carries. */
export const CATALOG_FORMAT = 'trainwright/catalog';

/** Version of the catalog file format. */
export const CATALOG_VERSION = 1;

/** A section of the component catalog, e.g. 'gpus' or 'cloud'. */
export type CatalogSection = keyof Catalog;

/** One entry of a catalog section. */
export type CatalogEntry<S extends CatalogSection> = Catalog[S][number];

/** Every section, in display order. */
export const CATALOG_SECTIONS: readonly CatalogSection[] = [
  'gpus',
  'cpus',
  'drives',
  'nics',
  'pcieSwitches',
  'sharedStorage',
  'interconnects',
  'cloud',
  'facilities',
];

const FileHeaderSchema = z.object({ format: z.literal(CATALOG_FORMAT), version: z.literal(CATALOG_VERSION) });

/** Raw file contents keyed by section; each file also names its section inside. */
const FILES: Record<CatalogSection, { file: string; data: unknown }> = {
  gpus: { file: 'gpus.json', data: gpusFile },
  cpus: { file: 'cpus.json', data: cpusFile },
  drives: { file: 'drives.json', data: drivesFile },
  nics: { file: 'nics.json', data: nicsFile },
  pcieSwitches: { file: 'pcie-switches.json', data: pcieSwitchesFile },
  sharedStorage: { file: 'shared-storage.json', data: sharedStorageFile },
  interconnects: { file: 'interconnects.json', data: interconnectsFile },
  cloud: { file: 'cloud.json', data: cloudFile },
  facilities: { file: 'facilities.json', data: facilitiesFile },
};

/**
 * The lookup key of an id or alias: lower case, with spaces, underscores and dashes removed,
 * so "NVIDIA A100-SXM4-80GB" and "nvidia a100 sxm4 80gb" match.
 */
export function catalogLookupKey(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_-]+/g, '');
}

// Second-chance key: published names carry power notes, trademarks and vendor words ("NVIDIA A100-SXM4-80GB (400W)").
const VENDOR_WORDS = /\b(nvidia|tesla|amd|instinct|intel|geforce|radeon|mellanox)\b/g;

function looseLookupKey(text: string): string {
  return catalogLookupKey(text.toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/[®™]/g, '').replace(VENDOR_WORDS, ' '));
}

interface SectionIndex {
  byId: Map<string, { id: string }>;
  byKey: Map<string, { id: string }>;
  // null marks a loose key shared by two entries: ambiguous, never resolved.
  byLooseKey: Map<string, { id: string } | null>;
}

let cachedCatalog: Catalog | undefined;
let cachedIndex: Map<CatalogSection, SectionIndex> | undefined;

/**
 * The component catalog shipped in assets/catalog, validated against CatalogSchema on first use and cached.
 * Throws with the offending file and path when a file does not match the schema.
 */
export function loadComponentCatalog(): Catalog {
  if (cachedCatalog) return cachedCatalog;
  const raw: Record<string, unknown> = {};
  for (const section of CATALOG_SECTIONS) {
    const { file, data } = FILES[section];
    const header = FileHeaderSchema.safeParse(data);
    if (!header.success) throw new Error(`assets/catalog/${file}: expected format "${CATALOG_FORMAT}" version ${CATALOG_VERSION}`);
    raw[section] = (data as Record<string, unknown>)[section];
  }
  const parsed = CatalogSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    const section = String(issue?.path[0] ?? '');
    const file = section in FILES ? FILES[section as CatalogSection].file : 'catalog';
    throw new Error(`assets/catalog/${file}: invalid entry at ${where}: ${issue?.message ?? 'unknown error'}`);
  }
  cachedCatalog = parsed.data;
  return cachedCatalog;
}

function buildIndex(entries: readonly { id: string; aliases: string[] }[]): SectionIndex {
  const index: SectionIndex = { byId: new Map(), byKey: new Map(), byLooseKey: new Map() };
  for (const entry of entries) {
    index.byId.set(entry.id.toLowerCase(), entry);
    for (const name of [entry.id, ...entry.aliases]) {
      const key = catalogLookupKey(name);
      if (!index.byKey.has(key)) index.byKey.set(key, entry);
      const loose = looseLookupKey(name);
      if (!loose) continue;
      const seen = index.byLooseKey.get(loose);
      if (seen === undefined) index.byLooseKey.set(loose, entry);
      else if (seen !== null && seen.id !== entry.id) index.byLooseKey.set(loose, null);
    }
  }
  return index;
}

function sectionIndex(section: CatalogSection): SectionIndex {
  if (!cachedIndex) {
    const catalog = loadComponentCatalog();
    cachedIndex = new Map(CATALOG_SECTIONS.map((s) => [s, buildIndex(catalog[s])]));
  }
  const index = cachedIndex.get(section);
  if (!index) throw new Error(`unknown catalog section ${section}`);
  return index;
}

/** The entry of `section` whose id is exactly `id` (case-insensitive); aliases are not consulted. */
export function findById<S extends CatalogSection>(section: S, id: string): CatalogEntry<S> | undefined {
  return sectionIndex(section).byId.get(id.trim().toLowerCase()) as CatalogEntry<S> | undefined;
}

/**
 * Resolves an id or alias in one section: exact id first, then id or alias ignoring case, spaces,
 * underscores and dashes, then the same with parenthesised notes, trademarks and vendor words
 * ("NVIDIA", "Tesla", "AMD", "Instinct", ...) removed when that still names a single entry.
 */
export function resolveEntry<S extends CatalogSection>(section: S, idOrAlias: string): CatalogEntry<S> | undefined {
  const index = sectionIndex(section);
  const hit = index.byId.get(idOrAlias.trim().toLowerCase()) ?? index.byKey.get(catalogLookupKey(idOrAlias)) ?? index.byLooseKey.get(looseLookupKey(idOrAlias));
  return (hit ?? undefined) as CatalogEntry<S> | undefined;
}

/** A GPU by catalog id or alias, e.g. 'h100-sxm5-80gb', 'h100-sxm5' or 'NVIDIA H100-SXM5-80GB'. */
export function resolveGpu(idOrAlias: string): Gpu | undefined {
  return resolveEntry('gpus', idOrAlias);
}

/** A CPU by catalog id or alias. For free text such as MLPerf's "2 x Intel(R) Xeon(R) ..." use resolveCpuName. */
export function resolveCpu(idOrAlias: string): Cpu | undefined {
  return resolveEntry('cpus', idOrAlias);
}

/** A local drive by catalog id or alias. */
export function resolveDrive(idOrAlias: string): Drive | undefined {
  return resolveEntry('drives', idOrAlias);
}

/** A network adapter by catalog id or alias, e.g. 'connectx-7-ndr-400g' or 'ConnectX-7'. */
export function resolveNic(idOrAlias: string): Nic | undefined {
  return resolveEntry('nics', idOrAlias);
}

/** A PCIe switch chip by catalog id or alias. */
export function resolvePcieSwitch(idOrAlias: string): PcieSwitch | undefined {
  return resolveEntry('pcieSwitches', idOrAlias);
}

/** A shared storage system by catalog id or alias. */
export function resolveSharedStorage(idOrAlias: string): SharedStorage | undefined {
  return resolveEntry('sharedStorage', idOrAlias);
}

/** A cloud instance by catalog id or alias, e.g. 'aws-p5.48xlarge' or 'p5.48xlarge'. */
export function resolveCloudInstance(idOrAlias: string): CloudInstance | undefined {
  return resolveEntry('cloud', idOrAlias);
}

/** A link technology by catalog id or alias, e.g. 'nvlink4', 'ib-ndr', 'pcie5-lane'. */
export function resolveInterconnect(idOrAlias: string): Interconnect | undefined {
  return resolveEntry('interconnects', idOrAlias);
}

/**
 * Usable PCIe bandwidth of one lane in one direction, GB/s, for PCIe generation `gen`
 * (gen3 0.985, gen4 1.969, gen5 3.938, gen6 7.563), read from the `pcie<gen>-lane` interconnect entries.
 * Throws a RangeError for a generation the catalog has no entry for.
 */
export function pcieLaneGBps(gen: number): number {
  const entry = findById('interconnects', `pcie${gen}-lane`);
  if (!entry) throw new RangeError(`no PCIe generation ${gen} in the catalog (interconnect pcie${gen}-lane)`);
  return entry.perDirectionGBps;
}
