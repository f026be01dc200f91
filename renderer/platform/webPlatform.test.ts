// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_DOCUMENT_BYTES } from './platform';
import { AUTOSAVE_KEY, createWebPlatform, type WebEnvironment } from './webPlatform';

function environment(): WebEnvironment & { created: Blob[] } {
  const created: Blob[] = [];
  return {
    document,
    storage: window.localStorage,
    createObjectURL: (blob) => {
      created.push(blob);
      return 'blob:test';
    },
    revokeObjectURL: vi.fn(),
    created,
  };
}

// jsdom's Blob has no text(); FileReader reads it the old way.
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

afterEach(() => {
  window.localStorage.clear();
  vi.restoreAllMocks();
});

describe('createWebPlatform', () => {
  it('autosaves to localStorage', async () => {
    const platform = createWebPlatform(environment());
    expect(platform.kind).toBe('web');
    await expect(platform.readAutosaves()).resolves.toEqual([]);
    await platform.writeAutosave('{"design":1}', 'main');
    await platform.writeAutosave('{"design":2}', 's2');
    expect(window.localStorage.getItem(AUTOSAVE_KEY)).toBe('{"design":1}');
    const copies = await platform.readAutosaves();
    expect(copies.map((c) => [c.slot, c.text])).toEqual([['main', '{"design":1}'], ['s2', '{"design":2}']]);
    expect(copies[0]!.savedAtMs).toBeGreaterThan(Date.UTC(2020, 0));
    await platform.clearAutosave('main');
    await expect(platform.readAutosaves()).resolves.toMatchObject([{ slot: 's2' }]);
    await platform.clearAutosave('s2');
    await expect(platform.readAutosaves()).resolves.toEqual([]);
  });

  it('saves as a download with the suggested name', async () => {
    const env = environment();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const platform = createWebPlatform(env);
    const outcome = await platform.save('ignored-handle', '{"x":1}', 'rig.trainwright');
    expect(outcome).toEqual({ ok: true, file: { name: 'rig.trainwright', handle: null } });
    expect(click).toHaveBeenCalledOnce();
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('rig.trainwright');
    expect(link.isConnected).toBe(false);
    await expect(readBlob(env.created[0]!)).resolves.toBe('{"x":1}');
  });

  it('opens the file the user picks, and null when they cancel', async () => {
    const platform = createWebPlatform(environment());
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined);

    const opening = platform.openFile();
    const picked = click.mock.contexts[0] as HTMLInputElement;
    expect(picked.type).toBe('file');
    // jsdom's File has no text(), so the picked file is a stand-in with the two members the platform reads.
    const file = { name: 'rig.trainwright', size: 32, slice: () => ({ text: async () => '{"format":"trainwright/project"}' }) };
    Object.defineProperty(picked, 'files', { value: [file] });
    picked.dispatchEvent(new Event('change'));
    await expect(opening).resolves.toEqual({ name: 'rig.trainwright', text: '{"format":"trainwright/project"}', handle: null });

    const cancelled = platform.openFile();
    (click.mock.contexts[1] as HTMLInputElement).dispatchEvent(new Event('cancel'));
    await expect(cancelled).resolves.toBeNull();
  });

  it('refuses a file over 20 MB without reading it', async () => {
    const platform = createWebPlatform(environment());
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined);
    const opening = platform.openFile();
    const picked = click.mock.contexts[0] as HTMLInputElement;
    const text = vi.fn(async () => '{}');
    Object.defineProperty(picked, 'files', { value: [{ name: 'huge.json', size: MAX_DOCUMENT_BYTES + 1, text }] });
    picked.dispatchEvent(new Event('change'));
    await expect(opening).rejects.toThrow('"huge.json" is 20.0 MB; Trainwright opens design files up to 20.0 MB.');
    expect(text).not.toHaveBeenCalled();
  });

  it('has no application menu and no recent files', async () => {
    const platform = createWebPlatform(environment());
    expect(platform.onMenuCommand(() => undefined)()).toBeUndefined();
    expect(platform.onOpenRecent(() => undefined)()).toBeUndefined();
    await expect(platform.openRecent('h')).resolves.toBeNull();
  });
});
