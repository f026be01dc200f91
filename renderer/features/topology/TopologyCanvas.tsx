import {
  Background,
  ConnectionMode,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  applyEdgeChanges,
  applyNodeChanges,
  useReactFlow,
  useStore,
  type Connection,
  type EdgeChange,
  type FitViewOptions,
  type IsValidConnection,
  type MiniMapNodeProps,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type DragEvent } from 'react';
import { useCommands, useProvideService, type CanvasActions } from '../../commands';
import type { Issue } from '../../../core';
import { useAppStore, useAppStoreApi } from '../../store/AppStoreProvider';
import { flowId, type SelectionItem } from '../../store/selectionSlice';
import { addComponent, addServerType, addSharedStorage, connect, copyParts, duplicateServerType, findServer, linkBetween, pasteParts, removeElements, type Clipboard } from './editing';
import { PART_HEIGHT, PART_WIDTH, clusterGraph, serversGraph, type TopologyEdge, type TopologyNode } from './flowModel';
import { ClusterNode } from './nodes/ClusterNode';
import { PartNode } from './nodes/PartNode';
import { ServerGroupNode } from './nodes/ServerGroupNode';
import { PALETTE_DRAG_TYPE, PALETTE_LABELS, isPaletteKind, isServerPart, type PaletteKind } from './paletteKinds';
import './topology.css';

const NODE_TYPES = { part: PartNode, server: ServerGroupNode, cluster: ClusterNode };
const NO_ISSUES: Issue[] = [];
// Props React Flow compares by reference: module constants, not literals made on every render.
// Delete is the `edit.delete` command (the window's one key dispatcher), not React Flow's own key handler.
const NO_KEYS = null;
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const FIT_VIEW = { padding: 0.12, maxZoom: 1.2 };
// With the minimap shown (top right, 200 x 150 px under the legend) the drawing is fitted beside it, never under it.
const FIT_BESIDE_MINIMAP: FitViewOptions<TopologyNode> = { padding: { top: '44px', right: '232px', bottom: '36px', left: '60px' }, maxZoom: 1.2 };
const PRO_OPTIONS = { hideAttribution: true };

/** Which drawing the canvas shows: the inside of each server type, or server types with counts. */
export type CanvasView = 'servers' | 'cluster';

function refOf(element: { data?: { ref?: SelectionItem } }): SelectionItem | undefined {
  return element.data?.ref;
}

/** Where a keyboard-picked part goes: the selected server (or the server of the selected part), else the first. */
export function targetServer(selection: readonly SelectionItem[], serverIds: readonly string[]): string | undefined {
  for (const item of selection) if ('serverTypeId' in item && serverIds.includes(item.serverTypeId)) return item.serverTypeId;
  return serverIds[0];
}

/** Below this zoom, part text drawn at its normal size is too small to read (12 px x 0.75 = 9 px on screen). */
const FAR_ZOOM = 0.75;

/**
 * The zoom, in tenths, while it is below FAR_ZOOM (0 when it is not): a fitted drawing of a large server
 * then shows each part's name larger and without its figures, so names stay legible (the figures are on
 * hover and at a closer zoom). Tenths keep the canvas from redrawing on every wheel tick.
 */
function useFarZoom(): number {
  // Rounded down, so the names come out at least the size aimed for.
  return useStore((s) => (s.transform[2] < FAR_ZOOM ? Math.max(0.1, Math.floor(s.transform[2] * 10) / 10) : 0));
}

