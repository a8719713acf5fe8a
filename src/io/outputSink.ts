import { closeSync, constants, lstatSync, mkdirSync, openSync, readlinkSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../model/errors.js';
import { ioProblem } from './ioProblem.js';

/**
 * Where a command's output goes, written piece by piece (never one giant string): stdout, a
 * special file written through (`/dev/null`, a FIFO, a terminal), or a regular file replaced
 * atomically on {@link OutputSink.close} (readers see the old content or the whole new one).
 */
export interface OutputSink {
  /** Appends text (buffered; flushed in blocks). */
  write(text: string): void;
  /** Finishes the output: flushes, and for a regular file renames the temporary file over the target. */
  close(): void;
  /** Gives up: a regular file's target is left as it was and the temporary file removed. */
  abort(): void;
}

/** Buffered bytes before a write to the file descriptor: big writes, few system calls. */
const BLOCK = 1 << 16;
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
let counter = 0;

/**
 * Opens `--out PATH` (or stdout when `path` is undefined or `-`). The rules (docs/user-guide.md,
 * "Writing files"):
 * - `-` is stdout; an empty path is refused;
 * - a symbolic link is followed: the file it names is written (created when missing);
 * - a special file (character device, FIFO, socket) is written through, never replaced;
 * - a folder is refused;
 * - a regular file (or a new one) is written to a temporary file beside it, created exclusively
 *   so a pre-placed link is never followed, and renamed over the target only when complete.
 * Every system error becomes an {@link InputError} naming the path (exit 2).
 */
export function openOutput(path: string | undefined, flag = '--out'): OutputSink {
  if (path === undefined || path === '-') return new FdSink(1, false, flag, '-');
  if (path === '') throw InputError.at(undefined, 'the path is empty', 'give a file name, or - for standard output', flag);
  const target = resolveTarget(path, flag);
  if (target.special) {
    try {
      return new FdSink(openSync(target.path, constants.O_WRONLY | constants.O_APPEND), true, flag, path);
    } catch (err) {
      throw ioProblem(err, path, flag);
    }
  }
  return AtomicFileSink.create(target.path, flag, path);
}

/**
 * Replaces `path` atomically with `text`, never following a link at `path` (rename replaces the
 * link itself): for files opcon names inside a folder it owns, such as a study's summaries.
 */
export function replaceFile(path: string, text: string, flag = '--out'): void {
  writeAll(AtomicFileSink.create(path, flag, path), [text]);
}

/** Opens and writes a whole text at once (small outputs). */
export function writeOutput(path: string | undefined, text: string, flag = '--out'): void {
  writeAll(openOutput(path, flag), [text]);
}

/** Writes every piece, then closes; aborts (leaving the target unchanged) when anything throws. */
export function writeAll(sink: OutputSink, pieces: Iterable<string>): void {
  try {
    for (const piece of pieces) sink.write(piece);
    sink.close();
  } catch (err) {
    sink.abort();
    throw err;
  }
}

/** Links followed before giving up (the system's own limit is 40). */
const MAX_LINKS = 40;

function resolveTarget(path: string, flag: string): { path: string; special: boolean } {
  if (/[/\\]$/.test(path)) throw InputError.at(undefined, `${JSON.stringify(path)} names a folder`, 'give a file name', flag);
  let real = path;
  try {
    // Follow links one at a time, so a link to a file not yet written still leads to where it goes.
    for (let hops = 0; lstatSync(real).isSymbolicLink(); hops++) {
      if (hops >= MAX_LINKS) throw InputError.at(undefined, `${JSON.stringify(path)} is a loop of symbolic links`, 'remove the links or choose another path', flag);
      real = resolve(dirname(real), readlinkSync(real));
    }
    const st = statSync(real);
    if (st.isDirectory()) throw InputError.at(undefined, `${JSON.stringify(path)} is a folder`, 'give a file name inside it', flag);
    return { path: real, special: !st.isFile() };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { path: real, special: false };
    throw ioProblem(err, path, flag);
  }
}

/** Writes to a file descriptor: stdout, or a special file opened for writing. */
class FdSink implements OutputSink {
  #buffer: string[] = [];
  #size = 0;
  constructor(
    readonly fd: number,
    readonly owned: boolean,
    readonly flag: string,
    readonly shown: string,
  ) {}

  write(text: string): void {
    this.#buffer.push(text);
    this.#size += text.length;
    if (this.#size >= BLOCK) this.flush();
  }

  flush(): void {
    if (this.#size === 0) return;
    const chunk = this.#buffer.join('');
    this.#buffer = [];
    this.#size = 0;
    try {
      if (this.fd === 1) process.stdout.write(chunk);
      else writeFully(this.fd, chunk);
    } catch (err) {
      throw ioProblem(err, this.shown, this.flag);
    }
  }

  close(): void {
    try {
      this.flush();
    } finally {
      if (this.owned) closeSync(this.fd);
    }
  }

  abort(): void {
    this.#buffer = [];
    this.#size = 0;
    if (this.owned) {
      try {
        closeSync(this.fd);
      } catch {
        // Already closed: nothing to give up.
      }
    }
  }
}

/** A regular file replaced atomically: temporary file beside it, renamed over it on close. */
class AtomicFileSink implements OutputSink {
  readonly #inner: FdSink;
  #open = true;
  private constructor(
    readonly target: string,
    readonly tmp: string,
    fd: number,
    flag: string,
    shown: string,
  ) {
    this.#inner = new FdSink(fd, true, flag, shown);
  }

  static create(target: string, flag: string, shown: string): AtomicFileSink {
    const dir = dirname(target);
    const tmp = join(dir, `.${basename(target)}.${process.pid}.${counter++}.tmp`);
    try {
      mkdirSync(dir, { recursive: true });
      // O_EXCL: never write through something already at the temporary name.
      const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 0o666);
      return new AtomicFileSink(target, tmp, fd, flag, shown);
    } catch (err) {
      throw ioProblem(err, shown, flag);
    }
  }

  write(text: string): void {
    this.#inner.write(text);
  }

  close(): void {
    if (!this.#open) return;
    try {
      this.#inner.close();
      renameSync(this.tmp, this.target);
      this.#open = false;
    } catch (err) {
      this.abort();
      throw ioProblem(err, this.#inner.shown, this.#inner.flag);
    }
  }

  abort(): void {
    if (!this.#open) return;
    this.#open = false;
    this.#inner.abort();
    rmSync(this.tmp, { force: true });
  }
}

/** `writeSync` until every byte is written (a device or pipe may take part of a block). */
function writeFully(fd: number, text: string): void {
  let bytes = Buffer.from(text, 'utf8');
  while (bytes.length > 0) {
    const n = writeSync(fd, bytes);
    bytes = bytes.subarray(n);
  }
}
