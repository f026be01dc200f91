// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { historyShortcut, isEditable } from './useUndoShortcuts';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('historyShortcut', () => {
  it.each([
    [key('z', { ctrlKey: true }), 'undo'],
    [key('z', { metaKey: true }), 'undo'],
    [key('Z', { ctrlKey: true, shiftKey: true }), 'redo'],
    [key('y', { ctrlKey: true }), 'redo'],
    [key('Y', { ctrlKey: true, shiftKey: true }), null],
    [key('z', { ctrlKey: true, altKey: true }), null],
    [key('z'), null],
    [key('s', { ctrlKey: true }), null],
  ])('%o -> %s', (event, step) => {
    expect(historyShortcut(event)).toBe(step);
  });
});

describe('isEditable', () => {
  it('is true for text fields, selects and contenteditable, false otherwise', () => {
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    // jsdom does not compute isContentEditable; the browser does.
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    expect(isEditable(document.createElement('input'))).toBe(true);
    expect(isEditable(document.createElement('textarea'))).toBe(true);
    expect(isEditable(document.createElement('select'))).toBe(true);
    expect(isEditable(editable)).toBe(true);
    expect(isEditable(document.createElement('button'))).toBe(false);
    expect(isEditable(document.body)).toBe(false);
    expect(isEditable(null)).toBe(false);
  });
});
