import { readFileSync, statSync } from 'node:fs';
import { CST, Lexer, LineCounter, parseDocument, isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { SourcePosition } from '../model/scenario.js';
import { InputError } from '../model/errors.js';
import type { Limits } from './limits.js';
import { setInfo } from './located.js';
import { ProblemList } from './problems.js';

/** Keys that would reach `Object.prototype` machinery if copied around carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A parsed YAML file: plain data whose objects carry positions (see `located.ts`). */
export interface YamlFile {
  /** The file name used in messages. */
  readonly file: string;
  readonly value: unknown;
}

/**
 * Reads and parses one YAML file with positions, refusing files over the size limit, alias bombs,
 * deep nesting and dangerous keys. Every syntax problem of the file is reported in one
 * {@link InputError}.
 */
export function readYamlFile(path: string, file: string, limits: Limits): YamlFile {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw InputError.at(undefined, 'not a file (a folder?)', 'give the path of a .yaml file', file);
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw InputError.at(undefined, 'cannot read the file (it does not exist or is not readable)', 'check the path', file);
  }
  if (size > limits.maxFileBytes) {
    throw InputError.at(undefined, `file is ${size} bytes, over the limit of ${limits.maxFileBytes}`, 'split it or raise maxFileBytes (docs/limits.md)', file);
  }
  return parseYamlText(readFileSync(path, 'utf8'), file, limits);
}

/** Parses YAML text (see {@link readYamlFile}); exported for tests and inline input. */
export function parseYamlText(text: string, file: string, limits: Limits): YamlFile {
  if (text.length > limits.maxFileBytes) {
    throw InputError.at(undefined, `input is ${text.length} characters, over the limit of ${limits.maxFileBytes}`, 'split it or raise maxFileBytes (docs/limits.md)', file);
  }
  checkFlowDepth(text, file, limits);
  const lineCounter = new LineCounter();
  // YAML 1.2 core schema: dates stay strings and `<<` is an ordinary (hence unknown) key.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems = new ProblemList(file);
  const at = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  // One syntax error often sets off dozens more: show the first, count the rest. Duplicate keys
  // are independent mistakes and are all listed.
  const syntax = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
  const message = (e: (typeof doc.errors)[number]) => `YAML: ${e.message.replace(/\s+at line \d+, column \d+.*$/s, '')}`;
  if (syntax.length > 0) {
    const more = syntax.length - 1;
    const also = more > 0 ? ` (and ${more} more YAML problem${more === 1 ? '' : 's'} after it, often caused by this one)` : '';
    problems.add(at(syntax[0]!.pos[0]), message(syntax[0]!) + also, 'fix the YAML syntax (indentation, quoting, a missing colon or dash), then validate again');
  }
  for (const e of doc.errors) if (e.code === 'DUPLICATE_KEY') problems.add(at(e.pos[0]), message(e), 'remove or rename one of the two keys');
  problems.throwIfAny();
  if (doc.contents === null) {
    throw InputError.at({ file, line: 1, column: 1 }, 'the file is empty', 'write a `scenario:` or `design:` mapping');
  }
  const value = new Converter(doc, at, problems, limits).convert(doc.contents as Node, 0);
  problems.throwIfAny();
  return { file, value };
}

/** Lexer tokens that mark structure and are not text of the file (document, flow end, scalar). */
const MARKERS = new Set(['\u0002', '\u0018', '\u001f']);

/**
 * Refuses flow collections (`[[[...]]]`, `{a: {b: ...}}`) nested deeper than `maxDepth` before
 * parsing: the YAML parser recurses once per level and would overflow the stack, slowly, on a
 * few kilobytes of brackets. The lexer is iterative and skips brackets inside quotes, comments
 * and block text; it runs only when the file has more brackets than the limit allows.
 */
