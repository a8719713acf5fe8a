// Runs one fuzz case at a time off the test's thread, so a case that never ends (a livelock in
// the engine, a pathological regex) can be stopped by terminating the worker. Plain JS over the
// built dist/ because worker threads on Node 20 cannot load TypeScript.
import { parentPort, workerData } from 'node:worker_threads';

const dist = workerData.dist;
const { loadScenario, loadDesign } = await import(`${dist}/scenario/index.js`);
const { simulate } = await import(`${dist}/engine/simulate.js`);
const { InputError } = await import(`${dist}/model/errors.js`);

/** What the test thread needs to check the kernel invariants (see tests/helpers/invariants.ts). */
function runOf(model, seed) {
  const result = simulate(model, { seed });
  const history = result.history && { snapshots: result.history.snapshots.map((s) => ({ table: s.table })), current: result.history.current };
  return { records: result.records, history, model: { forces: model.forces.map((f) => ({ id: f.id })) } };
}

parentPort.on('message', ({ id, kind, path, scenario, seed }) => {
  try {
    if (kind === 'design') {
      loadDesign(path);
      // A design that loads is then run under a scenario of its alliance, if it fits one.
      parentPort.postMessage({ id, outcome: 'ran', run: scenario ? runOf(loadScenario(scenario, { design: path }), seed) : undefined });
    } else {
      parentPort.postMessage({ id, outcome: 'ran', run: runOf(loadScenario(path), seed) });
    }
  } catch (err) {
    if (err instanceof InputError) {
      parentPort.postMessage({ id, outcome: 'input-error', problems: err.problems.map((p) => ({ ...p })), message: err.message });
    } else {
      parentPort.postMessage({ id, outcome: 'crash', name: err?.name, message: String(err?.message ?? err), stack: String(err?.stack ?? '') });
    }
  }
});
parentPort.postMessage({ ready: true });
