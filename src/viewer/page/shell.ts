import type { ViewModel } from '../viewModel.js';
import { utc } from '../runClock.js';
import { el, svg } from './dom.js';

/**
 * The page's fixed parts, built from the view model (so a page that mounts the viewer, such as
 * a browser lab, needs no markup of its own). Dynamic parts are filled by the views.
 */
export function buildShell(vm: ViewModel): HTMLElement {
  const id = vm.identity;
  const at = (t: number) => (vm.clock.long ? vm.clock.short(t) : utc(t));
  const span = `${at(id.start)} to ${at(id.end)}`;
  const meta = `${id.scenario} · design ${id.designName} · seed ${id.seed} · ${span}`;
  // DEFCON III, WATCHCON IV and Phase 0 name themselves: their labels are for screen readers only.
  const tile = (level: string, label: string) => el('div', { 'data-level': level }, [el('dt', { text: label, class: level === 'posture' || level === 'situation' ? null : 'implied' }), el('dd', { class: 'value', text: '–' })]);
  const LABELS: Record<string, string> = { posture: 'Posture', defcon: 'DEFCON', watchcon: 'WATCHCON', phase: 'Phase (JP 5-0)', situation: 'Japan situation' };
  return el('div', { class: 'viewer' }, [
    el('header', { class: 'top' }, [
      el('h1', { text: id.title }),
      el('span', { class: 'meta', title: `${meta} (design id ${id.designId})`, text: meta }),
      el('span', { class: 'tools' }, [
        el('button', { type: 'button', id: 'axis-toggle', 'aria-pressed': 'false', title: 'Space changes evenly on the time axis (key A)', text: 'Even spacing' }),
        el('button', { type: 'button', id: 'layout-toggle', 'aria-pressed': 'false', title: 'Narration beside or below the timeline and tree (key V)', text: 'Narration below' }),
        el('button', { type: 'button', id: 'large-type', 'aria-pressed': 'false', title: 'Large type for projection (key L)', text: 'Large type' }),
      ]),
    ]),
    el('div', { class: 'controls', role: 'region', 'aria-label': 'Time controls' }, [
      el('div', { class: 'buttons' }, [
        el('button', { type: 'button', id: 'first', 'aria-label': 'Go to the start (Home)', text: '« Start' }),
        el('button', { type: 'button', id: 'prev', 'aria-label': 'Previous step (Left arrow)', text: '◀ Prev' }),
        el('button', { type: 'button', id: 'next', 'aria-label': 'Next step (Right arrow)', text: 'Next ▶' }),
        el('button', { type: 'button', id: 'last', 'aria-label': 'Go to the last step (End)', text: 'End »' }),
      ]),
      el('div', { class: 'now' }, [el('span', { id: 'now-main' }), el('span', { id: 'now-detail' }), el('span', { id: 'now-step' })]),
      el('input', { type: 'range', id: 'scrubber', min: 0, max: 0, step: 1, value: 0, 'aria-label': 'Simulated time, minutes since the start' }),
      el('dl', { class: 'theater', 'aria-label': 'Theater state at the selected instant' }, vm.levels.map((l) => tile(l, LABELS[l] ?? l))),
      el('p', { id: 'status', role: 'status', 'aria-live': 'polite' }),
    ]),
    el('main', {}, [
      el('section', { class: 'panel', id: 'timeline-panel', 'aria-labelledby': 'timeline-h' }, [
        el('h2', { id: 'timeline-h' }, ['Who holds OPCON of each force ', el('span', { class: 'muted', text: "color and hatching: nationality of the OPCON holder's commander; label: the holder" })]),
        el('ul', { class: 'legend', id: 'legend', 'aria-label': 'Legend' }),
        el('div', { class: 'scroll' }, [
          el('div', { class: 'timeline', role: 'table', 'aria-label': 'OPCON holder of each force over time' }, [
            el('div', { id: 'rows' }),
            el('div', { class: 'axis-wrap', 'aria-hidden': 'true' }, [el('span'), el('div', { class: 'axis', id: 'axis' })]),
            el('div', { class: 'cursor-lane', 'aria-hidden': 'true' }, [el('div', { id: 'cursor' })]),
          ]),
        ]),
        el('p', { class: 'keys', text: '← → previous / next step · Shift+← → one hour · Home End · L large type · A axis spacing · C next change of the selected force · K next step of this kind · V layout · click a track to jump' }),
      ]),
      el('section', { class: 'panel', id: 'tree-panel', 'aria-labelledby': 'tree-h' }, [
        el('h2', { id: 'tree-h' }, ['Command tree at the selected instant ', el('span', { class: 'muted', text: "forces under each headquarters' OPCON; dashed: coordination bodies (link, never command)" })]),
        el('div', { class: 'scroll', id: 'tree-wrap' }, [svg('svg', { id: 'links', 'aria-hidden': 'true' }), el('div', { id: 'tree' }), el('ul', { class: 'bodies', id: 'bodies', 'aria-label': 'Coordination bodies' })]),
      ]),
      el('section', { class: 'panel', id: 'narration-panel', 'aria-labelledby': 'narration-h' }, [
        el('h2', { id: 'narration-h' }, ['What happens, and why ', el('span', { class: 'muted', text: 'the same walk-through as opcon explain, with sources and labelled assumptions' })]),
        el('div', { class: 'jumps' }, [
          el('button', { type: 'button', id: 'next-force', title: 'Next change of the selected force (key C); select a force by clicking its name' }),
          el('button', { type: 'button', id: 'next-kind', title: 'Next step of the same kind as this one (key K)' }),
        ]),
        el('ol', { id: 'narration', 'aria-label': 'Steps of the run' }),
      ]),
    ]),
  ]);
}
