import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readStrictCsv } from '../helpers/strictCsv.js';

/**
 * opcon as a user installs it: `npm pack` (after the build `npm test` runs first), the tarball
 * installed into a scratch project (dependencies from the local npm cache, else the registry),
 * the example type-checked there with tsc against the shipped declarations and run, and the CLI
 * run through npx.
 */
const repo = resolve('.');
const scratch = mkdtempSync(join(tmpdir(), 'opcon-pack-'));
let tarball = '';
let files: string[] = [];

function run(cmd: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' }, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r;
}

beforeAll(() => {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], repo).stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(scratch, packed[0]!.filename);
  files = packed[0]!.files.map((f) => f.path);
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  run('npm', ['install', '--prefer-offline', '--no-save', tarball], scratch);
}, 300_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the packed package', () => {
  test('ships what users need and nothing else', () => {
    for (const f of ['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/index.d.ts', 'dist/browser.js', 'dist/browser.d.ts', 'dist/cli/main.js', 'dist/sweep/worker.js', 'schema/scenario.schema.json', 'schema/design.schema.json', 'schema/study.schema.json', 'studies/feo-count.yaml', 'src/designs/us-rok-cfc-1994.yaml', 'scenarios/korea/escalation.yaml', 'examples/compare-designs.ts', 'docs/api.md']) {
      expect(files, f).toContain(f);
    }
    expect(files.filter((f) => f.endsWith('.map') || f.startsWith('dist/bench/') || f.startsWith('dist/golden/') || (f.startsWith('src/') && f.endsWith('.ts')) || f.startsWith('tests/'))).toEqual([]);
  });

  test('the example type-checks against the shipped declarations and runs', () => {
    copyFileSync(join(repo, 'examples/compare-designs.ts'), join(scratch, 'compare-designs.ts'));
    const tsconfig = JSON.parse(readFileSync(join(repo, 'examples/tsconfig.json'), 'utf8')) as { compilerOptions: Record<string, unknown> };
    // @types/node comes from opcon's own dev dependencies rather than another install.
    tsconfig.compilerOptions.typeRoots = [join(repo, 'node_modules/@types')];
    writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify(tsconfig));
    run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], scratch);
    const r = run(process.execPath, ['compare-designs.js', 'comparison.csv', '4'], scratch);
    expect(r.stdout).toMatch(/^one run: \d+ records, \d+ command changes/m);
    expect(r.stdout).toContain('8/8 runs done');
    expect(r.stdout).toContain('wrote comparison.csv');
    const rows = readStrictCsv(readFileSync(join(scratch, 'comparison.csv'), 'utf8'), (c) => (['point', 'n', 'missing'].includes(c) ? 'integer' : ['parameters', 'design', 'metric'].includes(c) ? 'string' : 'number'));
    expect(new Set(rows.map((x) => x.design))).toEqual(new Set(['us-japan-acm-2015', 'us-japan-recommended']));
  });

  test('a wrong use of the API is a type error', () => {
    writeFileSync(join(scratch, 'misuse.ts'), "import { simulate } from 'opcon';\nsimulate('scenarios/korea/escalation.yaml');\n");
    writeFileSync(join(scratch, 'misuse.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'NodeNext', moduleResolution: 'NodeNext', types: ['node'], typeRoots: [join(repo, 'node_modules/@types')] }, files: ['misuse.ts'] }));
    const r = spawnSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'misuse.json'], { cwd: scratch, encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toMatch(/misuse\.ts\(2,10\): error TS2345/);
  });

  test('npx opcon --help works from the scratch project, and the schemas and the browser entry resolve through exports', () => {
    expect(run('npx', ['--no-install', 'opcon', '--help'], scratch).stdout).toMatch(/^Usage: opcon/);
    const resolved = run(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('opcon/schema/study.schema.json'))"], scratch).stdout.trim();
    expect(existsSync(new URL(resolved))).toBe(true);
    const browser = run(process.execPath, ['--input-type=module', '-e', "const b = await import('opcon/browser'); console.log(typeof b.simulate, b.RECORD_FORMAT)"], scratch).stdout.trim();
    expect(browser).toMatch(/^function \d+\.\d+\.\d+$/);
    expect(readdirSync(join(scratch, 'node_modules/opcon/studies'))).toContain('feo-count.yaml');
  });
});
