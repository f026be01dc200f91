import { describe, expect, it } from 'vitest';
import { shippedTemplates } from '../../../core';
import { filterEntries, filterOptions, galleryEntries, NO_FILTERS, replaceTargetId, userTemplateId } from './galleryModel';

const entries = galleryEntries(shippedTemplates(), []);

describe('gallery model', () => {
  it('filters by vendor, GPU, GPU count, form factor, year and text', () => {
    const dell = filterEntries(entries, { ...NO_FILTERS, vendor: 'Dell' });
    expect(dell.length).toBeGreaterThan(3);
    expect(dell.every((e) => e.summary.vendor === 'Dell')).toBe(true);
    const h100x8 = filterEntries(entries, { ...NO_FILTERS, gpu: 'h100-sxm5-80gb', gpuCount: '8' });
    expect(h100x8.map((e) => e.template.id)).toEqual(expect.arrayContaining(['nvidia-dgx-h100', 'dell-poweredge-xe9680']));
    expect(h100x8.every((e) => e.summary.gpuCount === 8)).toBe(true);
    expect(filterEntries(entries, { ...NO_FILTERS, formFactor: 'tower' }).map((e) => e.template.id).sort()).toEqual(['boxx-apexx-class-4x-rtx6000-ada', 'workstation-4x-rtx4090']);
    expect(filterEntries(entries, { ...NO_FILTERS, year: '2018' }).every((e) => e.summary.year === 2018)).toBe(true);
    expect(filterEntries(entries, { ...NO_FILTERS, text: 'dgx-2' }).map((e) => e.template.id)).toEqual(['nvidia-dgx-2']);
    expect(filterEntries(entries, { ...NO_FILTERS, vendor: 'Dell', gpu: 'mi300x' })).toEqual([]);
  });

  it('offers each filter the values the templates have', () => {
    const o = filterOptions(entries);
    expect(o.vendor.map((v) => v.value)).toEqual(expect.arrayContaining(['NVIDIA', 'Dell', 'Supermicro', 'HPE', 'Lenovo', 'Gigabyte', 'Lambda', 'Inspur']));
    expect(o.gpuCount.map((v) => v.value)).toEqual(['4', '8', '16']);
    expect(o.formFactor.map((v) => v.value).sort()).toEqual(['rack', 'tower']);
  });

  it('lists a user template before the shipped one of the same id', () => {
    const mine = { ...shippedTemplates()[0]!, name: 'Mine' };
    const both = galleryEntries(shippedTemplates(), [mine]);
    expect(both.filter((e) => e.template.id === mine.id).map((e) => [e.origin, e.template.name])).toEqual([['user', 'Mine']]);
  });

  it('replaces the selected server type, else the first, and makes user ids that do not clash', () => {
    expect(replaceTargetId([{ type: 'component', serverTypeId: 'b' }], ['a', 'b'])).toBe('b');
    expect(replaceTargetId([{ type: 'fabric' }], ['a', 'b'])).toBe('a');
    expect(replaceTargetId([], [])).toBeNull();
    expect(userTemplateId('My DGX (mine)', new Set(['user-my-dgx-mine']))).toBe('user-my-dgx-mine-2');
  });
});
