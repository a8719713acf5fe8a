import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderExamples } from './guideExamples.js';

/** `npm run docs:examples`: regenerates the output examples of docs/user-guide.md from real runs. */
const GUIDE = 'docs/user-guide.md';
const CLI = fileURLToPath(new URL('../cli/main.js', import.meta.url));

const before = readFileSync(GUIDE, 'utf8');
const after = renderExamples(before, (args) => execFileSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 }));
writeFileSync(GUIDE, after);
process.stdout.write(before === after ? `${GUIDE}: examples already match real runs\n` : `${GUIDE}: examples regenerated\n`);
