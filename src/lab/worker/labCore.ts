import { simulate } from '../../engine/simulate.js';
import { InputError, type Problem } from '../../model/errors.js';
import type { ScenarioModel } from '../../model/scenario.js';
import { jsonlLine } from '../../output/renderJsonl.js';
import { loadDesign } from '../../scenario/loadDesign.js';
import { loadScenario } from '../../scenario/loadScenario.js';
import { applyParameters } from '../../sweep/applyParameters.js';
import { runSeed } from '../../sweep/runSeed.js';
import { scoreRun } from '../../sweep/scoreRun.js';
import { LAB_ROOT, installFiles, fileAt } from '../shims/virtualFiles.js';
import type { FileTree, LabParameter, LabReply, LabRequest, RunTarget } from '../labProtocol.js';

/**
 * What a lab worker does with one request, with the CLI's own loader, engine and scorer over the
 * in-memory tree: the same scenario, design and seed give the bytes `opcon run --format jsonl`
 * gives, and a comparison row is the row `opcon compare` writes. Replies go to `post`.
 */
export function handle(request: LabRequest, post: (reply: LabReply) => void): void {
  try {
    installFiles(request.files);
    switch (request.type) {
      case 'validate':
        post(validate(request.path, request.files));
        return;
      case 'run': {
        const model = load(request.target);
        const result = simulate(model, { ...(request.seed === undefined ? {} : { seed: request.seed }), version: request.version, keepHistory: false });
        post({ type: 'ran', run: { model: result.model, seed: result.seed, records: result.records }, jsonl: result.records.map(jsonlLine).join('') });
        return;
      }
      case 'score': {
        const model = load(request.target);
        // Small batches keep the progress bar moving without flooding the page with messages.
        const batch: { run: number; seed: string; metrics: ReturnType<typeof scoreRun> }[] = [];
        for (const run of request.runs) {
          const seed = runSeed(request.rootSeed, run);
          batch.push({ run, seed, metrics: scoreRun(model, seed, request.version) });
          if (batch.length === 8) post({ type: 'rows', rows: batch.splice(0) });
        }
        if (batch.length) post({ type: 'rows', rows: batch });
        post({ type: 'done' });
        return;
      }
    }
  } catch (err) {
    if (err instanceof InputError) post({ type: 'failed', problems: err.problems });
    else post({ type: 'crashed', message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  }
}

/** Loads a target as `opcon run FILE --design D --set ...` does. */
function load(target: RunTarget): ScenarioModel {
  const model = loadScenario(`${LAB_ROOT}/${target.scenario}`, target.design === null ? {} : { design: target.design });
  return Object.keys(target.parameters).length ? applyParameters(model, target.parameters, 'lab parameters') : model;
}

/** `opcon validate` of one file, with the parameters a scenario's design offers. */
function validate(path: string, files: FileTree): LabReply {
  const text = files[path];
  const abs = `${LAB_ROOT}/${path}`;
  if (text === undefined || !fileAt(abs)) return { type: 'failed', problems: [{ file: path, what: 'no such file in the lab', fix: 'choose a file from the list' }] };
  const kind = /^\s*scenario\s*:/m.test(text) ? 'scenario' : /^\s*design\s*:/m.test(text) ? 'design' : /^\s*sweep\s*:/m.test(text) ? 'study' : 'unknown';
  try {
    if (kind === 'scenario') {
      const model = loadScenario(abs);
      return { type: 'validated', problems: [], kind, parameters: parametersOf(model) };
    }
    if (kind === 'design') {
      const design = loadDesign(abs);
      return { type: 'validated', problems: [], kind, parameters: design.parameters.map(toLabParameter) };
    }
    return { type: 'validated', problems: [], kind };
  } catch (err) {
    if (err instanceof InputError) return { type: 'validated', problems: err.problems as Problem[], kind };
    throw err;
  }
}

function parametersOf(model: ScenarioModel): LabParameter[] {
  return model.design.parameters.map(toLabParameter);
}

function toLabParameter(p: ScenarioModel['design']['parameters'][number]): LabParameter {
  return { name: p.name, value: p.value, description: p.description, ...(p.source ? { source: p.source } : {}), ...(p.assumption ? { assumption: p.assumption } : {}) };
}
