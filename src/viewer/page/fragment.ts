/**
 * The page's URL fragment, so a lesson can link to a moment: `#step=12` opens at step 12
 * (counted from 1, as the page shows), `#large` in large type; both combine (`#step=12&large`).
 */
export interface Fragment {
  /** Zero-based step index. */
  readonly step: number | undefined;
  readonly large: boolean;
}

/** Reads the fragment of the document's address. */
export function readFragment(doc: Document): Fragment {
  return parseFragment(doc.location.hash);
}

/** Parses `#step=12&large`; unknown parts are ignored. */
export function parseFragment(hash: string): Fragment {
  const parts = hash.replace(/^#/, '').split('&');
  let step: number | undefined;
  let large = false;
  for (const p of parts) {
    const m = /^step=(\d+)$/.exec(p);
    if (m) step = Math.max(0, Number(m[1]) - 1);
    if (p === 'large') large = true;
  }
  return { step, large };
}

/** `#step=12&large` for a state. */
export function formatFragment(step: number, large: boolean): string {
  return `#step=${step + 1}${large ? '&large' : ''}`;
}

let pending: ReturnType<typeof setTimeout> | undefined;

/**
 * Keeps the address in step with the page without adding history entries, so it can be copied.
 * Written a moment after the last change: browsers throttle (and warn about) pages that
 * rewrite their address hundreds of times, as dragging the time slider would.
 */
export function writeFragment(doc: Document, step: number, large: boolean): void {
  const hash = formatFragment(step, large);
  if (pending !== undefined) clearTimeout(pending);
  pending = setTimeout(() => {
    pending = undefined;
    if (doc.location.hash === hash) return;
    try {
      doc.defaultView?.history.replaceState(null, '', hash);
    } catch {
      // Some browsers refuse replaceState on file: pages; the page works without it.
    }
  }, 120);
}
