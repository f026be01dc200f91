import { describe, expect, it } from 'vitest';
import { findShippedTemplate, serializeTemplate } from '../../../core';
import { readTemplateFile, readUserTemplates, removeUserTemplate, saveUserTemplate, USER_TEMPLATES_KEY, type TemplateStorage } from './userTemplates';

function memoryStorage(failWrites = false): TemplateStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (failWrites) throw new Error('QuotaExceededError');
      data.set(k, v);
    },
  };
}

const dgx = findShippedTemplate('nvidia-dgx-a100')!;
const mine = { ...dgx, id: 'user-rig', name: 'My rig' };

describe('user templates', () => {
  it('saves, replaces by id, lists and removes templates', () => {
    const s = memoryStorage();
    expect(readUserTemplates(s)).toEqual({ templates: [], problems: [] });
    expect(saveUserTemplate(mine, s).ok).toBe(true);
    expect(saveUserTemplate({ ...mine, name: 'My rig v2' }, s).ok).toBe(true);
    expect(readUserTemplates(s).templates.map((t) => t.name)).toEqual(['My rig v2']);
    const removed = removeUserTemplate('user-rig', s);
    expect(removed.ok && removed.library.templates).toEqual([]);
  });

  it('keeps the library when a write fails or the stored value is damaged', () => {
    const s = memoryStorage();
    saveUserTemplate(mine, s);
    const before = s.data.get(USER_TEMPLATES_KEY);
    const failing = { ...memoryStorage(true), getItem: s.getItem };
    expect(saveUserTemplate({ ...mine, id: 'user-other' }, failing)).toEqual({ ok: false, message: expect.stringMatching(/nothing was changed/) });
    expect(s.data.get(USER_TEMPLATES_KEY)).toBe(before);
    s.data.set(USER_TEMPLATES_KEY, '{broken');
    expect(readUserTemplates(s).problems[0]).toMatch(/not valid JSON/);
    expect(saveUserTemplate(mine, s).ok).toBe(false);
    expect(s.data.get(USER_TEMPLATES_KEY)).toBe('{broken');
  });

  it('reports a stored entry that no longer loads, with its path, and keeps the others', () => {
    const s = memoryStorage();
    const bad = JSON.parse(serializeTemplate(mine));
    bad.template.serverType.components[0].model = 'no-such-cpu';
    s.data.set(USER_TEMPLATES_KEY, JSON.stringify([bad, JSON.parse(serializeTemplate({ ...mine, id: 'user-ok' }))]));
    const lib = readUserTemplates(s);
    expect(lib.templates.map((t) => t.id)).toEqual(['user-ok']);
    expect(lib.problems).toEqual(['User template 1: unknown CPU "no-such-cpu" (at template.serverType.components[0].model)']);
  });

  it('imports a file after checking its size and contents, naming the path of a problem', async () => {
    const file = (name: string, text: string, size = text.length) => ({ name, size, text: async () => text });
    expect(await readTemplateFile(file('ok.json', serializeTemplate(mine)))).toMatchObject({ ok: true, template: { id: 'user-rig' } });
    const wrong = JSON.parse(serializeTemplate(mine));
    wrong.template.rackUnits = 'six';
    expect(await readTemplateFile(file('wrong.json', JSON.stringify(wrong)))).toEqual({ ok: false, message: expect.stringMatching(/^wrong\.json: Template: the rack units must be a number \(at template\.rackUnits\)/) });
    let read = false;
    const huge = { name: 'huge.json', size: 50e6, text: async () => { read = true; return ''; } };
    expect(await readTemplateFile(huge)).toEqual({ ok: false, message: expect.stringMatching(/huge\.json: 50\.0 MB is larger than/) });
    expect(read).toBe(false);
  });
});
