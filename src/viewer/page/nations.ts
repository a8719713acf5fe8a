import type { NationId } from '../../model/force.js';
import type { ViewHq, ViewModel } from '../viewModel.js';

/** The CSS class coloring a nation (Okabe-Ito color plus hatching; `nat-x` for an unknown one). */
export function nationClass(vm: ViewModel, nation: NationId | undefined): string {
  const i = nation === undefined ? -1 : vm.nations.indexOf(nation);
  return `nat nat-${i < 0 ? 'x' : i % 8}`;
}

/** The nationality of the commander of a headquarters, `?` when the design does not know it. */
export function commanderOf(vm: ViewModel, hq: string | null): NationId {
  return (hq !== null && vm.hqById.get(hq)?.commander) || '?';
}

/** A headquarters' name without its parenthetical: `ROK Joint Chiefs of Staff`. */
export function hqShortName(vm: ViewModel, hq: string | null): string {
  if (hq === null) return 'no headquarters';
  const name = vm.hqById.get(hq)?.name ?? hq;
  return name.replace(/\s*\([^)]*\)\s*$/, '') || name;
}

/** Who commands and who deputises: `US commands, ROK deputy`; `ROK commands` for a national HQ. */
export function commandBadge(h: ViewHq): string {
  return h.deputy ? `${h.commander} commands, ${h.deputy} deputy` : `${h.commander} commands`;
}
