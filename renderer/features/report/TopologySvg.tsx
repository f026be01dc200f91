import type { Design } from '../../../core';
import { CHART_COLORS, truncateLabel } from '../results/chartTheme';
import { PART_HEIGHT, PART_WIDTH, clusterGraph, serversGraph, type ClusterNodeData, type PartNodeData, type ServerNodeData } from '../topology/flowModel';

const CLUSTER_WIDTH = 220;
const CLUSTER_HEIGHT = 62;
const LINK_COLORS: Record<string, string> = { pcie: '#8a919c', nvlink: '#1d7a46', socket: '#a21caf', memory: '#b7c0ce', network: '#2456c7' };

function linkColor(className: string | undefined): string {
  const kind = /link--([a-z]+)/.exec(className ?? '')?.[1] ?? 'pcie';
  return LINK_COLORS[kind] ?? CHART_COLORS.axis;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function center(b: Box): { x: number; y: number } {
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Each server type's parts and links, as the canvas lays them out, drawn as a static vector picture. */
export function ServerTopologySvg({ design }: { design: Design }) {
  const { nodes, edges } = serversGraph(design);
  const boxes = new Map<string, Box>();
  for (const node of nodes) {
    if (node.type === 'server') boxes.set(node.id, { x: node.position.x, y: node.position.y, width: node.width!, height: node.height! });
  }
  for (const node of nodes) {
    if (node.type !== 'part') continue;
    const parent = boxes.get(node.parentId!)!;
    boxes.set(node.id, { x: parent.x + node.position.x, y: parent.y + node.position.y, width: PART_WIDTH, height: PART_HEIGHT });
  }
  const all = [...boxes.values()];
  if (all.length === 0) return <p className="report-note">This design has no servers.</p>;
  const width = Math.max(...all.map((b) => b.x + b.width)) + 2;
  const height = Math.max(...all.map((b) => b.y + b.height)) + 2;
  return (
    <svg className="report-topology" viewBox={`-1 -1 ${width} ${height}`} role="img" aria-label={`Topology of ${design.name}`} data-testid="report-topology">
      {nodes.map((node) => {
        if (node.type !== 'server') return null;
        const b = boxes.get(node.id)!;
        const data = node.data as ServerNodeData;
        return (
          <g key={node.id}>
            <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={8} fill="#fafafa" stroke={CHART_COLORS.axis} />
            <text x={b.x + 12} y={b.y + 24} fontSize={15} fontWeight={600} fill="#1d2127">
              {`${data.name} × ${data.count}`}
            </text>
            <text x={b.x + b.width - 12} y={b.y + 24} fontSize={13} textAnchor="end" fill={CHART_COLORS.text}>
              {data.summary}
            </text>
          </g>
        );
      })}
      {edges.map((edge) => {
        const from = boxes.get(edge.source);
        const to = boxes.get(edge.target);
        if (!from || !to) return null;
        const a = center(from);
        const z = center(to);
        return <line key={edge.id} x1={a.x} y1={a.y} x2={z.x} y2={z.y} stroke={linkColor(edge.className)} strokeWidth={1.4} opacity={0.75} />;
      })}
      {nodes.map((node) => {
        if (node.type !== 'part') return null;
        const b = boxes.get(node.id)!;
        const data = node.data as PartNodeData;
        return (
          <g key={node.id}>
            <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={5} fill="#ffffff" stroke={CHART_COLORS.neutral} />
            <text x={b.x + 8} y={b.y + 20} fontSize={11} fontWeight={600} fill="#1d2127">
              {truncateLabel(`${data.count > 1 ? `${data.count} × ` : ''}${data.title}`, 21)}
            </text>
            <text x={b.x + 8} y={b.y + 38} fontSize={10} fill={CHART_COLORS.text}>
              {truncateLabel(`${data.badge} · ${data.detail}`, 26)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The cluster: server types with their counts, the fabric and shared storage, as a static vector picture. */
export function ClusterTopologySvg({ design }: { design: Design }) {
  const { nodes, edges } = clusterGraph(design);
  const boxes = new Map(nodes.map((n) => [n.id, { x: n.position.x, y: n.position.y, width: CLUSTER_WIDTH, height: CLUSTER_HEIGHT }]));
  const all = [...boxes.values()];
  const minX = Math.min(...all.map((b) => b.x));
  const width = Math.max(...all.map((b) => b.x + b.width)) - minX + 2;
  const height = Math.max(...all.map((b) => b.y + b.height)) + 2;
  return (
    <svg className="report-topology report-topology--cluster" viewBox={`${minX - 1} -1 ${width} ${height}`} role="img" aria-label={`Cluster of ${design.name}`} data-testid="report-cluster">
      {edges.map((edge) => {
        const a = center(boxes.get(edge.source)!);
        const z = center(boxes.get(edge.target)!);
        return <line key={edge.id} x1={a.x} y1={a.y} x2={z.x} y2={z.y} stroke={linkColor(edge.className)} strokeWidth={2} />;
      })}
      {nodes.map((node) => {
        const b = boxes.get(node.id)!;
        const data = node.data as ClusterNodeData;
        return (
          <g key={node.id}>
            <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={6} fill={data.kind === 'server-type' ? '#e8eefb' : '#ffffff'} stroke={CHART_COLORS.accent} />
            <text x={b.x + 10} y={b.y + 24} fontSize={13} fontWeight={600} fill="#1d2127">
              {truncateLabel(`${data.count > 1 ? `${data.count} × ` : ''}${data.title}`, 28)}
            </text>
            <text x={b.x + 10} y={b.y + 44} fontSize={11} fill={CHART_COLORS.text}>
              {truncateLabel(data.detail, 34)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
