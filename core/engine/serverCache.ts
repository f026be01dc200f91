/**
 * Resolved server graphs reused across evaluations and sweep points. A graph depends only on the
 * server type's components and links (and the static catalog), so the key is those fields the engine
 * reads; the type's id, name, count, price and index, and the editor's labels and positions, are not
 * in it. Only successful resolutions are stored: a type with errors is resolved, and its errors
 * reported, every time. Bounded: least recently used graphs go first.
 */
import type { Component, Link, ServerType } from '../model/design';
import type { ServerGraph } from './resolved';

/** Most graphs kept (a design has at most 64 server types; a few designs' worth stay warm). */
export const SERVER_CACHE_MAX_ENTRIES = 256;

/** Most key characters kept in all (keys grow with the graph: ~150 per component or link, so ~27,000 parts' worth). */
export const SERVER_CACHE_MAX_KEY_CHARS = 4_000_000;

const graphs = new Map<string, ServerGraph>();
let keyChars = 0;
let hits = 0;
let misses = 0;

// A separator no id, model or number prints, so field boundaries cannot be forged by a value.
const SEP = '\u0000';

function componentKey(c: Component): string {
  return `${c.id}${SEP}${c.kind}${SEP}${c.model ?? ''}${SEP}${c.count}${SEP}${c.capacityGB ?? ''}${SEP}${c.capacityW ?? ''}${SEP}${c.redundantPsus ?? ''}${SEP}${c.priceUsd ?? ''}`;
}

function linkKey(l: Link): string {
  return `${l.id}${SEP}${l.kind}${SEP}${l.from}${SEP}${l.to}${SEP}${l.pcieGen ?? ''}${SEP}${l.lanes ?? ''}${SEP}${l.bandwidthGBps ?? ''}`;
}

/** The cache key of a server type: every component and link field the graph is built from. */
export function serverGraphKey(type: Pick<ServerType, 'components' | 'links'>): string {
  const out: string[] = [String(type.components.length)];
  for (const c of type.components) out.push(componentKey(c));
  out.push(String(type.links.length));
  for (const l of type.links) out.push(linkKey(l));
  return out.join('\u0001');
}

/** What the last lookup through a given components array saw, to skip building the key next time. */
interface Seen {
  links: readonly Link[];
  /** Shallow copies of the fields the key reads, as they were. */
  componentFields: readonly Component[];
  linkFields: readonly Link[];
  graph: ServerGraph;
  /** The `withServerTypesUnchanged` scope in which the fields were last found unchanged (0: none). */
  verifiedInScope: number;
}

let scopeCount = 0;
let activeScope = 0;

/**
 * Runs `fn` with the promise that no server type's components or links are edited in place meanwhile (the
 * caller owns its design copy, as a node sweep owns the design it parsed): within it, a graph looked up
 * again through the same arrays skips the field comparison after the first.
 */
export function withServerTypesUnchanged<T>(fn: () => T): T {
  const outer = activeScope;
  activeScope = ++scopeCount;
  try {
    return fn();
  } finally {
    activeScope = outer;
  }
}

// Keyed by the components array: sweep points and repeated evaluations of one design object share it.
let seenByComponents = new WeakMap<readonly Component[], Seen>();

function sameComponent(a: Component, b: Component): boolean {
  return a.id === b.id && a.kind === b.kind && a.model === b.model && a.count === b.count && a.capacityGB === b.capacityGB
    && a.capacityW === b.capacityW && a.redundantPsus === b.redundantPsus && a.priceUsd === b.priceUsd;
}

function sameLink(a: Link, b: Link): boolean {
  return a.id === b.id && a.kind === b.kind && a.from === b.from && a.to === b.to && a.pcieGen === b.pcieGen && a.lanes === b.lanes && a.bandwidthGBps === b.bandwidthGBps;
}

// The arrays may have been edited in place since: compare the fields the key reads (no allocation).
function unchanged(seen: Seen, type: Pick<ServerType, 'components' | 'links'>): boolean {
  if (seen.links !== type.links || type.components.length !== seen.componentFields.length || type.links.length !== seen.linkFields.length) return false;
  for (let i = 0; i < type.components.length; i++) if (!sameComponent(type.components[i]!, seen.componentFields[i]!)) return false;
  for (let i = 0; i < type.links.length; i++) if (!sameLink(type.links[i]!, seen.linkFields[i]!)) return false;
  return true;
}

/**
 * The graph of `type` from the cache, or from `resolve` (which reports its own errors) on a miss.
 * A `null` from `resolve` (the type has errors) is returned and not stored.
 */
export function cachedServerGraph(type: Pick<ServerType, 'components' | 'links'>, resolve: () => ServerGraph | null): ServerGraph | null {
  const seen = seenByComponents.get(type.components);
  if (seen && ((activeScope !== 0 && seen.verifiedInScope === activeScope && seen.links === type.links) || unchanged(seen, type))) {
    hits++;
    seen.verifiedInScope = activeScope;
    return seen.graph;
  }
  const key = serverGraphKey(type);
  let graph = graphs.get(key) ?? null;
  if (graph) {
    hits++;
    // Re-insert so iteration order is least recently used first.
    graphs.delete(key);
    graphs.set(key, graph);
  } else {
    misses++;
    graph = resolve();
    if (!graph) return null;
    freezeGraph(graph);
    store(key, graph);
  }
  seenByComponents.set(type.components, {
    links: type.links, graph, verifiedInScope: activeScope,
    componentFields: type.components.map((c) => ({ ...c })), linkFields: type.links.map((l) => ({ ...l })),
  });
  return graph;
}

function store(key: string, graph: ServerGraph): void {
  graphs.set(key, graph);
  keyChars += key.length;
  for (const [k] of graphs) {
    if (graphs.size <= SERVER_CACHE_MAX_ENTRIES && keyChars <= SERVER_CACHE_MAX_KEY_CHARS) break;
    if (k === key) break;
    graphs.delete(k);
    keyChars -= k.length;
  }
}

// A shared graph must not change under another evaluation: freezing turns an accidental write to the graph or to
// a part, edge or component entry into an error. The lists stay plain arrays, kept from writes by their
// `readonly` types: V8 (Node 20) has no fast path for frozen arrays, so every for-of, map, filter, find or
// reduce over one allocates and runs several times slower, and the engine reads these lists at every point.
function freezeGraph(g: ServerGraph): void {
  for (const p of g.parts) Object.freeze(p);
  for (const e of g.edges) Object.freeze(e);
  for (const c of g.componentParts) Object.freeze(c);
  Object.freeze(g);
}

/** Hits, misses and size of the cache since it was last cleared (for tests and measurements). */
export function serverCacheStats(): { hits: number; misses: number; entries: number; keyChars: number } {
  return { hits, misses, entries: graphs.size, keyChars };
}

/** Empties the cache and its counters. */
export function clearServerCache(): void {
  graphs.clear();
  seenByComponents = new WeakMap();
  keyChars = 0;
  hits = 0;
  misses = 0;
}
