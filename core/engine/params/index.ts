/** Every table of engine constants, for the schema test and for readers who want them all in one place. */
export { COLLECTIVE } from './network';
export { BOTTLENECK } from './bottleneck';
export { DEFAULTS } from './defaults';
export { ParamSchema, defineParams, type Param, type ParamTable } from './schema';
