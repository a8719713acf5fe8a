import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/scenario/index.js';
import { cachedFileCount } from '../../../src/scenario/designLoader.js';

describe('the parsed-file cache', () => {
  it('stays bounded when a process reads many different files', () => {
    // The long fuzz parsed 10,000 distinct files in one worker; an unbounded cache kept every
    // parse alive until the garbage collector thrashed and a case timed out.
    const dir = mkdtempSync(join(tmpdir(), 'opcon-cache-'));
    const text = readFileSync('scenarios/korea/nll-clash.yaml', 'utf8');
    try {
      for (let i = 0; i < 200; i++) {
        const file = join(dir, `s${i}.yaml`);
        writeFileSync(file, text);
        loadScenario(file);
      }
      expect(cachedFileCount()).toBeLessThanOrEqual(64);
      // A file read again while still cached is served from the cache (same parse).
      const again = join(dir, 's199.yaml');
      expect(loadScenario(again).forces.length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
