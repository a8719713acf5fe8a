import fc from 'fast-check';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { RunResult } from '../../src/engine/api.js';
import { simulate } from '../../src/engine/simulate.js';
import { InputError } from '../../src/model/errors.js';
import { narrate, renderNarration } from '../../src/narrate/index.js';
import { csvHeader, csvLine, jsonlLine, renderCommandDiagram, renderCommandTable, renderMachinesDiagram, renderMarkdown, renderText } from '../../src/output/index.js';
import { loadScenario } from '../../src/scenario/index.js';

/**
 * Hostile text in every free-text field (`npm test` runs a few dozen cases, `npm run fuzz` more):
 * terminal escapes (ESC/CSI, OSC, BEL), bare CR/LF, C1 controls, Unicode separators and bidi
 * overrides, spreadsheet formulas, HTML and Markdown. Whatever the text, a file loads and every
 * output keeps it inert, or the file is refused with one-line problems.
 */

/** Payloads that act on terminals, spreadsheets, Markdown or HTML if passed through raw. */
const PAYLOADS = [
  '\u001b[2J\u001b[H',
  '\u001b]0;pwned\u0007',
  '\u001b]8;;http://evil.example\u001b\\link\u001b]8;;\u001b\\',
  '\u0007',
  'line1\rOVERWRITE',
  'two\nlines',
  '\u009b31m',
  '\u2028sep\u2029',
  '\u202eevil\u202c',
  '=HYPERLINK("http://evil.example","x")',
  '+cmd|/c calc!A1',
  '-2+3',
  '@SUM(1)',
  '\t=1',
  '\r=1',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '| a | b |',
  '`code` *em* _u_ # h',
  '"quoted", with, commas',
  '&lt;entity&gt;',
];

/** A hostile string: a payload, a random string with controls mixed in, or both around normal text. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.string({ unit: fc.oneof(fc.constantFrom('\u001b', '\u0007', '\r', '\n', '\t', '\u0085', '\u009b', '\u2028', '\u2029', '\u202e', '=', '+', '-', '@', '<', '>', '|', '`', '"', ','), fc.string({ minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 24 }),
  fc.tuple(fc.constantFrom(...PAYLOADS), fc.constantFrom(...PAYLOADS)).map(([a, b]) => `${a} text ${b}`),
);

/** Keys whose values are free text in scenarios and designs (names, labels, descriptions, provenance). */
const FREE_TEXT = new Set(['title', 'description', 'name', 'label', 'source', 'assumption', 'summary', 'law']);

const IDENTIFIER_SECTIONS = new Set(['levels', 'parameters']);

/** Scenario and design pairs the cases start from: small teaching scenarios and their designs. */
const BASES = [
  { scenario: 'scenarios/teaching/korea-veto.yaml', design: 'src/designs/us-rok-cfc-1994.yaml' },
  { scenario: 'scenarios/teaching/korea-defcon3.yaml', design: 'src/designs/us-rok-cfc-1994.yaml' },
  { scenario: 'scenarios/teaching/japan-sliding.yaml', design: 'src/designs/us-japan-sliding-adhoc.yaml' },
];

/** One case: a base and the hostile strings to write over its free-text fields (cycled). */
export const hostileCase = fc.record({
  base: fc.constantFrom(...BASES),
  texts: fc.array(hostileString, { minLength: 1, maxLength: 8 }),
  every: fc.integer({ min: 1, max: 4 }),
  seed: fc.nat(1000),
});
export type HostileCase = typeof hostileCase extends fc.Arbitrary<infer T> ? T : never;

/** Replaces every `every`-th free-text value of a YAML text with the next hostile string. */
function poison(text: string, texts: readonly string[], every: number): string {
  const doc = parseDocument(text);
  let seen = 0;
  let used = 0;
  // Names of levels and parameters are identifiers other entries refer to: not free text.
  const walk = (node: Node | null | undefined, section: string): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const free = FREE_TEXT.has(key) && !(key === 'name' && IDENTIFIER_SECTIONS.has(section));
        if (free && isScalar(pair.value) && typeof pair.value.value === 'string' && seen++ % every === 0) pair.value.value = texts[used++ % texts.length]!;
        else walk(pair.value as Node, key);
      }
    } else if (isSeq(node)) for (const item of node.items) walk(item as Node, section);
  };
  walk(doc.contents as Node, '');
  return doc.toString({ lineWidth: 0 });
}

