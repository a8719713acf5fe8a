import { describeCondition, type Condition } from '../model/condition.js';
import { InputError } from '../model/errors.js';
import type { ScenarioModel } from '../model/scenario.js';
import { compileCondition, type ConditionScope } from './compileCondition.js';
import { suggestion } from './didYouMean.js';
import { DEFAULT_LIMITS } from './limits.js';
import { ProblemList } from './problems.js';
import { parseYamlText } from './readYaml.js';
import { condition as conditionSchema } from './schemaParts.js';
import { parseWithSchema } from './zodProblems.js';

/**
 * Where `opcon explain --break-when` stops: a theater condition in the scenario syntax
 * (`defcon: {at-least: 3}`, `rule.rok-wartime-opcon: transferred`), or a command fact
 * (`force rok-1-corps OPCON at cfc`).
 */
export type Breakpoint =
  | { readonly kind: 'condition'; readonly condition: Condition; readonly text: string }
  | { readonly kind: 'holder'; readonly force: string; readonly relationship: 'opcon' | 'tacon'; readonly holder: string; readonly text: string };

const FACT = /^force\s+(\S+)\s+(opcon|tacon)\s+(?:at|with|under)\s+(\S+)$/i;
const FLAG = '--break-when';

/**
 * Reads a `--break-when` value against a compiled scenario, reporting unknown variables, forces
 * and headquarters as the loader does (`--break-when:1:1: ...; fix`, exit 2).
 */
export function parseBreakWhen(text: string, model: ScenarioModel): Breakpoint {
  const fact = FACT.exec(text.trim());
  if (fact) {
    const [, force, rel, holder] = fact as unknown as [string, string, string, string];
    const forces = model.forces.map((f) => f.id);
    const hqs = model.design.headquarters.map((h) => h.id);
    if (!forces.includes(force)) throw InputError.at(undefined, `no force \`${force}\` in ${model.id}`, suggestion(force, forces, `use one of: ${forces.join(', ')}`), FLAG);
    if (!hqs.includes(holder)) throw InputError.at(undefined, `no headquarters \`${holder}\` in design ${model.design.id}`, suggestion(holder, hqs, `use one of: ${hqs.join(', ')}`), FLAG);
    const relationship = rel.toLowerCase() as 'opcon' | 'tacon';
    return { kind: 'holder', force, relationship, holder, text: `${relationship.toUpperCase()} of ${force} is with ${holder}` };
  }
  if (/^force\b/i.test(text.trim())) {
    throw InputError.at(undefined, `cannot read the command fact ${JSON.stringify(text)}`, 'write force ID OPCON at HQ (or TACON), e.g. "force rok-1-corps OPCON at cfc"', FLAG);
  }
  const problems = new ProblemList(FLAG);
  const raw = parseWithSchema(conditionSchema, parseYamlText(text, FLAG, DEFAULT_LIMITS).value, problems);
  problems.throwIfAny();
  const scope: ConditionScope = {
    rules: new Set(model.design.rules.map((r) => r.id)),
    bodies: new Map(model.design.bodies.map((b) => [b.id, new Set(b.levels.map((l) => l.name))])),
    events: new Set(model.timeline.map((e) => e.id)),
  };
  const condition = compileCondition(raw, scope, problems, undefined);
  problems.throwIfAny();
  return { kind: 'condition', condition, text: describeCondition(condition) };
}
