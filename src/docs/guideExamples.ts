/**
 * Examples in the user guide that show output are generated from real runs: each is a fenced
 * block right after a marker comment naming the command and a filter,
 *
 *     <!-- example: opcon run scenarios/korea/escalation.yaml | head 5 -->
 *     ```text
 *     ...
 *     ```
 *
 * `npm run docs:examples` rewrites the blocks from the built CLI, and a test fails when the
 * guide and a real run disagree, so the guide never shows output opcon no longer prints.
 */

/** One marked example: the opcon arguments, the filter, and where its block sits. */
export interface GuideExample {
  readonly args: readonly string[];
  readonly filter: ExampleFilter;
  /** Line index of the marker; the block's fence opens on the next line. */
  readonly marker: number;
  /** Line index of the closing fence. */
  readonly close: number;
}

/**
 * How much of the output a block shows: `head N` (the first N lines), `lines A-B` (1-based,
 * inclusive), `step KIND` (the first `explain` step of that kind, e.g. `step transfer`), or all.
 */
export type ExampleFilter = { readonly kind: 'all' } | { readonly kind: 'lines'; readonly from: number; readonly to: number } | { readonly kind: 'step'; readonly step: string };

const MARKER = /^<!-- example: (.+?) -->$/;

/** The marked examples of a Markdown text, in order. Throws on a marker without a block. */
export function findExamples(markdown: string): GuideExample[] {
  const lines = markdown.split('\n');
  const out: GuideExample[] = [];
  lines.forEach((line, i) => {
    const m = MARKER.exec(line.trim());
    if (!m) return;
    if (!lines[i + 1]?.startsWith('```')) throw new Error(`line ${i + 1}: an example marker must be followed by a fenced block`);
    const close = lines.findIndex((l, j) => j > i + 1 && l.startsWith('```'));
    if (close < 0) throw new Error(`line ${i + 2}: the example's block is not closed`);
    const [command, filter] = m[1]!.split('|').map((s) => s.trim());
    const words = command!.split(/\s+/);
    out.push({ args: words[0] === 'opcon' ? words.slice(1) : words, filter: parseFilter(filter), marker: i, close });
  });
  return out;
}

function parseFilter(text: string | undefined): ExampleFilter {
  if (text === undefined || text === '') return { kind: 'all' };
  const head = /^head (\d+)$/.exec(text);
  if (head) return { kind: 'lines', from: 1, to: Number(head[1]) };
  const range = /^lines (\d+)-(\d+)$/.exec(text);
  if (range) return { kind: 'lines', from: Number(range[1]), to: Number(range[2]) };
  const step = /^step ([a-z-]+)$/.exec(text);
  if (step) return { kind: 'step', step: step[1]! };
  throw new Error(`unknown example filter '${text}': use head N, lines A-B or step KIND`);
}

/** The part of a command's output an example shows, without trailing blank lines. */
export function applyFilter(output: string, filter: ExampleFilter): string {
  const lines = output.replace(/\n+$/, '').split('\n');
  let shown: string[];
  switch (filter.kind) {
    case 'all':
      shown = lines;
      break;
    case 'lines':
      shown = lines.slice(filter.from - 1, filter.to);
      break;
    case 'step': {
      const start = lines.findIndex((l) => new RegExp(`^Step \\d+/\\d+ \\[${filter.step}\\]`).test(l));
      if (start < 0) throw new Error(`no explain step of kind [${filter.step}] in the output`);
      const end = lines.findIndex((l, j) => j > start && /^Step \d+\/\d+ /.test(l));
      shown = lines.slice(start, end < 0 ? undefined : end);
      break;
    }
  }
  while (shown.length > 0 && shown[shown.length - 1]!.trim() === '') shown.pop();
  return shown.join('\n');
}

/** The guide with every example block replaced by what `run` prints for it. */
export function renderExamples(markdown: string, run: (args: readonly string[]) => string): string {
  const lines = markdown.split('\n');
  const examples = findExamples(markdown);
  // From the last so earlier line indices stay valid.
  for (const ex of [...examples].reverse()) {
    const body = applyFilter(run(ex.args), ex.filter);
    lines.splice(ex.marker + 2, ex.close - ex.marker - 2, ...body.split('\n'));
  }
  return lines.join('\n');
}
