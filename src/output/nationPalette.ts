import type { Design } from '../model/design.js';
import type { NationId } from '../model/force.js';

/**
 * Nation colors shared by the HTML viewer and the command diagrams: the Okabe-Ito palette,
 * distinguishable with the common color-vision deficiencies. A nation's color is its place in
 * {@link nationOrder}; past eight nations, gray. Text labels always name the nation too.
 */
export const NATION_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#555555'] as const;

/** Nations in legend order: the design's, then any other commander's, then any force's. */
export function nationOrder(design: Pick<Design, 'nations' | 'headquarters'>, forceNations: Iterable<NationId>): NationId[] {
  const nations: NationId[] = [...design.nations];
  const add = (n: NationId | undefined) => {
    if (n && !nations.includes(n)) nations.push(n);
  };
  design.headquarters.forEach((h) => add(h.commander));
  for (const n of forceNations) add(n);
  return nations;
}

/** The color of a nation given the order. */
export function nationColor(order: readonly NationId[], nation: NationId | undefined): string {
  const i = nation === undefined ? -1 : order.indexOf(nation);
  return i < 0 || i >= NATION_COLORS.length ? NATION_COLORS[7] : NATION_COLORS[i]!;
}
