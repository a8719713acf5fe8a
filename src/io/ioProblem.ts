import { InputError } from '../model/errors.js';

/** What went wrong and what to do, per `errno` code of a failed file operation. */
const FIXES: Readonly<Record<string, readonly [string, string]>> = {
  EISDIR: ['it is a folder', 'give a file name inside it'],
  ENOTDIR: ['a part of the path is a file, not a folder', 'check the path'],
  ENOENT: ['a folder on the path does not exist', 'create it first or check the path'],
  EACCES: ['permission denied', 'choose a place you may write to'],
  EPERM: ['operation not permitted', 'choose a place you may write to'],
  EROFS: ['the file system is read-only', 'write somewhere else'],
  ENOSPC: ['no space left on the device', 'free some space or write somewhere else'],
  EDQUOT: ['the disk quota is exhausted', 'free some space or write somewhere else'],
  EFBIG: ['the file is too large for this file system or for `ulimit -f`', 'write somewhere else or raise the limit'],
  ELOOP: ['it is a symbolic link, which opcon does not follow here', 'remove the link or choose another path'],
  EEXIST: ['it already exists', 'remove it or choose another path'],
  EBUSY: ['it is busy', 'close what uses it or choose another path'],
  ENAMETOOLONG: ['the path is too long', 'choose a shorter path'],
  EIO: ['input/output error from the device', 'check the disk or write somewhere else'],
};

/**
 * Turns a failed file operation into the user error it is: one line naming the path, what the
 * system said and a fix, exit code 2. Anything that is not a system error is returned unchanged
 * (a bug stays a bug).
 * @param flag where the path came from (`--out`), shown before the path.
 */
export function ioProblem(err: unknown, path: string, flag = '--out'): unknown {
  if (err instanceof InputError) return err;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return err;
  const [what, fix] = FIXES[code] ?? ['the system refused', 'check the path and the disk'];
  return InputError.at(undefined, `cannot write ${JSON.stringify(path)}: ${what} (${code})`, fix, flag);
}
