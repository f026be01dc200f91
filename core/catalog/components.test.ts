import { describe, expect, it } from 'vitest';
import {
  CATALOG_SECTIONS,
  catalogLookupKey,
  findById,
  loadComponentCatalog,
  pcieLaneGBps,
  resolveCloudInstance,
  resolveCpu,
  resolveDrive,
  resolveEntry,
  resolveGpu,
  resolveNic,
  resolvePcieSwitch,
  resolveSharedStorage,
} from './components';
import cloudFile from '../../assets/catalog/cloud.json';
import cpusFile from '../../assets/catalog/cpus.json';
import drivesFile from '../../assets/catalog/drives.json';
import facilitiesFile from '../../assets/catalog/facilities.json';
import gpusFile from '../../assets/catalog/gpus.json';
import interconnectsFile from '../../assets/catalog/interconnects.json';
import nicsFile from '../../assets/catalog/nics.json';
import pcieSwitchesFile from '../../assets/catalog/pcie-switches.json';
import sharedStorageFile from '../../assets/catalog/shared-storage.json';
import {
  CloudInstanceSchema,
  CpuSchema,
  DriveSchema,
  FacilityFigureSchema,
  GpuSchema,
  InterconnectSchema,
  NicSchema,
  PcieSwitchSchema,
  SharedStorageSchema,
} from '../model/catalog';

/** The canonical GPU ids of the calibration cases (reference README). */
const CANONICAL_GPU_IDS = [
  'v100-sxm2-16gb',
  'v100-sxm2-32gb',
  'v100-sxm3-32gb',
  'v100-pcie-32gb',
  'a100-sxm4-40gb',
  'a100-sxm4-80gb',
  'a100-pcie-40gb',
  'a100-pcie-80gb',
  'a30',
  'a40',
  'l4',
  'l40s',
  'rtx-a5000',
  'h100-sxm5-80gb',
  'h100-pcie-80gb',
  'h200-sxm-141gb',
  'gh200-96gb',
  'b200-sxm-180gb',
  'gb200',
  'b300-sxm-270gb',
  'mi300x',
  'mi325x',
  'mi355x',
];

/** GPUs as published in calibration cases and MLPerf system files, with the catalog id they must resolve to. */
const PUBLISHED_GPU_NAMES: [string, string][] = [
  ['A100 80GB SXM4', 'a100-sxm4-80gb'],
  ['A100-SXM4-40GB', 'a100-sxm4-40gb'],
  ['A100-SXM4-80GB', 'a100-sxm4-80gb'],
  ['B200 (192GB as labelled)', 'b200-sxm-180gb'],
  ['GH200 96GB', 'gh200-96gb'],
  ['H100 80GB PCIe Gen5', 'h100-pcie-80gb'],
  ['H100 80GB SXM5', 'h100-sxm5-80gb'],
  ['H200 141GB SXM', 'h200-sxm-141gb'],
  ['NVIDIA A100-PCIE-40GB', 'a100-pcie-40gb'],
  ['NVIDIA A100-PCIE-40GB (250W)', 'a100-pcie-40gb'],
  ['NVIDIA A100-PCIE-80GB (300W)', 'a100-pcie-80gb'],
  ['NVIDIA A100-PCIe-80GB', 'a100-pcie-80gb'],
  ['NVIDIA A100-SXM-40GB', 'a100-sxm4-40gb'],
  ['NVIDIA A100-SXM-80GB', 'a100-sxm4-80gb'],
  ['NVIDIA A100-SXM-80GB (500W)', 'a100-sxm4-80gb'],
  ['NVIDIA A100-SXM-80GB CTS', 'a100-sxm4-80gb'],
  ['NVIDIA A100-SXM4-40GB (400W)', 'a100-sxm4-40gb'],
  ['NVIDIA A100-SXM4-80GB', 'a100-sxm4-80gb'],
  ['NVIDIA A100-SXM4-80GB (400W)', 'a100-sxm4-80gb'],
  ['NVIDIA A100-SXM4-80GB (500W)', 'a100-sxm4-80gb'],
  ['NVIDIA A30', 'a30'],
  ['NVIDIA Blackwell GPU (B200-SXM-180GB)', 'b200-sxm-180gb'],
  ['NVIDIA Blackwell GPU (GB200)', 'gb200'],
  ['NVIDIA H100-PCIe-80GB', 'h100-pcie-80gb'],
  ['NVIDIA H100-SXM5-80GB', 'h100-sxm5-80gb'],
  ['NVIDIA H100 80GB HBM3', 'h100-sxm5-80gb'],
  ['NVIDIA H200-SXM5-141GB', 'h200-sxm-141gb'],
  ['NVIDIA L4', 'l4'],
  ['NVIDIA L40S', 'l40s'],
  ['NVIDIA RTX A5000', 'rtx-a5000'],
  ['NVIDIA V100-SXM2-16GB (300W)', 'v100-sxm2-16gb'],
  ['NVIDIA V100-SXM3-32GB (450W)', 'v100-sxm3-32gb'],
  ['Nvidia Tesla V100-SXM2-32GB', 'v100-sxm2-32gb'],
  ['Nvidia Tesla V100S-PCIe-32GB', 'v100s-pcie-32gb'],
  ['Tesla V100-SXM2-16GB', 'v100-sxm2-16gb'],
  ['Tesla V100-SXM3-32GB', 'v100-sxm3-32gb'],
  ['Tesla V100-SXM3-32GB-H', 'v100-sxm3-32gb'],
  ['V100 16GB (Lambda Cloud)', 'v100-sxm2-16gb'],
  ['V100-SXM2-16GB', 'v100-sxm2-16gb'],
  ['V100-SXM2-32GB', 'v100-sxm2-32gb'],
  ['V100-SXM3-32GB', 'v100-sxm3-32gb'],
  ['AMD Instinct MI300X', 'mi300x'],
  ['AMD Instinct MI300X 192GB HBM3', 'mi300x'],
  ['h100-sxm5', 'h100-sxm5-80gb'],
  ['b200-hgx', 'b200-sxm-180gb'],
];

