import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** The package version, stamped into every run's `run-start` record. */
export const VERSION: string = (require('../../package.json') as { version: string }).version;
