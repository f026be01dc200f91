/** Extension of saved designs (the Electron dialog filters and the browser's file picker accept it). */
export const DESIGN_FILE_EXTENSION = '.json';

/**
 * The file name proposed when a design is saved for the first time: the design's name without characters
 * that file systems reserve, ending in `.json`; `Untitled design.json` when nothing is left.
 */
export function suggestedFileName(designName: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const cleaned = designName.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').replace(/^[.\s]+/, '').trim().slice(0, 120);
  const base = cleaned || 'Untitled design';
  return base.toLowerCase().endsWith(DESIGN_FILE_EXTENSION) ? base : `${base}${DESIGN_FILE_EXTENSION}`;
}
