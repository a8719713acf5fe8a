import type { Problem } from '../../model/errors.js';
import type { Scalar } from '../../model/theater.js';
import { byId, el } from '../../viewer/page/dom.js';
import { mountViewer, type MountedViewer } from '../../viewer/page/mountViewer.js';
import type { LabParameter, LabReply } from '../labProtocol.js';
import { compareExports, compareHtml, startCompare, type CompareEntry } from './compare.js';
import { download } from './download.js';
import { mountEditor, place, type EditorPane } from './editorPane.js';
import type { LabPageData } from './labData.js';
import { parameterControls } from './params.js';
import { LabJob, workerUrlFrom } from './workers.js';

/** The scenario's own design, in the design list. */
const OWN = '';

/** What the user has chosen and changed. */
interface LabState {
  scenario: string;
  /** A built-in design id, or {@link OWN} for the scenario's own. */
  design: string;
  /** The user's edits, by path; unedited files come from the page data. */
  readonly edits: Map<string, string>;
  /** Parameter values the user set, for the chosen design. */
  parameters: Record<string, Scalar>;
  parameterList: readonly LabParameter[];
  /** The file shown in the editor. */
  editing: string;
  job: { cancel(): void } | undefined;
}

/**
 * The what-if lab: choose a scenario and a design, change the design's parameters or edit the
 * YAML (checked as `opcon validate` checks it), run and read the run in the viewer, or compare
 * two to four designs over many seeds. Everything runs in Web Workers from this one file.
 */
