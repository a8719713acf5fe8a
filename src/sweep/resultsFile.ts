import { closeSync, constants, createReadStream, existsSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import { ioProblem } from '../io/ioProblem.js';
import { createInterface } from 'node:readline';
import type { RunRow } from './runRow.js';

/**
 * `runs.jsonl`: one finished run per line, appended as runs finish (one write per chunk of
 * lines), so a killed study leaves every finished run on disk. At most the last line can be cut
 * short by a kill; {@link ResultsFile.open} with resume drops such a tail before appending.
 */
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

export class ResultsFile {
  private constructor(
    readonly path: string,
    private readonly fd: number,
  ) {}

  /**
   * Opens for appending (every write lands at the end), never through a link. With `resume`,
   * keeps complete lines and calls `seen` for each with its 1-based line number (`seen` may
   * throw to refuse a row); without, starts empty.
   */
  static open(path: string, resume: boolean, seen: (row: unknown, line: number) => void): ResultsFile {
    const append = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | NOFOLLOW;
    try {
      if (resume && existsSync(path)) {
        const good = scanLines(path, seen);
        const fd = openSync(path, constants.O_RDWR | NOFOLLOW);
        ftruncateSync(fd, good);
        closeSync(fd);
        return new ResultsFile(path, openSync(path, append));
      }
      return new ResultsFile(path, openSync(path, append | constants.O_TRUNC, 0o644));
    } catch (err) {
      throw ioProblem(err, path);
    }
  }

  append(rows: readonly RunRow[]): void {
    if (rows.length === 0) return;
    try {
      writeSync(this.fd, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    } catch (err) {
      throw ioProblem(err, this.path);
    }
  }

  close(): void {
    closeSync(this.fd);
  }
}

/**
 * Reads complete, parseable lines in 1 MiB blocks (memory stays flat in the file's size) and
 * returns the byte length of that good prefix. A torn line can only be the last one written,
 * so scanning stops at the first line that does not parse.
 */
function scanLines(path: string, seen: (row: unknown, line: number) => void): number {
  const fd = openSync(path, constants.O_RDONLY | NOFOLLOW);
  let line = 0;
  const buf = Buffer.alloc(1 << 20);
  let carry = Buffer.alloc(0);
  let good = 0;
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) return good;
      const data = Buffer.concat([carry, buf.subarray(0, n)]);
      let from = 0;
      for (let nl = data.indexOf(10, from); nl >= 0; nl = data.indexOf(10, from)) {
        let row: unknown;
        try {
          row = JSON.parse(data.toString('utf8', from, nl));
        } catch {
          return good;
        }
        seen(row, ++line);
        good += nl + 1 - from;
        from = nl + 1;
      }
      carry = Buffer.from(data.subarray(from));
    }
  } finally {
    closeSync(fd);
  }
}

/** Streams the rows of a results file (for summaries that must not hold every row). */
export async function* readRows(path: string): AsyncGenerator<RunRow> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim() !== '') yield JSON.parse(line) as RunRow;
}
