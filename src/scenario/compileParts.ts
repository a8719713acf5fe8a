import type { Distribution } from '../model/distribution.js';
import { selectIndices, type Component, type Force, type ForceSelector } from '../model/force.js';
import type { SourcePosition } from '../model/scenario.js';
import { parseDuration, formatDuration } from '../model/time.js';
import { didYouMean } from './didYouMean.js';
import { valuePosition } from './located.js';
import type { ProblemList } from './problems.js';
import type { RawSelector, RawSelectorObject } from './schemaParts.js';

/** Reads a duration that has passed the schema's pattern (so it always parses). */
export function duration(text: string): number {
  return parseDuration(text) ?? 0;
}

/**
 * Compiles a YAML distribution (`6h`, `{uniform: [2h, 12h]}`, ...) and checks its bounds are in
 * order (min <= mode <= max).
 */
export function compileDistribution(raw: unknown, problems: ProblemList, at: SourcePosition | undefined): Distribution {
  if (typeof raw === 'string') return { kind: 'fixed', value: duration(raw) };
  const obj = raw as { uniform?: string[]; triangular?: string[]; lognormal?: { median: string; sigma: number; max?: string } };
  if (obj.uniform) {
    const [min, max] = obj.uniform.map(duration) as [number, number];
    if (min > max) problems.add(at, `uniform [${formatDuration(min)}, ${formatDuration(max)}] has min above max`, 'write [min, max]');
    return { kind: 'uniform', min, max };
  }
  if (obj.triangular) {
    const [min, mode, max] = obj.triangular.map(duration) as [number, number, number];
    if (!(min <= mode && mode <= max)) problems.add(at, `triangular [${obj.triangular.join(', ')}] is out of order`, 'write [min, mode, max] with min <= mode <= max');
    return { kind: 'triangular', min, mode, max };
  }
  const ln = obj.lognormal!;
  const median = duration(ln.median);
  if (ln.max === undefined) return { kind: 'lognormal', median, sigma: ln.sigma };
  const max = duration(ln.max);
  if (max < median) problems.add(at, `lognormal max ${ln.max} is below its median ${ln.median}`, 'raise max or remove it');
  return { kind: 'lognormal', median, sigma: ln.sigma, max };
}

/** What selector fields may refer to; undefined sets are not checked. */
export interface SelectorScope {
  readonly forces?: ReadonlySet<string>;
  readonly headquarters?: ReadonlySet<string>;
  /** A scenario's forces: a selector written in the scenario that picks none of them is an error. */
  readonly pool?: readonly Force[];
}

/**
 * Compiles a selector written in a scenario and reports it when it picks no force (an
 * expectation or engagement over nothing is always a mistake). Design selectors may pick
 * nothing in a given scenario, so they use {@link compileSelector} alone.
 */
export function compileScenarioSelector(raw: RawSelector, scope: SelectorScope, problems: ProblemList, at: SourcePosition | undefined): ForceSelector {
  const before = problems.size;
  const sel = compileSelector(raw, scope, problems);
  if (scope.pool && problems.size === before && selectIndices(scope.pool, sel).length === 0) {
    problems.add(at, 'this force selector picks no force of the scenario', 'check its ids, nations, components, tags and homes against `forces:`');
  }
  return sel;
}

/** Compiles `all` or a selector mapping, checking that named forces and headquarters exist. */
export function compileSelector(raw: RawSelector, scope: SelectorScope, problems: ProblemList): ForceSelector {
  if (raw === 'all') return {};
  const obj: RawSelectorObject = raw;
  checkIds(obj.ids, scope.forces, 'force', problems);
  checkIds(obj.homes, scope.headquarters, 'headquarters', problems);
  return {
    ...(obj.ids ? { ids: [...obj.ids] } : {}),
    ...(obj.nations ? { nations: [...obj.nations] } : {}),
    ...(obj.components ? { components: [...obj.components] as Component[] } : {}),
    ...(obj.designated !== undefined ? { designated: obj.designated } : {}),
    ...(obj.tags ? { tags: [...obj.tags] } : {}),
    ...(obj.homes ? { homes: [...obj.homes] } : {}),
    ...(obj.exclude ? { exclude: compileSelector(obj.exclude, scope, problems) } : {}),
  };
}

function checkIds(list: readonly string[] | undefined, known: ReadonlySet<string> | undefined, kind: string, problems: ProblemList): void {
  if (!list || !known) return;
  list.forEach((id, i) => {
    if (!known.has(id)) reportUnknown(problems, valuePosition(list, i), kind, id, known);
  });
}

/** "no force has the id `x`; did you mean `y`?" */
export function reportUnknown(problems: ProblemList, at: SourcePosition | undefined, kind: string, id: string, known: Iterable<string>): void {
  const guess = didYouMean(id, known);
  const list = [...known];
  problems.add(at, `no ${kind} has the id \`${id}\``, guess ? `did you mean \`${guess}\`?` : list.length && list.length <= 12 ? `use one of: ${list.join(', ')}` : `use the id of a ${kind} that exists`);
}
