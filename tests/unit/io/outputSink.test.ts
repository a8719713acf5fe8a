import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { ioProblem } from '../../../src/io/ioProblem.js';
import { openOutput, replaceFile, writeAll, writeOutput } from '../../../src/io/outputSink.js';
import { InputError } from '../../../src/model/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'opcon-sink-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The one-line message of the InputError `f` throws. */
function refusal(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    if (err instanceof InputError) return err.message;
    throw err;
  }
  throw new Error('expected an InputError');
}

const leftovers = (d: string) => readdirSync(d).filter((f) => f.endsWith('.tmp'));

describe('openOutput: regular files', () => {
  test('writes piece by piece and replaces the target only on close, leaving no temporary file', () => {
    const out = join(dir, 'a.txt');
    writeFileSync(out, 'old\n');
    const sink = openOutput(out);
    sink.write('new ');
    sink.write('x'.repeat(200_000));
    expect(readFileSync(out, 'utf8')).toBe('old\n');
    sink.close();
    expect(readFileSync(out, 'utf8')).toBe(`new ${'x'.repeat(200_000)}`);
    expect(leftovers(dir)).toEqual([]);
  });

  test('a failure half way leaves the old content and no temporary file', () => {
    const out = join(dir, 'b.txt');
    writeFileSync(out, 'old\n');
    function* pieces() {
      yield 'partial';
      throw new Error('the run failed');
    }
    expect(() => writeAll(openOutput(out), pieces())).toThrow('the run failed');
    expect(readFileSync(out, 'utf8')).toBe('old\n');
    expect(leftovers(dir)).toEqual([]);
  });

  test('creates missing folders', () => {
    writeOutput(join(dir, 'new', 'deep', 'c.txt'), 'c');
    expect(readFileSync(join(dir, 'new', 'deep', 'c.txt'), 'utf8')).toBe('c');
  });
});

describe('openOutput: special paths', () => {
  test('- is stdout', () => {
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      writeOutput('-', 'to stdout\n');
      expect(spy).toHaveBeenCalledWith('to stdout\n');
    } finally {
      spy.mockRestore();
    }
  });

  test('/dev/null is written through and stays a device', () => {
    writeOutput('/dev/null', 'nothing\n');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(leftovers('/dev')).toEqual([]);
  });

  test('a FIFO is written through, never replaced', async () => {
    const fifo = join(dir, 'fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (b: Buffer) => (got += b.toString()));
    const done = new Promise((resolve) => reader.on('close', resolve));
    writeOutput(fifo, 'through the pipe\n');
    await done;
    expect(got).toBe('through the pipe\n');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  test('a symbolic link is followed: the file it names is written and the link stays', () => {
    const target = join(dir, 'target.txt');
    const link = join(dir, 'link.txt');
    writeFileSync(target, 'old');
    symlinkSync(target, link);
    writeOutput(link, 'via link');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('via link');
    const dangling = join(dir, 'dangling.txt');
    symlinkSync(join(dir, 'created-through-link.txt'), dangling);
    writeOutput(dangling, 'created');
    expect(readFileSync(join(dir, 'created-through-link.txt'), 'utf8')).toBe('created');
  });

  test('a loop of links, a folder, an empty path and a path ending in / are refused with one line', () => {
    symlinkSync(join(dir, 'loop2'), join(dir, 'loop1'));
    symlinkSync(join(dir, 'loop1'), join(dir, 'loop2'));
    expect(refusal(() => openOutput(join(dir, 'loop1')))).toMatch(/^--out: ".*loop1" is a loop of symbolic links; /);
    expect(refusal(() => openOutput(dir))).toMatch(/^--out: ".*" is a folder; give a file name inside it$/);
    expect(refusal(() => openOutput(''))).toBe('--out: the path is empty; give a file name, or - for standard output');
    expect(refusal(() => openOutput(join(dir, 'newdir/')))).toMatch(/names a folder; give a file name$/);
  });

  test('a full device is a user error naming the path (ENOSPC), not a crash', () => {
    expect(refusal(() => writeOutput('/dev/full', 'x'.repeat(100_000)))).toBe('--out: cannot write "/dev/full": no space left on the device (ENOSPC); free some space or write somewhere else');
  });

  test('a missing folder that cannot be created is a user error (ENOENT / ENOTDIR)', () => {
    writeFileSync(join(dir, 'plain'), '');
    expect(refusal(() => writeOutput(join(dir, 'plain', 'x.txt'), 'x'))).toMatch(/^--out: cannot write ".*plain\/x\.txt": a part of the path is a file, not a folder \((ENOTDIR|EEXIST)\)|already exists/);
  });
});

describe('replaceFile', () => {
  test('replaces a link placed at the path instead of writing through it', () => {
    const d = join(dir, 'study');
    mkdirSync(d);
    const outside = join(dir, 'outside.txt');
    writeFileSync(outside, 'precious');
    symlinkSync(outside, join(d, 'summary.md'));
    replaceFile(join(d, 'summary.md'), '# summary\n');
    expect(readFileSync(outside, 'utf8')).toBe('precious');
    expect(lstatSync(join(d, 'summary.md')).isFile()).toBe(true);
  });
});

describe('ioProblem', () => {
  test('maps each system error to one line with the path and a fix; other errors pass through', () => {
    for (const code of ['EISDIR', 'EROFS', 'ENOSPC', 'EFBIG', 'EACCES', 'EPERM', 'EDQUOT', 'EIO', 'EWHATEVER']) {
      const err = ioProblem(Object.assign(new Error('x'), { code }), 'out/x.csv');
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).message).toMatch(new RegExp(`^--out: cannot write "out/x\\.csv": .+ \\(${code}\\); .+$`));
    }
    const bug = new TypeError('not a system error');
    expect(ioProblem(bug, 'x')).toBe(bug);
  });

  test('a path with control characters is shown escaped', () => {
    const err = ioProblem(Object.assign(new Error('x'), { code: 'EACCES' }), 'a\u001b[2Jb') as InputError;
    expect(err.message).not.toMatch(/\u001b/);
    expect(existsSync(join(dir, 'a'))).toBe(false);
  });
});
