import type { RecordedRun } from '../../model/recordedRun.js';
import { HOUR, MINUTE, type SimTime } from '../../model/time.js';
import { bodiesAfter, levelsAfter, nextChangeOfForce, nextOfKind, seqAtTime, stepAtTime, tableAfter, viewModel, type ViewModel } from '../viewModel.js';
import { byId } from './dom.js';
import { readFragment, writeFragment } from './fragment.js';
import { KIND_NAMES, buildNarration, keepInView, markStep } from './narrationView.js';
import { buildShell } from './shell.js';
import { statusLine } from './status.js';
import { timeAxis, type AxisMode, type TimeAxis } from './timeAxis.js';
import { buildLegend, buildRows, drawAxis, updateTimeline } from './timelineView.js';
import { renderTree } from './treeView.js';

/** What the reader is looking at. */
interface ViewState {
  /** The narration step shown (the last one at or before `time`). */
  step: number;
  time: SimTime;
  /** The last record applied: a step's cut-off, or the last record at or before a scrubbed time. */
  seq: number;
  axis: TimeAxis;
  /** The force the "next change" button follows. */
  force: number | undefined;
}

/**
 * Shows a run in `host`: timeline, command tree, theater tiles and the narration of `opcon
 * explain`, with step buttons, a scrubber, keys and a URL fragment (`#step=12`, `&large`). The
 * run is plain data (the model and records), so a page that ran the simulator itself can mount
 * the viewer the same way the offline file does.
 */
