import type { Run } from './run.js';

/**
 * Support relationships between commands (JP 1): each is active while its condition holds, and
 * every change is a `support` record, so outputs read who supports whom at any instant from the
 * log. Support moves no forces and gives no command; it is how parallel commands work together.
 */
export function startSupport(run: Run): void {
  for (const s of run.model.design.support) {
    run.vars.watch(s.when, (active) => {
      run.log.emit({ type: 'support', id: s.id, supported: s.supported, supporting: [...s.supporting], kind: s.kind, active, ...run.cause() });
    });
  }
}
