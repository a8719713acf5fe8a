import { escapeHtml } from './escapeHtml.js';

/** Allows only the page's own inline style and script: the file never touches the network. */
export const OFFLINE_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/**
 * The opening of every self-contained page opcon writes (viewer, comparison): doctype, charset,
 * viewport, the offline Content-Security-Policy, title and inline style. `extraHead` is trusted
 * markup (meta tags built by opcon).
 */
export function offlinePageHead(title: string, style: string, extraHead = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${OFFLINE_CSP}">
${extraHead}<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>`;
}
