import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN_DIR, goldenLog, goldenPath, shippedScenarioFiles } from './goldenLog.js';

/**
 * `npm run golden:update`: rewrites tests/golden/ from the current engine, one JSONL log per
 * shipped scenario, and deletes goldens whose scenario is gone. Run it only when a change of
 * behaviour is intended, then review the diff before committing (docs/hardening.md). Run from
 * the package root so paths stay relative and goldens hold nothing machine-specific.
 */
function main(): void {
  mkdirSync(GOLDEN_DIR, { recursive: true });
  const wanted = new Set<string>();
  for (const scenario of shippedScenarioFiles()) {
    const path = goldenPath(scenario);
    wanted.add(path);
    writeFileSync(path, goldenLog(scenario));
    process.stdout.write(`wrote ${path}\n`);
  }
  for (const name of readdirSync(GOLDEN_DIR)) {
    const path = join(GOLDEN_DIR, name);
    if (name.endsWith('.jsonl') && !wanted.has(path)) {
      rmSync(path);
      process.stdout.write(`removed ${path} (its scenario is gone)\n`);
    }
  }
}

main();
