/** Narration of runs for `opcon explain` and the teaching material: records in, plain sentences out. */
export { narrate } from './narrate.js';
export { renderNarration, renderStep } from './renderNarration.js';
export type { NarrationStep, NarrationKind } from './narrationStep.js';
export { GLOSSARY, termsIn, type GlossaryEntry } from './glossary.js';
