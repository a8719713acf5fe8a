/**
 * opcon as a library: the supported API (docs/api.md). Everything exported here follows
 * semantic versioning with the package version: a removal or an incompatible change of a name,
 * a parameter or a result field is a major release. Modules not reached from here are internal
 * and may change in any release. The log records have their own version, {@link RECORD_FORMAT},
 * stamped into every `run-start` record.
 *
 * @example
 * import { loadScenario, simulate, commandTableAt } from 'opcon';
 * const result = simulate(loadScenario('scenarios/korea/escalation.yaml'), { seed: '7' });
 * console.log(commandTableAt(result, 'T+3d').forces);
 */

// Loading scenarios, designs and studies.
export { loadScenario, loadScenarioSource, loadDesign, loadDesignSource, listBuiltinDesigns, DEFAULT_LIMITS } from './scenario/index.js';
export type { LoadOptions, ScenarioSource, SourceOptions, BuiltinDesignInfo, Limits, FileKind } from './scenario/index.js';
export { validate, packagePath, type Validated } from './library/validate.js';

// Running.
export { simulate, type SimulateOptions } from './library/runs.js';
export { commandTableAt } from './library/commandTableAt.js';
export type { RunOptions, RunResult, MachineSummary } from './engine/api.js';
export type { CommandTableJson } from './output/commandTableAt.js';
export { checkExpectations, type ExpectationResult } from './engine/checkExpectations.js';

// Studies: compare designs, sweep parameters.
export { compare, sweep, type CompareOptions, type StudyRunOptions } from './library/studies.js';
export type { StudyResult } from './sweep/runStudy.js';
export type { StudySummary, Cell, PairCell } from './sweep/summarize.js';
export type { ReportContext } from './sweep/renderSummary.js';
export { renderSummaryCsv, renderSummaryMarkdown, renderSummaryText, replayCommand } from './sweep/renderSummary.js';
export type { ParameterPoint } from './sweep/applyParameters.js';

// Records, their outputs and their metrics.
export { scoreRecords, readRecords } from './library/records.js';
export type { MetricRow, MetricValue } from './metrics/metricReducer.js';
export { metricInfo, type MetricInfo } from './metrics/metricCatalog.js';
export { RECORD_FORMAT } from './model/records.js';
export type {
  LogRecord,
  RecordType,
  RunStartRecord,
  EventRecord,
  StateRecord,
  RequestRecord,
  DecisionRecord,
  CommandRecord,
  CoordinationRecord,
  ConstraintRecord,
  FrictionRecord,
  EngagementRecord,
  RunEndRecord,
} from './model/records.js';
export { renderText, renderJsonl, jsonlLine, renderCsv, csvHeader, csvLine, CSV_COLUMNS, renderMarkdown, renderHtml, renderCommandTable } from './output/index.js';
export { CSV_COLUMN_TYPES, type CsvColumnType } from './output/renderCsv.js';

// The model.
export type { ScenarioModel, TimelineEvent, Expectation, SourcePosition, Trigger, Action } from './model/scenario.js';
export type {
  Design,
  Authority,
  DecisionStep,
  Headquarters,
  HqKind,
  Gate,
  Standing,
  TransferRule,
  CoordinationBody,
  BodyLevel,
  NationalConstraint,
  Colocation,
  Modifier,
  FrictionModel,
  DesignParameter,
  C2Approach,
  Provenance,
} from './model/design.js';
export type { Force, ForceSelector, ForceId, HqId, NationId, Component } from './model/force.js';
export type { ForceCommand, CommandTable, CommandHistory } from './model/commandTable.js';
export type { Scalar, Posture, Situation, LevelName, TheaterInitial } from './model/theater.js';
export { formatIso, parseIso, parseRecordTime, parseDuration, formatDuration, MINUTE, HOUR, DAY, WEEK, type SimTime, type Duration } from './model/time.js';
export { InputError, CheckFailure, type Problem } from './model/errors.js';
