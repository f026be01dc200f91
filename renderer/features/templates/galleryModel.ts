/** What the gallery lists and how its filters narrow it: pure, so it is tested without a DOM. */
import { summarizeTemplate, type Template, type TemplateSummary } from '../../../core';

/** One card: a template, its summary and where it comes from. */
export interface GalleryEntry {
  template: Template;
  summary: TemplateSummary;
  origin: 'shipped' | 'user';
}

/** The gallery's filters; an empty string means "any". */
export interface GalleryFilters {
  vendor: string;
  gpu: string;
  gpuCount: string;
  formFactor: string;
  year: string;
  /** Free text matched against name, vendor and id. */
  text: string;
}

/** No filter set. */
export const NO_FILTERS: GalleryFilters = { vendor: '', gpu: '', gpuCount: '', formFactor: '', year: '', text: '' };

/** Cards for shipped and user templates; a user template with a shipped id is listed as the user's. */
export function galleryEntries(shipped: readonly Template[], user: readonly Template[]): GalleryEntry[] {
  const userIds = new Set(user.map((t) => t.id));
  return [
    ...user.map((template) => ({ template, summary: summarizeTemplate(template), origin: 'user' as const })),
    ...shipped.filter((t) => !userIds.has(t.id)).map((template) => ({ template, summary: summarizeTemplate(template), origin: 'shipped' as const })),
  ];
}

/** The entries that pass every filter. */
export function filterEntries(entries: readonly GalleryEntry[], f: GalleryFilters): GalleryEntry[] {
  const text = f.text.trim().toLowerCase();
  return entries.filter(({ summary: s, template: t }) =>
    (!f.vendor || s.vendor === f.vendor) &&
    (!f.gpu || s.gpuId === f.gpu) &&
    (!f.gpuCount || String(s.gpuCount) === f.gpuCount) &&
    (!f.formFactor || s.formFactor === f.formFactor) &&
    (!f.year || String(s.year) === f.year) &&
    (!text || `${t.name} ${t.vendor} ${t.id}`.toLowerCase().includes(text)),
  );
}

/** A choice of a filter: its value and label. */
export interface FilterOption {
  value: string;
  label: string;
}

/** The choices each filter offers, from the entries themselves (sorted). */
export function filterOptions(entries: readonly GalleryEntry[]): Record<'vendor' | 'gpu' | 'gpuCount' | 'formFactor' | 'year', FilterOption[]> {
  const uniq = (pairs: Array<[string, string]>) => [...new Map(pairs).entries()].map(([value, label]) => ({ value, label }));
  const byLabel = (a: FilterOption, b: FilterOption) => a.label.localeCompare(b.label);
  return {
    vendor: uniq(entries.map((e) => [e.summary.vendor, e.summary.vendor])).sort(byLabel),
    gpu: uniq(entries.filter((e) => e.summary.gpuId).map((e) => [e.summary.gpuId!, e.summary.gpuName ?? e.summary.gpuId!])).sort(byLabel),
    gpuCount: uniq(entries.map((e) => [String(e.summary.gpuCount), `${e.summary.gpuCount} GPU${e.summary.gpuCount === 1 ? '' : 's'}`])).sort((a, b) => Number(a.value) - Number(b.value)),
    formFactor: uniq(entries.map((e) => [e.summary.formFactor, e.summary.formFactor === 'rack' ? 'Rack' : 'Tower / workstation'])).sort(byLabel),
    year: uniq(entries.map((e) => [String(e.summary.year), String(e.summary.year)])).sort((a, b) => Number(a.value) - Number(b.value)),
  };
}

/** The server type "Replace" acts on: the one the selection is in, else the first; null when the design has none. */
export function replaceTargetId(selection: ReadonlyArray<{ type: string; serverTypeId?: string }>, serverTypeIds: readonly string[]): string | null {
  for (const item of selection) if (item.serverTypeId && serverTypeIds.includes(item.serverTypeId)) return item.serverTypeId;
  return serverTypeIds[0] ?? null;
}

/** A user template id from a name: lower-case words joined by dashes, not clashing with `taken`. */
export function userTemplateId(name: string, taken: ReadonlySet<string>): string {
  const base = `user-${name.toLowerCase().replace(/[^a-z0-9.+]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'server'}`;
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
