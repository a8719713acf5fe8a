/**
 * The in-memory file tree the browser lab's simulator reads instead of a disk: every shipped
 * scenario, design and study, plus the user's edits, under the virtual package root
 * {@link LAB_ROOT}. The loader is the CLI's own (src/scenario/), reading through the `node:fs`
 * and `node:path` stand-ins of this folder, which the lab's bundles alias in (scripts/bundle.mjs),
 * so a file is checked and compiled exactly as `opcon validate` and `opcon run` do.
 */

/** Where the package lives in the virtual tree (`/opcon/src/designs/nato.yaml`, ...). */
export const LAB_ROOT = '/opcon';

interface Entry {
  readonly text: string;
  /** Bumped on every write, so caches keyed by size and mtime see an edit. */
  readonly version: number;
}

const files = new Map<string, Entry>();
let clock = 1;

/** Replaces the tree with `tree` (path relative to the package root -> text), placed under {@link LAB_ROOT}. */
export function installFiles(tree: Readonly<Record<string, string>>): void {
  files.clear();
  for (const [path, text] of Object.entries(tree)) writeVirtualFile(`${LAB_ROOT}/${path}`, text);
}

/** Writes (or replaces) one file. */
export function writeVirtualFile(path: string, text: string): void {
  files.set(path, { text, version: clock++ });
}

/** The entry at `path`, if it is a file. */
export function fileAt(path: string): Entry | undefined {
  return files.get(path);
}

/** True when some file lies below `dir`. */
export function isDirectory(dir: string): boolean {
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  for (const p of files.keys()) if (p.startsWith(prefix)) return true;
  return false;
}

/** Names of the direct children (files and folders) of `dir`, sorted. */
export function childrenOf(dir: string): string[] {
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  const names = new Set<string>();
  for (const p of files.keys()) if (p.startsWith(prefix)) names.add(p.slice(prefix.length).split('/')[0]!);
  return [...names].sort();
}
