/**
 * Putting templates into designs and taking servers out of them: insert as a new server type,
 * replace a server type (keeping its count, the workload and every setting), a one-server-type design
 * for the CLI, and a user template saved from a server on the canvas.
 */
import type { DesignInput, ServerType } from '../model/design';
import { resolveGpu, resolveNic } from '../catalog/components';
import type { PsuRedundancy, Template, TemplateField, ValueProvenance } from './schema';
import { TEMPLATE_FIELDS } from './schema';

// Templates and server types are plain JSON data; a JSON copy shares nothing with the original.
const cloneJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The parts of a design these helpers touch (a plain design or an immer draft of one). */
export interface ServerTypesHolder {
  serverTypes: ServerType[];
}

/** An id based on `base` that no server type of `design` uses yet ("dgx-a100", "dgx-a100-2", ...). */
export function uniqueServerTypeId(design: ServerTypesHolder, base: string): string {
  const used = new Set(design.serverTypes.map((s) => s.id));
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** A fresh copy of the template's server type with the given id and count, remembering which template it came from. */
export function serverTypeFromTemplate(template: Template, id: string, count: number): ServerType {
  const copy = cloneJson(template.serverType);
  return { ...copy, id, count, templateId: template.id, chassis: cloneJson(template.chassis) };
}

/** Adds the template as a new server type with `count` servers; returns the new server type's id. */
export function insertTemplate(design: ServerTypesHolder, template: Template, count = 1): string {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`server count must be a whole number >= 1, got ${count}`);
  const id = uniqueServerTypeId(design, template.id);
  design.serverTypes.push(serverTypeFromTemplate(template, id, count));
  return id;
}

/**
 * Replaces server type `serverTypeId` by the template in place, keeping its id and its count (so links
 * to it from elsewhere and the cluster size stay); the workload, run settings and economics are untouched.
 * Returns false when there is no such server type.
 */
export function replaceServerType(design: ServerTypesHolder, serverTypeId: string, template: Template): boolean {
  const index = design.serverTypes.findIndex((s) => s.id === serverTypeId);
  if (index < 0) return false;
  const old = design.serverTypes[index]!;
  design.serverTypes[index] = serverTypeFromTemplate(template, old.id, old.count);
  return true;
}

/** A design with `nodes` servers of the template training `workload`, default run settings and economics. */
export function designFromTemplate(template: Template, workload: string, nodes: number): DesignInput {
  const nics = template.serverType.components.filter((c) => c.kind === 'nic').map((c) => (c.model ? resolveNic(c.model) : undefined));
  const protocol = nics.some((n) => n?.protocol === 'infiniband') ? 'infiniband' : 'ethernet';
  return {
    name: `${nodes} x ${template.name}`,
    serverTypes: [serverTypeFromTemplate(template, template.id, nodes)],
    fabric: { protocol, oversubscription: 1, pricePerPortUsd: 0 },
    workload,
  };
}

/** The redundancy scheme `redundant` of `count` supplies amounts to, if it is one of the named schemes. */
function schemeOf(count: number, redundant: number): PsuRedundancy | undefined {
  if (redundant === 0) return 'none';
  if (redundant * 2 === count) return 'N+N';
  if (redundant === 1) return 'N+1';
  if (redundant === 2) return 'N+2';
  return undefined;
}

/** What a person says about a server they save as a template. */
export interface UserTemplateMeta {
  id: string;
  name: string;
  vendor?: string;
  year: number;
  /** Where it was saved from, for the provenance ("design ‘Cluster A’, 2025-06-01"). */
  origin: string;
}

/**
 * A user template from a server type on the canvas. Every value is the user's own (confidence
 * `estimate`, source = where it was saved from); the chassis is the server's template's, else taken to be exactly what the server holds.
 */
export function templateFromServerType(serverType: ServerType, meta: UserTemplateMeta): Template {
  const st = cloneJson(serverType);
  const gpuForms = new Set(st.components.filter((c) => c.kind === 'gpu').map((c) => (c.model ? resolveGpu(c.model)?.formFactor : undefined)).filter((f) => f !== undefined));
  const gpuCount = st.components.filter((c) => c.kind === 'gpu').reduce((n, c) => n + c.count, 0);
  const psu = st.components.find((c) => c.kind === 'psu');
  const prov: ValueProvenance = { source: [`Saved by the user from ${meta.origin}`], confidence: 'estimate' };
  const provenance = Object.fromEntries(TEMPLATE_FIELDS.map((f) => [f, prov])) as Record<TemplateField, ValueProvenance>;
  const { chassis } = st;
  delete st.templateId;
  delete st.chassis;
  return {
    id: meta.id,
    name: meta.name,
    vendor: meta.vendor ?? 'User',
    year: meta.year,
    formFactor: 'rack',
    rackUnits: st.rackUnits ?? null,
    maxPowerW: null,
    priceUsd: st.priceUsd ?? null,
    description: `User template saved from ${meta.origin}.`,
    chassis: chassis ?? {
      gpuFormFactors: gpuForms.size ? [...gpuForms] : ['pcie'],
      gpuPositions: Math.min(64, gpuCount),
      ...(psu && schemeOf(psu.count, psu.redundantPsus ?? 0) ? { psuRedundancy: schemeOf(psu.count, psu.redundantPsus ?? 0) } : {}),
    },
    provenance,
    assumptions: [{ field: 'chassis', text: chassis ? 'Saved from a design: the chassis is the one of the template the server came from.' : 'Saved from a design: the chassis is taken to hold exactly these parts; values are not checked against a vendor specification.' }],
    serverType: { ...st, id: meta.id, count: 1 },
  };
}
