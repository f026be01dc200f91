/**
 * Reads the hardware description of an MLPerf Storage result (its `storage` and `clients` text fields only)
 * into a storage system and client hosts, with general text rules: counts of drives and their kind, ports and
 * their speed, node counts, protocol keywords, CPU models. Never reads measured throughput or AU, and nothing is
 * keyed to a submitter or a result id.
 */
import { resolveCpuName } from '../catalog/cpuName';
import type { Cpu, SharedStorage } from '../model/catalog';
import { loadComponentCatalog } from '../catalog/components';
import { CPU_GENERATION } from './params';
import { defaultClientStack, type ClientStack, type CpuGeneration, type StorageClientInput } from './client';
import type { DriveClass, FileSystemKind, StorageSystemInput, Transport } from './system';

/** The description fields the mapper reads. */
export interface StorageDescription {
  product?: string;
  storageNodes?: string;
  drives?: string;
  network?: string;
  protocol?: string;
  /** The vendor's rated aggregate read bandwidth, GB/s, where the description states one. */
  vendorRatedReadGBps?: number;
}
export interface ClientDescription {
  hosts?: number;
  cpu?: string;
  cpuModelFromSummary?: string;
  memoryAsPublished?: string;
  nic?: string;
}

export type Parsed<T> = { ok: true; value: T; notes: string[] } | { ok: false; missing: string };

const num = (s: string) => Number(s.replace(/,/g, ''));

/** Line rate of a port named by a token (NDR400, HDR200, 100 GbE, 200 Gb/s, Slingshot 200), Gb/s. */
export function portSpeedGbps(token: string): number | undefined {
  const t = token.toUpperCase();
  const ib = /\b(NDR|HDR|EDR|XDR)(\d{3})?\b/.exec(t);
  if (ib) return ib[2] ? num(ib[2]) : ({ XDR: 800, NDR: 400, HDR: 200, EDR: 100 } as Record<string, number>)[ib[1]!];
  const ss = /SLINGSHOT\s*-?\s*(\d{2,3})\b/.exec(t);
  if (ss && num(ss[1]!) >= 100) return num(ss[1]!);
  if (/SLINGSHOT/.test(t)) return 200;
  const eth = /(\d{2,3})\s*G(?:B\/S|BE|BPS|B\s*\/\s*S|\b)/.exec(t);
  return eth ? num(eth[1]!) : undefined;
}

const SPEED = String.raw`(?:[NHEX]DR\d{0,3}|SLINGSHOT\s*-?\s*\d{0,3}|\d{2,3}\s*G(?:B\/S|BE|BPS))`;

/** Port count and speed in a network phrase: "8x dual-port NDR200", "2x 100 GbE", "4x NDR400 per storage node". */
export function portsIn(text: string): { count?: number; gbps?: number; perNode: boolean } {
  const t = text.toUpperCase().replace(/CONNECTX-\d\s*/g, '');
  const dual = new RegExp(String.raw`(\d+)\s*X\s*DUAL-PORT\s*(${SPEED})`).exec(t);
  if (dual) return { count: 2 * num(dual[1]!), gbps: portSpeedGbps(dual[2]!), perNode: /PER (?:STORAGE )?NODE|EACH/.test(t) };
  const counted = new RegExp(String.raw`(\d+)\s*X\s*(${SPEED})`).exec(t);
  if (counted) {
    const after = t.slice(counted.index + counted[0].length, counted.index + counted[0].length + 40);
    return { count: num(counted[1]!), gbps: portSpeedGbps(counted[2]!), perNode: /^\s*(?:LINKS?\s*)?(?:PER|EACH)/.test(after) };
  }
  const perPorts = /(\d+)\s*PORTS? PER NODE/.exec(t);
  const speed = new RegExp(SPEED).exec(t);
  if (perPorts) return { count: num(perPorts[1]!), gbps: speed ? portSpeedGbps(speed[0]) : undefined, perNode: true };
  return { gbps: speed ? portSpeedGbps(speed[0]) : undefined, perNode: /PER (?:\w+ )?NODE|EACH/.test(t) };
}

