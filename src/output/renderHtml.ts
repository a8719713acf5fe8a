import { InputError } from '../model/errors.js';
import type { RecordedRun } from '../model/recordedRun.js';
import { VIEWER_SCRIPT } from '../viewer/generated/viewerBundle.js';
import { VIEWER_STYLE } from '../viewer/viewerStyle.js';
import { escapeHtml, jsonForScript } from './escapeHtml.js';
import { hashedCsp, offlinePageHead } from './offlinePage.js';
import { runFacts } from './runFacts.js';

export { OFFLINE_CSP } from './offlinePage.js';

/**
 * The largest page the viewer writes, in bytes. The page inlines the run's model and records
 * (linear in the records, about twice `--format jsonl`) and narrates them in the browser. A
 * 2.3 MB page (1,683 forces, 1,094 steps) opens in about 2.6 s in headless Chromium on the
 * development machine; at 16 MB a page would take tens of seconds to open and hold tens of
 * thousands of steps no one reads in a browser. docs/limits.md.
 */
export const MAX_VIEWER_PAGE_BYTES = 16 * 1024 * 1024;

/**
 * What the page inlines: the run as plain data (no engine snapshots), without the places in
 * input files the loader keeps for error messages (`position`) and with the scenario's file name
 * only: a page is shared, and the paths of the author's folders are none of its readers' business.
 */
function pageData(result: RecordedRun): RecordedRun {
  const model = JSON.parse(JSON.stringify(result.model, (key, value: unknown) => (key === 'position' ? undefined : value))) as RecordedRun['model'];
  return { model: { ...model, file: model.file.replace(/^.*[\\/]/, '') }, seed: result.seed, records: result.records };
}

/**
 * The offline HTML viewer of one run: one self-contained file holding the run's model and
 * records, the viewer's bundled code and its styles, under a CSP that allows only those (by
 * hash) and no network. The page builds the timeline, command tree, theater tiles and the
 * narration of `opcon explain` itself (src/viewer/). See docs/viewer.md.
 *
 * @throws InputError when the page would exceed {@link MAX_VIEWER_PAGE_BYTES}.
 */
export function renderHtml(result: RecordedRun): string {
  const facts = runFacts(result);
  const data = jsonForScript(pageData(result));
  const script = VIEWER_SCRIPT;
  const size = data.length + script.length + VIEWER_STYLE.length;
  if (size > MAX_VIEWER_PAGE_BYTES) {
    throw InputError.at(
      undefined,
      `the HTML viewer page of this run would be ${mb(size)} (${result.records.length} records), over the viewer's limit of ${mb(MAX_VIEWER_PAGE_BYTES)}`,
      'write --format jsonl or text instead, or shorten the run (end:) or its timeline (docs/limits.md)',
      result.model.file || facts.scenario,
    );
  }
  const title = `${facts.title}: ${facts.designId}, seed ${facts.seed}`;
  const head = offlinePageHead(title, VIEWER_STYLE, `<meta name="generator" content="opcon ${escapeHtml(facts.version)}">\n`, hashedCsp(script, VIEWER_STYLE));
  return `${head}
<body>
<div id="opcon-viewer"><noscript><p>${escapeHtml(facts.title)}: this page shows the run with JavaScript, which is turned off. <code>opcon explain</code> tells the same run as text.</p></noscript></div>
<script type="application/json" id="opcon-data">${data}</script>
<script>${script}</script>
</body>
</html>
`;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
