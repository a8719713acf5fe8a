import type { Command } from 'commander';

/**
 * Every CLI command registers itself from its own module (one file per command). Modules are
 * imported lazily so `opcon validate` does not load the worker pool or the HTML viewer.
 * To add a command, add one line here.
 */
export const COMMANDS: ReadonlyArray<{ name: string; load: () => Promise<{ register(program: Command): void }> }> = [
  { name: 'run', load: () => import('./run.js') },
  { name: 'at', load: () => import('./at.js') },
  { name: 'check', load: () => import('./check.js') },
  { name: 'explain', load: () => import('./explain.js') },
  { name: 'compare', load: () => import('./compare.js') },
  { name: 'sweep', load: () => import('./sweep.js') },
  { name: 'diagram', load: () => import('./diagram.js') },
  { name: 'validate', load: () => import('./validate.js') },
  { name: 'designs', load: () => import('./designs.js') },
  { name: 'lab', load: () => import('./lab.js') },
];
