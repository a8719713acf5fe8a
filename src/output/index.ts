/**
 * Output sinks: each a pure function of a run's result (or records) returning a string, plus
 * line-at-a-time forms for streaming from `RunOptions.onRecord`. None imports engine internals.
 */
export { renderText, renderTextLines, type TextOptions } from './renderText.js';
export { renderJsonl, jsonlLine } from './renderJsonl.js';
export { renderCsv, csvHeader, csvLine, CSV_COLUMNS } from './renderCsv.js';
export { csvCell } from './csvCell.js';
export { renderMarkdown, renderMarkdownLines } from './renderMarkdown.js';
export { renderCommandTable, commandTableJson, holdersAt, type CommandTableJson, type HolderRow } from './commandTableAt.js';
export { wantsColor } from './ansi.js';
export { timelineEntries, type TimelineEntry } from './timelineEntries.js';
export { renderHtml } from './renderHtml.js';
export { renderComparisonHtml, type ComparisonPage } from './renderComparisonHtml.js';
export { escapeHtml } from './escapeHtml.js';
export { renderMachinesDiagram, renderCommandDiagram, type DiagramFormat, type DiagramOptions } from './diagram/renderDiagram.js';
