import { createElectronPlatform } from './electronPlatform';
import type { Platform } from './platform';
import { createWebPlatform } from './webPlatform';

let chosen: Platform | null = null;

/** The platform the renderer runs on: Electron when the preload exposed `window.api`, else the browser. Chosen once. */
export function getPlatform(): Platform {
  chosen ??= typeof window !== 'undefined' && window.api ? createElectronPlatform(window.api) : createWebPlatform();
  return chosen;
}
