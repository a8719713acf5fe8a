import { resolve } from 'node:path';
import type { Design } from '../model/design.js';
import { InputError } from '../model/errors.js';
import type { ScenarioModel } from '../model/scenario.js';
import { readCached } from './designLoader.js';
import { DEFAULT_LIMITS } from './limits.js';
import { positionOf } from './located.js';
import { loadDesign } from './loadDesign.js';
import { loadScenario } from './loadScenario.js';

/**
 * Checks a scenario or design file without running it, deciding which by its top-level key
 * (`scenario:` or `design:`). Throws one {@link InputError} listing every problem; returns the
 * loaded scenario or design for further (warning) checks.
 */
export function validateFile(file: string): { readonly scenario?: ScenarioModel; readonly design: Design } {
  const yaml = readCached(resolve(file), DEFAULT_LIMITS);
  const v = yaml.value;
  const isMap = typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isMap && 'scenario' in v) {
    const scenario = loadScenario(file);
    return { scenario, design: scenario.design };
  }
  if (isMap && 'design' in v) {
    // A path with a folder part, so it is read as a file rather than a built-in id.
    return { design: loadDesign(resolve(file)) };
  }
  throw InputError.at(positionOf(v) ?? { file: yaml.file, line: 1, column: 1 }, 'neither a scenario, a design nor a study: the file has no top-level `scenario:`, `design:` or `sweep:` key', 'start a scenario with `scenario: ID`, a design with `design: ID`, a study with `sweep: ID`');
}
