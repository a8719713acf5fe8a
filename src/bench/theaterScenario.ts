import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

/**
 * A theater-scale scenario for benchmark (d): the Korea escalation scenario with its forces
 * copied `50 * scale` times (about 1,100 forces per unit of scale) and twenty engage/disengage
 * events per copy (about 1,000 events per unit of scale). Copies keep nation, tags and
 * designation, so the design's selectors pick them up as they pick the originals.
 */
export function theaterScenario(base: string, scale: number): string {
  const doc = parse(readFileSync(base, 'utf8')) as { forces: { id: string; name: string }[]; timeline: Record<string, unknown>[]; expect?: unknown; design: string };
  const originals = doc.forces;
  const copies = 50 * scale;
  const forces = [...originals];
  const timeline = [...doc.timeline];
  for (let c = 1; c <= copies; c++) {
    const ids = originals.map((f) => `${f.id}-c${c}`);
    originals.forEach((f, i) => forces.push({ ...f, id: ids[i]!, name: `${f.name} (copy ${c})` }));
    for (let e = 0; e < 20; e++) {
      const hour = 24 + ((c * 7 + e * 13) % 1200);
      const group = ids.filter((_, i) => (i + e) % 4 === 0);
      timeline.push(e % 2 === 0 ? { id: `bench-c${c}-e${e}`, at: `T+${hour}h`, label: 'bench engage', assumption: 'benchmark load', engage: { forces: { ids: group } } } : { id: `bench-c${c}-e${e}`, at: `T+${hour}h`, label: 'bench disengage', assumption: 'benchmark load', disengage: { forces: { ids: group } } });
    }
  }
  delete doc.expect;
  return stringify({ ...doc, forces, timeline }, { lineWidth: 0, aliasDuplicateObjects: false });
}