export function mountViewer(host: HTMLElement, run: RecordedRun): MountedViewer {
  const vm = viewModel(run);
  // Listeners on the document and window go when the viewer is unmounted (a page showing
  // one run after another mounts it again).
  const lifetime = new AbortController();
  const signal = lifetime.signal;
  const root = buildShell(vm);
  host.replaceChildren(root);
  const doc = host.ownerDocument;
  const firstChanging = vm.segments.findIndex((s) => s.length > 1);
  const state: ViewState = { step: 0, time: vm.identity.start, seq: vm.stepCutoff[0] ?? -1, axis: timeAxis(vm, 'time'), force: firstChanging >= 0 ? firstChanging : undefined };
  const scrubber = byId<HTMLInputElement>(root, 'scrubber');
  scrubber.max = String(Math.max(0, Math.round((vm.identity.end - vm.identity.start) / MINUTE)));

  const render = (scroll = true) => {
    const table = tableAfter(vm, state.seq);
    const levels = levelsAfter(vm, state.seq);
    const bodies = bodiesAfter(vm, state.seq);
    scrubber.value = String(Math.round((state.time - vm.identity.start) / MINUTE));
    scrubber.setAttribute('aria-valuetext', `${vm.clock.main(state.time)}, ${vm.clock.detail(state.time)}`);
    byId(root, 'now-main').textContent = vm.clock.main(state.time);
    byId(root, 'now-detail').textContent = vm.clock.detail(state.time);
    byId(root, 'now-step').textContent = `step ${state.step + 1} of ${vm.steps.length}`;
    byId<HTMLButtonElement>(root, 'prev').disabled = state.step <= 0 && state.time === vm.identity.start;
    byId<HTMLButtonElement>(root, 'next').disabled = state.step >= vm.steps.length - 1;
    for (const [level, value] of levels) {
      const tile = root.querySelector(`[data-level="${level}"] .value`);
      if (tile) tile.textContent = value || '–';
    }
    byId(root, 'status').textContent = statusLine(vm, state.time, levels, table);
    const moved = state.time === vm.steps[state.step]?.t ? vm.stepForces[state.step] : [];
    updateTimeline(root, state.axis, state.time, state.force, moved);
    markStep(root, state.step, scroll);
    renderTree(root, vm, table, bodies, selectForce, moved);
    updateJumps();
    doc.body.setAttribute('data-step', String(state.step));
    writeFragment(doc, state.step, isLarge());
  };

  const updateJumps = () => {
    const forceButton = byId<HTMLButtonElement>(root, 'next-force');
    const name = state.force === undefined ? undefined : vm.forces[state.force]?.name;
    forceButton.textContent = name ? `Next change of ${name}` : 'Next change of a force';
    forceButton.disabled = state.force === undefined || nextChangeOfForce(vm, state.step, state.force) === undefined;
    const kind = vm.steps[state.step]?.kind;
    const kindButton = byId<HTMLButtonElement>(root, 'next-kind');
    kindButton.textContent = kind ? `Next ${KIND_NAMES[kind] ?? kind}` : 'Next of this kind';
    kindButton.disabled = kind === undefined || nextOfKind(vm, state.step, kind) === undefined;
  };

  const goStep = (i: number) => {
    state.step = Math.max(0, Math.min(vm.steps.length - 1, i));
    state.time = vm.steps[state.step]?.t ?? vm.identity.start;
    state.seq = vm.stepCutoff[state.step] ?? -1;
    render();
  };
  const seekTime = (t: SimTime) => {
    state.time = Math.max(vm.identity.start, Math.min(vm.identity.end, t));
    state.step = Math.max(0, stepAtTime(vm, state.time));
    state.seq = seqAtTime(vm, state.time);
    render();
  };
  function selectForce(index: number) {
    state.force = index;
    updateTimeline(root, state.axis, state.time, state.force);
    updateJumps();
  }
  const isLarge = () => doc.documentElement.classList.contains('large');
  const setLarge = (on: boolean) => {
    doc.documentElement.classList.toggle('large', on);
    byId(root, 'large-type').setAttribute('aria-pressed', String(on));
    relayout();
    writeFragment(doc, state.step, on);
  };
  const setLayout = (below: boolean) => {
    root.classList.toggle('narration-below', below);
    byId(root, 'layout-toggle').setAttribute('aria-pressed', String(below));
    relayout();
  };
  const setAxis = (mode: AxisMode) => {
    state.axis = timeAxis(vm, mode);
    byId(root, 'axis-toggle').setAttribute('aria-pressed', String(mode === 'changes'));
    buildRows(root, vm, state.axis, { seek: seekTime, selectForce });
    drawAxis(root, vm, state.axis);
    render(false);
  };
  // After anything that changes sizes: labels re-fitted, links redrawn, the current step kept in view.
  const relayout = () => {
    drawAxis(root, vm, state.axis);
    render(false);
    keepInView(root, state.step);
  };

  scrubber.addEventListener('input', () => seekTime(vm.identity.start + Number(scrubber.value) * MINUTE));
  byId(root, 'first').addEventListener('click', () => goStep(0));
  // Back from a scrubbed instant goes to the step shown there first, then to the one before.
  const previous = () => goStep(state.time > (vm.steps[state.step]?.t ?? vm.identity.start) ? state.step : state.step - 1);
  byId(root, 'prev').addEventListener('click', previous);
  byId(root, 'next').addEventListener('click', () => goStep(state.step + 1));
  byId(root, 'last').addEventListener('click', () => goStep(vm.steps.length - 1));
  const nextForce = () => {
    const i = state.force === undefined ? undefined : nextChangeOfForce(vm, state.step, state.force);
    if (i !== undefined) goStep(i);
  };
  const nextKind = () => {
    const kind = vm.steps[state.step]?.kind;
    const i = kind === undefined ? undefined : nextOfKind(vm, state.step, kind);
    if (i !== undefined) goStep(i);
  };
  byId(root, 'next-force').addEventListener('click', nextForce);
  byId(root, 'next-kind').addEventListener('click', nextKind);
  byId(root, 'large-type').addEventListener('click', () => setLarge(!isLarge()));
  byId(root, 'layout-toggle').addEventListener('click', () => setLayout(!root.classList.contains('narration-below')));
  byId(root, 'axis-toggle').addEventListener('click', () => setAxis(state.axis.mode === 'time' ? 'changes' : 'time'));
  doc.addEventListener(
    'keydown',
    (ev) => {
      if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
      const target = ev.target as HTMLElement | null;
      const tag = target?.tagName;
      if (tag === 'BUTTON' && (ev.key === ' ' || ev.key === 'Enter')) return;
      // Keys typed into a field or an editor (the lab's YAML editor) are text, not navigation.
      if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target?.isContentEditable || target?.closest?.('[contenteditable]')) return;
      switch (ev.key) {
        case 'ArrowRight':
        case 'ArrowDown':
        case 'n':
          if (ev.shiftKey) seekTime(state.time + HOUR);
          else goStep(state.step + 1);
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
        case 'p':
          if (ev.shiftKey) seekTime(state.time - HOUR);
          else previous();
          break;
        case 'Home':
          goStep(0);
          break;
        case 'End':
          goStep(vm.steps.length - 1);
          break;
        case 'l':
          setLarge(!isLarge());
          break;
        case 'a':
          setAxis(state.axis.mode === 'time' ? 'changes' : 'time');
          break;
        case 'v':
          setLayout(!root.classList.contains('narration-below'));
          break;
        case 'c':
          nextForce();
          break;
        case 'k':
          nextKind();
          break;
        default:
          return;
      }
      ev.preventDefault();
    },
    { signal },
  );
  doc.defaultView?.addEventListener('resize', relayout, { signal });
  doc.defaultView?.addEventListener(
    'hashchange',
    () => {
      const f = readFragment(doc);
      if (f.step !== undefined && f.step !== state.step) goStep(f.step);
    },
    { signal },
  );

  const fragment = readFragment(doc);
  if (fragment.large) doc.documentElement.classList.add('large');
  byId(root, 'large-type').setAttribute('aria-pressed', String(isLarge()));
  buildLegend(root, vm);
  buildRows(root, vm, state.axis, { seek: seekTime, selectForce });
  buildNarration(root, vm, goStep);
  drawAxis(root, vm, state.axis);
  if (fragment.step !== undefined) {
    // A linked step that moves forces follows the first of them.
    const moved = vm.stepForces[Math.min(fragment.step, vm.steps.length - 1)];
    if (moved && moved.length > 0) state.force = moved[0];
    goStep(fragment.step);
  } else render(false);
  doc.body.setAttribute('data-ready', 'true');
  return {
    viewModel: vm,
    unmount: () => {
      lifetime.abort();
      root.remove();
    },
  };
}

/** A mounted viewer: what it shows, and how to take it off the page. */
export interface MountedViewer {
  readonly viewModel: ViewModel;
  unmount(): void;
}
