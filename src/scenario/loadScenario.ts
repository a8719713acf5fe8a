import { dirname, join, resolve } from 'node:path';
import type { Design } from '../model/design.js';
import { checkRunBudget } from '../engine/runBudget.js';
import type { RunBudget } from '../model/runBudget.js';
import { InputError } from '../model/errors.js';
import type { ScenarioModel } from '../model/scenario.js';
import { compileScenario } from './compileScenario.js';
import { allowedRoots, resolveDesignRef } from './designRef.js';
import { compileRawDesign, loadDesignFile, readCached, resolveExtends, withId } from './designLoader.js';
import { resolveLimits, type Limits } from './limits.js';
import { keyPosition, positionOf, valuePosition } from './located.js';
import { loadDesign } from './loadDesign.js';
import { ProblemList } from './problems.js';
import { parseYamlText, type YamlFile } from './readYaml.js';
import { referenceProblems } from './salvage.js';
import { scenarioSchema, type RawScenario } from './scenarioSchema.js';
import { parseWithSchema } from './zodProblems.js';

/** Options of {@link loadScenario}. */
export interface LoadOptions {
  /**
   * Replaces the scenario's `design:`: a built-in id or a path relative to the working folder
   * (the CLI's `--design`), or a design already loaded (`loadDesignSource`).
   */
  readonly design?: string | Design;
  /** The flag or file that gave `design`, named in messages about it (default `--design`; compare says `--designs`). */
  readonly designFlag?: string;
  /** Overrides some input limits (docs/limits.md). */
  readonly limits?: Partial<Limits>;
  /** Overrides some run budgets (docs/limits.md), for the up-front check of rates over the span. */
  readonly budget?: Partial<RunBudget>;
}

/**
 * Loads a scenario file and its design and compiles them into a fully defaulted
 * {@link ScenarioModel}. Synchronous and cached (built-in designs are parsed once per process).
 * Throws one {@link InputError} listing every problem as `file:line:column: what; fix`.
 * @example const model = loadScenario('scenarios/korea/escalation.yaml', { design: 'us-rok-future-cfc' });
 */
export function loadScenario(file: string, options: LoadOptions = {}): ScenarioModel {
  const limits = resolveLimits(options.limits);
  const abs = resolve(file);
  return loadScenarioYaml(readCached(abs, limits), abs, file, options, limits);
}

/** Where a scenario that is not a file comes from (see {@link loadScenarioSource}). */
export type ScenarioSource = { readonly text: string } | { readonly object: Readonly<Record<string, unknown>> };

/** Options of {@link loadScenarioSource}. */
export interface SourceOptions extends LoadOptions {
  /** The name messages and `run-start` use for the input (default `<scenario>`). */
  readonly name?: string;
  /** The folder design paths written in the input are relative to (default: the working folder). */
  readonly baseDir?: string;
}

/**
 * Loads a scenario from YAML text (problems point at its lines) or from a plain object built in
 * code (problems name the input), exactly as {@link loadScenario} loads a file. Design paths it
 * names are resolved from `baseDir` and confined to it and the shipped designs.
 * @example loadScenarioSource({ text: yamlText }, { name: 'edited.yaml' })
 */
export function loadScenarioSource(source: ScenarioSource, options: SourceOptions = {}): ScenarioModel {
  const limits = resolveLimits(options.limits);
  const name = options.name ?? '<scenario>';
  const yaml = 'text' in source ? parseYamlText(source.text, name, limits) : { file: name, value: structuredClone(source.object) };
  return loadScenarioYaml(yaml, join(resolve(options.baseDir ?? '.'), name.replace(/[\\/]/g, '_')), name, options, limits);
}

/** Loads parsed scenario YAML; `abs` is where the input is taken to be (design paths are relative to its folder). */
function loadScenarioYaml(yaml: YamlFile, abs: string, file: string, options: LoadOptions, limits: Limits): ScenarioModel {
  const value = yaml.value as Record<string, unknown>;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('scenario' in value)) {
    throw InputError.at(positionOf(value) ?? { file: yaml.file, line: 1, column: 1 }, 'not a scenario file: it has no top-level `scenario:` key', 'start the file with `scenario: my-scenario-id`');
  }
  checkCounts(value, limits);
  const problems = new ProblemList(yaml.file);
  const valid = parseWithSchema(scenarioSchema, value, problems) !== undefined;
  const design = resolveScenarioDesign(value, abs, options, limits, problems);
  if (!valid && design !== undefined) {
    problems.addAll(referenceProblems(scenarioSchema, value, problems.file, (v, scratch) => void compileScenario(v as unknown as RawScenario, design, file, scratch, options.design !== undefined)));
  }
  if (!valid || design === undefined) {
    problems.throwIfAny();
    throw InputError.at(undefined, 'the scenario could not be loaded', 'run opcon validate on it', yaml.file);
  }
  const model = compileScenario(value as unknown as RawScenario, design, file, problems, options.design !== undefined);
  problems.throwIfAny();
  checkRunBudget(model, options.budget);
  return model;
}

/** Refuses files with more events, forces or checks than the limits allow, before any real work. */
function checkCounts(value: Record<string, unknown>, limits: Limits): void {
  const counts: [string, number, string][] = [
    ['timeline', limits.maxEvents, 'maxEvents'],
    ['forces', limits.maxForces, 'maxForces'],
    ['expect', limits.maxExpectations, 'maxExpectations'],
  ];
  for (const [key, max, name] of counts) {
    const list = value[key];
    if (Array.isArray(list) && list.length > max) {
      throw InputError.at(keyPosition(value, key), `\`${key}\` has ${list.length} entries, over the limit of ${max}`, `split the scenario, or raise ${name} (docs/limits.md)`);
    }
  }
}

/** The scenario's design: the override, a reference, or an inline mapping (with `extends:`). */
function resolveScenarioDesign(value: Record<string, unknown>, abs: string, options: LoadOptions, limits: Limits, problems: ProblemList): Design | undefined {
  try {
    if (options.design !== undefined) return typeof options.design === 'string' ? loadDesign(options.design, undefined, limits, options.designFlag) : options.design;
    const ref = value.design;
    const dir = dirname(abs);
    const roots = allowedRoots(dir);
    if (typeof ref === 'string' && ref !== '') return loadDesignFile(resolveDesignRef(ref, dir, roots, valuePosition(value, 'design'), problems.file), limits, roots);
    if (typeof ref !== 'object' || ref === null || Array.isArray(ref)) return undefined;
    const merged = resolveExtends(ref as Record<string, unknown>, dir, { limits, roots, chain: [abs], problems });
    // The scenario id may itself be malformed (reported by the schema): never String() an object.
    const scenarioId = typeof value.scenario === 'string' ? value.scenario : 'scenario';
    const id = typeof (ref as Record<string, unknown>).design === 'string' ? undefined : `${scenarioId}-design`;
    return compileRawDesign(id === undefined ? merged : withId(merged, id), problems);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    problems.addAll(err.problems);
    return undefined;
  }
}
