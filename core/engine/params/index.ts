/** Every table of engine constants, for the schema test and for readers who want them all in one place. */
export { COLLECTIVE } from './network';
export { BOTTLENECK } from './bottleneck';
export { DEFAULTS } from './defaults';
export { FRAMEWORK_SLOWDOWN, MATH_MEMORY_OVERLAP, NON_TENSOR_FLOP_SHARE, VECTOR } from './compute';
export { ParamSchema, defineParams, type Param, type ParamTable } from './schema';
