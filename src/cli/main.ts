#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands.js';
import { reportError, safeLines } from './reportError.js';
import { VERSION } from './version.js';

/** The imperative shell: parse flags, run one command, turn every error into an exit code. */
async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('opcon')
    .description('Simulate how OPCON of military forces shifts between national and combined commanders')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(safeLines(s)) })
    .showHelpAfterError('(run opcon --help for usage)');
  // Load only the command asked for; all of them for help or an unknown command.
  const asked = COMMANDS.filter((c) => c.name === argv[2]);
  for (const c of asked.length ? asked : COMMANDS) (await c.load()).register(program);
  try {
    await program.parseAsync(argv as string[], { from: 'node' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    return reportError(err);
  }
}

// A reader that stops early (`opcon run ... | head`) closes the pipe: that is the reader's
// choice, not an error, so stop quietly as Unix tools do.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.exitCode = reportError(err);
  },
);
