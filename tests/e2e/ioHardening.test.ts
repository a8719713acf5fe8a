import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, opcon } from '../helpers/cli.js';

const KOREA = 'scenarios/korea/escalation.yaml';
const VETO = 'scenarios/teaching/korea-veto.yaml';
const dir = mkdtempSync(join(tmpdir(), 'opcon-io-e2e-'));

/** One line on stderr, `opcon: ...`, no stack trace. */
function oneLineError(stderr: string): string {
  const lines = stderr.trimEnd().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  return lines[0]!;
}

describe('run --out on real file systems', () => {
  it('writes /dev/null through and leaves it a device', () => {
    const r = opcon(['run', KOREA, '--format', 'csv', '--out', '/dev/null']);
    expect(r.code, r.stderr).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('--out - writes to stdout', () => {
    const r = opcon(['run', VETO, '--format', 'jsonl', '--out', '-']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\{"seq":0,/);
  });

  it.each([
    ['', /^opcon: --out: the path is empty; /],
    [tmpdir(), /^opcon: --out: ".*" is a folder; give a file name inside it$/],
    ['/dev/full', /^opcon: --out: cannot write "\/dev\/full": no space left on the device \(ENOSPC\); /],
  ])('--out %j is a user error: exit 2, one line', (out, message) => {
    const r = opcon(['run', VETO, '--out', out]);
    expect(r.code).toBe(2);
    expect(oneLineError(r.stderr)).toMatch(message);
  });

  it('a file too large for ulimit -f (EFBIG) is exit 2 with nothing half-written left behind', () => {
    const out = join(dir, 'big', 'run.jsonl');
    mkdirSync(join(dir, 'big'));
    const r = spawnSync('sh', ['-c', `ulimit -f 8; exec "${process.execPath}" "${resolve(CLI)}" run ${KOREA} --format jsonl --out "${out}"`], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(oneLineError(r.stderr)).toMatch(/cannot write ".*run\.jsonl": the file is too large .* \(EFBIG\)/);
    expect(readdirSync(join(dir, 'big'))).toEqual([]);
  });

  it('a failed write leaves the previous file as it was', () => {
    const out = join(dir, 'kept.txt');
    writeFileSync(out, 'previous\n');
    const r = spawnSync('sh', ['-c', `ulimit -f 8; exec "${process.execPath}" "${resolve(CLI)}" run ${KOREA} --format jsonl --out "${out}"`], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('previous\n');
  });
});

describe('study --out and --workers', () => {
  it('compare --out naming an existing file is exit 2, one line', () => {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    const r = opcon(['compare', VETO, '--designs', 'us-rok-cfc-1994', '--runs', '2', '--workers', '1', '--no-progress', '--out', file]);
    expect(r.code).toBe(2);
    expect(oneLineError(r.stderr)).toMatch(/is a file, and a study writes a folder/);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it('--workers above the core count is capped, with a note', () => {
    const r = opcon(['compare', VETO, '--designs', 'us-rok-cfc-1994', '--runs', '2', '--workers', '256', '--no-progress']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^opcon: --workers 256 is more than this machine's \d+ cores?; using \d+$/m);
  });
});

describe('times outside the run', () => {
  it('at and explain --until refuse a time before the start or after the end (exit 2, saying which)', () => {
    const before = opcon(['at', VETO, '1990-01-01']);
    expect(before.code).toBe(2);
    expect(oneLineError(before.stderr)).toMatch(/^opcon: TIME: "1990-01-01" \(.*\) is before the start of the run; the run goes from /);
    const after = opcon(['explain', VETO, '--until', 'T+90d']);
    expect(after.code).toBe(2);
    expect(oneLineError(after.stderr)).toMatch(/^opcon: --until: "T\+90d" \(.*\) is after the end of the run; /);
  });
});

describe('hostile text through the CLI', () => {
  const file = join(dir, 'hostile.yaml');
  writeFileSync(
    file,
    readFileSync(VETO, 'utf8')
      .replace(/^title: .*$/m, 'title: "\\e]0;pwned\\a\\e[2J=cmd|calc"')
      .replace('name: ROK I Corps,', 'name: "ROK\\rI\\e[31m Corps\\nX",')
      .replace(/label: KPA artillery[^\n]*/, 'label: "=HYPERLINK(\\"http://evil\\") \\u2028 <img src=x>"'),
  );
  const ESC = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

  it.each([
    [['run', file]],
    [['at', file, 'end']],
    [['explain', file]],
    [['check', file]],
    [['diagram', file, '--of', 'command', '--format', 'dot']],
    [['run', file, '--format', 'md']],
    [['compare', file, '--designs', 'us-rok-cfc-1994', '--runs', '2', '--workers', '1', '--no-progress']],
  ])('opcon %j prints no control character from the input', (args) => {
    const r = opcon(args);
    expect(r.code, r.stderr).toBeLessThanOrEqual(1);
    expect(r.stdout).not.toMatch(ESC);
    expect(r.stderr).not.toMatch(ESC);
  });

  it('the CSV neutralises formulas and the JSONL escapes U+2028', () => {
    const csv = opcon(['run', file, '--format', 'csv']).stdout;
    expect(csv).toMatch(/,"'=HYPERLINK\(/);
    expect(csv).not.toMatch(/,=/);
    const jsonl = opcon(['run', file, '--format', 'jsonl']).stdout;
    expect(jsonl).not.toMatch(/\u2028/);
    expect(jsonl).toContain('\\u2028');
  });

  it('an unknown flag with an escape sequence is echoed escaped', () => {
    const r = opcon(['run', file, '--\u001b[2Jx']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(ESC);
    expect(r.stderr).toContain('\\u001b[2Jx');
  });

  it('a seed: that is not a plain token is refused', () => {
    const bad = join(dir, 'seed.yaml');
    writeFileSync(bad, readFileSync(VETO, 'utf8').replace(/^seed: .*$/m, 'seed: "1; rm -rf ~"'));
    const r = opcon(['run', bad]);
    expect(r.code).toBe(2);
    expect(oneLineError(r.stderr)).toMatch(/`seed` is "1; rm -rf ~", not a seed; write a whole number or up to 64 letters, digits, dots or dashes/);
    expect(existsSync(bad)).toBe(true);
  });
});