function checkFlowDepth(text: string, file: string, limits: Limits): void {
  let openers = 0;
  for (let i = 0; i < text.length && openers <= limits.maxDepth; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 /* [ */ || c === 123 /* { */) openers++;
  }
  if (openers <= limits.maxDepth) return;
  let depth = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === 'flow-map-start' || type === 'flow-seq-start') {
      if (++depth > limits.maxDepth) {
        const before = text.slice(0, offset);
        const line = before.split('\n').length;
        const column = offset - before.lastIndexOf('\n');
        throw InputError.at({ file, line, column }, `nesting is deeper than ${limits.maxDepth} levels`, 'flatten the structure; see maxDepth in docs/limits.md');
      }
    } else if (type === 'flow-map-end' || type === 'flow-seq-end') depth--;
    if (!MARKERS.has(token)) offset += token.length;
  }
}

/** Turns the YAML tree into plain data, recording positions and enforcing the limits. */
class Converter {
  #nodes = 0;
  #aliases = 0;
  readonly #expanding = new Set<Node>();
  /** Where the outermost alias being expanded was written: limits hit inside point there. */
  #aliasSite: SourcePosition | undefined;

  constructor(
    readonly doc: Document,
    readonly at: (offset: number) => SourcePosition,
    readonly problems: ProblemList,
    readonly limits: Limits,
  ) {}

  pos(node: Node | null | undefined, fallback: SourcePosition): SourcePosition {
    return node?.range ? this.at(node.range[0]) : fallback;
  }

  convert(node: Node, depth: number): unknown {
    const here = this.pos(node, { file: this.problems.file, line: 1, column: 1 });
    if (++this.#nodes > this.limits.maxNodes) {
      throw InputError.at(this.#aliasSite ?? here, `the file expands to more than ${this.limits.maxNodes} values`, 'shrink it, or use fewer aliases; see maxNodes in docs/limits.md');
    }
    if (isAlias(node)) {
      if (++this.#aliases > this.limits.maxAliasCount) {
        throw InputError.at(here, `more than ${this.limits.maxAliasCount} alias references (*name): this looks like an alias bomb`, 'write the values out or use fewer aliases; see maxAliasCount in docs/limits.md');
      }
      const target = node.resolve(this.doc) as Node | undefined;
      if (!target || this.#expanding.has(target)) {
        this.problems.add(here, `alias *${node.source} cannot be resolved`, 'define the anchor &' + node.source + ' before using it, outside the value that uses it');
        return null;
      }
      this.#expanding.add(target);
      const outer = this.#aliasSite;
      this.#aliasSite ??= here;
      try {
        return this.convert(target, depth);
      } finally {
        this.#expanding.delete(target);
        this.#aliasSite = outer;
      }
    }
    if (isScalar(node)) return node.value;
    if (depth >= this.limits.maxDepth) {
      throw InputError.at(here, `nesting is deeper than ${this.limits.maxDepth} levels`, 'flatten the structure; see maxDepth in docs/limits.md');
    }
    if (isSeq(node)) {
      const out: unknown[] = [];
      const values = new Map<string | number, SourcePosition>();
      node.items.forEach((item, i) => {
        values.set(i, this.pos(item as Node, here));
        out.push(item == null ? null : this.convert(item as Node, depth + 1));
      });
      setInfo(out, { at: here, keys: new Map(), values });
      return out;
    }
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      const keys = new Map<string, SourcePosition>();
      const values = new Map<string | number, SourcePosition>();
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const keyPos = this.pos(keyNode, here);
        if (!isScalar(keyNode) || (typeof keyNode.value !== 'string' && typeof keyNode.value !== 'number' && typeof keyNode.value !== 'boolean')) {
          this.problems.add(keyPos, 'a key must be a plain word', 'use a name such as `id` as the key');
          continue;
        }
        const key = String(keyNode.value);
        if (FORBIDDEN_KEYS.has(key)) {
          this.problems.add(keyPos, `the key \`${key}\` is not allowed`, 'rename or remove it (it could tamper with object prototypes)');
          continue;
        }
        keys.set(key, keyPos);
        const valueNode = pair.value as Node | null;
        values.set(key, this.pos(valueNode, keyPos));
        out[key] = valueNode == null ? null : this.convert(valueNode, depth + 1);
      }
      setInfo(out, { at: here, keys, values });
      return out;
    }
    this.problems.add(here, 'unsupported YAML node', 'use plain mappings, sequences and scalars');
    return null;
  }
}
