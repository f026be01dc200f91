import { describe, expect, it } from 'vitest';
import { suggestedFileName } from './fileName';
import { fileShortcut, isMacPlatform, shortcutLabel } from './fileShortcuts';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('fileShortcut', () => {
  it.each([
    [key('n', { ctrlKey: true }), 'file.new'],
    [key('o', { metaKey: true }), 'file.open'],
    [key('s', { ctrlKey: true }), 'file.save'],
    [key('S', { ctrlKey: true, shiftKey: true }), 'file.saveAs'],
    [key('s', { metaKey: true, shiftKey: true }), 'file.saveAs'],
    [key('s'), null],
    [key('s', { ctrlKey: true, altKey: true }), null],
    [key('N', { ctrlKey: true, shiftKey: true }), null],
    [key('z', { ctrlKey: true }), null],
  ])('%o -> %s', (event, command) => {
    expect(fileShortcut(event)).toBe(command);
  });
});

describe('labels', () => {
  it('writes shortcuts the way each platform does', () => {
    expect(shortcutLabel('file.saveAs', false)).toBe('Ctrl+Shift+S');
    expect(shortcutLabel('file.saveAs', true)).toBe('⌘⇧S');
    expect(shortcutLabel('file.new', true)).toBe('⌘N');
    expect(isMacPlatform({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)' })).toBe(true);
    expect(isMacPlatform({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64)' })).toBe(false);
  });

  it('proposes a file name from the design name without reserved characters', () => {
    expect(suggestedFileName('DGX A100, ResNet-50')).toBe('DGX A100, ResNet-50.json');
    expect(suggestedFileName('a/b:c*?"<>|')).toBe('a-b-c------.json');
    expect(suggestedFileName('..hidden')).toBe('hidden.json');
    expect(suggestedFileName('  ')).toBe('Untitled design.json');
    expect(suggestedFileName('rig.JSON')).toBe('rig.JSON');
  });
});
