import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import type { RunResult } from '../../src/engine/api.js';
import type { Problem } from '../../src/model/errors.js';
import { invariantViolation } from '../helpers/invariants.js';

/**
 * The fuzz oracle: a YAML text either loads (and then simulates without an exception and with no
 * broken invariant) or is refused with an InputError whose every problem has file, what and fix
 * and whose message lines read `place: what; fix`. Anything else (another exception, a case
 * that does not finish in time) is a bug. Cases run in a worker thread over the built dist/ so a
 * hang can be stopped; `npm test` builds first, and `npm run fuzz` expects a fresh build.
 */
export type FuzzKind = 'scenario' | 'design';

export interface FuzzCase {
  readonly kind: FuzzKind;
  readonly text: string;
  /** For designs: a scenario run with the design once it loads (`--design`). */
  readonly scenario?: string | undefined;
  readonly seed?: string;
}

type Reply =
  | { id: number; outcome: 'ran'; run: Pick<RunResult, 'records' | 'history'> & { model: { forces: { id: string }[] } } | undefined }
  | { id: number; outcome: 'input-error'; problems: Problem[]; message: string }
  | { id: number; outcome: 'crash'; name: string; message: string; stack: string };

/** What one case did, for statistics. */
export type Outcome = 'ran' | 'refused';

const LINE = /^[^\n]+: .+; .+$/;
const DIST = resolve('dist');

/** Runs fuzz cases one at a time in a worker, restarting it after a hang. */
export class FuzzRunner {
  readonly dir = mkdtempSync(join(tmpdir(), 'opcon-fuzz-'));
  readonly counts = { ran: 0, refused: 0 };
  /** The message of the last refusal, for tests that expect a case to load. */
  lastRefusal = '';
  #worker: Worker | undefined;
  #ready: Promise<void> | undefined;
  #next = 0;

  constructor(readonly timeoutMs = 10_000) {
    if (!existsSync(join(DIST, 'scenario/index.js'))) throw new Error('dist/ is missing: run npm run build first');
  }

  /** Checks one case against the oracle; throws a readable error (with the input) on a bug. */
  async check(c: FuzzCase): Promise<Outcome> {
    const id = this.#next++;
    const ext = c.kind === 'design' ? 'design' : 'scenario';
    const path = join(this.dir, `case-${id}.${ext}.yaml`);
    writeFileSync(path, c.text);
    const reply = await this.#ask({ id, kind: c.kind, path, scenario: c.scenario, seed: c.seed ?? '1' }, c);
    const outcome = judge(reply, c);
    if (reply.outcome === 'input-error') this.lastRefusal = reply.message;
    rmSync(path, { force: true });
    this.counts[outcome]++;
    return outcome;
  }

  async close(): Promise<void> {
    await this.#worker?.terminate();
    rmSync(this.dir, { recursive: true, force: true });
  }

  async #ask(msg: { id: number; kind: FuzzKind; path: string; scenario: string | undefined; seed: string }, c: FuzzCase): Promise<Reply> {
    const worker = await this.#start();
    return new Promise<Reply>((resolvePromise, reject) => {
      const timer = setTimeout(() => {
        worker.off('message', onMessage);
        this.#worker = undefined;
        void worker.terminate();
        reject(new Error(`case did not finish within ${this.timeoutMs} ms (a hang?)\n${describe(c)}`));
      }, this.timeoutMs);
      const onMessage = (reply: Reply) => {
        if (reply.id !== msg.id) return;
        clearTimeout(timer);
        worker.off('message', onMessage);
        resolvePromise(reply);
      };
      worker.on('message', onMessage);
      worker.postMessage(msg);
    });
  }

  async #start(): Promise<Worker> {
    if (this.#worker) {
      await this.#ready;
      return this.#worker;
    }
    const worker = new Worker(new URL('./fuzzWorker.mjs', import.meta.url), { workerData: { dist: pathToFileURL(DIST).href } });
    this.#worker = worker;
    this.#ready = new Promise((ok, fail) => {
      worker.once('message', () => ok());
      worker.once('error', fail);
    });
    worker.unref();
    await this.#ready;
    return worker;
  }
}

/** Applies the oracle to one reply. */
function judge(reply: Reply, c: FuzzCase): Outcome {
  if (reply.outcome === 'crash') throw new Error(`not an InputError: ${reply.name}: ${reply.message}\n${reply.stack}\n${describe(c)}`);
  if (reply.outcome === 'ran') {
    if (reply.run) {
      const violation = invariantViolation(reply.run as unknown as RunResult);
      if (violation) throw new Error(`invariant broken: ${violation}\n${describe(c)}`);
    }
    return 'ran';
  }
  const bad = problemDefect(reply.problems, reply.message);
  if (bad) throw new Error(`badly formed InputError: ${bad}\nmessage:\n${reply.message}\n${describe(c)}`);
  return 'refused';
}

/** Why an InputError's problems or message break the contract, or undefined. */
export function problemDefect(problems: readonly Problem[], message: string): string | undefined {
  if (problems.length === 0) return 'no problems listed';
  for (const p of problems) {
    if (typeof p.file !== 'string' || p.file === '') return `a problem without a file: ${JSON.stringify(p)}`;
    if (typeof p.what !== 'string' || p.what.trim() === '') return `a problem without what: ${JSON.stringify(p)}`;
    if (typeof p.fix !== 'string' || p.fix.trim() === '') return `a problem without fix: ${JSON.stringify(p)}`;
  }
  const lines = message.split('\n');
  if (lines.length !== problems.length) return `${problems.length} problems but ${lines.length} message lines`;
  const off = lines.find((l) => !LINE.test(l));
  return off === undefined ? undefined : `message line does not read \`place: what; fix\`: ${JSON.stringify(off)}`;
}

/** The failing input, quoted so it can be pasted into a regression test. */
export function describe(c: FuzzCase): string {
  return `kind: ${c.kind}${c.scenario ? ` (run with ${c.scenario})` : ''}\ninput (JSON string): ${JSON.stringify(c.text)}`;
}
