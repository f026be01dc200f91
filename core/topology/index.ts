/** The topology grammar and resolver shared by the editor and the engine (see `grammar.ts`). */
export * from './grammar';
export { TOPOLOGY } from './params';
