import { describe, expect, it } from 'vitest';
import { opcon } from '../helpers/cli.js';

/**
 * Issue 11, through the built CLI: files that hung every command or ran it out of memory are
 * refused by every command that loads them, with exit 2 and one `file:line:column: what; fix`
 * line, never a hang or a stack trace.
 */
const DIR = 'tests/fixtures/runaway';
const COMMANDS: readonly (readonly string[])[] = [
  ['validate'],
  ['run'],
  ['check'],
  ['explain'],
  ['at', '@', 'T+1h'],
  ['diagram', '--of', 'command'],
  ['compare', '--designs', 'us-rok-cfc-1994', '--runs', '3', '--workers', '1', '--no-progress'],
];
const argsFor = (command: readonly string[], file: string) => (command.includes('@') ? command.map((a) => (a === '@' ? file : a)) : [...command, file]);

describe('runaway models through the CLI', () => {
  describe.each(['self-cycle', 'mutual-cycle', 'body-rule-cycle'])('%s.yaml', (name) => {
    const file = `${DIR}/${name}.yaml`;
    it.each(COMMANDS.map((c) => [c.join(' ').replace(' @', ''), c] as const))('%s refuses it with exit 2, naming the loop and its line', (_label, command) => {
      const r = opcon(argsFor(command, file));
      expect(r.code, r.stderr).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}:\\d+:\\d+: .*(triggers itself|trigger each other)`));
      expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    });
  });

  it('refuses friction at 10 a day from year 1000 to 9999 up front (it used to abort out of heap)', () => {
    for (const command of [['validate'], ['run']]) {
      const r = opcon([...command, `${DIR}/friction-millennia.yaml`]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/friction at 10 per day .* over the budget of 1000000 per run; shorten the run/);
    }
  });
});
