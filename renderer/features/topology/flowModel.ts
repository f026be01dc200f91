// Turns a design into the nodes and edges the canvas draws. Pure: the same design gives the same graph.
import type { Edge, Node } from '@xyflow/react';
import { resolveStorageUse, unitReadGBps, type Component, type ComponentKind, type Design, type Issue, type Link, type ServerType } from '../../../core';
import { resolveCpu, resolveDrive, resolveGpu, resolveNic, resolvePcieSwitch } from '../../../core/catalog/components';
import { KIND_BADGES } from './paletteKinds';
import { flowId, type SelectionItem } from '../../store/selectionSlice';

/** Size of a part on the canvas, px. */
export const PART_WIDTH = 150;
export const PART_HEIGHT = 54;
const GAP_X = 14;
const GAP_Y = 40;
const PAD = 16;
const HEADER = 40;
const PER_ROW = 8;
const SERVER_GAP = 56;

/** Layer of each kind in the automatic layout: sockets on top, then switches, GPUs, then I/O. */
const LAYER: Record<ComponentKind, number> = {
  cpu: 0, memory: 0, psu: 0, 'pcie-switch': 1, gpu: 2, nvswitch: 3, nic: 4, 'nvme-ssd': 4, 'sata-ssd': 4, hdd: 4,
};

export interface PartNodeData extends Record<string, unknown> {
  ref: Extract<SelectionItem, { type: 'component' }>;
  kind: ComponentKind;
  badge: string;
  title: string;
  detail: string;
  count: number;
  issues: Issue[];
}

export interface ServerNodeData extends Record<string, unknown> {
  ref: Extract<SelectionItem, { type: 'server' }>;
  name: string;
  count: number;
  summary: string;
  issues: Issue[];
}

export interface ClusterNodeData extends Record<string, unknown> {
  ref: SelectionItem;
  title: string;
  detail: string;
  count: number;
  issues: Issue[];
  kind: 'server-type' | 'fabric' | 'shared-storage';
}

export type PartNode = Node<PartNodeData, 'part'>;
export type ServerNode = Node<ServerNodeData, 'server'>;
export type ClusterNode = Node<ClusterNodeData, 'cluster'>;
export type TopologyNode = PartNode | ServerNode | ClusterNode;

export interface LinkEdgeData extends Record<string, unknown> {
  ref: SelectionItem;
}
export type TopologyEdge = Edge<LinkEdgeData>;

/** Display name and one line of key figures of a part. */
export function describePart(c: Component): { title: string; detail: string } {
  const m = c.model;
  switch (c.kind) {
    case 'gpu': {
      const g = m ? resolveGpu(m) : undefined;
      return { title: g?.name ?? m ?? 'GPU (no model)', detail: g ? `${g.memoryGB} GB · ${g.tdpW} W` : 'unknown model' };
    }
    case 'cpu': {
      const p = m ? resolveCpu(m) : undefined;
      return { title: p?.name ?? m ?? 'CPU (no model)', detail: p ? `${p.cores} cores · ${p.pcieLanes} lanes` : 'unknown model' };
    }
    case 'nvme-ssd':
    case 'sata-ssd':
    case 'hdd': {
      const d = m ? resolveDrive(m) : undefined;
      return { title: d?.name ?? m ?? 'Drive (no model)', detail: d ? `${d.capacityTB} TB · ${d.seqReadGBps} GB/s` : 'unknown model' };
    }
    case 'nic': {
      const n = m ? resolveNic(m) : undefined;
      return { title: n?.name ?? m ?? 'NIC (no model)', detail: n ? `${n.ports} × ${n.portSpeedGbps} Gb/s` : 'unknown model' };
    }
    case 'pcie-switch': {
      const s = m ? resolvePcieSwitch(m) : undefined;
      return { title: s?.name ?? m ?? 'PCIe switch', detail: s ? `PCIe ${s.pcieGen} · ${s.lanes} lanes` : 'unknown model' };
    }
    case 'memory':
      return { title: 'Memory', detail: `${(c.capacityGB ?? 512).toLocaleString('en-US')} GB` };
    case 'nvswitch':
      return { title: 'NVSwitch', detail: 'NVLink fabric' };
    case 'psu':
      return { title: 'Power supply', detail: `${(c.capacityW ?? 3000).toLocaleString('en-US')} W${c.redundantPsus ? ` · ${c.redundantPsus} redundant` : ''}` };
  }
}

/** Edge label of a link: "PCIe 4 ×16", "NVLink", "Socket link", "DDR". */
export function describeLink(l: Link): string {
  switch (l.kind) {
    case 'pcie':
      return `PCIe${l.pcieGen ? ` ${l.pcieGen}` : ''}${l.lanes ? ` ×${l.lanes}` : ''}`;
    case 'nvlink':
      return 'NVLink';
    case 'socket':
      return 'UPI/xGMI';
    case 'memory':
      return 'DDR';
  }
}

