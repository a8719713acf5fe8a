/**
 * Characters that must never reach a terminal or a one-line message as themselves: C0 controls
 * (ESC starts colour, cursor and OSC sequences; BEL; CR and LF rewrite or split lines), DEL, C1
 * controls (U+009B is a one-byte CSI on some terminals), the Unicode line and paragraph
 * separators, and the bidirectional overrides that reorder what the reader sees ("Trojan Source").
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const CONTROLS_ALL = new RegExp(CONTROLS.source, 'g');

const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Shows control characters from input escaped, as JSON would write them (`\u001b`, `\n`), so
 * names, labels and flags print as one inert line in text outputs, messages and DOT labels.
 * @example showControls('a\u001b]0;pwned\u0007') === 'a\\u001b]0;pwned\\u0007'
 */
export function showControls(text: string): string {
  if (!CONTROLS.test(text)) return text;
  return text.replace(CONTROLS_ALL, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