/** The catalog CPU a text names (e.g. "Xeon Gold 6430"), when it names one (`core/catalog/cpuName.ts`). */
export function cpuFromText(text: string): Cpu | undefined {
  const r = resolveCpuName(text);
  return r.assumed ? undefined : r.cpu;
}

const key = (t: string) => t.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The catalog shared-storage unit whose id the product text spells out (e.g. "DDN AI400X2 Turbo" -> ddn-ai400x2-turbo). */
export function catalogUnitNamed(product: string): SharedStorage | undefined {
  const text = key(product);
  return text ? loadComponentCatalog().sharedStorage.find((u) => text.includes(key(u.id))) : undefined;
}

/** CPU generation from a model name (Xeon Scalable digit, EPYC series digit, Arm families). */
export function cpuGeneration(text: string): CpuGeneration {
  const t = text.toUpperCase();
  if (/GRAVITON|KUNPENG|GRACE|NEOVERSE|AMPERE/.test(t)) return 'arm-neoverse';
  if (/E5-\d{4}\s*V4/.test(t)) return 'broadwell';
  const epyc = /EPYC\s*(?:\(?TM\)?\s*)?([79])(\d)(\d)(\d)/.exec(t);
  if (epyc) {
    const gen = num(epyc[4]!);
    if (epyc[1] === '9') return gen >= 5 ? 'zen5' : 'zen4';
    return gen === 3 ? 'zen3' : gen === 2 ? 'zen2' : 'zen2';
  }
  const xeon = /(?:GOLD|PLATINUM|SILVER|XEON(?:\(R\))?)\s*(?:\(R\)\s*)?(?:PLATINUM\s*|GOLD\s*)?([3-9])([1-9])(\d{2})/.exec(t);
  if (xeon) {
    const g = num(xeon[2]!);
    return g === 1 ? 'skylake' : g === 2 ? 'cascade-lake' : g === 3 ? 'ice-lake' : g <= 5 ? 'sapphire-rapids' : 'granite-rapids';
  }
  const montage = /JINTIDE.*C6(\d)/.exec(t);
  if (montage) return num(montage[1]!) >= 3 ? 'ice-lake' : 'cascade-lake';
  return 'skylake';
}

/** Physical cores of a client host from its CPU text: "2x ... (32C each)", "(20C/40T)", "64-Core", a catalog model. */
export function hostCores(cpuText: string, summary: string): Parsed<{ cores: number; cpu?: Cpu }> {
  const text = `${cpuText} ${summary}`;
  // Sockets: the count printed before the CPU vendor or family ("2x Intel Xeon ...", "1x DGX H100: 2x Xeon ...").
  const socketMatch = /(\d+)\s*x\s*(?:Intel|AMD|Xeon|EPYC|Kunpeng|Ampere|Grace)/i.exec(cpuText);
  const sockets = socketMatch ? num(socketMatch[1]!) : 1;
  const cpu = cpuFromText(text);
  const each = /(\d+)C\s*each/i.exec(text);
  if (each) return { ok: true, value: { cores: sockets * num(each[1]!), cpu }, notes: [] };
  const c = /\((\d+)C(?:\/\d+T)?\)/i.exec(text) ?? /\b(\d+)C\/\d+T\b/i.exec(text) ?? /\b(\d+)C\b/.exec(text) ?? /(\d+)-Core/i.exec(text) ?? /\((\d+)\s*cores?\)/i.exec(text);
  if (c) return { ok: true, value: { cores: sockets * num(c[1]!), cpu }, notes: [] };
  const threads = /(\d+)\s*threads/i.exec(text);
  if (threads) return { ok: true, value: { cores: num(threads[1]!) / 2, cpu }, notes: ['client cores = published threads / 2'] };
  if (cpu && socketMatch) return { ok: true, value: { cores: sockets * cpu.cores, cpu }, notes: [`client cores from the catalog (${cpu.name})`] };
  return { ok: false, missing: 'clients.cpu: no core count and no socket count with a known CPU model' };
}

