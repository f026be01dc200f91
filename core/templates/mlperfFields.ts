/**
 * Parsers for the free-text fields of MLPerf Training `systems/*.json` descriptions, which submitters
 * write by hand: "1.024 TB", "3.0 TiB", "32x 32GB DDR5", "2x 1.92TB NVMe SSD + 30TB U.2 NVMe SSD",
 * "Storage: 2x ConnectX-6 IB HDR 200Gb/sec, Compute: 8x ConnectX-6 IB HDR 200Gb/Sec". Each parser
 * returns null (or an empty list) when the text says nothing usable; callers record the assumption.
 */

/** A whole number printed as a string or a number ("8", 8, " 2 "); null when there is none. */
export function parseCount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : null;
  if (typeof value !== 'string') return null;
  const m = value.trim().match(/^(\d{1,6})\b/);
  return m ? Number(m[1]) : null;
}

const GB_PER: Record<string, number> = { tib: 1024, tb: 1000, t: 1000, gib: 1, gb: 1, g: 1, mib: 1 / 1024, mb: 1 / 1000 };

/** A memory size with a unit ("2.0 TB", "1.5TiB", "80 GB", "46068 MiB") in GB (GiB and TiB counted as binary); null when none. */
export function parseSizeGB(text: string): number | null {
  const m = text.match(/(\d+(?:\.\d+)?)\s*(TiB|GiB|MiB|TB|GB|MB|T|G)\b/i);
  if (!m) return null;
  return Number(m[1]) * GB_PER[m[2]!.toLowerCase()]!;
}

/** Host memory of one node, GB, and how it was read. */
export interface MemoryReading {
  gb: number;
  /** How the figure was read, e.g. '32 x 32 GB from host_memory_configuration'. */
  basis: string;
}

/**
 * Host memory from `host_memory_capacity` and `host_memory_configuration`. A DIMM list ("32x 32GB",
 * "24 x 128GB DDR5") is exact and wins; a decimal capacity in TB is read as the DIMM total it rounds
 * ("2 TB" = 2048 GB, "1.024 TB" = 1024 GB) when that total is a whole number of 64 GB.
 */
export function parseHostMemory(capacity: string, configuration: string): MemoryReading | null {
  const dimms = configuration.match(/(\d+)\s*[x×]\s*(\d+(?:\.\d+)?)\s*(GB|GiB|G)\b/i);
  if (dimms) {
    const n = Number(dimms[1]);
    const size = Number(dimms[2]);
    if (n > 0 && size > 0) return { gb: n * size, basis: `${n} x ${size} GB DIMMs from host_memory_configuration` };
  }
  const m = capacity.match(/(\d+(?:\.\d+)?)\s*(TiB|TB|T|GiB|GB|G)\b/i);
  if (!m) return null;
  const value = Number(m[1]);
  const unit = m[2]!.toLowerCase();
  if (unit === 'tb' || unit === 't') {
    const binary = value * 1024;
    if (Math.abs(binary / 64 - Math.round(binary / 64)) < 1e-6) return { gb: binary, basis: `"${capacity.trim()}" read as ${binary} GB of DIMMs` };
    return { gb: Math.round(value * 1000), basis: `"${capacity.trim()}" read as ${Math.round(value * 1000)} GB` };
  }
  const gb = value * GB_PER[unit]!;
  return gb > 0 ? { gb, basis: `"${capacity.trim()}" read as ${gb} GB` } : null;
}

/** Role of a storage group in the description. */
export type StorageRole = 'data' | 'boot' | 'shared';

/** One group of drives ("2x 1.92TB NVMe SSD") or one undivided capacity ("30TB U.2 NVMe SSD"). */
export interface StorageGroup {
  /** Drives in the group; null when only a total is printed. */
  count: number | null;
  /** Capacity of one drive (or of the whole group when `count` is null), TB. */
  sizeTB: number;
  kind: 'nvme-ssd' | 'sata-ssd' | 'hdd';
  role: StorageRole;
  /** Whether the kind was printed in the group or the storage type, or guessed. */
  kindPrinted: boolean;
  text: string;
}

function storageKind(text: string): 'nvme-ssd' | 'sata-ssd' | 'hdd' | null {
  if (/nvme|u\.2|e1\.s|e3\.s|m\.2/i.test(text)) return 'nvme-ssd';
  if (/\bhdd\b|hard dis[ck]/i.test(text)) return 'hdd';
  if (/sata|\bssd\b/i.test(text)) return 'sata-ssd';
  return null;
}

// Drive capacities are decimal (a 3.84 TB drive); binary units are converted.
const TB_PER: Record<string, number> = { tb: 1, t: 1, tib: 1.0995, gb: 0.001, g: 0.001, gib: 0.0010737 };

