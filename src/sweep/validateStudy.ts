import type { Design } from '../model/design.js';
import { loadScenario } from '../scenario/index.js';
import { applyParameters } from './applyParameters.js';
import { readSweepSpec } from './sweepSpec.js';

/**
 * Checks a study file as `opcon sweep` would before running anything: the file itself, its
 * scenario under every listed design, and every grid point's parameters against each design.
 * Throws the first {@link InputError} found; returns the designs, for warnings.
 */
export function validateStudy(file: string): Design[] {
  const spec = readSweepSpec(file);
  return spec.designs.map((design) => {
    const model = loadScenario(spec.scenario, design === null ? {} : { design });
    for (const point of spec.points) applyParameters(model, point, file);
    return model.design;
  });
}
