import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const registerSchemesAsPrivileged = vi.hoisted(() => vi.fn());
vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged } }));

const { registerAppScheme, resolveFile, respond, serveRenderer } = await import('./protocol');
const { CONTENT_SECURITY_POLICY } = await import('./security');

let root: string;
let rendererDir: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'trainwright-protocol-'));
  rendererDir = path.join(root, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Trainwright</title>');
  await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'export {};');
  await writeFile(path.join(root, 'secret.txt'), 'outside the renderer');
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('registers the scheme as standard and secure', () => {
    registerAppScheme();
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('serves the entry page and assets with the CSP and a content type', async () => {
    const page = await respond('app://trainwright/', rendererDir, CONTENT_SECURITY_POLICY);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<title>Trainwright</title>');
    const script = await respond('app://trainwright/assets/app.js', rendererDir, CONTENT_SECURITY_POLICY);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses paths that escape the renderer folder and other hosts', async () => {
    // The URL parser already folds %2e%2e dot segments, so this one stays inside the folder.
    expect(resolveFile('app://trainwright/%2e%2e/secret.txt', rendererDir)).toBe(path.join(rendererDir, 'secret.txt'));
    expect(resolveFile('app://trainwright/..%2fsecret.txt', rendererDir)).toBeNull();
    expect(resolveFile('app://trainwright/assets/..%2f..%2fsecret.txt', rendererDir)).toBeNull();
    expect(resolveFile('app://other/index.html', rendererDir)).toBeNull();
    expect(resolveFile('app://trainwright/index.html%00.js', rendererDir)).toBeNull();
    const escaped = await respond('app://trainwright/..%2fsecret.txt', rendererDir, CONTENT_SECURITY_POLICY);
    expect(escaped.status).toBe(403);
    expect(escaped.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for a missing file', async () => {
    expect((await respond('app://trainwright/missing.js', rendererDir, CONTENT_SECURITY_POLICY)).status).toBe(404);
  });

  it('handles the scheme on the given session', async () => {
    const handle = vi.fn();
    serveRenderer({ protocol: { handle } } as never, rendererDir, CONTENT_SECURITY_POLICY);
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
    const response = await (handle.mock.calls[0]![1] as (r: { url: string }) => Promise<Response>)({ url: 'app://trainwright/index.html' });
    expect(response.status).toBe(200);
  });
});
