import type { CommandTableView } from '../../output/commandReplay.js';
import type { SimTime } from '../../model/time.js';
import type { ViewModel } from '../viewModel.js';
import { commanderOf, hqShortName } from './nations.js';

/**
 * The status line: what holds at the scrubbed instant (levels, who holds OPCON of how many
 * forces), not the text of the last event, so it is true between steps too.
 */
export function statusLine(vm: ViewModel, t: SimTime, levels: ReadonlyMap<string, string>, table: CommandTableView): string {
  const counts = new Map<string, number>();
  for (const holder of table.opcon) counts.set(holder, (counts.get(holder) ?? 0) + 1);
  const holders = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([hq, n]) => `${n} ${n === 1 ? 'force' : 'forces'} under ${hqShortName(vm, hq)} (${commanderOf(vm, hq)} commander)`);
  const theater = [...levels.values()].filter((v) => v !== '').join(', ');
  return `${vm.clock.main(t)}: ${theater ? `${theater}; ` : ''}OPCON of ${holders.join(', ')}.`;
}
