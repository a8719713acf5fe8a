import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LspClient } from '../../helpers/lspClient.js';
import { KEY_DOCS } from '../../../src/scenario/schemaDocs.js';
import { packageRoot } from '../../../src/scenario/packageRoot.js';

/**
 * The schemas as an editor uses them: yaml-language-server (the server behind VS Code's YAML
 * extension and many other editors) runs over stdio, reads the modeline of an open document,
 * and must complete a built-in design id and show a key's description on hover.
 */
const root = packageRoot();
const server = join(root, 'node_modules/yaml-language-server/bin/yaml-language-server');
let client: LspClient;

beforeAll(async () => {
  client = new LspClient(process.execPath, [server, '--stdio'], (section) => (section === 'yaml' ? { validate: true, hover: true, completion: true, schemaStore: { enable: false } } : null));
  await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: { textDocument: { completion: { completionItem: { snippetSupport: false } }, hover: { contentFormat: ['markdown', 'plaintext'] } } }, workspaceFolders: null });
  client.notify('initialized', {});
  client.notify('workspace/didChangeConfiguration', { settings: { yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false } } } });
});

afterAll(async () => {
  await client?.close();
});

let version = 0;
/** Opens a document as if it were a file beside the shipped scenarios. */
function open(name: string, text: string): string {
  const uri = pathToFileURL(join(root, 'scenarios', 'korea', name)).href;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: ++version, text } });
  return uri;
}

const MODELINE = '# yaml-language-server: $schema=../../schema/scenario.schema.json\n';

describe('yaml-language-server with the shipped schemas', () => {
  test('completes a built-in design id on design:', async () => {
    const text = `${MODELINE}scenario: probe\ntitle: Probe\ndesign: us-rok-\n`;
    const uri = open('probe-completion.yaml', text);
    const result = (await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 'design: us-rok-'.length } })) as { items: { label: string }[] } | { label: string }[];
    const items = Array.isArray(result) ? result : result.items;
    expect(items.map((i) => i.label)).toContain('us-rok-cfc-1994');
  });

  test('shows the description of a key on hover', async () => {
    const text = `${MODELINE}scenario: probe\ntitle: Probe\nstart: "2026-03-01T00:00Z"\n`;
    const uri = open('probe-hover.yaml', text);
    const hover = (await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 2 } })) as { contents: { value: string } | string } | null;
    const shown = hover === null ? '' : typeof hover.contents === 'string' ? hover.contents : hover.contents.value;
    // Markdown escapes some characters; compare on the opening words.
    expect(shown).toContain(KEY_DOCS['scenario:start']!.slice(0, 30));
  });
});
