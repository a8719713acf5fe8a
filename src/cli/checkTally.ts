import type { ExpectationResult } from '../engine/checkExpectations.js';

interface FailedCheck {
  readonly where: string;
  readonly description: string;
  readonly firstDetail: string;
  readonly firstSeed: string;
  count: number;
}

/**
 * Failures of a scenario's checks over many seeded runs, gathered so the report lists each
 * failing check once with how many runs it failed in, and each failing seed once with its
 * replay command (`check --runs 100` used to print a line per check per seed).
 */
export class CheckTally {
  checks = 0;
  passed = 0;
  readonly #byCheck = new Map<string, FailedCheck>();
  readonly #bySeed = new Map<string, number>();

  /** Adds one run's results. */
  add(seed: string, results: readonly ExpectationResult[]): void {
    for (const r of results) {
      this.checks++;
      if (r.ok) {
        this.passed++;
        continue;
      }
      const p = r.expectation.position;
      const where = p ? `${p.file}:${p.line}:${p.column}` : '';
      const key = `${where}\u0000${r.expectation.description}`;
      const known = this.#byCheck.get(key);
      if (known) known.count++;
      else this.#byCheck.set(key, { where, description: r.expectation.description, firstDetail: r.detail, firstSeed: seed, count: 1 });
      this.#bySeed.set(seed, (this.#bySeed.get(seed) ?? 0) + 1);
    }
  }

  /** Report lines: one per failing check (with its count), then one per failing seed (with its replay). */
  report(file: string, runs: number, replayFlags: string): string[] {
    const lines: string[] = [];
    for (const c of this.#byCheck.values()) {
      const inRuns = runs === 1 ? `(seed ${c.firstSeed})` : `in ${c.count}/${runs} runs (first seed ${c.firstSeed})`;
      lines.push(`${c.where || file}: expectation failed ${inRuns}: ${c.description}: ${c.firstDetail}`);
    }
    for (const [seed, n] of this.#bySeed) {
      lines.push(`  seed ${seed}: ${n} check${n === 1 ? '' : 's'} failed; replay: opcon run ${file} --seed ${seed}${replayFlags}`);
    }
    return lines;
  }
}
