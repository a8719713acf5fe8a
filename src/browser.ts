/**
 * The part of opcon's API that runs in a browser or a Web Worker: nothing reachable from here
 * imports a Node built-in (a test walks the imports). For pages that bundle the simulator, such
 * as the what-if lab: they compile a model with the Node loaders at build time or receive one,
 * then run, inspect, score and render in the page. `simulate` here stamps `run-start` with the
 * `version` option (default `0.0.0`): pass the package version the page was built from.
 * Same semantic versioning as the main entry (docs/api.md).
 */
export { simulate } from './engine/simulate.js';
export type { RunOptions, RunResult, MachineSummary } from './engine/api.js';
export { commandTableAt } from './library/commandTableAt.js';
export type { CommandTableJson } from './output/commandTableAt.js';
export { checkExpectations, type ExpectationResult } from './engine/checkExpectations.js';
export { scoreRecords, readRecords } from './library/records.js';
export type { MetricRow, MetricValue } from './metrics/metricReducer.js';
export { metricInfo, type MetricInfo } from './metrics/metricCatalog.js';
export { RECORD_FORMAT } from './model/records.js';
export type { LogRecord, RecordType, RunStartRecord, CommandRecord, StateRecord, DecisionRecord } from './model/records.js';
export { renderCsv, csvHeader, csvLine, CSV_COLUMNS, CSV_COLUMN_TYPES, type CsvColumnType } from './output/renderCsv.js';
export { renderJsonl, jsonlLine } from './output/renderJsonl.js';
export { renderHtml } from './output/renderHtml.js';
export type { ScenarioModel } from './model/scenario.js';
export type { Design } from './model/design.js';
export { formatIso, parseIso, parseRecordTime, parseDuration, formatDuration, MINUTE, HOUR, DAY, WEEK, type SimTime, type Duration } from './model/time.js';
export { InputError, type Problem } from './model/errors.js';
