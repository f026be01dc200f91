import type { Design } from '../../../core';
import { CHART_COLORS, truncateLabel } from '../results/chartTheme';
import { clusterGraph, serversGraph, type ClusterNodeData, type PartNodeData, type ServerNodeData } from '../topology/flowModel';

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

/** Parts per row in print: four keep a part's text near 10 pt at the page's width. */
const PRINT_COLUMNS = 4;
const PRINT_PART_WIDTH = 170;
const PRINT_PART_HEIGHT = 50;
const PRINT_GAP_X = 16;
const PRINT_GAP_Y = 22;
const PRINT_PAD = 14;
const PRINT_HEADER = 40;
/** Rows in print, top to bottom: sockets and memory, switches, GPUs and NVSwitches, then I/O. */
const PRINT_ORDER: Record<string, number> = { cpu: 0, memory: 0, psu: 0, 'pcie-switch': 1, gpu: 2, nvswitch: 3, nic: 4, 'nvme-ssd': 5, 'sata-ssd': 5, hdd: 5 };

/**
 * Each server type's parts and links as a static vector picture laid out for print: parts in rows of
 * `PRINT_COLUMNS` by kind, so labels stay legible at the page's width (the canvas layout is far wider).
 */
export function ServerTopologySvg({ design }: { design: Design }) {
  const { nodes, edges } = serversGraph(design);
  const servers = nodes.filter((n) => n.type === 'server');
  if (servers.length === 0) return <p className="report-note">This design has no servers.</p>;
  return (
    <>
      {servers.map((server) => {
        const data = server.data as ServerNodeData;
        const parts = nodes
          .filter((n) => n.type === 'part' && n.parentId === server.id)
          .sort((a, b) => (PRINT_ORDER[(a.data as PartNodeData).kind] ?? 9) - (PRINT_ORDER[(b.data as PartNodeData).kind] ?? 9));
        const boxes = new Map<string, Box>();
        let row = 0;
        let col = 0;
        let lastRank: number | undefined;
        for (const part of parts) {
          const rank = PRINT_ORDER[(part.data as PartNodeData).kind] ?? 9;
          if ((lastRank !== undefined && rank !== lastRank && col > 0) || col === PRINT_COLUMNS) {
            row++;
            col = 0;
          }
          lastRank = rank;
          boxes.set(part.id, { x: PRINT_PAD + col * (PRINT_PART_WIDTH + PRINT_GAP_X), y: PRINT_HEADER + row * (PRINT_PART_HEIGHT + PRINT_GAP_Y), width: PRINT_PART_WIDTH, height: PRINT_PART_HEIGHT });
          col++;
        }
        const width = PRINT_PAD * 2 + PRINT_COLUMNS * PRINT_PART_WIDTH + (PRINT_COLUMNS - 1) * PRINT_GAP_X;
        const height = PRINT_HEADER + (row + 1) * (PRINT_PART_HEIGHT + PRINT_GAP_Y) + PRINT_PAD - PRINT_GAP_Y;
        return (
          <svg key={server.id} className="report-topology" viewBox={`-1 -1 ${width + 2} ${height + 2}`} role="img" aria-label={`Topology of ${data.name}`} data-testid="report-topology">
            <rect x={0} y={0} width={width} height={height} rx={8} fill="#fafafa" stroke={CHART_COLORS.axis} />
            <text x={PRINT_PAD} y={26} fontSize={16} fontWeight={600} fill="#1d2127">
              {`${data.name} × ${data.count}`}
            </text>
            {edges.map((edge) => {
              const from = boxes.get(edge.source);
              const to = boxes.get(edge.target);
              if (!from || !to) return null;
              const a = center(from);
              const z = center(to);
              return <line key={edge.id} x1={a.x} y1={a.y} x2={z.x} y2={z.y} stroke={linkColor(edge.className)} strokeWidth={1.4} opacity={0.7} />;
            })}
            {parts.map((part) => {
              const b = boxes.get(part.id)!;
              const p = part.data as PartNodeData;
              return (
                <g key={part.id}>
                  <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={5} fill="#ffffff" stroke={CHART_COLORS.neutral} />
                  <text x={b.x + 8} y={b.y + 20} fontSize={13} fontWeight={600} fill="#1d2127">
                    {truncateLabel(`${p.count > 1 ? `${p.count} × ` : ''}${p.title}`, 20)}
                  </text>
                  <text x={b.x + 8} y={b.y + 38} fontSize={11.5} fill={CHART_COLORS.text}>
                    {truncateLabel(p.detail, 25)}
                  </text>
                </g>
              );
            })}
          </svg>
        );
      })}
    </>
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
            <text x={b.x + 10} y={b.y + 25} fontSize={16} fontWeight={600} fill="#1d2127">
              {truncateLabel(`${data.count > 1 ? `${data.count} × ` : ''}${data.title}`, 22)}
            </text>
            <text x={b.x + 10} y={b.y + 47} fontSize={13} fill={CHART_COLORS.text}>
              {truncateLabel(data.detail, 28)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