/** Storage protocol, file system and client stack from the protocol and product text. */
export function protocolOf(s: StorageDescription, nicText: string): { fileSystem: FileSystemKind; stack: ClientStack; transport: Transport; dpu: boolean } {
  const proto = `${s.protocol ?? ''} ${s.product ?? ''}`;
  const all = `${proto} ${s.network ?? ''} ${nicText}`;
  let fileSystem: FileSystemKind;
  let stack: ClientStack | undefined;
  if (/local (?:file ?system|drive)|direct-attached/i.test(`${proto} ${s.storageNodes ?? ''}`)) fileSystem = 'local';
  else if (/NVMe\/TCP|NVMe-oF|NVMe over (?:TCP|Fabrics)/i.test(proto)) fileSystem = 'nvmeof';
  else if (/\bNFS|pNFS/i.test(proto)) fileSystem = 'nfs';
  else if (/Lustre|EXAScaler|ClusterStor/i.test(proto)) fileSystem = 'lustre';
  else if (/GPFS|Spectrum Scale|Storage Scale/i.test(proto)) fileSystem = 'gpfs';
  else if (/\bS3\b/i.test(s.protocol ?? '') && !/FUSE|cache/i.test(proto)) fileSystem = 's3';
  else fileSystem = 'parallel';
  if (/FUSE/i.test(proto)) stack = 'fuse';
  else if (/DPDK|WEKA/i.test(proto)) stack = 'userspace-pfs';
  else if (fileSystem === 'parallel') stack = 'native-pfs';
  // "no RDMA" says the opposite of RDMA: such phrases are dropped before looking for an RDMA fabric.
  const rdmaText = (fileSystem === 'nfs' || fileSystem === 'nvmeof' ? `${s.protocol ?? ''} ${nicText}` : all).replace(/\b(?:no|without|not)\s+RDMA\b/gi, '');
  const transport: Transport = fileSystem === 'local' ? 'local' : /RDMA|InfiniBand|\bIB\b|[NHE]DR\d*|Slingshot/i.test(rdmaText) ? 'rdma' : 'tcp';
  const dpu = /DPU|offload/i.test(proto) && !/no DPU/i.test(proto);
  return { fileSystem, stack: stack ?? defaultClientStack(fileSystem), transport, dpu };
}

/** Node count of the storage: "3 storage nodes", "32 file-server nodes", "1 target server", "2 controllers", "dual-node". */
export function storageNodeCount(text: string): number | undefined {
  const m = /(\d+)\s+(?:[\w-]+\s+){0,2}?(?:storage nodes?|nodes?|file-server nodes?|storage instances?|media nodes?|data nodes?|target servers?|servers?|appliances?|controllers?)\b/i.exec(text);
  if (m) return num(m[1]!);
  if (/dual-node/i.test(text)) return 2;
  return undefined;
}

function driveClassOf(text: string): DriveClass {
  if (/EBS|cloud volume|gp[23]\b/i.test(text)) return 'cloud-volume';
  if (/\bHDD\b|7200|NL-SAS/i.test(text)) return 'hdd';
  if (/SATA/i.test(text)) return 'sata-ssd';
  if (/Gen\s*5|PCIe 5/i.test(text)) return 'nvme-gen5';
  if (/Gen\s*3|PCIe 3/i.test(text)) return 'nvme-gen3';
  return 'nvme-gen4';
}

