import { escapeHtml } from './escapeHtml.js';
import { sha256Base64 } from './sha256.js';

/** Allows only the page's own inline style and script: the file never touches the network. */
export const OFFLINE_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/** `'sha256-...'`: a CSP source allowing exactly this inline script or style. */
export function cspHash(text: string): string {
  return `'sha256-${sha256Base64(text)}'`;
}

/**
 * A stricter policy for a page whose inline script and style are known: only those exact texts
 * may run or apply (by hash), nothing is fetched, and no other inline code can execute even if
 * some text escaped into markup.
 */
export function hashedCsp(script: string, style: string): string {
  return `default-src 'none'; script-src ${cspHash(script)}; style-src ${cspHash(style)}; img-src data:; base-uri 'none'; form-action 'none'`;
}

/**
 * The opening of every self-contained page opcon writes (viewer, comparison): doctype, charset,
 * viewport, the offline Content-Security-Policy, title and inline style. `extraHead` is trusted
 * markup (meta tags built by opcon).
 */
export function offlinePageHead(title: string, style: string, extraHead = '', csp = OFFLINE_CSP): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
${extraHead}<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>`;
}
