import type { Gate } from '../model/design.js';
import { evaluate } from '../model/condition.js';
import { CERTIFICATIONS, LEVELS, LEVEL_NAMES, certificationsIn, situationValue, type LevelName, type Scalar } from '../model/theater.js';
import { createLevelMachine } from '../machines/levelMachine.js';
import { rank } from './variables.js';
import type { Run, Process } from './run.js';
import type { Decisions } from './decisions.js';

/**
 * The theater: one small machine per level (posture, DEFCON, WATCHCON, JP 5-0 phase, Japan's
 * situation). Proposals pass the design's gates (approvals) before the machine moves. Japan's
 * situations are separate certifications: proposing one adds it to those in force (`none` ends
 * them all), and `situation.NAME` is true while NAME is certified.
 */
export class Levels {
  readonly #machines = new Map<LevelName, Process>();

  constructor(
    private readonly run: Run,
    private readonly decisions: Decisions,
  ) {
    const initial = run.model.initial;
    for (const name of LEVEL_NAMES) {
      const spec = LEVELS[name];
      const start = initial[name];
      run.vars.set(name, start);
      if (name === 'situation') setCertifications(run, start);
      const proc = run.start(`theater.${name}`, 'level', createLevelMachine(spec, start), undefined, (from, to) => {
        if (from === to) return;
        run.vars.set(name, spec.values.find((v) => String(v) === to) ?? to);
        if (name === 'situation') setCertifications(run, to);
      });
      this.#machines.set(name, proc);
    }
  }

  /** The gate a proposal must pass, if any: the first whose `to` holds for the proposed value. */
  gateFor(level: LevelName, value: Scalar): Gate | undefined {
    const read = (v: string) => (v === level ? value : this.run.vars.get(v));
    return this.run.model.design.gates.find((g) => g.level === level && evaluate(g.to, read, rank));
  }

  /** Proposes a new value: set at once, or after the gate's approvals (not at all if refused). */
  propose(level: LevelName, value: Scalar): void {
    if (level === 'situation' && value !== 'none') return this.#certify(String(value));
    if (this.run.vars.get(level) === value) return;
    const gate = this.gateFor(level, value);
    if (!gate) return this.#set(level, value);
    const previous = this.run.vars.get(level)!;
    this.decisions.request(`${level}:${value}`, gate.decision, gate.approvals, gate.mode, gate.deadline, (outcome) => {
      // An approval answers the proposal as it was made: if the level moved meanwhile (a faster
      // approval of a graver level), it is stale and changes nothing.
      if (outcome === 'approved') {
        if (this.run.vars.get(level) === previous) this.#set(level, value);
      }
      // A revoked approval (an after-the-fact refusal) undoes the change if nothing moved it since.
      else if (outcome === 'revoked' && this.run.vars.get(level) === value) this.#set(level, previous);
    });
  }

  /**
   * Proposes certifying one situation beside those in force: at once, or after the gate's
   * approvals; a revoked approval (the Diet refusing afterwards) ends that certification only.
   */
  #certify(certification: string): void {
    const certified = () => certificationsIn(this.run.vars.get('situation'));
    const change = (add: boolean) => {
      const now = certified().filter((c) => c !== certification);
      this.#set('situation', situationValue(add ? [...now, certification] : now));
    };
    if (certified().includes(certification as never)) return;
    const gate = this.gateFor('situation', certification);
    if (!gate) return change(true);
    this.decisions.request(`situation:${certification}`, gate.decision, gate.approvals, gate.mode, gate.deadline, (outcome) => {
      if (outcome === 'approved') change(true);
      else if (outcome === 'revoked' && certified().includes(certification as never)) change(false);
    });
  }

  #set(level: LevelName, value: Scalar): void {
    this.run.send(this.#machines.get(level), { type: 'SET', value: String(value) });
  }
}

/** Keeps `situation.NAME` (true while NAME is certified) in step with the `situation` level. */
function setCertifications(run: Run, value: Scalar): void {
  const held = certificationsIn(value);
  for (const c of CERTIFICATIONS) {
    // Unset reads as not certified: runs that never touch Japan's situations carry no variables.
    const key = `situation.${c}`;
    if (held.includes(c) || run.vars.get(key) !== undefined) run.vars.set(key, held.includes(c));
  }
}
