/**
 * Compares the 2015 Alliance Coordination Mechanism with the report's recommended package on the
 * gray-zone-to-armed-attack scenario and writes the comparison as CSV, using opcon as a library
 * (docs/api.md).
 *
 *   npx tsc && node compare-designs.js [OUT.csv] [RUNS]
 */
import { writeFileSync } from 'node:fs';
import { commandTableAt, compare, loadScenario, packagePath, renderSummaryCsv, scoreRecords, simulate, type CommandRecord } from 'opcon';

const out = process.argv[2] ?? 'comparison.csv';
const runs = Number(process.argv[3] ?? 20);
const scenario = packagePath('scenarios/japan/gray-zone-to-armed-attack.yaml');

// One run, watching command changes as they are made.
const transfers: CommandRecord[] = [];
const result = simulate(loadScenario(scenario), { seed: '7', onRecord: (r) => void (r.type === 'command' && transfers.push(r)) });
console.log(`one run: ${result.records.length} records, ${transfers.length} command changes, first at ${transfers[0]?.t ?? 'none'}`);
const atEnd = commandTableAt(result, 'end');
for (const f of atEnd.forces.slice(0, 3)) console.log(`at the end, ${f.name} is under the OPCON of ${f.opcon}`);
console.log(`friction episodes in this run: ${scoreRecords(result.records)['friction-episodes']}`);

// Many runs per design with common random numbers, then the summary as CSV.
const designs = ['us-japan-acm-2015', 'us-japan-recommended'];
const comparison = await compare({
  scenario,
  designs,
  runs,
  workers: 1,
  onProgress: (done, total) => {
    if (done === total) console.log(`${done}/${total} runs done`);
  },
});
writeFileSync(out, renderSummaryCsv(comparison.summary, comparison.context));
for (const c of comparison.summary.cells.filter((x) => x.metric === 'friction-episodes')) {
  console.log(`${c.design}: friction episodes mean ${c.mean?.toFixed(1) ?? '-'} over ${c.n} runs`);
}
for (const p of comparison.summary.pairs.filter((x) => x.metric === 'friction-episodes')) {
  console.log(`paired runs: ${p.a} better in ${((p.aShare ?? 0) * 100).toFixed(0)}%, ${p.b} better in ${((p.bShare ?? 0) * 100).toFixed(0)}%`);
}
console.log(`wrote ${out}`);
