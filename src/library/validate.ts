import { join } from 'node:path';
import type { Design } from '../model/design.js';
import { fileKind, packageRoot, validateFile, type FileKind } from '../scenario/index.js';
import { validateStudy } from '../sweep/validateStudy.js';

/** What {@link validate} found: the file's kind and the designs it loaded (a study may name several). */
export interface Validated {
  readonly kind: FileKind;
  readonly designs: readonly Design[];
}

/**
 * Checks a scenario, design or study file without running it (as `opcon validate`), telling
 * them apart by their top-level keys. Throws one {@link InputError} listing every problem
 * (`file:line:column: what; fix`).
 */
export function validate(file: string): Validated {
  if (fileKind(file) === 'study') return { kind: 'study', designs: validateStudy(file) };
  const loaded = validateFile(file);
  return { kind: loaded.scenario ? 'scenario' : 'design', designs: [loaded.design] };
}

/**
 * The path of a file shipped in the opcon package: `scenarios/korea/escalation.yaml`,
 * `studies/feo-count.yaml`, `schema/scenario.schema.json`.
 */
export function packagePath(relative: string): string {
  return join(packageRoot(), relative);
}