/** Automatic positions (relative to the server box) for parts that have none stored. */
export function layoutServer(server: ServerType): { positions: Map<string, { x: number; y: number }>; width: number; height: number } {
  const byLayer = new Map<number, Component[]>();
  for (const c of server.components) {
    const layer = LAYER[c.kind];
    byLayer.set(layer, [...(byLayer.get(layer) ?? []), c]);
  }
  const positions = new Map<string, { x: number; y: number }>();
  let y = HEADER;
  for (const layer of [0, 1, 2, 3, 4]) {
    const parts = byLayer.get(layer) ?? [];
    for (let i = 0; i < parts.length; i++) {
      const row = Math.floor(i / PER_ROW);
      const col = i % PER_ROW;
      positions.set(parts[i]!.id, { x: PAD + col * (PART_WIDTH + GAP_X), y: y + row * (PART_HEIGHT + GAP_Y) });
    }
    if (parts.length) y += Math.ceil(parts.length / PER_ROW) * (PART_HEIGHT + GAP_Y);
  }
  for (const c of server.components) if (c.position) positions.set(c.id, { x: c.position.x, y: c.position.y });
  let width = PAD * 2 + PART_WIDTH * 3;
  let height = HEADER + PAD + PART_HEIGHT;
  for (const p of positions.values()) {
    width = Math.max(width, p.x + PART_WIDTH + PAD);
    height = Math.max(height, p.y + PART_HEIGHT + PAD);
  }
  return { positions, width, height };
}

function gpuSummary(server: ServerType): string {
  const gpus = server.components.filter((c) => c.kind === 'gpu');
  const n = gpus.reduce((s, c) => s + c.count, 0);
  if (n === 0) return 'no GPU';
  const models = [...new Set(gpus.map((g) => (g.model ? (resolveGpu(g.model)?.name ?? g.model) : '?')))];
  return `${n} × ${models.join(' + ')}`;
}

function issuesOf(issues: readonly Issue[], serverTypeId: string, componentId?: string): Issue[] {
  return issues.filter((i) => i.serverTypeId === serverTypeId && (componentId === undefined ? !i.componentId : i.componentId === componentId));
}

