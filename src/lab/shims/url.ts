/** `node:url` for the lab's bundles: `file:` URLs of the virtual tree. */
export function fileURLToPath(url: string | URL): string {
  const s = String(url);
  return s.startsWith('file://') ? decodeURIComponent(s.slice('file://'.length)) : s;
}

export function pathToFileURL(path: string): URL {
  return new URL(`file://${path}`);
}
