/**
 * The scenario and design loader: YAML with positions -> schema -> design resolution
 * (`extends:`) -> a fully defaulted model. Everything the rest of opcon needs from input files.
 */
export { loadScenario, loadScenarioSource, type LoadOptions, type ScenarioSource, type SourceOptions } from './loadScenario.js';
export { loadDesign, loadDesignSource } from './loadDesign.js';
export { listBuiltinDesigns, type BuiltinDesignInfo } from './listBuiltinDesigns.js';
export { validateFile } from './validateFile.js';
export { fileKind, type FileKind } from './fileKind.js';
export { parseTimeArg } from './parseTimeArg.js';
export { compileCondition, type ConditionScope } from './compileCondition.js';
export { DEFAULT_LIMITS, type Limits } from './limits.js';
export { scenarioFileSchema, scenarioSchema } from './scenarioSchema.js';
export { designFileSchema, designSchema } from './designSchema.js';
export { packageRoot, builtinDesignDir } from './packageRoot.js';