/** Bounding box of each server box in flow coordinates, for drops onto a server. */
export interface ServerBox {
  serverTypeId: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface ServerGraph {
  nodes: TopologyNode[];
  edges: TopologyEdge[];
  width: number;
  height: number;
}

/**
 * Graphs of server types already drawn, keyed by the (immutable) server type object, its x offset and its
 * check messages. Edits replace only the server type they touch, so an unchanged server keeps its node and
 * edge objects and the canvas does not redraw its parts.
 */
const serverGraphCache = new WeakMap<ServerType, { key: string; graph: ServerGraph }>();

function serverGraph(server: ServerType, x: number, issues: readonly Issue[]): ServerGraph {
  const serverIssues = issues.filter((i) => i.serverTypeId === server.id);
  const key = `${x}\n${serverIssues.map((i) => `${i.componentId}/${i.severity}/${i.message}`).join('\n')}`;
  const cached = serverGraphCache.get(server);
  if (cached?.key === key) return cached.graph;

  const { positions, width, height } = layoutServer(server);
  const serverRef = { type: 'server', serverTypeId: server.id } as const;
  const serverNodeId = flowId(serverRef);
  const nodes: TopologyNode[] = [
    {
      id: serverNodeId,
      type: 'server',
      position: { x, y: 0 },
      data: { ref: serverRef, name: server.name, count: server.count, summary: gpuSummary(server), issues: issuesOf(serverIssues, server.id) },
      style: { width, height },
      width,
      height,
      draggable: false,
      connectable: false,
    },
  ];
  for (const c of server.components) {
    const ref = { type: 'component', serverTypeId: server.id, componentId: c.id } as const;
    const { title, detail } = describePart(c);
    nodes.push({
      id: flowId(ref),
      type: 'part',
      parentId: serverNodeId,
      extent: 'parent',
      position: positions.get(c.id)!,
      width: PART_WIDTH,
      height: PART_HEIGHT,
      data: { ref, kind: c.kind, badge: KIND_BADGES[c.kind], title: c.label ?? title, detail, count: c.count, issues: issuesOf(serverIssues, server.id, c.id) },
    });
  }
  const edges: TopologyEdge[] = server.links.map((l) => {
    const ref = { type: 'link', serverTypeId: server.id, linkId: l.id } as const;
    return {
      id: flowId(ref),
      source: flowId({ type: 'component', serverTypeId: server.id, componentId: l.from }),
      target: flowId({ type: 'component', serverTypeId: server.id, componentId: l.to }),
      // NVLink is told by its colour (see the legend); labelling each of dozens of links only adds clutter.
      label: l.kind === 'nvlink' ? undefined : describeLink(l),
      className: `link link--${l.kind}`,
      data: { ref },
    };
  });
  const graph = { nodes, edges, width, height };
  serverGraphCache.set(server, { key, graph });
  return graph;
}

/** The servers view: each server type a box containing its parts, links as typed edges. */
export function serversGraph(design: Design, issues: readonly Issue[] = []): { nodes: TopologyNode[]; edges: TopologyEdge[]; boxes: ServerBox[] } {
  const nodes: TopologyNode[] = [];
  const edges: TopologyEdge[] = [];
  const boxes: ServerBox[] = [];
  let x = 0;
  for (const server of design.serverTypes) {
    const graph = serverGraph(server, x, issues);
    nodes.push(...graph.nodes);
    edges.push(...graph.edges);
    boxes.push({ serverTypeId: server.id, x, y: 0, width: graph.width, height: graph.height });
    x += graph.width + SERVER_GAP;
  }
  return { nodes, edges, boxes };
}

function nicSummary(server: ServerType): string {
  const nics = server.components.filter((c) => c.kind === 'nic');
  const gbps = nics.reduce((s, c) => {
    const n = c.model ? resolveNic(c.model) : undefined;
    return s + (n ? n.portSpeedGbps * n.ports * c.count : 0);
  }, 0);
  return nics.length ? `${nics.reduce((s, c) => s + c.count, 0)} NICs · ${gbps.toLocaleString('en-US')} Gb/s` : 'no NIC';
}

/** The cluster view: one node per server type with its count, the fabric, and shared storage. */
export function clusterGraph(design: Design, issues: readonly Issue[] = []): { nodes: TopologyNode[]; edges: TopologyEdge[] } {
  const nodes: TopologyNode[] = [];
  const edges: TopologyEdge[] = [];
  const width = 220;
  const gap = 40;
  design.serverTypes.forEach((server, i) => {
    const ref = { type: 'server', serverTypeId: server.id } as const;
    nodes.push({
      id: flowId(ref),
      type: 'cluster',
      position: { x: i * (width + gap), y: 0 },
      data: { ref, kind: 'server-type', title: server.name, detail: `${gpuSummary(server)} · ${nicSummary(server)}`, count: server.count, issues: issues.filter((x) => x.serverTypeId === server.id) },
      draggable: false,
    });
    edges.push({ id: `uplink:${server.id}`, source: flowId(ref), target: 'fabric', label: nicSummary(server), className: 'link link--network', selectable: false, data: { ref } });
  });
  const span = Math.max(1, design.serverTypes.length) * (width + gap) - gap;
  const fabric = design.fabric;
  nodes.push({
    id: 'fabric',
    type: 'cluster',
    position: { x: span / 2 - width / 2, y: 190 },
    data: {
      ref: { type: 'fabric' },
      kind: 'fabric',
      title: fabric.protocol === 'infiniband' ? 'InfiniBand fabric' : 'Ethernet fabric',
      detail: fabric.oversubscription > 1 ? `${fabric.oversubscription}:1 oversubscribed` : 'non-blocking leaf-spine',
      count: 1,
      issues: issues.filter((x) => x.code === 'no-network'),
    },
    draggable: false,
  });
  if (design.sharedStorage) {
    const s = design.sharedStorage;
    const resolved = resolveStorageUse(s);
    const entry = resolved.ok ? resolved.unit : undefined;
    nodes.push({
      id: 'shared-storage',
      type: 'cluster',
      position: { x: span / 2 + width, y: 330 },
      data: {
        ref: { type: 'shared-storage' },
        kind: 'shared-storage',
        title: entry?.name ?? s.model ?? 'Shared storage',
        detail: entry ? `${((s.readGBps ?? unitReadGBps(entry)) * s.count).toLocaleString('en-US', { maximumFractionDigits: 1 })} GB/s read in all` : resolved.ok ? '' : resolved.error.message,
        count: s.count,
        issues: issues.filter((x) => x.path?.startsWith('sharedStorage') || x.code === 'no-shared-storage'),
      },
      draggable: false,
    });
    // Drawn from the fabric's lower handle to the storage's upper one: the storage sits below the fabric.
    edges.push({ id: 'storage-link', source: 'fabric', target: 'shared-storage', className: 'link link--network', selectable: false, data: { ref: { type: 'shared-storage' } } });
  }
  return { nodes, edges };
}
