import { KEY_DOCS } from './schemaDocs.js';

/** A JSON Schema node as zod writes it (draft-07). */
type Node = { [key: string]: unknown };

/** What kind of file a schema describes: the first part of a {@link KEY_DOCS} key. */
export type SchemaKind = 'scenario' | 'design' | 'study';

/** A finished schema and the keys that found no description. */
export interface FinishedSchema {
  readonly schema: Node;
  /** `KIND:PATH` of every key without a text in KEY_DOCS (tests require none). */
  readonly undescribed: readonly string[];
}

/**
 * Turns zod's draft-07 output into the schema opcon ships, for every file kind alike (so keys
 * other changes add get the same treatment):
 * - union types (`type: [string, number]`) become `anyOf` of single types, which Ajv's strict
 *   mode requires;
 * - every key gets its description from {@link KEY_DOCS}, the one place they are written;
 * - nodes zod-marked `x-design-ref` (a scenario's `design:`, `extends:`, a study's `designs:`)
 *   offer the built-in design ids for completion while any other text (a path) still validates.
 */
export function finishSchema(raw: Node, kind: SchemaKind, builtinIds: readonly string[]): FinishedSchema {
  const undescribed: string[] = [];
  const schema = structuredClone(raw);
  const walk = (node: unknown, at: string, path: string): void => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (const n of node) walk(n, at, path);
      return;
    }
    const n = node as Node;
    splitUnionType(n);
    if (n['x-design-ref'] === true) offerDesignIds(n, builtinIds);
    const props = n.properties as Record<string, Node> | undefined;
    for (const [key, child] of Object.entries(props ?? {})) {
      const childPath = path === '' ? key : `${path}.${key}`;
      // An inline design in a scenario is a design file written in place: same texts.
      const inlineDesign = at === 'scenario' && childPath === 'design';
      if (child.description === undefined) {
        const text = KEY_DOCS[`${at}:${childPath}`] ?? KEY_DOCS[`*:${key}`];
        if (text === undefined) undescribed.push(`${at}:${childPath}`);
        else describe(props!, key, text);
      }
      if (inlineDesign) walkInlineDesign(props![key]!, walk);
      else walk(props![key], at, childPath);
    }
    for (const k of ['items', 'anyOf', 'allOf', 'oneOf', 'additionalProperties', 'not']) walk(n[k], at, path);
  };
  walk(schema, kind, '');
  for (const [name, def] of Object.entries((schema.definitions ?? {}) as Record<string, Node>)) walk(def, 'def', name);
  return { schema, undescribed: [...new Set(undescribed)] };
}

/** Walks an inline design's mapping branch as a design file, its other branches as the scenario key. */
function walkInlineDesign(node: Node, walk: (n: unknown, at: string, path: string) => void): void {
  const branches = (node.anyOf ?? node.allOf ?? [node]) as Node[];
  for (const b of branches) {
    if (b.type === 'object') walk(b, 'design', '');
    else walk(b, 'scenario', 'design');
  }
}

/** Puts a description on a key; beside a bare `$ref` it goes on a wrapper, as draft-07 ignores `$ref` siblings. */
function describe(props: Record<string, Node>, key: string, text: string): void {
  const child = props[key]!;
  if (typeof child.$ref === 'string' && Object.keys(child).length === 1) props[key] = { description: text, allOf: [child] };
  else child.description = text;
}

/** Applies {@link splitUnionType} to every node of a schema, in place (for passes that run before {@link finishSchema}). */
export function splitUnionTypes(node: unknown): void {
  if (typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) {
    for (const n of node) splitUnionTypes(n);
    return;
  }
  splitUnionType(node as Node);
  for (const v of Object.values(node)) splitUnionTypes(v);
}

/** `type: [string, number, boolean]` becomes `anyOf: [{type: string}, {type: number}, {type: boolean}]`. */
function splitUnionType(n: Node): void {
  if (!Array.isArray(n.type)) return;
  const types = n.type as string[];
  delete n.type;
  const branches = types.map((type) => ({ type }));
  if (n.anyOf === undefined) n.anyOf = branches;
  else n.allOf = [...((n.allOf as Node[] | undefined) ?? []), { anyOf: branches }];
}

/** A design reference: one of the built-in ids (offered for completion) or any other text (a path). */
function offerDesignIds(n: Node, ids: readonly string[]): void {
  delete n['x-design-ref'];
  const { description, ...asText } = n;
  for (const k of Object.keys(n)) delete n[k];
  if (description !== undefined) n.description = description;
  n.anyOf = [
    { type: 'string', enum: [...ids], description: 'A built-in design (opcon designs lists them).' },
    { ...asText, description: 'A path to a design file, relative to this file.' },
  ];
}
