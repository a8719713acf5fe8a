import { escapeHtml, jsonForScript } from '../output/escapeHtml.js';
import { cspHash, offlinePageHead } from '../output/offlinePage.js';
import { listBuiltinDesigns } from '../scenario/listBuiltinDesigns.js';
import { VIEWER_STYLE } from '../viewer/viewerStyle.js';
import { LAB_SCRIPT } from './generated/labBundle.js';
import { LAB_WORKER_SCRIPT } from './generated/labWorkerBundle.js';
import { shippedLabFiles } from './labFiles.js';
import { LAB_STYLE } from './labStyle.js';

/** CodeMirror adds its own <style> elements; they carry this nonce (src/lab/page/editorPane.ts). */
const STYLE_NONCE = 'opcon-lab';

/**
 * The browser lab (`opcon lab --out lab.html`): one offline file holding the simulator (run in
 * Web Workers from a blob URL), the page code and every shipped scenario, design and study.
 * Nothing is fetched: the policy allows only the page's own script (by hash), its style (by hash)
 * and the editor's styles (by nonce), and workers from blob URLs the page makes.
 */
export function renderLab(version: string): string {
  const designs = listBuiltinDesigns().map((d) => ({ id: d.id, name: d.name }));
  const data = jsonForScript({ version, files: shippedLabFiles(), designs });
  const script = LAB_SCRIPT;
  const worker = LAB_WORKER_SCRIPT;
  const style = VIEWER_STYLE + LAB_STYLE;
  const csp = `default-src 'none'; script-src ${cspHash(script)}; worker-src blob:; style-src ${cspHash(style)} 'nonce-${STYLE_NONCE}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const head = offlinePageHead(`opcon lab ${version}`, style, `<meta name="generator" content="opcon ${escapeHtml(version)}">\n`, csp);
  return `${head}
<body>
<div id="opcon-lab"><noscript><p>The opcon lab runs the simulator in this page and needs JavaScript. The CLI (opcon run, compare) does the same from a terminal.</p></noscript></div>
<script type="application/json" id="lab-data">${data}</script>
<script type="text/plain" id="lab-worker-code">${worker}</script>
<script>${script}</script>
</body>
</html>
`;
}
