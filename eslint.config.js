// Lint with typescript-eslint; the import boundaries of the architecture are enforced here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'events', 'worker_threads'];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'test-results/', 'playwright-report/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use string-literal unions instead of enum.' }],
    },
  },
  {
    files: ['bin/**/*.mjs', 'scripts/**/*.{mjs,ts}', 'cli/**/*.ts', 'bench/**/*.ts', '*.config.{js,ts}', 'renderer/vite.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', '@xyflow/*', 'recharts', 'electron', ...nodeBuiltins], message: 'core/ is pure: no UI, DOM, Node or Electron imports.' },
          { group: ['**/renderer/**', '**/electron/**', '**/cli/**'], message: 'core/ imports only core/ and pure libraries.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite*.config.ts', 'renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'renderer/ never imports electron: use the platform layer.' }],
        patterns: [
          { group: nodeBuiltins, message: 'renderer/ never imports Node: use the platform layer.' },
          { group: ['**/electron/main/**', '**/electron/preload/**', '**/cli/**'], message: 'renderer/ may import only the IPC contract from electron/, type-only.' },
        ],
      }],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'electron/main never imports renderer/.' }] }],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    ignores: ['electron/preload/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/core/**', '**/renderer/**', '**/main/**', ...nodeBuiltins], message: 'The preload imports only electron and the IPC contract.' }] }],
    },
  },
);
