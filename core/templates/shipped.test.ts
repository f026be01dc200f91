import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateDesign } from '../engine/evaluate';
import { checkTemplate } from './checks';
import { designFromTemplate } from './design';
import { TEMPLATE_JSON_SCHEMA_PATH, templateJsonSchemaText } from './jsonSchema';
import { loadTemplateText } from './load';
import { TEMPLATE_FIELDS } from './schema';
import { SHIPPED_TEMPLATE_FILES, shippedTemplates } from './shipped';
import { summarizeTemplate } from './summary';

const DIR = join(__dirname, '../../assets/templates');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

describe('shipped templates', () => {
  it('lists every file of assets/templates and ships at least 24', () => {
    expect(Object.keys(SHIPPED_TEMPLATE_FILES).sort()).toEqual(files.sort());
    expect(shippedTemplates().length).toBeGreaterThanOrEqual(24);
  });

  it('covers the systems the library promises', () => {
    const ids = shippedTemplates().map((t) => t.id);
    for (const id of ['nvidia-dgx-1-v100', 'nvidia-dgx-2', 'nvidia-dgx-a100', 'nvidia-dgx-h100', 'nvidia-dgx-h200', 'nvidia-dgx-b200', 'dell-poweredge-c4140', 'dell-poweredge-r750xa', 'dell-poweredge-xe8545', 'dell-poweredge-xe9680']) {
      expect(ids).toContain(id);
    }
    expect(ids.some((id) => id.startsWith('dell-poweredge-r760xa'))).toBe(true);
    const vendors = new Set(shippedTemplates().map((t) => t.vendor));
    for (const v of ['Supermicro', 'HPE', 'Lenovo', 'Gigabyte', 'Lambda', 'Inspur', 'BOXX']) expect(vendors).toContain(v);
    const gpus = new Set(shippedTemplates().map((t) => summarizeTemplate(t).gpuId));
    for (const g of ['l40s', 'l4', 'a100-pcie-80gb', 'mi300x', 'rtx4090']) expect(gpus).toContain(g);
  });

  it.each(files)('%s loads from its text, with provenance for every field', (file) => {
    const res = loadTemplateText(readFileSync(join(DIR, file), 'utf8'));
    if (!res.ok) throw new Error(JSON.stringify(res.errors));
    for (const f of TEMPLATE_FIELDS) expect(res.template.provenance[f].source.length).toBeGreaterThan(0);
    // A field whose value was assumed cannot claim datasheet confidence.
    for (const a of res.template.assumptions) expect(res.template.provenance[a.field].confidence, `${file} ${a.field}`).toBe('estimate');
  });

  it.each(shippedTemplates().map((t) => [t.id, t] as const))('%s passes its compatibility checks', (_id, t) => {
    const res = checkTemplate(t);
    if (!res.ok) throw new Error(JSON.stringify(res.errors));
    expect(res.issues.filter((i) => i.severity !== 'info').map((i) => i.message)).toEqual([]);
  });

  it.each(shippedTemplates().map((t) => [t.id, t] as const))('%s evaluates to finite results on ResNet-50', (_id, t) => {
    const res = evaluateDesign(designFromTemplate(t, 'resnet50-imagenet', 2));
    if (!res.ok) throw new Error(JSON.stringify(res.errors));
    const ev = res.evaluation;
    for (const x of [ev.samplesPerSec, ev.time.totalSeconds, ev.cost.usdPerImage, ev.cost.capexUsd, ev.cost.powerKW]) {
      expect(Number.isFinite(x)).toBe(true);
      expect(x).toBeGreaterThan(0);
    }
    expect(ev.gpus).toBe(2 * summarizeTemplate(t).gpuCount);
  });

  it('uses the vendor price and maximum power where they are published', () => {
    const dgx = shippedTemplates().find((t) => t.id === 'nvidia-dgx-a100')!;
    const res = evaluateDesign(designFromTemplate(dgx, 'resnet50-imagenet', 1));
    if (!res.ok) throw new Error(JSON.stringify(res.errors));
    // The quoted server price is the server's line; the rack and PDUs it needs are priced on their own lines.
    expect(res.evaluation.cost.bomTotals.subtotalsUsd.server).toBe(199000);
    expect(res.evaluation.cost.capexUsd).toBe(199000 + res.evaluation.cost.bomTotals.subtotalsUsd.facility);
    expect(res.evaluation.cost.powerKW).toBeCloseTo(6.5, 2);
  });

  it('publishes a JSON Schema in step with the zod schema', () => {
    expect(readFileSync(join(__dirname, '../..', TEMPLATE_JSON_SCHEMA_PATH), 'utf8')).toBe(templateJsonSchemaText());
  });
});
