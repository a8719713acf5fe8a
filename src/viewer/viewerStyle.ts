import { NATION_COLORS } from '../output/nationPalette.js';

/**
 * The viewer's stylesheet, inlined into every page (its hash is in the page's CSP). Nation colors
 * are the Okabe-Ito palette (distinguishable with the common color-vision deficiencies), and each
 * nation also gets its own hatching pattern and a text label, so color is never the only cue.
 * Sizes are in rem so "large type" (for projection) scales everything. The page fills the window
 * and never scrolls sideways: the timeline, the tree and the narration scroll inside their panels,
 * so all three stay in view together at 1024x768 as at 1920x1080.
 */
const C = NATION_COLORS;

export const VIEWER_STYLE = String.raw`
:root { --fg: #1b1f24; --muted: #5b6470; --line: #d0d7de; --panel: #ffffff; --bg: #f3f5f7; --accent: #0b57d0; --current: #fff4c2; font-size: 15px; }
:root.large { font-size: 21px; }
* { box-sizing: border-box; }
html, body { height: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 1rem/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; overflow: hidden; }
#opcon-viewer, .viewer { height: 100%; }
.viewer { display: flex; flex-direction: column; min-width: 0; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.muted { color: var(--muted); }
button { font: inherit; font-size: .85rem; padding: .2rem .6rem; border: 1px solid #8792a2; border-radius: .35rem; background: #fff; color: var(--fg); cursor: pointer; }
button:hover:not(:disabled) { background: #eef2f7; }
button:disabled { opacity: .45; cursor: default; }
button[aria-pressed="true"] { background: #dce8fb; border-color: var(--accent); }
header.top { display: flex; align-items: center; gap: .2rem 1rem; padding: .35rem 1rem; background: #12263a; color: #fff; min-width: 0; }
header.top h1 { margin: 0; font-size: 1.15rem; font-weight: 650; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; flex: 0 1 auto; min-width: 6rem; }
header.top .meta { color: #c8d3df; font-size: .8rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; flex: 1 1 0; min-width: 0; }
header.top .tools { margin-left: auto; display: flex; gap: .4rem; flex: none; }
header.top button { background: #23405e; color: #fff; border-color: #5c7a99; }
header.top button[aria-pressed="true"] { background: #3d6a99; }
.controls { display: grid; grid-template-columns: auto minmax(0, 1fr); grid-template-areas: "buttons now" "scrub scrub" "theater theater" "status status"; gap: .3rem .8rem; align-items: center; padding: .4rem 1rem; background: var(--panel); border-bottom: 1px solid var(--line); min-width: 0; }
.controls .buttons { grid-area: buttons; display: flex; gap: .3rem; }
.jumps { display: flex; flex-wrap: wrap; gap: .3rem; min-width: 0; margin: 0 0 .3rem; flex: none; }
.jumps button { max-width: 100%; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.controls input[type=range] { grid-area: scrub; width: 100%; min-width: 0; accent-color: var(--accent); height: 1.4rem; margin: 0; }
.now { grid-area: now; font-variant-numeric: tabular-nums; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; min-width: 0; }
.now #now-main { font-weight: 700; font-size: 1.1rem; margin-right: .5rem; }
.now #now-detail { color: var(--muted); font-size: .85rem; }
.now #now-step { margin-left: .6rem; color: var(--muted); font-size: .85rem; }
.theater { grid-area: theater; display: flex; flex-wrap: wrap; gap: .3rem; margin: 0; min-width: 0; }
.theater div { background: #f6f8fa; border: 1px solid var(--line); border-radius: .4rem; padding: .05rem .5rem; min-width: 0; display: flex; gap: .4rem; align-items: baseline; }
.theater dt.implied { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.theater dt { font-size: .7rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
.theater dd { margin: 0; font-weight: 650; font-size: .9rem; }
#status { grid-area: status; margin: 0; font-size: .85rem; color: var(--fg); overflow: hidden; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2; min-width: 0; }
main { flex: 1 1 0; min-height: 0; display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); grid-template-rows: minmax(0, 1.1fr) minmax(0, 1fr); grid-template-areas: "timeline narration" "tree narration"; gap: .6rem; padding: .6rem 1rem .8rem; }
.narration-below main { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); grid-template-rows: minmax(0, 1fr) minmax(0, 1fr); grid-template-areas: "timeline tree" "narration narration"; }
section.panel { background: var(--panel); border: 1px solid var(--line); border-radius: .5rem; padding: .45rem .7rem .5rem; min-width: 0; min-height: 0; display: flex; flex-direction: column; overflow: hidden; }
section.panel h2 { font-size: .95rem; margin: 0 0 .3rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; flex: none; }
section.panel h2 .muted { font-weight: 400; font-size: .75rem; }
section.panel .scroll { flex: 1 1 0; min-height: 0; overflow-x: hidden; overflow-y: auto; position: relative; }
#timeline-panel { grid-area: timeline; }
#tree-panel { grid-area: tree; }
#narration-panel { grid-area: narration; }
.legend { display: flex; flex-wrap: wrap; gap: .2rem .8rem; list-style: none; margin: 0 0 .3rem; padding: 0; font-size: .8rem; flex: none; }
.legend li { display: flex; align-items: center; gap: .3rem; }
.swatch { display: inline-block; width: 1.4rem; height: .85rem; border-radius: .2rem; border: 1px solid rgba(0,0,0,.35); }
.swatch.small { width: .75rem; height: .75rem; margin-right: .3rem; vertical-align: -.05rem; flex: none; }
.timeline { position: relative; }
.group-head { font-size: .72rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: .3rem 0 .1rem; }
.row { display: grid; grid-template-columns: minmax(8.5rem, 32%) minmax(0, 1fr); align-items: center; gap: .5rem; min-height: 1.6rem; padding: .05rem 0; }
.row.moved .row-label { font-weight: 700; }
.row.selected .row-label { background: #fff4c2; border-radius: .25rem; }
.row-label { font-size: .85rem; line-height: 1.2; min-width: 0; }
.row-label .force-name { all: unset; cursor: pointer; overflow-wrap: normal; word-break: normal; hyphens: manual; }
.row-label .force-name:focus-visible { outline: 3px solid var(--accent); }
.row-label .component { font-size: .72rem; margin-left: .3rem; }
.track { position: relative; height: 1.35rem; background: #eef1f4; border-radius: .25rem; cursor: pointer; overflow: hidden; }
.seg { position: absolute; top: 0; bottom: 0; border-right: 2px solid #fff; display: flex; align-items: center; overflow: hidden; }
.seg.brief { min-width: 6px; z-index: 1; border: 1px solid #111; }
.seg span { font-size: .68rem; font-weight: 650; padding: 0 .25rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; background: rgba(255,255,255,.85); border-radius: .2rem; margin-left: .2rem; color: #111; }
.seg.brief span { display: none; }
.axis-wrap { position: sticky; bottom: 0; z-index: 2; background: var(--panel); display: grid; grid-template-columns: minmax(8.5rem, 32%) minmax(0, 1fr); gap: .5rem; }
.axis { position: relative; height: 1.3rem; border-top: 1px solid var(--line); margin-top: .2rem; font-size: .7rem; color: var(--muted); font-variant-numeric: tabular-nums; overflow: hidden; }
.tick { position: absolute; top: .15rem; white-space: nowrap; }
.cursor-lane { position: absolute; top: 0; bottom: 0; left: 0; right: 0; display: grid; grid-template-columns: minmax(8.5rem, 32%) minmax(0, 1fr); gap: .5rem; pointer-events: none; }
.cursor-lane::before { content: ""; }
#cursor { position: relative; height: 100%; }
#cursor { border-left: 2px solid #d1242f; width: 0; }
.cursor-lane > #cursor { position: relative; }
/* Okabe-Ito colors (shared with the command diagrams) with distinct hatching per nation. */
.nat-0 { background-color: ${C[0]}; }
.nat-1 { background-color: ${C[1]}; background-image: repeating-linear-gradient(45deg, rgba(0,0,0,.22) 0 2px, transparent 2px 7px); }
.nat-2 { background-color: ${C[2]}; background-image: repeating-linear-gradient(-45deg, rgba(255,255,255,.35) 0 2px, transparent 2px 7px); }
.nat-3 { background-color: ${C[3]}; background-image: radial-gradient(rgba(0,0,0,.3) 1px, transparent 1.5px); background-size: 5px 5px; }
.nat-4 { background-color: ${C[4]}; background-image: repeating-linear-gradient(90deg, rgba(0,0,0,.2) 0 2px, transparent 2px 8px); }
.nat-5 { background-color: ${C[5]}; background-image: repeating-linear-gradient(0deg, rgba(255,255,255,.35) 0 2px, transparent 2px 7px); }
.nat-6 { background-color: ${C[6]}; background-image: repeating-linear-gradient(45deg, rgba(0,0,0,.2) 0 1px, transparent 1px 4px), repeating-linear-gradient(-45deg, rgba(0,0,0,.2) 0 1px, transparent 1px 4px); }
.nat-7, .nat-x { background-color: ${C[7]}; background-image: repeating-linear-gradient(135deg, rgba(255,255,255,.3) 0 3px, transparent 3px 6px); }
#links { position: absolute; left: 0; top: 0; pointer-events: none; overflow: hidden; }
#links .link { fill: none; stroke: #8792a2; stroke-width: 2; stroke-dasharray: 6 5; opacity: .55; }
#links .link.state-active, #links .link.state-flexing { stroke: #6f42c1; opacity: 1; stroke-width: 2.5; }
ul.hqs { list-style: none; margin: 0; padding-left: 1.2rem; border-left: 2px solid var(--line); }
ul.hqs.root { padding-left: 0; border-left: 0; }
li.hq { margin: .3rem 0; }
.hq-head { display: inline-flex; flex-wrap: wrap; align-items: baseline; gap: .15rem .5rem; padding: .15rem .5rem; border: 1px solid var(--line); border-radius: .35rem; background: #fafbfc; max-width: calc(100% - 3rem); }
li.hq.holds > .hq-head { border-color: #57606a; background: #fff; box-shadow: 0 1px 2px rgba(0,0,0,.08); }
.hq-name { font-weight: 650; }
.authorities { font-size: .75rem; color: var(--muted); font-style: italic; }
.flag { font-size: .7rem; font-weight: 700; color: #111; padding: .05rem .35rem; border-radius: .2rem; border: 1px solid rgba(0,0,0,.35); text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 2px #fff; white-space: nowrap; }
ul.forces { list-style: none; margin: .2rem 0 .25rem .8rem; padding: 0; display: flex; flex-wrap: wrap; gap: .2rem .35rem; }
li.force { font-size: .82rem; padding: .05rem .45rem; border-radius: 1rem; background: #eef1f4; border: 1px solid #d8dee4; cursor: pointer; max-width: 100%; }
li.force.tacon { border-style: dashed; background: #fff; }
.tacon-note { font-size: .75rem; color: #8250df; font-weight: 600; }
.bodies { list-style: none; padding: 0; margin: .6rem 0 0; display: flex; flex-wrap: wrap; gap: .4rem; }
li.body { border: 2px dashed #8792a2; border-radius: .4rem; padding: .15rem .5rem; display: flex; flex-direction: column; font-size: .8rem; max-width: 100%; }
li.body.state-active, li.body.state-flexing { border-color: #6f42c1; background: #f6f0ff; }
.body-name { font-weight: 650; }
.body-state { font-weight: 600; color: #6f42c1; }
#narration { position: relative; list-style: none; margin: 0; padding: 0 .2rem 0 0; overflow-y: auto; overflow-x: hidden; flex: 1 1 0; min-height: 0; }
.entry { display: grid; grid-template-columns: 6rem minmax(0, 1fr); gap: 0 .5rem; padding: .3rem .35rem; border-bottom: 1px solid #eaeef2; cursor: pointer; color: var(--muted); }
.entry > :not(.when) { grid-column: 2; }
.entry.past { color: var(--fg); }
.entry.current { background: var(--current); box-shadow: inset 4px 0 0 #d1242f; }
.entry .when { grid-row: 1 / span 8; display: flex; flex-direction: column; font-variant-numeric: tabular-nums; font-size: .8rem; }
.entry .rel { font-weight: 650; overflow-wrap: anywhere; }
.entry .iso { font-size: .68rem; color: var(--muted); overflow-wrap: anywhere; }
.entry .badge { justify-self: start; font-size: .66rem; text-transform: uppercase; letter-spacing: .05em; padding: 0 .35rem; border-radius: .2rem; background: #eaeef2; color: #24292f; }
.kind-transfer .badge, .kind-return .badge { background: #d3f0df; }
.kind-decision .badge, .kind-refusal .badge { background: #e9dcff; }
.kind-event .badge, .kind-level .badge { background: #ffe7c2; }
.kind-constraint .badge, .kind-friction .badge { background: #ffd8d3; }
.kind-coordination .badge { background: #dff1fb; }
.entry p { margin: .1rem 0 0; }
.entry .what { font-size: .88rem; }
.entry .source, .entry .assumption, .entry .term { font-size: .74rem; color: var(--muted); }
.entry .assumption strong { color: #9a3412; }
.entry dfn { font-style: normal; font-weight: 700; }
.keys { font-size: .72rem; color: var(--muted); margin: .3rem 0 0; flex: none; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
@media (max-height: 820px) { .keys, section.panel h2 .muted { display: none; } .legend { margin-bottom: .1rem; } }
@media print { body { overflow: visible; } .controls, header.top .tools { display: none; } main { display: block; } section.panel { overflow: visible; } }
`;
