import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// js-yaml is electron-builder's own YAML parser (installed with it, untyped), so it reads the file as electron-builder does.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const root = path.resolve(import.meta.dirname, '..');
const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('identifies the app and packs only out/ and package.json into an asar', () => {
    expect(config).toMatchObject({ appId: 'app.trainwright.desktop', productName: 'Trainwright', asar: true, directories: { output: 'release' }, publish: null });
    const files = config.files as string[];
    expect(files.filter((pattern) => !pattern.startsWith('!'))).toEqual(['out/**', 'package.json']);
    expect(files).toContain('!node_modules/**');
  });

  it('flips the security fuses for release builds', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('targets AppImage and deb on Linux, NSIS on Windows and dmg on macOS', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Science;Development', maintainer: expect.stringMatching(/\S+ <\S+@\S+>/) });
    expect(config.win).toMatchObject({ target: ['nsis'] });
    expect(config.mac).toMatchObject({ target: ['dmg'] });
  });
});
