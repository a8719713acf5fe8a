/**
 * What "projectable" means for the viewer, checked the same way in Chromium and Firefox: at
 * each window size and type size, nothing scrolls sideways, the main parts are inside the
 * window and big enough to read together, the scrubber keeps a usable width, the current
 * narration step is in view, axis labels do not overlap and force names are not cut.
 */
export const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/**
 * A browser-side check returning a list of problems (empty when the page is fine). A string,
 * not a function, so the test runner's transforms never reach the page (esbuild's `__name`).
 */
export const PROJECTION_CHECK = String.raw`(() => {
  const problems = [];
  const W = window.innerWidth, H = window.innerHeight;
  const de = document.documentElement;
  if (de.scrollWidth > de.clientWidth + 1) problems.push('page scrolls sideways: ' + de.scrollWidth + ' > ' + de.clientWidth);
  if (de.scrollHeight > de.clientHeight + 1) problems.push('page scrolls down: ' + de.scrollHeight + ' > ' + de.clientHeight);
  const box = (sel) => { const n = document.querySelector(sel); return n ? n.getBoundingClientRect() : null; };
  for (const sel of ['header.top', '.controls', '#scrubber', '#now-main', '#status', '#timeline-panel', '#tree-panel', '#narration-panel']) {
    const r = box(sel);
    if (!r) { problems.push(sel + ' is missing'); continue; }
    if (r.left < -1 || r.top < -1 || r.right > W + 1 || r.bottom > H + 1) problems.push(sel + ' is outside the window: ' + JSON.stringify([Math.round(r.left), Math.round(r.top), Math.round(r.right), Math.round(r.bottom)]));
  }
  for (const sel of ['#timeline-panel', '#tree-panel', '#narration-panel']) {
    const r = box(sel);
    if (r && (r.height < 150 || r.width < 280)) problems.push(sel + ' is too small to read: ' + Math.round(r.width) + 'x' + Math.round(r.height));
  }
  const scrub = box('#scrubber');
  if (scrub && scrub.width < W * 0.5) problems.push('scrubber is only ' + Math.round(scrub.width) + ' px wide');
  const list = box('#narration');
  const cur = box('#narration .current');
  if (!cur) problems.push('no current narration step');
  else if (list && (cur.top < list.top - 1 || cur.top > list.bottom - 20)) problems.push('current step is out of view: top ' + Math.round(cur.top) + ' outside ' + Math.round(list.top) + '..' + Math.round(list.bottom));
  const ticks = [...document.querySelectorAll('#axis .tick')].map((t) => t.getBoundingClientRect()).sort((a, b) => a.left - b.left);
  const axis = box('#axis');
  if (ticks.length < 2) problems.push('axis has ' + ticks.length + ' labels');
  for (let i = 1; i < ticks.length; i++) if (ticks[i].left < ticks[i - 1].right) problems.push('axis labels overlap at ' + Math.round(ticks[i].left));
  for (const t of ticks) if (axis && (t.left < axis.left - 1 || t.right > axis.right + 1)) problems.push('axis label outside the axis');
  for (const n of document.querySelectorAll('.row-label, .hq-head, li.force, .scroll, #narration, .entry')) {
    if (n.scrollWidth > n.clientWidth + 1) problems.push('cut or overflowing: ' + (n.id || n.className) + ' ' + (n.textContent || '').slice(0, 40) + ' (' + n.scrollWidth + ' > ' + n.clientWidth + ')');
  }
  return problems;
})()`;
