import { escapeHtml } from './escapeHtml.js';
import { offlinePageHead } from './offlinePage.js';

/** What a compare output directory's page shows; the compare command builds the parts. */
export interface ComparisonPage {
  readonly title: string;
  /** Charts as standalone SVG documents or fragments, trusted (built by opcon, not from input). */
  readonly svgs: readonly { name: string; svg: string }[];
  /** The metrics table as HTML, trusted likewise; escape any scenario text before passing it. */
  readonly tableHtml: string;
}

/**
 * An offline page for `opcon compare --out DIR`: a title, the metrics table and each chart with
 * its name as a caption. The SVGs and table are inlined as given (their builder escapes its
 * own text); an XML prolog or doctype in an SVG is stripped so it embeds in HTML.
 */
export function renderComparisonHtml(page: ComparisonPage): string {
  const figures = page.svgs
    .map((s) => `<figure><figcaption>${escapeHtml(s.name)}</figcaption>${s.svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '').replace(/^\s*<!DOCTYPE[^>]*>\s*/i, '')}</figure>`)
    .join('\n');
  return `${offlinePageHead(page.title, COMPARISON_STYLE)}
<body>
<h1>${escapeHtml(page.title)}</h1>
<section aria-label="Metrics">${page.tableHtml}</section>
<section class="charts" aria-label="Charts">
${figures}
</section>
</body>
</html>
`;
}

const COMPARISON_STYLE = `
body { margin: 0; padding: 1rem 1.5rem 2rem; background: #f3f5f7; color: #1b1f24; font: 15px/1.45 system-ui, sans-serif; }
h1 { font-size: 1.4rem; }
table { border-collapse: collapse; background: #fff; }
th, td { border: 1px solid #d0d7de; padding: .3rem .6rem; text-align: left; font-variant-numeric: tabular-nums; }
th { background: #eef1f4; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(28rem, 1fr)); gap: 1rem; margin-top: 1rem; }
figure { margin: 0; background: #fff; border: 1px solid #d0d7de; border-radius: .5rem; padding: .6rem; }
figcaption { font-weight: 650; margin-bottom: .4rem; }
figure svg { max-width: 100%; height: auto; }
`;
