import type { Design } from '../../../core';
import { CHART_COLORS } from '../results/chartTheme';
import { clusterGraph, serversGraph, type ClusterNodeData, type PartNodeData, type ServerNodeData } from '../topology/flowModel';
import { wrapLabel } from './wrapLabel';

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
const PRINT_GAP_X = 16;
const PRINT_GAP_Y = 22;
const PRINT_PAD = 14;
const PRINT_HEADER = 40;
/** Characters per line that fit a part box at the title's and the detail's font size (about 0.55 em per character). */
const TITLE_CHARS = 20;
const DETAIL_CHARS = 25;
const BOX_PAD_Y = 8;
/** Line height, in font sizes. */
const LEADING = 1.25;
const PART_FONT = { title: 13, detail: 11.5 };
const CLUSTER_FONT = { title: 16, detail: 13 };
const CLUSTER_TITLE_CHARS = 20;
const CLUSTER_DETAIL_CHARS = 26;
/** Rows in print, top to bottom: sockets and memory, switches, GPUs and NVSwitches, then I/O. */
const PRINT_ORDER: Record<string, number> = { cpu: 0, memory: 0, psu: 0, 'pcie-switch': 1, gpu: 2, nvswitch: 3, nic: 4, 'nvme-ssd': 5, 'sata-ssd': 5, hdd: 5 };

/** A box's text: the title and the detail, each wrapped (never cut) to the box's width. */
interface BoxText {
  title: string[];
  detail: string[];
}

type BoxFont = typeof PART_FONT;

function boxHeight(t: BoxText, font: BoxFont): number {
  return BOX_PAD_Y * 2 + (t.title.length * font.title + t.detail.length * font.detail) * LEADING;
}

/** The wrapped lines of a box, from `y` down: the title in bold, then the detail. */
function BoxLines({ x, y, text, font }: { x: number; y: number; text: BoxText; font: BoxFont }) {
  return (
    <>
      <text x={x} y={y + BOX_PAD_Y + font.title} fontSize={font.title} fontWeight={600} fill="#1d2127">
        {text.title.map((line, i) => (
          <tspan key={i} x={x} dy={i === 0 ? 0 : font.title * LEADING}>
            {line}
          </tspan>
        ))}
      </text>
      <text x={x} y={y + BOX_PAD_Y + text.title.length * font.title * LEADING + font.detail} fontSize={font.detail} fill={CHART_COLORS.text}>
        {text.detail.map((line, i) => (
          <tspan key={i} x={x} dy={i === 0 ? 0 : font.detail * LEADING}>
            {line}
          </tspan>
        ))}
      </text>
    </>
  );
}

/**
 * Each server type's parts and links as a static vector picture laid out for print: parts in rows of
 * `PRINT_COLUMNS` by kind, so labels stay legible at the page's width (the canvas layout is far wider);
 * long names wrap onto more lines and the row grows, so every name prints in full.
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
        const texts = new Map<string, BoxText>();
        const cells: Array<{ id: string; row: number; col: number }> = [];
        let row = 0;
        let col = 0;
        let lastRank: number | undefined;
        for (const part of parts) {
          const p = part.data as PartNodeData;
          const rank = PRINT_ORDER[p.kind] ?? 9;
          if ((lastRank !== undefined && rank !== lastRank && col > 0) || col === PRINT_COLUMNS) {
            row++;
            col = 0;
          }
          lastRank = rank;
          texts.set(part.id, { title: wrapLabel(`${p.count > 1 ? `${p.count} × ` : ''}${p.title}`, TITLE_CHARS), detail: wrapLabel(p.detail, DETAIL_CHARS) });
          cells.push({ id: part.id, row, col });
          col++;
        }
        // Each row is as tall as its tallest box.
        const rowHeights: number[] = [];
        for (const c of cells) rowHeights[c.row] = Math.max(rowHeights[c.row] ?? 0, boxHeight(texts.get(c.id)!, PART_FONT));
        const rowTops: number[] = [];
        rowHeights.forEach((h, r) => (rowTops[r] = r === 0 ? PRINT_HEADER : rowTops[r - 1]! + rowHeights[r - 1]! + PRINT_GAP_Y));
        const boxes = new Map<string, Box>(cells.map((c) => [c.id, { x: PRINT_PAD + c.col * (PRINT_PART_WIDTH + PRINT_GAP_X), y: rowTops[c.row]!, width: PRINT_PART_WIDTH, height: rowHeights[c.row]! }]));
        const width = PRINT_PAD * 2 + PRINT_COLUMNS * PRINT_PART_WIDTH + (PRINT_COLUMNS - 1) * PRINT_GAP_X;
        const lastRow = rowHeights.length - 1;
        const height = (lastRow >= 0 ? rowTops[lastRow]! + rowHeights[lastRow]! : PRINT_HEADER) + PRINT_PAD;
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
              return (
                <g key={part.id} data-testid="report-topology-part">
                  <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={5} fill="#ffffff" stroke={CHART_COLORS.neutral} />
                  <BoxLines x={b.x + 8} y={b.y} text={texts.get(part.id)!} font={PART_FONT} />
                </g>
              );
            })}
          </svg>
        );
      })}
    </>
  );
}

/** The cluster: server types with their counts, the fabric and shared storage, as a static vector picture (names wrap, never cut). */
export function ClusterTopologySvg({ design }: { design: Design }) {
  const { nodes, edges } = clusterGraph(design);
  const texts = new Map(nodes.map((n) => {
    const data = n.data as ClusterNodeData;
    return [n.id, { title: wrapLabel(`${data.count > 1 ? `${data.count} × ` : ''}${data.title}`, CLUSTER_TITLE_CHARS), detail: wrapLabel(data.detail, CLUSTER_DETAIL_CHARS) }];
  }));
  // Every box as tall as the tallest text; rows keep the canvas layout, spread by the same factor.
  const boxHeightPx = Math.max(CLUSTER_HEIGHT, ...[...texts.values()].map((t) => boxHeight(t, CLUSTER_FONT)));
  const stretch = boxHeightPx / CLUSTER_HEIGHT;
  const boxes = new Map(nodes.map((n) => [n.id, { x: n.position.x, y: n.position.y * stretch, width: CLUSTER_WIDTH, height: boxHeightPx }]));
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
            <BoxLines x={b.x + 10} y={b.y} text={texts.get(node.id)!} font={CLUSTER_FONT} />
          </g>
        );
      })}
    </svg>
  );
}
