import { describe, expect, it } from 'vitest';
import { citeAll, formatPublication, publicationOf } from './publications';
import { isInternal } from './customerText';
import { designSources } from './sources';
import { exampleProject } from '../../../core';

describe('publications', () => {
  it('cites MLPerf rounds with their publisher and year', () => {
    expect(publicationOf('MLPerf Training v4.0 system description Dell/systems/XE9680x8H100-SXM-80GB.json')).toEqual({ title: 'MLPerf Training v4.0 results and system descriptions', publisher: 'MLCommons', year: 2024 });
  });
  it('never cites a data file, path or mirror', () => {
    const designs = (['dgx-a100-resnet50-nvme', 'dgx-a100-resnet50-sata', 'dual-socket-pcie-split', 'cluster-16-shared-storage'] as const).map((id) => exampleProject(id).design);
    const { publications } = citeAll(designSources(designs).map((s) => s.sources));
    expect(publications.length).toBeGreaterThan(3);
    for (const p of publications) expect(isInternal(formatPublication(p)), formatPublication(p)).toBe(false);
  });
  it('ends each entry with one period, also without a year', () => {
    expect(formatPublication({ title: 'SPEC benchmark results', publisher: 'SPEC', year: null })).toBe('SPEC benchmark results. SPEC, n.d.');
    expect(formatPublication({ title: 'Electric Power Annual 2023', publisher: 'EIA', year: 2024 })).toBe('Electric Power Annual 2023. EIA, 2024.');
  });
  it('numbers each publication once', () => {
    const { publications, numbers } = citeAll([['Epoch AI, x', 'IEEE 802.3 line rate'], ['Epoch AI, y']]);
    expect(publications).toHaveLength(2);
    expect(numbers).toEqual([[1, 2], [1]]);
  });
});
