/**
 * POSIX `node:path` for the lab's in-memory tree (the functions the loader uses). The working
 * folder is the virtual package root, as if `opcon` ran from a clone.
 */
import { LAB_ROOT } from './virtualFiles.js';

export const sep = '/';

export function isAbsolute(p: string): boolean {
  return p.startsWith('/');
}

function normalizeParts(parts: readonly string[]): string {
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

export function resolve(...paths: string[]): string {
  let joined = LAB_ROOT;
  for (const p of paths) joined = isAbsolute(p) ? p : `${joined}/${p}`;
  return normalizeParts(joined.split('/'));
}

export function join(...paths: string[]): string {
  const joined = paths.filter((p) => p !== '').join('/');
  if (joined === '') return '.';
  const norm = normalizeParts(joined.split('/'));
  return isAbsolute(joined) ? norm : norm.slice(1) || '.';
}

export function dirname(p: string): string {
  const i = p.replace(/\/+$/, '').lastIndexOf('/');
  if (i < 0) return '.';
  return i === 0 ? '/' : p.slice(0, i);
}

export function basename(p: string): string {
  return p.replace(/\/+$/, '').split('/').pop() ?? '';
}

export function relative(from: string, to: string): string {
  const a = resolve(from).split('/').filter(Boolean);
  const b = resolve(to).split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

export default { sep, isAbsolute, resolve, join, dirname, basename, relative };
