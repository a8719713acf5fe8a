import type { LabParameter } from '../labProtocol.js';
import type { Scalar } from '../../model/theater.js';
import { el } from '../../viewer/page/dom.js';

/**
 * Controls for a design's parameters, generated from the design: a number box, a checkbox or a
 * text box (durations such as 7d) each, with the parameter's description, unit words and its
 * source or labelled assumption beside it. `onChange` hears the value as `--set` would read it.
 */
export function parameterControls(params: readonly LabParameter[], values: Readonly<Record<string, Scalar>>, onChange: (name: string, value: Scalar | undefined) => void): HTMLElement {
  if (params.length === 0) return el('p', { class: 'hint', text: 'This design declares no parameters. Edit its YAML to change it.' });
  return el(
    'div',
    { class: 'params' },
    params.map((p) => {
      const id = `param-${p.name}`;
      const value = values[p.name] ?? p.value;
      const input =
        typeof p.value === 'boolean'
          ? el('input', { type: 'checkbox', id, checked: value === true })
          : el('input', { type: typeof p.value === 'number' ? 'number' : 'text', id, value: String(value), step: typeof p.value === 'number' ? 'any' : null, min: typeof p.value === 'number' ? 0 : null });
      input.addEventListener('change', () => {
        const v: Scalar = input.type === 'checkbox' ? input.checked : input.type === 'number' ? Number(input.value) : input.value.trim();
        onChange(p.name, v === p.value ? undefined : v);
      });
      const provenance = [p.source ? `Source: ${p.source}` : '', p.assumption ? `Assumption: ${p.assumption}` : ''].filter(Boolean).join(' · ');
      return el('div', { class: 'param' }, [
        el('label', { for: id, text: p.name }),
        input,
        el('span', { class: 'default', text: `${unitOf(p.value)} · design value ${String(p.value)}` }),
        el('p', { class: 'desc', text: p.description || '(no description)' }),
        provenance ? el('p', { class: 'prov', text: provenance }) : null,
      ]);
    }),
  );
}

/** What kind of value a parameter takes, shown beside its control (designs give no units). */
function unitOf(value: Scalar): string {
  if (typeof value === 'boolean') return 'yes or no';
  if (typeof value === 'number') return Number.isInteger(value) ? 'whole number' : 'number';
  return /^(\d+(\.\d+)?[mhd])+$/.test(value) ? 'duration (90m, 12h, 7d)' : 'text';
}
