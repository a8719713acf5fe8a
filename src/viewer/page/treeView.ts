import type { CommandTableView } from '../../output/commandReplay.js';
import type { ViewHq, ViewModel } from '../viewModel.js';
import { byId, el, svg } from './dom.js';
import { commandBadge, hqShortName, nationClass } from './nations.js';

/**
 * The command tree at the instant: headquarters under their parents, the forces under each
 * one's OPCON (a dashed chip: held only under TACON there), and coordination bodies as dashed
 * links between member headquarters (purple while active). Bodies link, they never command.
 */
export function renderTree(root: ParentNode, vm: ViewModel, table: CommandTableView, bodies: ReadonlyMap<string, { state: string; level: string | null }>, onForce: (index: number) => void, focus: readonly number[] = []): void {
  const children = new Map<string, ViewHq[]>();
  const roots: ViewHq[] = [];
  for (const h of vm.hqs) {
    if (h.parent && vm.hqById.has(h.parent)) children.set(h.parent, [...(children.get(h.parent) ?? []), h]);
    else roots.push(h);
  }
  const chip = (i: number, hq: string) => {
    const f = vm.forces[i]!;
    const taconOnly = table.opcon[i] !== hq;
    const tacon = table.tacon[i];
    const note = taconOnly ? ` TACON only (OPCON ${hqShortName(vm, table.opcon[i]!)})` : tacon ? ` TACON ${hqShortName(vm, tacon)}` : '';
    const node = el('li', { class: `force${taconOnly ? ' tacon' : ''}`, 'data-force': f.id, 'data-opcon': table.opcon[i]!, 'data-tacon': tacon ?? null, title: `${f.name} (${f.nation} ${f.component}; id ${f.id})` }, [
      el('span', { class: `swatch small ${nationClass(vm, f.nation)}`, 'aria-hidden': 'true' }),
      el('span', { class: 'force-label', text: f.name }),
      note ? el('span', { class: taconOnly ? 'muted' : 'tacon-note', text: note }) : null,
    ]);
    node.addEventListener('click', () => onForce(i));
    return node;
  };
  // Forces by holder, in one pass (a loop over every force per headquarters grew as forces x HQs).
  const heldBy = new Map<string, number[]>();
  const hold = (hq: string | null, i: number) => {
    if (hq !== null) heldBy.set(hq, [...(heldBy.get(hq) ?? []), i]);
  };
  vm.forces.forEach((_, i) => {
    hold(table.opcon[i]!, i);
    if (table.tacon[i] !== table.opcon[i]) hold(table.tacon[i] ?? null, i);
  });
  const node = (h: ViewHq): HTMLElement => {
    const held = heldBy.get(h.id) ?? [];
    const kids = (children.get(h.id) ?? []).map(node);
    return el('li', { class: `hq${held.length ? ' holds' : ''}`, 'data-hq': h.id, 'aria-label': `${h.name}, ${held.length} forces under OPCON or TACON` }, [
      el('div', { class: 'hq-head', 'data-hq-head': h.id, title: `${h.name} (id ${h.id}, ${h.kind})` }, [
        el('span', { class: `flag ${nationClass(vm, h.commander)}`, text: commandBadge(h) }),
        el('span', { class: 'hq-name', text: h.name }),
        h.authorities.length && !h.parent ? el('span', { class: 'authorities', text: `answers to ${h.authorities.join(', ')}` }) : null,
      ]),
      held.length ? el('ul', { class: 'forces' }, held.map((i) => chip(i, h.id))) : null,
      kids.length ? el('ul', { class: 'hqs' }, kids) : null,
    ]);
  };
  byId(root, 'tree').replaceChildren(el('ul', { class: 'hqs root' }, roots.map(node)));
  byId(root, 'bodies').replaceChildren(
    ...vm.bodies.map((b) => {
      const s = bodies.get(b.id) ?? { state: b.initial, level: null };
      return el('li', { class: `body state-${s.state}`, 'data-body': b.id, 'data-state': s.state, title: `id ${b.id}` }, [
        el('span', { class: 'body-name', text: b.name }),
        el('span', { class: 'body-state', text: s.state + (s.level ? ` · ${s.level}` : '') }),
        el('span', { class: 'muted', text: `links ${b.members.map((m) => hqShortName(vm, m)).join(' ⇢ ')}` }),
      ]);
    }),
  );
  drawLinks(root, vm, bodies);
  revealForce(root, vm, focus[0]);
}

/** Scrolls the tree panel (only it) to the headquarters holding a force the step moves. */
function revealForce(root: ParentNode, vm: ViewModel, force: number | undefined): void {
  const id = force === undefined ? undefined : vm.forces[force]?.id;
  const chip = id === undefined ? null : root.querySelector<HTMLElement>(`#tree [data-force="${CSS.escape(id)}"]`);
  const head = chip?.closest('li.hq')?.querySelector<HTMLElement>(':scope > .hq-head');
  const wrap = byId(root, 'tree-wrap');
  if (!head) return;
  const top = head.getBoundingClientRect().top - wrap.getBoundingClientRect().top;
  if (top < 0 || top + head.offsetHeight > wrap.clientHeight) wrap.scrollTop += top - 8;
}

/** Dashed curves between the members of each coordination body, drawn over the tree. */
export function drawLinks(root: ParentNode, vm: ViewModel, bodies: ReadonlyMap<string, { state: string }>): void {
  const layer = root.querySelector<SVGSVGElement>('#links');
  const wrap = byId(root, 'tree-wrap');
  if (!layer) return;
  // Measure the tree without the previous drawing, which may be wider than the panel now is.
  layer.setAttribute('width', '0');
  layer.setAttribute('height', '0');
  const box = wrap.getBoundingClientRect();
  layer.setAttribute('width', String(wrap.clientWidth));
  layer.setAttribute('height', String(wrap.scrollHeight));
  const paths: SVGPathElement[] = [];
  vm.bodies.forEach((b, bi) => {
    const state = bodies.get(b.id)?.state ?? b.initial;
    const heads = b.members.map((m) => wrap.querySelector<HTMLElement>(`[data-hq-head="${CSS.escape(m)}"]`)).filter((h): h is HTMLElement => h !== null);
    for (let k = 1; k < heads.length; k++) {
      const a = heads[k - 1]!.getBoundingClientRect();
      const c = heads[k]!.getBoundingClientRect();
      const x1 = a.right - box.left + wrap.scrollLeft + 4;
      const y1 = a.top + a.height / 2 - box.top + wrap.scrollTop;
      const x2 = c.right - box.left + wrap.scrollLeft + 4;
      const y2 = c.top + c.height / 2 - box.top + wrap.scrollTop;
      // Bend inside the panel so a link never widens the page.
      const bend = Math.min(Math.max(x1, x2) + 30 + 14 * bi, wrap.clientWidth - 4);
      const path = svg('path', { d: `M${x1} ${y1} C ${bend} ${y1}, ${bend} ${y2}, ${x2} ${y2}`, class: `link state-${state}` });
      const title = svg('title');
      title.textContent = `${b.name} (${state})`;
      path.append(title);
      paths.push(path);
    }
  });
  layer.replaceChildren(...paths);
}
