import type { LogRecord, RunStartRecord } from '../../../src/model/records.js';

/** Hand-built logs for metric tests: times are hours after 2026-03-01T00:00Z. */
export const T0 = Date.parse('2026-03-01T00:00Z');
export const at = (h: number): string => new Date(T0 + h * 3_600_000).toISOString().slice(0, 16) + 'Z';

type Body = Omit<LogRecord, 'seq' | 't'>;

/** A little log writer: `b.at(2).add({...})` stamps seq and t. */
export class LogBuilder {
  readonly #records: { h: number; body: Record<string, unknown> }[] = [];
  #h = 0;
  /** The log in simulation order: stable by time (insertion order within an instant), seq renumbered. */
  get records(): LogRecord[] {
    const sorted = this.#records.map((r, i) => ({ ...r, i })).sort((a, b) => a.h - b.h || a.i - b.i);
    return sorted.map((r, seq) => ({ seq, t: at(r.h), ...(r.body as Body) }) as LogRecord);
  }
  at(h: number): this {
    this.#h = h;
    return this;
  }
  add(body: Record<string, unknown>): this {
    this.#records.push({ h: this.#h, body });
    return this;
  }
  hostile(): this {
    return this.add({ type: 'event', id: `e${this.#records.length}`, event: 'hostile-act', label: 'attack', data: {} });
  }
  engage(force: string, engaged = true): this {
    return this.add({ type: 'engagement', force, engaged, cause: 0 });
  }
  command(force: string, from: string, to: string, rule: string): this {
    return this.add({ type: 'command', force, relationship: 'opcon', from, to, rule, cause: 0 });
  }
  state(machine: string, from: string, to: string): this {
    return this.add({ type: 'state', machine, from, to });
  }
  body(body: string, from: string, to: string, level: string | null = null): this {
    return this.add({ type: 'coordination', body, from, to, level });
  }
  end(h: number): this {
    return this.at(h).add({ type: 'run-end', summary: {} });
  }
}

/**
 * A two-nation theater: ROK forces under rok-jcs, U.S. forces under usfk (parent indopacom),
 * combined command cfc, a body `mcm` linking rok-jcs and indopacom (dormant unless `bodyInitial`).
 */
export function korea(opts: { initial?: Record<string, string | number>; bodyInitial?: string; bodies?: boolean } = {}): LogBuilder {
  const start: Omit<RunStartRecord, 'seq' | 't'> = {
    type: 'run-start',
    scenario: 'test',
    design: 'test-design',
    seed: '1',
    version: '0.0.0',
    start: at(0),
    end: at(100),
    forces: [
      { id: 'rok-1', name: 'ROK 1', nation: 'ROK', component: 'land', opcon: 'rok-jcs', tacon: null, adcon: 'rok-jcs', national: 'rok-jcs' },
      { id: 'rok-2', name: 'ROK 2', nation: 'ROK', component: 'maritime', opcon: 'rok-jcs', tacon: null, adcon: 'rok-jcs', national: 'rok-jcs' },
      { id: 'us-1', name: 'US 1', nation: 'US', component: 'air', opcon: 'usfk', tacon: null, adcon: 'usfk', national: 'indopacom' },
    ],
    headquarters: [
      { id: 'rok-jcs', name: 'ROK JCS', kind: 'national', commander: 'ROK', deputy: null, parent: null },
      { id: 'indopacom', name: 'INDOPACOM', kind: 'national', commander: 'US', deputy: null, parent: null },
      { id: 'usfk', name: 'USFK', kind: 'national', commander: 'US', deputy: null, parent: 'indopacom' },
      { id: 'cfc', name: 'CFC', kind: 'combined', commander: 'US', deputy: 'ROK', parent: null },
    ],
    ...(opts.bodies === false
      ? {}
      : { bodies: [{ id: 'mcm', name: 'MCM', members: ['rok-jcs', 'indopacom'], initial: opts.bodyInitial ?? 'dormant', levels: [{ name: 'working', members: ['rok-jcs'] }] }] }),
    ...(opts.initial ? { initial: opts.initial } : {}),
  };
  return new LogBuilder().add(start);
}
