/** Whether a location hash names the report route (`#/report`, `#/report?print`). */
export function isReportRoute(hash: string): boolean {
  return /^#\/report(?:[?/]|$)/.test(hash);
}

/** Whether the report route was asked to open the print dialog once drawn (`#/report?print`). */
export function wantsPrint(hash: string): boolean {
  return isReportRoute(hash) && /[?&]print(?:=|&|$)/.test(hash);
}
