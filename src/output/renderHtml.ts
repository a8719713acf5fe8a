import type { RunResult } from '../engine/api.js';
import { formatIso } from '../model/time.js';
import { escapeHtml, jsonForScript } from './escapeHtml.js';
import { VIEWER_SCRIPT } from './viewer/viewerScript.js';
import { VIEWER_STYLE } from './viewer/viewerStyle.js';
import { viewerData } from './viewerData.js';
import { offlinePageHead } from './offlinePage.js';

export { OFFLINE_CSP } from './offlinePage.js';

/**
 * The offline HTML viewer of one run: one self-contained file (data, code and styles inline)
 * with a per-force timeline colored by the nationality of each OPCON holder's commander, a
 * scrubber with step buttons and keyboard keys, the command tree and theater state at the
 * selected instant, and the narration of records. See docs/viewer.md.
 */
export function renderHtml(result: RunResult): string {
  const data = viewerData(result);
  const title = `${data.title}: ${data.designId}, seed ${data.seed}`;
  const level = (key: string, label: string) => `<div data-level="${key}"><dt>${label}</dt><dd class="value">–</dd></div>`;
  return `${offlinePageHead(title, VIEWER_STYLE, `<meta name="generator" content="opcon ${escapeHtml(data.version)}">\n`)}
<body>
<header class="top">
  <h1>${escapeHtml(data.title)}</h1>
  <span class="meta">${escapeHtml(data.scenario)} · design <strong>${escapeHtml(data.designId)}</strong> (${escapeHtml(data.designName)}) · seed ${escapeHtml(data.seed)} · ${formatIso(data.start)} to ${formatIso(data.end)}</span>
  <span class="tools">
    <button type="button" id="axis-toggle" aria-pressed="false" title="Space changes evenly on the time axis (key A)">Even spacing</button>
    <button type="button" id="large-type" aria-pressed="false" title="Large type for projection (key L)">Large type</button>
  </span>
</header>
<div class="controls" role="region" aria-label="Time controls">
  <div class="buttons">
    <button type="button" id="first" aria-label="Go to the start (Home)">« Start</button>
    <button type="button" id="prev" aria-label="Previous change (Left arrow)">◀ Prev</button>
    <button type="button" id="next" aria-label="Next change (Right arrow)">Next ▶</button>
    <button type="button" id="last" aria-label="Go to the last change (End)">End »</button>
  </div>
  <input type="range" id="scrubber" min="0" max="0" step="1" value="0" aria-label="Simulated time, minutes since the start">
  <div class="now" aria-hidden="true"><span id="now-rel">T+0m</span><span id="now-iso"></span><span id="now-step"></span></div>
  <dl class="theater" aria-label="Theater state at the selected instant">
    ${level('posture', 'Posture')}${level('defcon', 'DEFCON')}${level('watchcon', 'WATCHCON')}${level('phase', 'Phase (JP 5-0)')}${level('situation', 'Japan situation')}
  </dl>
</div>
<p id="status" class="sr-only" role="status" aria-live="polite"></p>
<main>
  <section class="panel" id="timeline-panel" aria-labelledby="timeline-h">
    <h2 id="timeline-h">Who holds OPCON of each force <span class="muted">color and hatching: nationality of the OPCON holder's commander; label: the holder</span></h2>
    <ul class="legend" id="legend" aria-label="Legend"></ul>
    <div class="timeline" role="table" aria-label="OPCON holder of each force over time">
      <div id="rows"></div>
      <div class="axis-wrap" aria-hidden="true"><span></span><div class="axis" id="axis"></div></div>
      <div class="cursor-lane" aria-hidden="true"><div id="cursor"></div></div>
    </div>
    <p class="keys"><kbd>←</kbd> <kbd>→</kbd> previous / next change · <kbd>Shift</kbd>+<kbd>←</kbd> <kbd>→</kbd> one hour · <kbd>Home</kbd> <kbd>End</kbd> · <kbd>L</kbd> large type · <kbd>A</kbd> axis spacing · click a track to jump</p>
  </section>
  <section class="panel" id="tree-panel" aria-labelledby="tree-h">
    <h2 id="tree-h">Command tree at the selected instant <span class="muted">forces under each headquarters' OPCON; dashed: coordination bodies (link, never command)</span></h2>
    <div id="tree-wrap"><svg id="links" aria-hidden="true"></svg><div id="tree"></div></div>
    <ul class="bodies" id="bodies" aria-label="Coordination bodies"></ul>
  </section>
  <section class="panel" id="narration-panel" aria-labelledby="narration-h">
    <h2 id="narration-h">Narration <span class="muted">events, decisions and command changes with each rule's source</span></h2>
    <ol id="narration" aria-label="Records in simulation order"></ol>
  </section>
</main>
<script type="application/json" id="opcon-data">${jsonForScript(data)}</script>
<script>${VIEWER_SCRIPT}</script>
</body>
</html>
`;
}