const FILES = {
  gpus: { data: gpusFile, schema: GpuSchema },
  cpus: { data: cpusFile, schema: CpuSchema },
  drives: { data: drivesFile, schema: DriveSchema },
  nics: { data: nicsFile, schema: NicSchema },
  pcieSwitches: { data: pcieSwitchesFile, schema: PcieSwitchSchema },
  sharedStorage: { data: sharedStorageFile, schema: SharedStorageSchema },
  interconnects: { data: interconnectsFile, schema: InterconnectSchema },
  cloud: { data: cloudFile, schema: CloudInstanceSchema },
  facilities: { data: facilitiesFile, schema: FacilityFigureSchema },
} as const;

describe('catalog files', () => {
  it('loads and validates the whole catalog', () => {
    const catalog = loadComponentCatalog();
    for (const section of CATALOG_SECTIONS) expect(catalog[section].length).toBeGreaterThan(0);
    expect(loadComponentCatalog()).toBe(catalog);
  });

  it.each(Object.entries(FILES))('%s.json has the catalog header and every entry validates', (section, { data, schema }) => {
    const file = data as Record<string, unknown>;
    expect(file.format).toBe('trainwright/catalog');
    expect(file.version).toBe(1);
    const entries = file[section];
    expect(Array.isArray(entries)).toBe(true);
    for (const entry of entries as unknown[]) {
      const result = schema.safeParse(entry);
      expect(result.success, `${section}: ${JSON.stringify((entry as { id?: string }).id)} ${result.error?.message ?? ''}`).toBe(true);
    }
  });

  it.each(CATALOG_SECTIONS)('every %s entry has a source, a confidence and estimatedFields that name its own fields', (section) => {
    for (const entry of loadComponentCatalog()[section]) {
      expect(entry.provenance.source.length, entry.id).toBeGreaterThan(0);
      for (const s of entry.provenance.source) expect(s.trim().length, entry.id).toBeGreaterThan(0);
      expect(['spec-sheet', 'review-measured', 'estimate']).toContain(entry.provenance.confidence);
      for (const field of entry.provenance.estimatedFields) expect(Object.keys(entry), `${entry.id}: ${field}`).toContain(field);
    }
  });

  it.each(CATALOG_SECTIONS)('%s has no duplicate ids or aliases (ignoring case, spaces, dashes, underscores)', (section) => {
    const owner = new Map<string, string>();
    for (const entry of loadComponentCatalog()[section]) {
      for (const name of [entry.id, ...entry.aliases]) {
        const key = catalogLookupKey(name);
        const previous = owner.get(key);
        expect(previous === undefined || previous === entry.id, `${section}: "${name}" names both ${previous} and ${entry.id}`).toBe(true);
        owner.set(key, entry.id);
      }
    }
  });

  it.each(CATALOG_SECTIONS)('every %s id and alias resolves back to its own entry', (section) => {
    for (const entry of loadComponentCatalog()[section]) {
      for (const name of [entry.id, ...entry.aliases]) expect(resolveEntry(section, name)?.id, `${section}: ${name}`).toBe(entry.id);
    }
  });

  it('uses positive values where the schema allows 0 only for links a part does not have', () => {
    const { gpus, cpus } = loadComponentCatalog();
    for (const g of gpus) {
      expect(g.launchYear, g.id).toBeGreaterThan(2010);
      expect(g.scaleUpGBps === 0, g.id).toBe(g.scaleUpLink === null);
    }
    for (const c of cpus) expect(c.launchYear, c.id).toBeGreaterThan(2010);
  });
});

