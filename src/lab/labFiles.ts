import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../scenario/packageRoot.js';

/** The folders of the package whose YAML files the lab carries, relative to the package root. */
const FOLDERS = ['scenarios', 'src/designs', 'studies'] as const;

/**
 * Every shipped scenario, design and study, as the lab's virtual tree (`scenarios/korea/...`
 * -> text), plus the package.json the loader looks for to find the package root. Sorted, so the
 * page's bytes are the same on every machine.
 */
export function shippedLabFiles(root = packageRoot()): Record<string, string> {
  const tree: Record<string, string> = { 'package.json': '{"name":"opcon"}\n' };
  for (const folder of FOLDERS) {
    for (const rel of yamlFilesBelow(join(root, folder), folder)) tree[rel] = readFileSync(join(root, rel), 'utf8');
  }
  return Object.fromEntries(Object.entries(tree).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function yamlFilesBelow(dir: string, rel: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) out.push(...yamlFilesBelow(join(dir, entry.name), `${rel}/${entry.name}`));
    else if (/\.ya?ml$/.test(entry.name)) out.push(`${rel}/${entry.name}`);
  }
  return out.sort();
}
