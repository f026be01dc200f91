// Vite config for the renderer: root is renderer/, output goes to out/renderer (loaded by Electron
// from its own files, so every URL is relative) and is served by `vite preview` for the web e2e tests.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../out/renderer', import.meta.url));

/**
 * The dev server injects an inline React Refresh preamble and talks to its HMR socket, which the strict
 * CSP in index.html forbids. Relax the policy for `vite` (serve) only; builds keep it strict.
 */
function devCspRelaxation(): Plugin {
  return {
    name: 'trainwright:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: wss:");
    },
  };
}

export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react(), devCspRelaxation()],
  worker: { format: 'es' },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  server: { port: 5173, strictPort: true, host: '127.0.0.1' },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
});
