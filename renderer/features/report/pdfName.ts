/** The PDF file name proposed for a proposal titled `title`: no characters file systems reserve, ending in `.pdf`. */
export function suggestedPdfName(title: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const cleaned = title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').replace(/^[.\s]+/, '').replace(/\.json$/i, '').trim().slice(0, 120);
  const base = cleaned || 'Proposal';
  return base.toLowerCase().endsWith('.pdf') ? base : `${base}.pdf`;
}