describe('resolveGpu', () => {
  it.each(CANONICAL_GPU_IDS)('resolves the canonical id %s as the primary id', (id) => {
    expect(resolveGpu(id)?.id).toBe(id);
  });

  it.each(PUBLISHED_GPU_NAMES)('resolves the published name "%s" to %s', (name, id) => {
    expect(resolveGpu(name)?.id).toBe(id);
  });

  it('is case-insensitive and ignores spaces, dashes and underscores', () => {
    expect(resolveGpu('H100_SXM5_80GB')?.id).toBe('h100-sxm5-80gb');
    expect(resolveGpu('nvidia a100 sxm4 80gb')?.id).toBe('a100-sxm4-80gb');
    expect(resolveGpu('  MI300X ')?.id).toBe('mi300x');
  });

  it('leaves generic names that do not identify one part unresolved', () => {
    expect(resolveGpu('NVIDIA A100')).toBeUndefined();
    expect(resolveGpu('Nvidia Tesla V100')).toBeUndefined();
    expect(resolveGpu('not a gpu')).toBeUndefined();
  });

  it('stores scale-up bandwidth in one direction (half of the vendor bidirectional figure)', () => {
    expect(resolveGpu('h100-sxm5-80gb')?.scaleUpGBps).toBe(450);
    expect(resolveGpu('a100-sxm4-80gb')?.scaleUpGBps).toBe(300);
    expect(resolveGpu('v100-sxm2-16gb')?.scaleUpGBps).toBe(150);
    expect(resolveGpu('b200-sxm-180gb')?.scaleUpGBps).toBe(900);
    expect(resolveGpu('l40s')?.scaleUpGBps).toBe(0);
  });
});

describe('other resolvers', () => {
  it('resolve by id and by alias', () => {
    expect(resolveCpu('Xeon Platinum 8480+')?.id).toBe('xeon-8480plus');
    expect(resolveCpu('AMD EPYC 7742')?.id).toBe('epyc-7742');
    expect(resolveDrive('PM1743')?.id).toBe('samsung-pm1743-15.36');
    expect(resolveNic('ConnectX-7')?.id).toBe('connectx-7-ndr-400g');
    expect(resolveNic('connectx-6-hdr-200g')?.portSpeedGbps).toBe(200);
    expect(resolvePcieSwitch('PEX88096')?.lanes).toBe(96);
    expect(resolveSharedStorage('ddn-ai400x2-turbo')?.readGBps).toBe(80);
    expect(resolveCloudInstance('p5.48xlarge')?.gpuId).toBe('h100-sxm5-80gb');
  });

  it('findById matches ids only, ignoring case', () => {
    expect(findById('gpus', 'H100-SXM5-80GB')?.id).toBe('h100-sxm5-80gb');
    expect(findById('gpus', 'h100-sxm5')).toBeUndefined();
  });

  it('every cloud instance names a catalog GPU', () => {
    for (const c of loadComponentCatalog().cloud) expect(resolveGpu(c.gpuId)?.id, c.id).toBe(c.gpuId);
  });

  it('a single NIC port fits through its PCIe host link', () => {
    for (const n of loadComponentCatalog().nics) {
      const hostGBps = pcieLaneGBps(n.pcieGen) * n.pcieLanes;
      expect(hostGBps, n.id).toBeGreaterThanOrEqual((n.portSpeedGbps / 8) * 0.99);
    }
  });
});

describe('pcieLaneGBps', () => {
  it('returns one-direction GB/s per lane for each generation', () => {
    expect(pcieLaneGBps(1)).toBe(0.25);
    expect(pcieLaneGBps(2)).toBe(0.5);
    expect(pcieLaneGBps(3)).toBe(0.985);
    expect(pcieLaneGBps(4)).toBe(1.969);
    expect(pcieLaneGBps(5)).toBe(3.938);
    expect(pcieLaneGBps(6)).toBe(7.563);
  });

  it('agrees with the x16 entries', () => {
    expect(pcieLaneGBps(4) * 16).toBeCloseTo(31.5, 1);
    expect(pcieLaneGBps(5) * 16).toBeCloseTo(63, 0);
  });

  it('throws for a generation the catalog does not know', () => {
    expect(() => pcieLaneGBps(9)).toThrow(RangeError);
  });
});
