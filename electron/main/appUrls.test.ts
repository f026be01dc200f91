import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, devServerUrl, isTrustedUrl, routeUrl, trustedOrigins } from './appUrls';

describe('app URLs', () => {
  it('honours the dev server only unpackaged and on loopback http(s)', () => {
    expect(devServerUrl(false, 'http://localhost:5173')).toBe('http://localhost:5173/');
    expect(devServerUrl(false, 'http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173/');
    expect(devServerUrl(true, 'http://localhost:5173')).toBeNull();
    expect(devServerUrl(false, 'https://evil.example/')).toBeNull();
    expect(devServerUrl(false, 'file:///tmp/index.html')).toBeNull();
    expect(devServerUrl(false, 'not a url')).toBeNull();
    expect(devServerUrl(false, undefined)).toBeNull();
  });

  it('trusts the app origin, plus the dev origin when present', () => {
    expect(trustedOrigins(null)).toEqual([APP_ORIGIN]);
    expect(trustedOrigins('http://localhost:5173/')).toEqual([APP_ORIGIN, 'http://localhost:5173']);
    expect(isTrustedUrl(`${APP_ORIGIN}/assets/x.js`, [APP_ORIGIN])).toBe(true);
    expect(isTrustedUrl('app://trainwright.evil/x', [APP_ORIGIN])).toBe(false);
    expect(isTrustedUrl('file:///index.html', [APP_ORIGIN])).toBe(false);
    expect(isTrustedUrl('about:blank', [APP_ORIGIN])).toBe(false);
    expect(isTrustedUrl('', [APP_ORIGIN])).toBe(false);
  });

  it('builds hash routes on the entry page', () => {
    expect(routeUrl(APP_ENTRY_URL, '/report')).toBe('app://trainwright/index.html#/report');
    expect(routeUrl('http://localhost:5173/', '/report')).toBe('http://localhost:5173/#/report');
  });
});
