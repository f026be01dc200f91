// What a customer may read: the proposal leaves out internal paths, file names, notes to the author and
// references to the planner's own documentation. Pure.

/** Text that must never reach a proposal: paths, data files, the README, notes and to-dos for the author. */
export const INTERNAL_TEXT: readonly RegExp[] = [
  /\bREADME\b/i,
  /(?:^|[\s(])(?:\.\.?\/|\/)?[\w-]+\/[\w./-]+\.(?:json|csv|ts|md)\b/i,
  /\b[\w-]+\.(?:json|csv|ts|tsx)\b/i,
  /shared\/reference/i,
  /\bTODO\b|\bFIXME\b/,
  /counted at \$0/i,
  /\bSet its price\b/i,
  /as it should be/i,
  /not re-verified|as recalled/i,
];

/** Whether `text` holds anything of `INTERNAL_TEXT`. */
export function isInternal(text: string): boolean {
  return INTERNAL_TEXT.some((pattern) => pattern.test(text));
}

const DATA_SOURCES: Record<string, string> = {
  local: 'local drives',
  'page-cache': 'memory (page cache)',
  shared: 'shared storage',
  synthetic: 'synthetic data (no storage)',
};

/**
 * `text` as a customer may read it: a parenthesis or clause that points at internal material is dropped,
 * engine shorthand is spelled out; null when nothing customer-safe is left.
 */
export function customerSafe(text: string): string | null {
  let out = text
    .replace(/^data source: (.+)$/, (_, sources: string) => `Dataset read from ${sources.split(', ').map((s) => DATA_SOURCES[s] ?? s).join(' and ')}`)
    // A parenthesis or a "; see ..." clause that cites internal material goes; the sentence stays.
    .replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => (isInternal(inner) || /^see /i.test(inner.trim()) ? '' : whole))
    .replace(/;\s*see [^;.)]*/gi, '')
    .trim();
  if (!out || isInternal(out)) return null;
  out = out.charAt(0).toUpperCase() + out.slice(1);
  return /[.!?]$/.test(out) ? out : `${out}.`;
}
