import { showControls } from '../model/showControls.js';
import type { Command } from 'commander';
import { InputError } from '../model/errors.js';
import { designWarnings } from '../metrics/designWarnings.js';
import { validate } from '../library/validate.js';

/**
 * `opcon validate FILE...`: checks scenario, design and study files without running them. Prints
 * `ok FILE` on stdout for each good file and every problem of each bad one on stderr (all files
 * are checked, not just up to the first bad one); exit code 2 if any file has a problem.
 * Warnings (a design whose runs would mislead, {@link designWarnings}) go to stderr and leave
 * the exit code alone.
 */
export function register(program: Command): void {
  program
    .command('validate <files...>')
    .description('check scenario, design and study files without running them (exit 2 on any problem)')
    .action((files: string[]) => {
      let bad = false;
      for (const file of files) {
        try {
          const { designs } = validate(file);
          process.stdout.write(`ok ${showControls(file)}\n`);
          for (const design of designs) for (const w of designWarnings(design)) process.stderr.write(showControls(`opcon: warning: ${file}: ${w}`) + '\n');
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          bad = true;
          process.stderr.write(`${err.message}\n`);
        }
      }
      if (bad) process.exitCode = 2;
    });
}