/** Storage system of a description. */
export function storageFromDescription(s: StorageDescription, nicText: string): Parsed<StorageSystemInput> {
  const notes: string[] = [];
  const proto = protocolOf(s, nicText);
  const nodesText = s.storageNodes ?? '';
  const drivesText = s.drives ?? '';
  const netText = s.network ?? '';
  if (proto.fileSystem === 'local') {
    const n = /(\d+)\s*x\s/i.exec(drivesText);
    const rate = /\((\d[\d,]*)\s*MB\/s/i.exec(drivesText);
    if (!n) return { ok: false, missing: 'storage.drives: no drive count' };
    return {
      ok: true, notes,
      value: { nodes: 1, drivesPerNode: num(n[1]!), driveClass: driveClassOf(`${drivesText} ${netText}`), ...(rate ? { driveReadGBps: num(rate[1]!) / 1000 } : {}), portsPerNode: 0, portGbps: 1, transport: 'local', fileSystem: 'local', dataProtection: 'none' },
    };
  }
  let nodes = storageNodeCount(nodesText);
  const nodesStated = nodes !== undefined;
  // Drives: "3 x 16x ..." (nodes x per node), "each ... node 2x ...", or a total "24x ...".
  let drivesPerNode: number | undefined;
  let totalDrives: number | undefined;
  const nested = /(\d+)\s*x\s*(\d+)\s*x\s/i.exec(drivesText);
  const each = /each[\w\s-]*?node\s*(\d+)\s*x/i.exec(drivesText);
  const total = /(\d+)\s*x\s/i.exec(drivesText);
  if (nested) { nodes ??= num(nested[1]!); drivesPerNode = num(nested[2]!); if (num(nested[1]!) !== nodes) totalDrives = num(nested[1]!) * num(nested[2]!); }
  else if (each) drivesPerNode = num(each[1]!);
  else if (total) totalDrives = num(total[1]!);
  const rate = /\((\d[\d,]*)\s*MB\/s/i.exec(drivesText);
  const driveClass = driveClassOf(drivesText);
  if (/not stated/i.test(drivesText) && !nodes) notes.push('storage.drives not stated: no drive limit');

  // Ports: from the network text, else from the node text ("system id says 10xHDR200", "(... 200 Gb/s each)").
  // Phrases about the clients ("client NIC listed as ...", "(client listed with 1x 400 Gb/s port)") are not storage ports.
  const aboutClientsOnly = (seg: string) => /client/i.test(seg) && !/storage node|per node|appliance|controller/i.test(seg);
  const storageNet = netText.replace(/\([^)]*\)/g, (m) => (aboutClientsOnly(m) ? '' : m)).split(/[;,]/).filter((seg) => !aboutClientsOnly(seg)).join(';');
  let ports = portsIn(storageNet);
  const nodePorts = portsIn(nodesText);
  const perController = /controllers?\s+(\d+)\s*x\s*(\d{2,3})\s*G/i.exec(netText);
  if (perController) ports = { count: num(perController[1]!), gbps: num(perController[2]!), perNode: true };
  else if (ports.count === undefined && nodePorts.count !== undefined) ports = nodePorts;
  else if (ports.count === undefined && nodePorts.gbps !== undefined) ports = { gbps: nodePorts.gbps, count: 1, perNode: true };
  const portGbps = ports.gbps;
  if (!portGbps) return { ok: false, missing: 'storage.network: no port speed' };
  // An aggregate rating stated in the description ("650 GB/s sequential read", "~12 GB/s distributed-cache bandwidth").
  const stated = /(\d+(?:\.\d+)?)\s*GB\/s[^;)]{0,40}?(?:read|bandwidth)/i.exec(`${nodesText} ${netText}`);
  const ratedGBps = s.vendorRatedReadGBps ?? (stated ? num(stated[1]!) : undefined);
  if (nodes === undefined) {
    if (ports.count === undefined && ratedGBps === undefined) return { ok: false, missing: 'storage.storageNodes: no node count, port count or rated bandwidth' };
    nodes = 1;
    ports = { ...ports, perNode: true };
    notes.push('storage node count not stated: the stated ports and drives are taken as the whole system');
  }
  if (ports.count === undefined) { ports = { ...ports, count: 1, perNode: true }; notes.push('one storage port per node (no port count stated)'); }
  const portsPerNode = ports.perNode ? ports.count! : Math.max(1, Math.round(ports.count! / nodes));
  if (drivesPerNode === undefined) drivesPerNode = totalDrives !== undefined ? Math.ceil(totalDrives / nodes) : 0;
  else if (totalDrives !== undefined && !nodesStated) drivesPerNode = Math.ceil(totalDrives / nodes);
  if (drivesPerNode === 0 && driveClass !== 'cloud-volume') notes.push('no drive count: the drives are not a limit');

  const cpu = cpuFromText(nodesText);
  const socketsPerNode = /\((\d+)\s*x\s/i.exec(nodesText) ? num(/\((\d+)\s*x\s/i.exec(nodesText)![1]!) : 1;
  const vcpu = /(\d+)\s*vCPU/i.exec(nodesText);
  const coresC = /(\d+)C\b/.exec(nodesText);
  const coresPerNode = cpu ? socketsPerNode * cpu.cores : vcpu ? num(vcpu[1]!) / 2 : coresC ? num(coresC[1]!) : undefined;
  const mdNodes = /(\d+)\s+(?:\w+\s+)?metadata servers?/i.exec(nodesText);
  // A vendor rating in the description, else the rating of the catalog unit the product text names.
  const unit = catalogUnitNamed(s.product ?? '');
  const controllerReadGBps = ratedGBps ? ratedGBps / nodes : unit?.system?.controllerReadGBps ? (unit.system.controllerReadGBps * unit.system.nodes) / nodes : undefined;
  if (ratedGBps) notes.push(`stated aggregate read ${ratedGBps} GB/s`);
  else if (controllerReadGBps) notes.push(`controller rating of catalog unit ${unit!.id}`);
  return {
    ok: true, notes,
    value: {
      nodes, drivesPerNode, driveClass, ...(rate ? { driveReadGBps: num(rate[1]!) / 1000 } : {}), portsPerNode, portGbps,
      transport: proto.transport, fileSystem: proto.fileSystem, ...(coresPerNode ? { coresPerNode: Math.round(coresPerNode) } : {}),
      ...(controllerReadGBps ? { controllerReadGBps } : {}), ...(mdNodes ? { metadataNodes: num(mdNodes[1]!) } : {}),
    },
  };
}

/** Client host of a description; `storage` supplies the protocol and, for older rows, the client link. */
export function clientFromDescription(c: ClientDescription, s: StorageDescription): Parsed<StorageClientInput> {
  const notes: string[] = [];
  let nicText = c.nic ?? '';
  const proto = protocolOf(s, nicText);
  let nicPorts = 0;
  let nicGbps = 0;
  if (proto.fileSystem !== 'local') {
    if (!nicText) {
      const m = /(?:client|each client)[^;]*?(\d+\s*x\s*[^;,]*)/i.exec(s.network ?? '');
      if (m) { nicText = m[1]!; notes.push('client link from the storage network text'); }
    }
    const p = portsIn(nicText);
    if (p.gbps) {
      nicPorts = p.count ?? 1;
      nicGbps = p.gbps;
    } else {
      // No client link speed published: the clients are taken to sit on the storage's fabric, one port at its speed
      // (an estimate, said in the row's notes).
      const fabric = portsIn(s.network ?? '');
      if (!fabric.gbps) return { ok: false, missing: `clients.nic: no port speed${nicText ? ` in "${nicText}"` : ''}` };
      nicPorts = 1;
      nicGbps = fabric.gbps;
      notes.push(`client link not stated${nicText ? ` ("${nicText}")` : ''}: one port at the storage fabric's ${fabric.gbps} Gb/s assumed`);
    }
  }
  const cores = hostCores(c.cpu ?? '', c.cpuModelFromSummary ?? '');
  if (!cores.ok) return cores;
  const cpuText = `${c.cpu ?? ''} ${c.cpuModelFromSummary ?? ''}`;
  const cpu = cores.value.cpu;
  const clock = /@\s*(\d+(?:\.\d+)?)\s*GHz/i.exec(cpuText);
  const allCoreGHz = cpu ? (cpu.baseGHz + cpu.boostGHz) / 2 : clock ? num(clock[1]!) * CPU_GENERATION.allCoreOverBase.value : CPU_GENERATION.referenceGHz.value;
  const transport = proto.fileSystem === 'local' ? 'local' : proto.transport;
  return {
    ok: true, notes: [...notes, ...cores.notes],
    value: { stack: proto.stack, transport, nicPorts, nicGbps, dpuOffload: proto.dpu, cores: Math.max(1, Math.round(cores.value.cores)), cpuGeneration: cpuGeneration(cpuText), allCoreGHz },
  };
}
