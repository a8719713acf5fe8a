import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/scenario/index.js';
import { problemsOf } from './helpers.js';

const RUNAWAY = 'tests/fixtures/runaway';

/** Issue 11: loops that fired forever at one instant are refused when the file is loaded. */
describe('trigger loops among rules and bodies', () => {
  it('refuses a rule whose own condition reads its state, at the line of that condition', () => {
    expect(problemsOf(() => loadScenario(`${RUNAWAY}/self-cycle.yaml`))).toEqual([
      `${RUNAWAY}/self-cycle.yaml:11:13: rule \`r1\` triggers itself: its \`when\` reads its own state \`rule.r1\`, a loop that can fire forever at one instant; trigger rules and bodies on theater levels, facts or events, not on a loop of their own states (docs/limits.md)`,
    ]);
  });

  it('refuses two rules that trigger each other, naming both and what each reads', () => {
    const [line, ...rest] = problemsOf(() => loadScenario(`${RUNAWAY}/mutual-cycle.yaml`));
    expect(rest).toEqual([]);
    expect(line).toMatch(/^tests\/fixtures\/runaway\/mutual-cycle\.yaml:10:13: rule `r1`, rule `r2` trigger each other in a loop/);
    expect(line).toContain('rule `r2` `when` reads `rule.r1`');
    expect(line).toContain('rule `r1` `when` reads `rule.r2`');
  });

  it('refuses a body and a rule that trigger each other', () => {
    const [line] = problemsOf(() => loadScenario(`${RUNAWAY}/body-rule-cycle.yaml`));
    expect(line).toContain('rule `r1`, body `loop-body` trigger each other');
    expect(line).toContain('body `loop-body` `activate-when` reads `rule.r1`');
  });

  it('accepts a chain in which one rule follows another without a loop', () => {
    const model = loadScenario(`${RUNAWAY}/chain-ok.yaml`);
    expect(model.design.rules.map((r) => r.id)).toContain('follow');
  });

  it('refuses up front a friction rate that would write too many records over the span', () => {
    const [line] = problemsOf(() => loadScenario(`${RUNAWAY}/friction-millennia.yaml`));
    expect(line).toMatch(/^tests\/fixtures\/runaway\/friction-millennia\.yaml: friction at 10 per day .* over the budget of 1000000 per run; shorten the run/);
  });
});
