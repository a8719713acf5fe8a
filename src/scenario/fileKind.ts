import { resolve } from 'node:path';
import { readCached } from './designLoader.js';
import { DEFAULT_LIMITS } from './limits.js';

/** The kinds of YAML file opcon reads. */
export type FileKind = 'scenario' | 'design' | 'study';

/**
 * Tells a scenario, design or study file apart by its top-level keys: `sweep:` or a `scenario:`
 * naming a YAML file (a study points at its scenario) make a study, `scenario:` a scenario,
 * `design:` a design. Undefined when none fits (the caller reports it).
 */
export function fileKind(file: string): FileKind | undefined {
  const v = readCached(resolve(file), DEFAULT_LIMITS).value;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const map = v as Record<string, unknown>;
  if ('sweep' in map) return 'study';
  if ('scenario' in map) return typeof map.scenario === 'string' && /\.ya?ml$/i.test(map.scenario) && !('forces' in map) ? 'study' : 'scenario';
  if ('design' in map) return 'design';
  return undefined;
}