/** The topology editor: React Flow over the open design; every committed edit is one undo step. */
export function TopologyCanvas({ view, onViewChange, onNotice }: { view: CanvasView; onViewChange: (view: CanvasView) => void; onNotice: (text: string) => void }) {
  const store = useAppStoreApi();
  const design = useAppStore((s) => s.project.design);
  const latestIssues = useAppStore((s) => s.evaluation?.issues ?? NO_ISSUES);
  // Each evaluation brings a new issues array; redraw the canvas only when the messages change.
  const issuesKey = latestIssues.map((i) => `${i.serverTypeId}/${i.componentId}/${i.message}`).join('\n');
  const issues = useMemo(() => latestIssues, [issuesKey]);
  const updateDesign = useAppStore((s) => s.updateDesign);
  const setSelection = useAppStore((s) => s.setSelection);
  const flow = useReactFlow<TopologyNode, TopologyEdge>();
  const clipboard = useRef<Clipboard | null>(null);
  const [showMinimap, setShowMinimap] = useState(false);
  // When the canvas region changes size (a panel folded or unfolded, the window resized) or the minimap comes
  // or goes, the drawing is fitted to the room again.
  const canvasRef = useRef<HTMLDivElement>(null);
  const fitFrame = useRef(0);
  const refit = useCallback(
    (beside: boolean) => {
      // After React Flow's own observer has taken the new size (it fits to the size it knows).
      cancelAnimationFrame(fitFrame.current);
      fitFrame.current = requestAnimationFrame(() => void flow.fitView(beside ? FIT_BESIDE_MINIMAP : FIT_VIEW));
    },
    [flow],
  );
  const minimapShown = useRef(showMinimap);
  useEffect(() => {
    if (minimapShown.current === showMinimap) return;
    minimapShown.current = showMinimap;
    refit(showMinimap);
  }, [showMinimap, refit]);
  useEffect(() => {
    const el = canvasRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let last = { width: el.clientWidth, height: el.clientHeight };
    const observer = new ResizeObserver(() => {
      const now = { width: el.clientWidth, height: el.clientHeight };
      if (Math.abs(now.width - last.width) < 24 && Math.abs(now.height - last.height) < 24) return;
      last = now;
      refit(minimapShown.current);
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(fitFrame.current);
    };
  }, [refit]);
  const pendingSelect = useRef<Set<string> | null>(null);

  const graph = useMemo(() => (view === 'servers' ? { ...serversGraph(design, issues) } : { ...clusterGraph(design, issues), boxes: [] }), [design, issues, view]);
  const [nodes, setNodes] = useState<TopologyNode[]>(graph.nodes);
  const [edges, setEdges] = useState<TopologyEdge[]>(graph.edges);

  // Rebuild from the document, keeping what is selected (or selecting what an edit just added).
  useEffect(() => {
    const pending = pendingSelect.current;
    pendingSelect.current = null;
    const keep = pending ?? new Set(store.getState().selection.map(flowId));
    // A node or edge whose drawing did not change keeps the object React Flow has (with its measured size),
    // so only what an edit touched is drawn again.
    const merge = <T extends { id: string; data?: unknown; selected?: boolean; position?: { x: number; y: number } }>(prev: T[], next: T[]) => {
      const byId = new Map(prev.map((x) => [x.id, x]));
      return next.map((x) => {
        const old = byId.get(x.id);
        const selected = keep.has(x.id);
        if (old && old.data === x.data && !!old.selected === selected && samePlace(old, x)) return old;
        return selected ? { ...x, selected: true } : x;
      });
    };
    setNodes((prev) => merge(prev, graph.nodes));
    setEdges((prev) => merge(prev, graph.edges));
    if (pending) {
      const items = [...graph.nodes, ...graph.edges].filter((x) => pending.has(x.id)).map(refOf).filter((r): r is SelectionItem => !!r);
      setSelection(items);
    }
  }, [graph, setSelection, store]);

  // A selection made elsewhere (the inspector's check list, opening a file) shows on the canvas.
  const selection = useAppStore((s) => s.selection);
  useEffect(() => {
    const ids = new Set(selection.map(flowId));
    const sync = <T extends { id: string; selected?: boolean }>(xs: T[]) => (xs.some((x) => !!x.selected !== ids.has(x.id)) ? xs.map((x) => (!!x.selected !== ids.has(x.id) ? { ...x, selected: ids.has(x.id) } : x)) : xs);
    setNodes(sync);
    setEdges(sync);
  }, [selection]);

  // A new view or a change in the number of server types (a new file, an added server) starts framed: React
  // Flow is mounted afresh and fits the drawing once its nodes are measured. Other edits keep pan and zoom.
  const frameKey = `${view}:${design.serverTypes.length}`;

  // The store owns the selection. Only the user's own selecting (React Flow's "select" changes) is written
  // back to it; selections set by code reach React Flow through the nodes' `selected` flags and produce no
  // such changes, so the two can never chase each other.
  const userSelected = useRef(false);
  const onNodesChange = useCallback((changes: NodeChange<TopologyNode>[]) => {
    if (changes.some((c) => c.type === 'select')) userSelected.current = true;
    setNodes((ns) => applyNodeChanges(changes, ns));
  }, []);
  const onEdgesChange = useCallback((changes: EdgeChange<TopologyEdge>[]) => {
    if (changes.some((c) => c.type === 'select')) userSelected.current = true;
    setEdges((es) => applyEdgeChanges(changes, es));
  }, []);
  useEffect(() => {
    if (!userSelected.current) return;
    userSelected.current = false;
    setSelection([...nodes, ...edges].filter((x) => x.selected).map(refOf).filter((r): r is SelectionItem => !!r));
  }, [nodes, edges, setSelection]);

  // One drag (of one part or a multi-selection) is one undo step, written when the drag ends.
  const onNodeDragStop = useCallback(
    (_: unknown, _node: TopologyNode, dragged: TopologyNode[]) => {
      const moved = dragged.filter((n) => n.type === 'part');
      if (moved.length === 0) return;
      updateDesign((d) => {
        for (const n of moved) {
          const ref = refOf(n);
          if (ref?.type !== 'component') continue;
          const part = findServer(d, ref.serverTypeId)?.components.find((c) => c.id === ref.componentId);
          if (part) part.position = { x: Math.max(8, Math.round(n.position.x)), y: Math.max(36, Math.round(n.position.y)) };
        }
      });
    },
    [updateDesign],
  );

  const partRef = (id: string | null | undefined) => {
    const node = id ? flow.getNode(id) : undefined;
    const ref = node ? refOf(node) : undefined;
    return ref?.type === 'component' ? ref : undefined;
  };

  const isValidConnection: IsValidConnection<TopologyEdge> = (c) => {
    const a = partRef(c.source);
    const b = partRef(c.target);
    if (!a || !b || a.serverTypeId !== b.serverTypeId) return false;
    const server = findServer(store.getState().project.design, a.serverTypeId);
    return !!server && linkBetween(server, a.componentId, b.componentId).ok;
  };

  const onConnect = (c: Connection) => {
    const a = partRef(c.source);
    const b = partRef(c.target);
    if (!a || !b) return;
    if (a.serverTypeId !== b.serverTypeId) {
      onNotice('Links join parts of the same server; servers reach each other through the fabric.');
      return;
    }
    let reason = '';
    updateDesign((d) => {
      const check = connect(d, a.serverTypeId, a.componentId, b.componentId);
      if (!check.ok) reason = check.reason;
    });
    if (reason) onNotice(reason);
  };

  const onDelete = ({ nodes: n, edges: e }: { nodes: TopologyNode[]; edges: TopologyEdge[] }) => {
    const refs = [...n, ...e].map(refOf).filter((r): r is SelectionItem => !!r);
    if (refs.length === 0) return;
    updateDesign((d) => {
      removeElements(d, {
        serverTypes: refs.flatMap((r) => (r.type === 'server' ? [r.serverTypeId] : [])),
        components: refs.flatMap((r) => (r.type === 'component' ? [r] : [])),
        links: refs.flatMap((r) => (r.type === 'link' ? [r] : [])),
      });
      if (refs.some((r) => r.type === 'shared-storage')) delete d.sharedStorage;
    });
    setSelection([]);
  };

  /** Add a palette item: into the server under `point` (flow coordinates), or a keyboard pick into the target server. */
  const addFromPalette = useCallback(
    (kind: PaletteKind, point?: { x: number; y: number }) => {
      const state = store.getState();
      if (kind === 'shared-storage') {
        state.updateDesign((d) => addSharedStorage(d));
        pendingSelect.current = new Set(['shared-storage']);
        onViewChange('cluster');
        onNotice('Shared storage added. Set the dataset location to "Shared storage" in the Run settings to read from it.');
        return;
      }
      if (kind === 'network-switch') {
        onViewChange('cluster');
        pendingSelect.current = new Set(['fabric']);
        state.setSelection([{ type: 'fabric' }]);
        onNotice('A design has one fabric between its servers: set its protocol and oversubscription in the inspector.');
        return;
      }
      if (!isServerPart(kind)) return;
      const boxes = view === 'servers' ? serversGraph(state.project.design).boxes : [];
      const box = point ? boxes.find((b) => point.x >= b.x && point.x <= b.x + b.width && point.y >= b.y && point.y <= b.y + b.height) : undefined;
      let added: SelectionItem | undefined;
      state.updateDesign((d) => {
        const serverTypeId = box?.serverTypeId ?? (point ? addServerType(d) : (targetServer(state.selection, d.serverTypes.map((s) => s.id)) ?? addServerType(d)));
        const position = box && point ? { x: point.x - box.x - PART_WIDTH / 2, y: point.y - box.y - PART_HEIGHT / 2 } : undefined;
        const componentId = addComponent(d, serverTypeId, kind, position);
        added = { type: 'component', serverTypeId, componentId };
      });
      if (added) {
        pendingSelect.current = new Set([flowId(added)]);
        if (view !== 'servers') onViewChange('servers');
        onNotice(`${PALETTE_LABELS[kind]} added to ${findServer(store.getState().project.design, (added as { serverTypeId: string }).serverTypeId)?.name ?? 'the server'}.`);
      }
    },
    [store, view, onViewChange, onNotice],
  );

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };

  const onDrop = (event: DragEvent) => {
    const kind = event.dataTransfer.getData(PALETTE_DRAG_TYPE);
    if (!isPaletteKind(kind)) return;
    event.preventDefault();
    addFromPalette(kind, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  };

  const selectedParts = () => nodes.filter((n) => n.selected && n.type === 'part').map(refOf).filter((r): r is Extract<SelectionItem, { type: 'component' }> => r?.type === 'component');

  const copySelected = (): boolean => {
    const parts = selectedParts();
    const server = parts[0]?.serverTypeId;
    if (!server) return false;
    clipboard.current = copyParts(store.getState().project.design, server, parts.filter((p) => p.serverTypeId === server).map((p) => p.componentId));
    onNotice(`Copied ${clipboard.current.components.length} part${clipboard.current.components.length === 1 ? '' : 's'}.`);
    return true;
  };
  const deleteSelected = () => {
    onDelete({ nodes: nodes.filter((n) => n.selected), edges: edges.filter((e) => e.selected) });
  };

  // The edit and view commands (renderer/commands) act on the canvas through these while it is mounted; they
  // close over this render's nodes, so the command center is given the new set after each render.
  const canvasActions: CanvasActions = {
    hasSelectedParts: () => selectedParts().length > 0,
    hasSelection: () => nodes.some((n) => n.selected) || edges.some((e) => e.selected),
    canPaste: () => clipboard.current !== null,
    copy: () => void copySelected(),
    cut: () => {
      if (copySelected()) deleteSelected();
    },
    paste: () => {
      const clip = clipboard.current;
      const state = store.getState();
      const server = targetServer(state.selection, state.project.design.serverTypes.map((s) => s.id));
      if (!clip || !server) return;
      let ids: string[] = [];
      state.updateDesign((d) => {
        ids = pasteParts(d, server, clip);
      });
      pendingSelect.current = new Set(ids.map((componentId) => flowId({ type: 'component', serverTypeId: server, componentId })));
    },
    duplicate: () => {
      const state = store.getState();
      const parts = selectedParts();
      const servers = state.selection.filter((s) => s.type === 'server');
      if (parts.length > 0) {
        const server = parts[0]!.serverTypeId;
        let ids: string[] = [];
        state.updateDesign((d) => {
          ids = pasteParts(d, server, copyParts(d, server, parts.filter((p) => p.serverTypeId === server).map((p) => p.componentId)));
        });
        pendingSelect.current = new Set(ids.map((componentId) => flowId({ type: 'component', serverTypeId: server, componentId })));
      } else if (servers[0]?.type === 'server') {
        const from = servers[0].serverTypeId;
        let id: string | undefined;
        state.updateDesign((d) => {
          id = duplicateServerType(d, from);
        });
        if (id) pendingSelect.current = new Set([flowId({ type: 'server', serverTypeId: id })]);
      }
    },
    deleteSelection: deleteSelected,
    selectAll: () => setSelection(nodes.filter((n) => n.type !== 'server').map(refOf).filter((r): r is SelectionItem => !!r)),
    fit: () => void flow.fitView({ padding: 0.1, duration: 200 }),
    zoomIn: () => void flow.zoomIn({ duration: 150 }),
    zoomOut: () => void flow.zoomOut({ duration: 150 }),
    addPart: (kind) => addFromPalette(kind),
  };
  useProvideService(useCommands(), 'canvas', canvasActions);

  const far = useFarZoom();
  return (
    <div
      className={`topology${far ? ' topology--far' : ''}`}
      style={far ? ({ '--canvas-zoom': far } as CSSProperties) : undefined}
      ref={canvasRef}
      data-command-scope="canvas"
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <ReactFlow<TopologyNode, TopologyEdge>
        key={frameKey}
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        isValidConnection={isValidConnection}
        onDelete={onDelete}
        onNodeDoubleClick={(_, node) => {
          if (view === 'cluster' && refOf(node)?.type === 'server') onViewChange('servers');
        }}
        connectionMode={ConnectionMode.Loose}
        deleteKeyCode={NO_KEYS}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        selectionKeyCode="Shift"
        minZoom={0.05}
        maxZoom={2}
        fitView
        fitViewOptions={FIT_VIEW}
        onlyRenderVisibleElements
        proOptions={PRO_OPTIONS}
      >
        <Background gap={24} size={1} />
        <Controls showInteractive={false}>
          <ControlButton onClick={() => setShowMinimap((v) => !v)} title={showMinimap ? 'Hide the minimap' : 'Show the minimap'} aria-label={showMinimap ? 'Hide the minimap' : 'Show the minimap'} aria-pressed={showMinimap} data-testid="toggle-minimap">
            <span aria-hidden="true">▦</span>
          </ControlButton>
        </Controls>
        {/* Folded away by default: over a small canvas it would hide parts. Shown, it sits above the drawing's fitted frame. */}
        {showMinimap ? <MiniMap pannable zoomable position="top-right" ariaLabel="Minimap of the topology" nodeColor={minimapColor} nodeComponent={nodes.length > LARGE_CANVAS_NODES ? ServerBoxesOnly : undefined} /> : null}
      </ReactFlow>
    </div>
  );
}

/** Above this many nodes the minimap draws server boxes only: redrawing every part on each drag frame stutters. */
const LARGE_CANVAS_NODES = 400;

function ServerBoxesOnly({ id, x, y, width, height, color }: MiniMapNodeProps) {
  if (!id.startsWith('server:')) return null;
  return <rect x={x} y={y} width={width} height={height} fill={color} rx={4} />;
}

/** Whether a node sits where it sat (edges have no position and always match). */
function samePlace(a: { position?: { x: number; y: number } }, b: { position?: { x: number; y: number } }): boolean {
  return a.position?.x === b.position?.x && a.position?.y === b.position?.y;
}

function minimapColor(node: TopologyNode): string {
  if (node.type === 'server') return 'rgba(90, 120, 170, 0.25)';
  if (node.type === 'part' && node.data.kind === 'gpu') return '#4c8bf5';
  return '#9aa7b8';
}
