/** Vendor and user server templates: the file format, loading, the shipped library, checks, MLPerf import. */
export * from './schema';
export { loadTemplateText, loadTemplateValue, parseLimitedJson, serializeTemplate, toTemplateFile, formatErrors, type LoadTemplateResult } from './load';
export { shippedTemplates, findShippedTemplate, SHIPPED_TEMPLATE_FILES } from './shipped';
export { checkTemplate, checkServerType, gpuCardWidthSlots, redundantPsusFor, type CheckContext, type ServerCheckResult } from './checks';
export { summarizeTemplate, gpuInterconnectOf, GPU_INTERCONNECT_LABEL, type TemplateSummary, type GpuInterconnectKind } from './summary';
export { insertTemplate, replaceServerType, designFromTemplate, templateFromServerType, serverTypeFromTemplate, uniqueServerTypeId, type UserTemplateMeta, type ServerTypesHolder } from './design';
export { importMlperfSystem, importMlperfText, type MlperfImport, type MlperfImportResult } from './mlperf';
export { templateJsonSchema, templateJsonSchemaText, TEMPLATE_JSON_SCHEMA_PATH } from './jsonSchema';
