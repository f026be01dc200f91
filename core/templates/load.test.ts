import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadTemplateText, loadTemplateValue, serializeTemplate } from './load';
import { TEMPLATE_LIMITS } from './schema';
import { findShippedTemplate } from './shipped';

// JSON.parse gives an untyped copy the tests can break at will.
const valid = () => JSON.parse(serializeTemplate(findShippedTemplate('nvidia-dgx-a100')!));
const errorsOf = (v: unknown) => {
  const r = loadTemplateValue(v);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.errors;
};

describe('loading template files', () => {
  it('round-trips a shipped template through its text', () => {
    const t = findShippedTemplate('nvidia-dgx-h100')!;
    const r = loadTemplateText(serializeTemplate(t));
    expect(r).toEqual({ ok: true, template: t });
  });

  it('names the JSON path of a wrong type, an unknown part and a dangling link', () => {
    const a = valid();
    a.template.serverType.components[2].count = 'eight';
    expect(errorsOf(a)[0]).toMatchObject({ path: 'template.serverType.components[2].count' });
    const b = valid();
    const gi = b.template.serverType.components.findIndex((x: { kind: string }) => x.kind === 'gpu');
    b.template.serverType.components[gi].model = 'a1OO-sxm4';
    expect(errorsOf(b)).toEqual([{ path: `template.serverType.components[${gi}].model`, message: 'unknown GPU "a1OO-sxm4"' }]);
    const c = valid();
    c.template.serverType.links[0].to = 'nowhere';
    expect(errorsOf(c)[0]).toMatchObject({ path: 'template.serverType.links[0].to' });
    const d = valid();
    d.template.provenance.gpus.confidence = 'trust me';
    expect(errorsOf(d)[0]).toMatchObject({ path: 'template.provenance.gpus.confidence' });
    const e = valid();
    delete e.template.provenance.storage;
    expect(errorsOf(e)[0]).toMatchObject({ path: 'template.provenance.storage' });
  });

  it('refuses absurd numbers with the path', () => {
    const a = valid();
    a.template.serverType.components.find((c: { kind: string }) => c.kind === 'memory').capacityGB = 5e6;
    expect(errorsOf(a)[0]!.message).toMatch(/5000000 GB is not plausible: expected between 1 and 65536 GB/);
    const b = valid();
    b.template.serverType.components.find((c: { kind: string }) => c.kind === 'gpu').count = 4000;
    expect(errorsOf(b).some((e) => /4000 x gpu|GPUs in one server/.test(e.message))).toBe(true);
    const c = valid();
    c.template.maxPowerW = 1e9;
    expect(errorsOf(c)[0]).toMatchObject({ path: 'template.maxPowerW' });
    const d = valid();
    d.template.serverType.count = 50;
    expect(errorsOf(d)[0]).toMatchObject({ path: 'template.serverType.count' });
    const e = valid();
    e.template.year = 1850;
    expect(errorsOf(e)[0]).toMatchObject({ path: 'template.year' });
  });

  it('refuses huge text before parsing it, deep nesting, other formats and newer versions', () => {
    const huge = `{"format":"trainwright/template","pad":"${'x'.repeat(TEMPLATE_LIMITS.maxTextLength)}"`;
    expect(loadTemplateText(huge)).toEqual({ ok: false, errors: [{ path: '(root)', message: expect.stringMatching(/MB; the limit is/) }] });
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(loadTemplateText(deep)).toEqual({ ok: false, errors: [{ path: "[0][0][0][0]…[0][0][0]", message: `nesting deeper than ${TEMPLATE_LIMITS.maxDepth} levels` }] });
    expect(loadTemplateText('{"format":"trainwright/project","version":1}')).toMatchObject({ ok: false, errors: [{ path: 'format' }] });
    const newer = valid();
    newer.version = 7;
    expect(errorsOf(newer)[0]).toMatchObject({ path: 'version', message: expect.stringMatching(/version 7; .* reads up to 1/) });
    expect(loadTemplateText('{"format": ')).toMatchObject({ ok: false, errors: [{ path: '(root)', message: expect.stringMatching(/not valid JSON/) }] });
  });

  it('never throws and never changes its input, whatever a malformed template holds (property)', () => {
    // Random edits at random places of a real template: replace a value by junk, delete a key, or add one.
    const junk = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 2 }), fc.constant(-1e308), fc.constant(1e308));
    const edit = fc.record({ pick: fc.nat(), action: fc.constantFrom('replace', 'delete', 'add'), value: junk, key: fc.string({ maxLength: 8 }) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const doc = valid();
        for (const e of edits) {
          const holders: Array<[Record<string, unknown>, string]> = [];
          const walk = (v: unknown) => {
            if (!v || typeof v !== 'object') return;
            for (const [k, child] of Object.entries(v)) {
              holders.push([v as Record<string, unknown>, k]);
              walk(child);
            }
          };
          walk(doc);
          const [holder, key] = holders[e.pick % holders.length]!;
          if (e.action === 'replace') holder[key] = e.value;
          else if (e.action === 'delete') delete holder[key];
          else holder[e.key || 'extra'] = e.value;
        }
        const before = JSON.stringify(doc);
        const r = loadTemplateValue(doc);
        expect(JSON.stringify(doc)).toBe(before);
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const err of r.errors) {
            expect(err.path.length).toBeGreaterThan(0);
            expect(err.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses any JSON value that is not a template without throwing (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        const r = loadTemplateText(JSON.stringify(v) ?? 'null');
        expect(r.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
