/**
 * The page's one way to make elements: every scenario string goes in with `textContent` or an
 * attribute, never as markup, so no input can inject HTML. Inline styles are set through the
 * CSSOM (`node.style`), which the page's Content-Security-Policy allows, unlike `style=` markup.
 */
export type Child = Node | string | null | undefined | false;

export interface Attrs {
  readonly text?: string;
  readonly class?: string | null;
  readonly [attribute: string]: string | number | boolean | null | undefined;
}

/** `el('li', {class: 'x', title: '...'}, [children])`. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, children: readonly Child[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') node.textContent = String(v);
    else if (k === 'class') node.className = String(v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

/** An element the page built, by id; a missing one is a bug in the page. */
export function byId<T extends HTMLElement = HTMLElement>(root: ParentNode, id: string): T {
  const node = root.querySelector<T>(`#${id}`);
  if (!node) throw new Error(`opcon viewer: #${id} is missing`);
  return node;
}

/** Percent of a fraction, for left/width. */
export function pct(x: number): string {
  return `${(x * 100).toFixed(3)}%`;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element (in the SVG namespace, which `createElement` would miss). */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Readonly<Record<string, string>> = {}): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}
