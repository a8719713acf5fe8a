import { closeSync, createReadStream, existsSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { RunRow } from './runChunk.js';

/**
 * `runs.jsonl`: one finished run per line, appended as runs finish (one write per chunk of
 * lines), so a killed study leaves every finished run on disk. At most the last line can be cut
 * short by a kill; {@link ResultsFile.open} with resume drops such a tail before appending.
 */
export class ResultsFile {
  private constructor(
    readonly path: string,
    private readonly fd: number,
  ) {}

  /**
   * Opens for appending. With `resume`, keeps complete lines and calls `seen` for each; without,
   * starts empty.
   */
  static open(path: string, resume: boolean, seen: (row: RunRow) => void): ResultsFile {
    if (resume && existsSync(path)) {
      const good = scanLines(path, seen);
      const fd = openSync(path, 'r+');
      ftruncateSync(fd, good);
      closeSync(fd);
      return new ResultsFile(path, openSync(path, 'a'));
    }
    return new ResultsFile(path, openSync(path, 'w'));
  }

  append(rows: readonly RunRow[]): void {
    if (rows.length === 0) return;
    writeSync(this.fd, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
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
function scanLines(path: string, seen: (row: RunRow) => void): number {
  const fd = openSync(path, 'r');
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
        let row: RunRow;
        try {
          row = JSON.parse(data.toString('utf8', from, nl)) as RunRow;
        } catch {
          return good;
        }
        seen(row);
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
