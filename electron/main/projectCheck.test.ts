import { describe, expect, it } from 'vitest';
import { checkProjectText, formatSizeMB, MAX_PROJECT_SIZE_BYTES } from './projectCheck';

const valid = { format: 'trainwright/project', version: 1, design: { name: 'Small cluster', serverTypes: [], workload: 'resnet50' } };

describe('checkProjectText', () => {
  it('accepts a project that core loads', () => {
    expect(checkProjectText(JSON.stringify(valid))).toBeNull();
  });

  it.each([
    ['not JSON', '{', /not a valid Trainwright project: \(root\): not valid JSON/],
    ['another format', JSON.stringify({ ...valid, format: 'other' }), /: format: expected "trainwright\/project"/],
    ['a design without a name', JSON.stringify({ ...valid, design: { ...valid.design, name: '' } }), /: design\.name: /],
    ['an array', '[]', /: \(root\): expected a JSON object/],
  ])('refuses %s, naming the JSON path', (_label, text, message) => {
    expect(checkProjectText(text)).toMatch(message);
  });

  it('refuses text over 20 MB, saying how big it is', () => {
    expect(MAX_PROJECT_SIZE_BYTES).toBe(20 * 1024 * 1024);
    expect(checkProjectText(`"${'x'.repeat(MAX_PROJECT_SIZE_BYTES)}"`)).toBe('The design is 20.0 MB; Trainwright saves files up to 20.0 MB.');
    expect(formatSizeMB(25.3 * 1024 * 1024)).toBe('25.3 MB');
  });
});