export function mountLab(host: HTMLElement, data: LabPageData): void {
  const doc = host.ownerDocument;
  const workerUrl = workerUrlFrom(doc);
  const scenarios = Object.keys(data.files).filter((p) => p.startsWith('scenarios/'));
  const firstScenario = scenarios.includes('scenarios/korea/escalation.yaml') ? 'scenarios/korea/escalation.yaml' : scenarios[0]!;
  const state: LabState = { scenario: firstScenario, design: OWN, edits: new Map(), parameters: {}, parameterList: [], editing: firstScenario, job: undefined };
  const files = () => ({ ...data.files, ...Object.fromEntries(state.edits) });
  const text = (path: string) => state.edits.get(path) ?? data.files[path] ?? '';

  const root = buildLayout(doc, data, scenarios);
  host.replaceChildren(root);
  byId<HTMLSelectElement>(root, 'lab-scenario').value = firstScenario;
  const status = byId(root, 'lab-status');
  const say = (message: string, kind: 'info' | 'error' = 'info') => {
    status.textContent = message;
    status.className = kind;
  };
  const showProblems = (problems: readonly Problem[]) => {
    const list = byId(root, 'lab-problems');
    list.replaceChildren(...problems.map((p) => el('li', { text: `${place(p)}: ${p.what}; ${p.fix}` })));
    list.hidden = problems.length === 0;
  };

  /** One request in a fresh worker; resolves with its last reply. */
  const ask = (request: Parameters<typeof askWorker>[1]) => askWorker(workerUrl, request);

  const designFile = (): string | undefined => {
    if (state.design !== OWN) return `src/designs/${state.design}.yaml`;
    const ref = /^design:\s*([^\s#{]+)\s*$/m.exec(text(state.scenario))?.[1];
    if (ref === undefined) return undefined;
    if (!/[/\\]|\.ya?ml$/.test(ref)) return `src/designs/${ref}.yaml`;
    const dir = state.scenario.slice(0, state.scenario.lastIndexOf('/'));
    return normalize(`${dir}/${ref}`);
  };

  let refreshes = 0;
  const refreshParameters = async () => {
    // Choosing a scenario then a design asks twice: only the latest answer may fill the panel.
    const token = ++refreshes;
    const design = designFile();
    const reply = await ask({ type: 'validate', files: files(), version: data.version, path: design && data.files[design] !== undefined ? design : state.scenario });
    if (token !== refreshes) return;
    state.parameterList = reply.type === 'validated' ? (reply.parameters ?? []) : [];
    const panel = byId(root, 'lab-params');
    panel.replaceChildren(
      el('p', { class: 'hint', text: `Parameters of ${state.design === OWN ? "the scenario's own design" : state.design}: a run or comparison uses these values, as opcon run --set NAME=VALUE would.` }),
      parameterControls(state.parameterList, state.parameters, (name, value) => {
        if (value === undefined) delete state.parameters[name];
        else state.parameters[name] = value;
        byId(root, 'lab-sets').textContent = setsText(state.parameters);
      }),
    );
    byId(root, 'lab-sets').textContent = setsText(state.parameters);
  };

  const editor: EditorPane = mountEditor(
    byId(root, 'lab-editor'),
    async (path, body) => {
      const reply = await ask({ type: 'validate', files: { ...files(), [path]: body }, version: data.version, path });
      const problems = reply.type === 'validated' || reply.type === 'failed' ? reply.problems : [{ file: path, what: reply.type === 'crashed' ? reply.message : 'could not check the file', fix: 'report it' }];
      byId(root, 'lab-valid').textContent = problems.length === 0 ? `${path}: ok` : `${path}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`;
      return problems;
    },
    showProblems,
    (path, body) => {
      if (body === data.files[path]) state.edits.delete(path);
      else state.edits.set(path, body);
      renderEdits();
    },
  );
  const openFile = (path: string) => {
    state.editing = path;
    editor.show(path, text(path));
    byId(root, 'lab-editing').textContent = path;
  };

  const renderEdits = () => {
    const list = byId(root, 'lab-edits');
    list.replaceChildren(
      ...[...state.edits.keys()].map((path) =>
        el('li', {}, [el('span', { text: path }), button(doc, 'Download', () => download(doc, path.split('/').pop()!, text(path), 'application/yaml')), button(doc, 'Revert', () => revert(path))]),
      ),
    );
    byId(root, 'lab-edits-box').hidden = state.edits.size === 0;
  };
  const revert = (path: string) => {
    state.edits.delete(path);
    if (state.editing === path) openFile(path);
    renderEdits();
  };

  const stop = () => {
    state.job?.cancel();
    state.job = undefined;
    byId<HTMLButtonElement>(root, 'lab-cancel').disabled = true;
  };
  const busy = (job: { cancel(): void }) => {
    state.job = job;
    byId<HTMLButtonElement>(root, 'lab-cancel').disabled = false;
  };

  const run = () => {
    stop();
    const seed = byId<HTMLInputElement>(root, 'lab-seed').value.trim();
    say('Running…');
    const started = performance.now();
    const job = new LabJob(workerUrl, { type: 'run', files: files(), version: data.version, target: target(state), ...(seed ? { seed } : {}) }, (reply) => {
      if (reply.type === 'ran') {
        showProblems([]);
        showStage(root, 'viewer');
        viewer?.unmount();
        viewer = mountViewer(byId(root, 'lab-viewer'), reply.run);
        say(`Ran ${reply.run.records.length} records in ${Math.round(performance.now() - started)} ms (seed ${reply.run.seed}). Replay: ${cliCommand(state, reply.run.seed)}`);
        lastJsonl = reply.jsonl;
        byId<HTMLTextAreaElement>(root, 'lab-last-jsonl').value = reply.jsonl;
      } else if (reply.type === 'failed') {
        showProblems(reply.problems);
        say(`The run was refused: ${reply.problems.length} problem${reply.problems.length === 1 ? '' : 's'} (listed under the editor).`, 'error');
      } else if (reply.type === 'crashed') say(`The simulator stopped: ${reply.message}`, 'error');
      stop();
    });
    busy(job);
  };
  let lastJsonl = '';
  let viewer: MountedViewer | undefined;

  const compare = () => {
    stop();
    const checked = [...root.querySelectorAll<HTMLInputElement>('#lab-compare-designs input:checked')].map((i) => i.value);
    if (checked.length < 2 || checked.length > 4) {
      say('Choose two to four designs to compare.', 'error');
      return;
    }
    const runs = Math.max(2, Math.min(5000, Math.round(Number(byId<HTMLInputElement>(root, 'lab-runs').value) || 100)));
    const rootSeed = byId<HTMLInputElement>(root, 'lab-seed').value.trim() || 'lab';
    const entries: CompareEntry[] = checked.map((id) => ({ label: id === OWN ? 'scenario design' : id, design: id === OWN ? null : id, parameters: id === state.design ? { ...state.parameters } : {} }));
    const bar = byId<HTMLProgressElement>(root, 'lab-progress');
    bar.max = entries.length * runs;
    bar.value = 0;
    const workers = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
    const started = performance.now();
    const c = startCompare({ workerUrl, files: files(), version: data.version, scenario: state.scenario, entries, runs, rootSeed, workers }, (done, total) => {
      bar.value = done;
      say(`Comparing: ${done} of ${total} runs`);
    });
    busy(c);
    c.result.then(
      (r) => {
        stop();
        if (r === 'cancelled') return say('Comparison cancelled.');
        const { table, plots } = compareHtml(r);
        const out = byId(root, 'lab-compare-out');
        // The CLI's own renderers: every string in them is escaped.
        out.innerHTML = `${table}<div class="plots">${plots.join('')}</div>`;
        const exp = compareExports(r);
        byId<HTMLTextAreaElement>(root, 'lab-last-csv').value = exp.csv;
        out.prepend(el('p', { class: 'exports' }, [button(doc, 'Download summary.csv', () => download(doc, 'summary.csv', exp.csv, 'text/csv')), button(doc, 'Download summary.json', () => download(doc, 'summary.json', exp.json, 'application/json')), el('code', { text: `opcon compare ${state.scenario} --designs ${entries.map((e) => e.design ?? '(scenario design)').join(',')} --runs ${runs} --seed ${rootSeed}` })]));
        showStage(root, 'compare');
        say(`Compared ${entries.length} designs over ${runs} seeds in ${((performance.now() - started) / 1000).toFixed(1)} s (${workers} workers).`);
      },
      (err: unknown) => {
        stop();
        say(`The comparison failed: ${err instanceof Error ? err.message : String(err)}`, 'error');
      },
    );
  };

  byId<HTMLSelectElement>(root, 'lab-scenario').addEventListener('change', (ev) => {
    state.scenario = (ev.target as HTMLSelectElement).value;
    state.parameters = {};
    openFile(state.scenario);
    void refreshParameters();
  });
  byId<HTMLSelectElement>(root, 'lab-design').addEventListener('change', (ev) => {
    state.design = (ev.target as HTMLSelectElement).value;
    state.parameters = {};
    void refreshParameters();
  });
  byId(root, 'lab-run').addEventListener('click', run);
  byId(root, 'lab-cancel').addEventListener('click', () => {
    stop();
    say('Cancelled.');
  });
  byId(root, 'lab-compare').addEventListener('click', compare);
  byId(root, 'lab-edit-scenario').addEventListener('click', () => openFile(state.scenario));
  byId(root, 'lab-edit-design').addEventListener('click', () => {
    const d = designFile();
    if (d && data.files[d] !== undefined) openFile(d);
    else say("The scenario's design is written inside the scenario: edit it there.");
  });
  byId(root, 'lab-download-jsonl').addEventListener('click', () => lastJsonl && download(doc, 'run.jsonl', lastJsonl, 'application/x-ndjson'));

  openFile(state.scenario);
  void refreshParameters();
  say('Choose a scenario and a design, change a parameter or the YAML, then Run or Compare.');
  doc.body.setAttribute('data-lab-ready', 'true');
}

/** One request in a fresh worker, resolved with the reply that ends it. */
function askWorker(workerUrl: string, request: ConstructorParameters<typeof LabJob>[1]): Promise<LabReply> {
  return new Promise((resolve) => {
    new LabJob(workerUrl, request, (reply) => {
      if (reply.type !== 'rows') resolve(reply);
    });
  });
}

function target(state: LabState) {
  return { scenario: state.scenario, design: state.design === OWN ? null : state.design, parameters: { ...state.parameters } };
}

function setsText(parameters: Readonly<Record<string, Scalar>>): string {
  const sets = Object.entries(parameters).map(([k, v]) => `--set ${k}=${String(v)}`);
  return sets.length ? sets.join(' ') : '(design values)';
}

function cliCommand(state: LabState, seed: string): string {
  return `opcon run ${state.scenario}${state.design === OWN ? '' : ` --design ${state.design}`} --seed ${seed}${Object.entries(state.parameters).map(([k, v]) => ` --set ${k}=${String(v)}`).join('')}`;
}

function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

function button(doc: Document, label: string, onClick: () => void): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

function showStage(root: HTMLElement, which: 'viewer' | 'compare'): void {
  byId(root, 'lab-viewer').hidden = which !== 'viewer';
  byId(root, 'lab-compare-out').hidden = which !== 'compare';
}

/** The lab's fixed parts; the viewer and the results fill the stage. */
function buildLayout(doc: Document, data: LabPageData, scenarios: readonly string[]): HTMLElement {
  void doc;
  const designOptions = [el('option', { value: OWN, text: "the scenario's own design" }), ...data.designs.map((d) => el('option', { value: d.id, text: `${d.id}: ${d.name}` }))];
  return el('div', { class: 'lab' }, [
    el('header', { class: 'lab-top' }, [
      el('h1', { text: 'opcon lab' }),
      el('label', {}, ['Scenario ', el('select', { id: 'lab-scenario' }, scenarios.map((s) => el('option', { value: s, text: s })))]),
      el('label', {}, ['Design ', el('select', { id: 'lab-design' }, designOptions)]),
      el('label', {}, ['Seed ', el('input', { id: 'lab-seed', type: 'text', size: 10, placeholder: "scenario's", pattern: '[A-Za-z0-9._\\-]{0,64}' })]),
      el('button', { type: 'button', id: 'lab-run', class: 'primary', text: 'Run' }),
      el('button', { type: 'button', id: 'lab-cancel', disabled: true, text: 'Cancel' }),
      el('button', { type: 'button', id: 'lab-download-jsonl', text: 'Download run.jsonl' }),
      el('p', { id: 'lab-status', role: 'status', 'aria-live': 'polite' }),
      // The last run's JSONL and the last comparison's CSV, as the downloads give them, readable
      // by scripts that drive the page (the page tests compare them with the CLI's bytes).
      el('textarea', { id: 'lab-last-jsonl', hidden: true, readonly: true, 'aria-hidden': 'true' }),
      el('textarea', { id: 'lab-last-csv', hidden: true, readonly: true, 'aria-hidden': 'true' }),
    ]),
    el('div', { class: 'lab-work' }, [
      el('section', { class: 'lab-side', 'aria-label': 'What to change' }, [
        el('details', { open: true }, [el('summary', { text: 'Design parameters' }), el('div', { id: 'lab-params' }), el('p', { class: 'sets' }, ['As flags: ', el('code', { id: 'lab-sets' })])]),
        el('details', { open: true }, [
          el('summary', { text: 'Edit the YAML' }),
          el('p', { class: 'edit-buttons' }, [el('button', { type: 'button', id: 'lab-edit-scenario', text: 'Scenario' }), el('button', { type: 'button', id: 'lab-edit-design', text: 'Design' }), ' ', el('code', { id: 'lab-editing' }), ' ', el('span', { id: 'lab-valid' })]),
          el('div', { id: 'lab-editor', class: 'editor' }),
          el('ul', { id: 'lab-problems', class: 'problems', hidden: true }),
          el('div', { id: 'lab-edits-box', hidden: true }, [el('p', { text: 'Edited files (download to use them with the CLI):' }), el('ul', { id: 'lab-edits' })]),
        ]),
        el('details', { open: true }, [
          el('summary', { text: 'Compare designs' }),
          el(
            'div',
            { id: 'lab-compare-designs', class: 'designs' },
            [{ id: OWN, name: "the scenario's own design" }, ...data.designs].map((d) => el('label', {}, [el('input', { type: 'checkbox', value: d.id }), ` ${d.id || 'scenario design'}`])),
          ),
          el('p', {}, [el('label', {}, ['Runs per design ', el('input', { id: 'lab-runs', type: 'number', min: 2, max: 5000, value: 100 })]), ' ', el('button', { type: 'button', id: 'lab-compare', text: 'Compare' }), ' ', el('progress', { id: 'lab-progress', max: 1, value: 0 })]),
        ]),
      ]),
      el('section', { class: 'lab-stage', 'aria-label': 'Results' }, [el('div', { id: 'lab-viewer' }, [el('p', { class: 'hint', text: 'Run to see who commands which forces, when and why.' })]), el('div', { id: 'lab-compare-out', hidden: true })]),
    ]),
  ]);
}