/** Writes the case's files into `dir`; returns the scenario path. */
export function writeHostileCase(c: HostileCase, dir: string, id: number): string {
  const designFile = `design-${id}.yaml`;
  writeFileSync(join(dir, designFile), poison(readFileSync(c.base.design, 'utf8'), c.texts, c.every));
  const scenario = poison(readFileSync(c.base.scenario, 'utf8'), [...c.texts].reverse(), c.every).replace(/^design: .*$/m, `design: ./${designFile}`);
  const path = join(dir, `scenario-${id}.yaml`);
  writeFileSync(path, scenario);
  return path;
}

/** Characters no text output may carry from input (line feeds are the outputs' own). */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** The fields of one CSV line (RFC 4180). */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let s = '';
      i++;
      for (;;) {
        if (line[i] === '"' && line[i + 1] === '"') (s += '"'), (i += 2);
        else if (line[i] === '"') break;
        else s += line[i++];
      }
      out.push(s);
      i += 2;
    } else {
      const end = line.indexOf(',', i);
      out.push(line.slice(i, end < 0 ? line.length : end));
      i = end < 0 ? line.length + 1 : end + 1;
    }
  }
  return out;
}

/** Splits CSV text into records, keeping quoted line breaks inside their record. */
function csvRecords(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let quotes = 0;
  for (const part of text.split('\n')) {
    current = current === '' && quotes % 2 === 0 ? part : `${current}\n${part}`;
    quotes += (part.match(/"/g) ?? []).length;
    if (quotes % 2 === 0) {
      if (current !== '') out.push(current);
      current = '';
      quotes = 0;
    }
  }
  return out;
}

/**
 * The oracle: every output of the run keeps hostile text inert. Returns what is wrong, or
 * undefined when all is well.
 */
export function unsafeOutput(result: RunResult): string | undefined {
  const terminal: [string, string][] = [
    ['run text', renderText(result)],
    ['at', renderCommandTable(result, result.model.end)],
    ['explain', renderNarration(narrate(result))],
    ['diagram command dot', renderCommandDiagram(result.model.design, { format: 'dot', result })],
    ['diagram machines dot', renderMachinesDiagram(result.model.design, { format: 'dot', result })],
    ['run md', renderMarkdown(result)],
  ];
  for (const [name, text] of terminal) {
    const m = CONTROL.exec(text);
    if (m) return `${name} holds control character U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')} near ${JSON.stringify(text.slice(Math.max(0, m.index - 30), m.index + 10))}`;
  }
  const md = renderMarkdown(result);
  const rawTag = /<(?!br>)/.exec(md);
  if (rawTag) return `run md holds a raw < near ${JSON.stringify(md.slice(rawTag.index - 20, rawTag.index + 20))}`;
  for (const line of md.split('\n').filter((l) => l.startsWith('|'))) {
    const cells = line.split(/(?<!\\)\|/).length;
    const head = md.split('\n').find((l) => l.startsWith('|'))!;
    if (line.startsWith('|---')) continue;
    if (cells < 3 || (line !== head && cells > 20)) return `run md table row broken: ${JSON.stringify(line.slice(0, 80))}`;
  }
  const jsonl = result.records.map(jsonlLine).join('');
  if (/[\u2028\u2029]/.test(jsonl)) return 'JSONL holds a raw U+2028 or U+2029';
  for (const line of jsonl.trimEnd().split('\n')) JSON.parse(line);
  const csv = csvHeader() + result.records.map(csvLine).join('');
  for (const record of csvRecords(csv)) {
    for (const cell of csvFields(record)) {
      if (/^[=+\-@\t\r]/.test(cell) && !/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(cell)) return `CSV cell starts a formula: ${JSON.stringify(cell)}`;
    }
  }
  return undefined;
}

/** Loads and runs one case, checking the outputs; refusals must be one-line problems. */
export function checkHostileCase(c: HostileCase, dir: string, id: number): 'ran' | 'refused' {
  const path = writeHostileCase(c, dir, id);
  let result: RunResult;
  try {
    result = simulate(loadScenario(path), { seed: String(c.seed) });
  } catch (err) {
    rmSync(path, { force: true });
    rmSync(join(dir, `design-${id}.yaml`), { force: true });
    if (!(err instanceof InputError)) throw err;
    const bad = err.message.split('\n').find((l) => CONTROL.test(l) || !/^[^\n]+: .+; .+$/.test(l));
    if (bad !== undefined) throw new Error(`refusal is not one clean line per problem: ${JSON.stringify(bad)}`);
    return 'refused';
  }
  rmSync(path, { force: true });
  rmSync(join(dir, `design-${id}.yaml`), { force: true });
  const problem = unsafeOutput(result);
  if (problem) throw new Error(`${problem}\ncase: ${JSON.stringify(c)}`);
  return 'ran';
}
