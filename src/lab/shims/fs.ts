import { childrenOf, fileAt, isDirectory } from './virtualFiles.js';

/**
 * The part of `node:fs` the scenario loader uses, over the lab's in-memory tree
 * (virtualFiles.ts). Errors carry the codes Node gives, so the loader's messages are the same.
 */

function noEntry(path: string): Error {
  return Object.assign(new Error(`ENOENT: no such file or directory, '${path}'`), { code: 'ENOENT' });
}

interface Stats {
  readonly size: number;
  readonly mtimeMs: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

export function statSync(path: string, options?: { throwIfNoEntry?: boolean }): Stats | undefined {
  const f = fileAt(path);
  if (f) return { size: new TextEncoder().encode(f.text).length, mtimeMs: f.version, isFile: () => true, isDirectory: () => false };
  if (isDirectory(path)) return { size: 0, mtimeMs: 0, isFile: () => false, isDirectory: () => true };
  if (options?.throwIfNoEntry === false) return undefined;
  throw noEntry(path);
}

export function readFileSync(path: string): string {
  const f = fileAt(path);
  if (!f) throw noEntry(path);
  return f.text;
}

export function existsSync(path: string): boolean {
  return fileAt(path) !== undefined || isDirectory(path);
}

export function readdirSync(dir: string): string[] {
  if (!isDirectory(dir)) throw noEntry(dir);
  return childrenOf(dir);
}

/** The tree has no links: a path's real path is itself. */
export function realpathSync(path: string): string {
  if (!existsSync(path)) throw noEntry(path);
  return path;
}
