import { formatDuration, type SimTime } from '../../model/time.js';
import { fitLabels, linearAxisLabels } from '../runClock.js';
import type { ViewModel } from '../viewModel.js';
import { byId, el, pct } from './dom.js';
import { commanderOf, hqShortName, nationClass } from './nations.js';
import type { TimeAxis } from './timeAxis.js';

/** What the timeline asks of the page when the reader clicks. */
export interface TimelineActions {
  seek(t: SimTime): void;
  selectForce(index: number): void;
}

/** The legend: one swatch per nation of a commander. */
export function buildLegend(root: ParentNode, vm: ViewModel): void {
  const legend = byId(root, 'legend');
  legend.replaceChildren(...vm.nations.map((n) => el('li', {}, [el('span', { class: `swatch ${nationClass(vm, n)}`, 'aria-hidden': 'true' }), el('span', { text: `${n} commander` })])));
}

/**
 * One row per force, grouped by nation: its OPCON holders as colored segments. A segment too
 * short to see at this scale (the 20-day move of 1983 in a 76-year run) still gets a few pixels
 * and a tooltip, so no change is invisible.
 */
export function buildRows(root: ParentNode, vm: ViewModel, axis: TimeAxis, actions: TimelineActions): void {
  const rows = byId(root, 'rows');
  const byNation = new Map<string, number[]>();
  vm.forces.forEach((f, i) => byNation.set(f.nation, [...(byNation.get(f.nation) ?? []), i]));
  const groups: HTMLElement[] = [];
  for (const [nation, indexes] of byNation) {
    const group = el('div', { class: 'group', role: 'rowgroup', 'aria-label': `${nation} forces` }, [el('div', { class: 'group-head', role: 'row' }, [el('span', { role: 'rowheader', text: `${nation} forces` })])]);
    for (const i of indexes) {
      const f = vm.forces[i]!;
      const track = el('div', { class: 'track', role: 'cell' });
      const segments = vm.segments[i]!;
      for (const s of segments) {
        const nation = commanderOf(vm, s.holder);
        const left = axis.x(s.from);
        const width = Math.max(0, axis.x(s.to) - left);
        const label = `${f.name}: OPCON ${hqShortName(vm, s.holder)} (${nation} commander), ${vm.clock.short(s.from)} to ${vm.clock.short(s.to)} (${formatDuration(s.to - s.from)}); holder id ${s.holder}`;
        const seg = el('div', { class: `seg ${nationClass(vm, nation)}${segments.length > 1 && width < 0.01 ? ' brief' : ''}`, title: label, 'data-holder': s.holder, 'data-from': s.from }, [el('span', { text: hqShortName(vm, s.holder) })]);
        seg.style.left = pct(left);
        seg.style.width = pct(width);
        track.append(seg);
      }
      track.addEventListener('click', (ev) => {
        const box = track.getBoundingClientRect();
        const target = (ev.target as HTMLElement).closest<HTMLElement>('.seg.brief');
        // A brief segment is wider on screen than its time: clicking it goes to its start.
        actions.seek(target ? Number(target.dataset['from']) : axis.at((ev.clientX - box.left) / box.width));
        actions.selectForce(i);
      });
      // The name without its parenthetical keeps rows to one line on a projector; the full name
      // is in the tooltip and in the command tree.
      const name = el('button', { type: 'button', class: 'force-name', title: `${f.name} (${f.nation} ${f.component}; id ${f.id}): select to step through its changes`, text: shortName(f.name) });
      name.addEventListener('click', () => actions.selectForce(i));
      group.append(el('div', { class: 'row', role: 'row', 'data-force': f.id, 'data-index': i }, [el('div', { class: 'row-label', role: 'rowheader' }, [name]), track]));
    }
    groups.push(group);
  }
  rows.replaceChildren(...groups);
}

let canvas: HTMLCanvasElement | undefined;

/** Width in pixels of `text` in the font of `node`. */
function measurer(node: HTMLElement): (text: string) => number {
  canvas ??= document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  const style = getComputedStyle(node);
  if (!ctx) return (text) => text.length * parseFloat(style.fontSize) * 0.6;
  ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  return (text) => Math.ceil(ctx.measureText(text).width);
}

/**
 * Axis labels that never overlap: on the linear axis, round instants (years of a long run, hours
 * or days of a short one) at the finest spacing that fits; on the even axis, the step instants
 * that fit, first and last kept.
 */
export function drawAxis(root: ParentNode, vm: ViewModel, axis: TimeAxis): void {
  const node = byId(root, 'axis');
  const width = node.clientWidth;
  if (width <= 0) return;
  const measure = measurer(node);
  const labels =
    axis.mode === 'time'
      ? linearAxisLabels(vm.clock, width, axis.x, measure)
      : fitLabels(axis.knots.map((t) => ({ t, x: axis.x(t) * width, text: vm.clock.short(t) })), width, measure);
  node.replaceChildren(
    ...labels.map((l) => {
      const tick = el('span', { class: 'tick', text: l.text, title: vm.clock.main(l.t) });
      tick.style.left = `${l.left}px`;
      return tick;
    }),
  );
}

/** `ROK First Army` for `ROK First Army (Ground Operations Command since 2019)`. */
function shortName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '') || name;
}

/**
 * Moves the red cursor, marks the rows of the forces the current step moves and the selected
 * force's row, and scrolls the timeline panel (only it) to show the first of them.
 */
export function updateTimeline(root: ParentNode, axis: TimeAxis, t: SimTime, selected: number | undefined, moved: readonly number[] = []): void {
  byId(root, 'cursor').style.left = pct(axis.x(t));
  for (const row of root.querySelectorAll<HTMLElement>('#rows .row')) {
    const i = Number(row.dataset['index']);
    row.classList.toggle('selected', i === selected);
    row.classList.toggle('moved', moved.includes(i));
  }
  const focus = root.querySelector<HTMLElement>(`#rows .row[data-index="${moved[0] ?? selected ?? -1}"]`);
  const scroller = focus?.closest<HTMLElement>('.scroll');
  if (focus && scroller) {
    const top = focus.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    if (top < 0 || top + focus.offsetHeight > scroller.clientHeight) scroller.scrollTop += top - scroller.clientHeight / 3;
  }
}
