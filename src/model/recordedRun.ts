import type { LogRecord } from './records.js';
import type { ScenarioModel } from './scenario.js';

/**
 * What a run leaves for readers of its log: the compiled scenario, the seed and the records.
 * It is plain JSON (no engine snapshots), so the HTML viewer inlines it in the page and narrates
 * it there, and a run made in a browser can be shown without the CLI. A `RunResult` is one.
 */
export interface RecordedRun {
  readonly model: ScenarioModel;
  readonly seed: string;
  readonly records: readonly LogRecord[];
}
