import type { NarrationStep } from '../../narrate/narrationStep.js';
import type { ViewModel } from '../viewModel.js';
import { byId, el } from './dom.js';

/** Words for narration kinds on the step badges. */
export const KIND_NAMES: Readonly<Record<NarrationStep['kind'], string>> = {
  intro: 'setting',
  event: 'event',
  level: 'alert level',
  request: 'request',
  decision: 'decision',
  refusal: 'refusal',
  rule: 'rule',
  transfer: 'transfer',
  return: 'return',
  support: 'support',
  constraint: 'constraint',
  coordination: 'coordination',
  friction: 'friction',
  engagement: 'engagement',
  end: 'summary',
};

/**
 * The narration: one item per step of `opcon explain` (the same sentences), with its source,
 * its labelled assumption and the terms it uses for the first time. Record seqs appear only in
 * the tooltip.
 */
export function buildNarration(root: ParentNode, vm: ViewModel, onStep: (i: number) => void): void {
  const items = vm.steps.map((s, i) => {
    const item = el('li', { class: `entry kind-${s.kind}`, 'data-step': i, 'data-seq': s.seq[1], 'data-first-seq': s.seq[0], 'data-kind': s.kind, tabindex: '-1', title: `step ${i + 1}; records ${s.seq[0]}${s.seq[1] !== s.seq[0] ? `–${s.seq[1]}` : ''}` }, [
      el('span', { class: 'when' }, [el('span', { class: 'rel', text: vm.clock.short(s.t) }), el('span', { class: 'iso', text: vm.clock.long ? vm.clock.main(s.t).slice(11) : vm.clock.detail(s.t) })]),
      el('span', { class: 'badge', text: KIND_NAMES[s.kind] ?? s.kind }),
      el('p', { class: 'what', text: s.text }),
      s.source ? el('p', { class: 'source' }, [el('strong', { text: 'Source: ' }), s.source]) : null,
      s.assumption ? el('p', { class: 'assumption' }, [el('strong', { text: 'Assumption (not from a public source): ' }), s.assumption]) : null,
      ...(s.terms ?? []).map((g) => el('p', { class: 'term', title: g.source }, [el('dfn', { text: g.term }), ` (${g.expansion}): ${g.meaning}.`])),
    ]);
    item.addEventListener('click', () => onStep(i));
    return item;
  });
  byId(root, 'narration').replaceChildren(...items);
}

/** Marks the current step and those before it; keeps the current one in the list's view. */
export function markStep(root: ParentNode, step: number, scroll: boolean): void {
  const list = byId(root, 'narration');
  const items = list.children;
  // Only the items between the old and the new step change: stepping stays cheap in long runs.
  const previous = Number(list.dataset['step'] ?? items.length - 1);
  const from = Math.max(0, Math.min(previous, step));
  const to = Math.min(items.length - 1, Math.max(previous, step));
  const all = list.dataset['step'] === undefined;
  for (let i = all ? 0 : from; i <= (all ? items.length - 1 : to); i++) {
    const item = items[i]!;
    item.classList.toggle('past', i <= step);
    item.classList.toggle('current', i === step);
    if (i === step) item.setAttribute('aria-current', 'step');
    else item.removeAttribute('aria-current');
  }
  list.dataset['step'] = String(step);
  if (scroll) keepInView(root, step);
}

/** Scrolls only the narration list (scrollIntoView would also move the page under the presenter). */
export function keepInView(root: ParentNode, step: number): void {
  const list = byId(root, 'narration');
  const item = list.children[step] as HTMLElement | undefined;
  if (!item) return;
  const top = item.offsetTop; // the list is positioned, so this is relative to it
  if (top < list.scrollTop) list.scrollTop = top - 8;
  else if (top + item.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = Math.min(top - 8, top + item.offsetHeight - list.clientHeight + 8);
}