/** Storage groups from `host_storage_capacity`, with the kind taken from the group or from `host_storage_type`. */
export function parseStorage(capacity: string, storageType: string): StorageGroup[] {
  const groups: StorageGroup[] = [];
  for (const part of capacity.split(/\s*(?:\+|,|;|\band\b)\s*/i)) {
    const m = part.match(/^(?:(\d+)\s*[x×]\s*)?(\d+(?:\.\d+)?)\s*(TiB|TB|T|GiB|GB|G)\b(.*)$/i);
    if (!m) continue;
    const sizeTB = Number(m[2]) * TB_PER[m[3]!.toLowerCase()]!;
    if (!(sizeTB > 0)) continue;
    const rest = m[4] ?? '';
    const role: StorageRole = /shared|clusterstor|lustre|file\s*system|nfs|network|gpfs|weka|vast|ddn/i.test(rest) ? 'shared' : /boot|\bos\b/i.test(rest) ? 'boot' : 'data';
    const typeKind = storageKind(storageType.replace(/network ssd/i, ''));
    // A bare "SSD" in the group says nothing about the interface; the storage type may ("NVMe SSD").
    const ownKind = /sata/i.test(rest) || storageKind(rest) !== 'sata-ssd' ? storageKind(rest) : typeKind ?? 'sata-ssd';
    groups.push({
      count: m[1] ? Number(m[1]) : null,
      sizeTB,
      kind: ownKind ?? typeKind ?? 'nvme-ssd',
      role,
      kindPrinted: ownKind !== null || typeKind !== null,
      text: part.trim(),
    });
  }
  return groups;
}

/** Network protocol of a NIC group. */
export type NicProtocol = 'infiniband' | 'ethernet';

/** One group of network adapters ("8x ConnectX-7 IB NDR 400Gb/s"). */
export interface NicGroup {
  count: number | null;
  /** Port speed, Gb/s; null when not printed and not implied by the IB generation. */
  speedGbps: number | null;
  protocol: NicProtocol | null;
  /** Adapter family as printed ("ConnectX-7", "BlueField-3", "X550T"), or null. */
  family: string | null;
  /** "compute", "storage", "management" when labelled; management ports (<= 25 Gb/s) are not modelled. */
  role: 'compute' | 'storage' | 'management' | 'unlabelled';
  text: string;
}

const IB_SPEED: Array<[RegExp, number]> = [[/\bxdr\b/i, 800], [/\bndr\b/i, 400], [/\bhdr100\b/i, 100], [/\bhdr\b/i, 200], [/\bedr\b/i, 100], [/\bfdr\b/i, 56]];

/** NIC groups from the networking fields (card list first, then the free text and topology fields). */
export function parseNetworking(texts: string[]): NicGroup[] {
  const groups: NicGroup[] = [];
  for (const text of texts) {
    if (!text.trim()) continue;
    // "Storage: 2x ..., Compute: 8x ..." — a label applies to the group that follows it.
    for (const raw of text.split(/\s*(?:,|;|\+)\s*(?=(?:[A-Za-z-]+\s*:\s*)?\d+\s*[x×]|[A-Za-z-]+\s*:|\d+\s*Gb)/i)) {
      const labelMatch = raw.match(/^\s*(storage|compute|management|mgmt|in-band|data)\s*:\s*/i);
      const label = labelMatch?.[1]?.toLowerCase();
      const part = labelMatch ? raw.slice(labelMatch[0].length) : raw;
      const count = part.match(/^\s*(\d+)\s*[x×]/i)?.[1];
      const printedSpeed = part.match(/(\d+(?:\.\d+)?)\s*(G|Gb|Gbe|Gbps|GbE|Gb\/s|Gb\/sec)\b/i)?.[1];
      let speed = printedSpeed ? Number(printedSpeed) : null;
      for (const [re, s] of IB_SPEED) if (speed === null && re.test(part)) speed = s;
      const ib = /\bib\b|infiniband|\b[xnhefq]dr\b/i.test(part);
      const eth = /ethernet|gbe\b|\broce\b/i.test(part);
      const family = part.match(/connectx-?\d+|bluefield-?\d|x\d{3}t?\b|bcm\d+|mt\d{4}/i)?.[0] ?? null;
      if (count === undefined && speed === null && family === null) continue;
      const role = label === 'storage' ? 'storage' : label === 'compute' || label === 'data' ? 'compute' : label === 'management' || label === 'mgmt' || label === 'in-band' ? 'management' : 'unlabelled';
      groups.push({ count: count ? Number(count) : null, speedGbps: speed, protocol: ib ? 'infiniband' : eth ? 'ethernet' : null, family, role, text: part.trim() });
    }
    // The card list is the most exact field; the free text repeats it.
    if (groups.length) break;
  }
  return groups;
}

/** How GPUs are joined, as read from `accelerator_interconnect`. */
export interface InterconnectReading {
  kind: 'nvswitch' | 'mesh' | 'pcie' | null;
  text: string;
}

/** GPU interconnect named in the text: NVSwitch, an NVLink/xGMI mesh, PCIe, or nothing usable. */
export function parseAcceleratorInterconnect(text: string): InterconnectReading {
  if (/nvswitch/i.test(text)) return { kind: 'nvswitch', text };
  if (/nvlink|xgmi|infinity\s*fabric/i.test(text)) return { kind: 'mesh', text };
  if (/pcie/i.test(text)) return { kind: 'pcie', text };
  return { kind: null, text };
}

/** PCIe generation printed in `accelerator_host_interconnect` ("PCIe 4.0x16", "PCIe Gen5 x16"); null when none. */
export function parsePcieGen(text: string): number | null {
  const m = text.match(/pcie\s*(?:gen\s*)?(\d)(?:\.0)?/i);
  return m ? Number(m[1]) : null;
}
