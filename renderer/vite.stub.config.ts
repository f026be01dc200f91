// TEMPORARY: build the renderer against core/engine/devStub.ts (deleted before hand-off).
import { fileURLToPath } from 'node:url';
import { mergeConfig, type Plugin } from 'vite';
import base from './vite.config';

const coreIndex = fileURLToPath(new URL('../core/index.ts', import.meta.url));
const stub = fileURLToPath(new URL('../core/engine/devStub.ts', import.meta.url));

function stubCore(): Plugin {
  return {
    name: 'tmp-stub-core',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !importer.includes('/renderer/')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === coreIndex ? stub : null;
    },
  };
}

export default mergeConfig(base, { plugins: [stubCore()], worker: { plugins: () => [stubCore()] } });
