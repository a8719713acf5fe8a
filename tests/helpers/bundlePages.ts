/**
 * vitest globalSetup: bundles the browser code (scripts/bundle.mjs) before any test, so pages
 * rendered from source under test carry the current page code, not a stale build's.
 */
export async function setup(): Promise<void> {
  const { bundlePages } = (await import('../../scripts/bundle.mjs')) as { bundlePages: () => Promise<void> };
  await bundlePages();
}
