/**
 * The viewer's stylesheet, inlined into every page. Nation colors are the Okabe-Ito palette
 * (distinguishable with the common color-vision deficiencies), and each nation also gets its
 * own hatching pattern and a text label, so color is never the only cue. Sizes are in rem so
 * the "large type" toggle (for projection) scales everything.
 */
export const VIEWER_STYLE = String.raw`
:root { --fg: #1b1f24; --muted: #5b6470; --line: #d0d7de; --panel: #ffffff; --bg: #f3f5f7; --accent: #0b57d0; --current: #fff4c2; font-size: 15px; }
:root.large { font-size: 21px; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 1rem/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.muted { color: var(--muted); }
header.top { display: flex; flex-wrap: wrap; align-items: baseline; gap: .25rem 1.5rem; padding: .8rem 1.2rem .5rem; background: #12263a; color: #fff; }
header.top h1 { margin: 0; font-size: 1.35rem; font-weight: 650; }
header.top .meta { color: #c8d3df; font-size: .9rem; }
header.top .tools { margin-left: auto; display: flex; gap: .5rem; }
button { font: inherit; font-size: .9rem; padding: .3rem .7rem; border: 1px solid #8792a2; border-radius: .35rem; background: #fff; color: var(--fg); cursor: pointer; }
button:hover:not(:disabled) { background: #eef2f7; }
button:disabled { opacity: .45; cursor: default; }
button[aria-pressed="true"] { background: #dce8fb; border-color: var(--accent); }
header.top button { background: #23405e; color: #fff; border-color: #5c7a99; }
header.top button[aria-pressed="true"] { background: #3d6a99; }
.controls { position: sticky; top: 0; z-index: 5; display: grid; grid-template-columns: auto 1fr auto; gap: .4rem 1rem; align-items: center; padding: .6rem 1.2rem; background: var(--panel); border-bottom: 1px solid var(--line); box-shadow: 0 1px 3px rgba(0,0,0,.06); }
.controls .buttons { display: flex; gap: .3rem; }
.controls input[type=range] { width: 100%; accent-color: var(--accent); height: 1.6rem; }
.now { font-variant-numeric: tabular-nums; white-space: nowrap; }
.now #now-rel { font-weight: 700; font-size: 1.15rem; margin-right: .5rem; }
.now #now-step { margin-left: .6rem; color: var(--muted); }
.theater { grid-column: 1 / -1; display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: .5rem; margin: 0; }
.theater div { background: #f6f8fa; border: 1px solid var(--line); border-radius: .4rem; padding: .25rem .6rem; min-width: 0; }
.theater dt { font-size: .72rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.theater dd { margin: 0; font-weight: 650; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
main { display: grid; grid-template-columns: minmax(0, 1.9fr) minmax(20rem, 1fr); grid-template-areas: "timeline narration" "tree narration"; gap: 1rem; padding: 1rem 1.2rem 2rem; align-items: start; }
section.panel { background: var(--panel); border: 1px solid var(--line); border-radius: .5rem; padding: .7rem .9rem .9rem; min-width: 0; }
section.panel h2 { font-size: 1.05rem; margin: 0 0 .5rem; }
section.panel h2 .muted { display: block; font-weight: 400; font-size: .8rem; }
#timeline-panel { grid-area: timeline; }
#tree-panel { grid-area: tree; }
#narration-panel { grid-area: narration; position: sticky; top: 8.5rem; max-height: calc(100vh - 14rem); display: flex; flex-direction: column; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem 1rem; list-style: none; margin: 0 0 .6rem; padding: 0; font-size: .85rem; }
.legend li { display: flex; align-items: center; gap: .35rem; }
.swatch { display: inline-block; width: 1.6rem; height: .95rem; border-radius: .2rem; border: 1px solid rgba(0,0,0,.35); }
.swatch.small { width: .8rem; height: .8rem; margin-right: .35rem; vertical-align: -.05rem; }
.timeline { position: relative; }
.group-head { font-size: .78rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: .45rem 0 .15rem; }
.row { display: grid; grid-template-columns: 13rem 1fr; align-items: center; gap: .6rem; min-height: 1.7rem; }
.row-label { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; font-size: .9rem; }
.row-label .muted { font-size: .78rem; }
.track { position: relative; height: 1.45rem; background: #eef1f4; border-radius: .25rem; cursor: pointer; overflow: hidden; }
.seg { position: absolute; top: 0; bottom: 0; border-right: 2px solid #fff; display: flex; align-items: center; overflow: hidden; }
.seg span { font-size: .72rem; font-weight: 650; padding: 0 .3rem; white-space: nowrap; background: rgba(255,255,255,.82); border-radius: .2rem; margin-left: .2rem; color: #111; }
.axis-wrap { display: grid; grid-template-columns: 13rem 1fr; gap: .6rem; }
.axis { position: relative; height: 1.4rem; border-top: 1px solid var(--line); margin-top: .3rem; font-size: .72rem; color: var(--muted); font-variant-numeric: tabular-nums; }
.tick { position: absolute; top: .15rem; transform: translateX(-50%); white-space: nowrap; }
.tick:first-child { transform: none; }
.tick:last-child { transform: translateX(-100%); }
.cursor-lane { position: absolute; top: 0; bottom: 0; left: 13.6rem; right: 0; pointer-events: none; }
#cursor { position: absolute; top: 0; bottom: 0; width: 0; border-left: 2px solid #d1242f; }
#cursor::before { content: ""; position: absolute; top: -.1rem; left: -.4rem; border: .35rem solid transparent; border-top-color: #d1242f; }
/* Okabe-Ito colors with distinct hatching per nation. */
.nat-0 { background-color: #0072B2; }
.nat-1 { background-color: #E69F00; background-image: repeating-linear-gradient(45deg, rgba(0,0,0,.22) 0 2px, transparent 2px 7px); }
.nat-2 { background-color: #009E73; background-image: repeating-linear-gradient(-45deg, rgba(255,255,255,.35) 0 2px, transparent 2px 7px); }
.nat-3 { background-color: #CC79A7; background-image: radial-gradient(rgba(0,0,0,.3) 1px, transparent 1.5px); background-size: 5px 5px; }
.nat-4 { background-color: #56B4E9; background-image: repeating-linear-gradient(90deg, rgba(0,0,0,.2) 0 2px, transparent 2px 8px); }
.nat-5 { background-color: #D55E00; background-image: repeating-linear-gradient(0deg, rgba(255,255,255,.35) 0 2px, transparent 2px 7px); }
.nat-6 { background-color: #F0E442; background-image: repeating-linear-gradient(45deg, rgba(0,0,0,.2) 0 1px, transparent 1px 4px), repeating-linear-gradient(-45deg, rgba(0,0,0,.2) 0 1px, transparent 1px 4px); }
.nat-7, .nat-x { background-color: #555; background-image: repeating-linear-gradient(135deg, rgba(255,255,255,.3) 0 3px, transparent 3px 6px); }
#tree-wrap { position: relative; overflow-x: auto; }
#links { position: absolute; left: 0; top: 0; pointer-events: none; overflow: visible; }
#links .link { fill: none; stroke: #8792a2; stroke-width: 2; stroke-dasharray: 6 5; opacity: .55; }
#links .link.state-active, #links .link.state-flexing { stroke: #6f42c1; opacity: 1; stroke-width: 2.5; }
ul.hqs { list-style: none; margin: 0; padding-left: 1.4rem; border-left: 2px solid var(--line); }
ul.hqs.root { padding-left: 0; border-left: 0; }
li.hq { margin: .35rem 0; }
.hq-head { display: inline-flex; flex-wrap: wrap; align-items: baseline; gap: .2rem .5rem; padding: .2rem .55rem; border: 1px solid var(--line); border-radius: .35rem; background: #fafbfc; }
li.hq.holds > .hq-head { border-color: #57606a; background: #fff; box-shadow: 0 1px 2px rgba(0,0,0,.08); }
.hq-name { font-weight: 650; }
.hq-head .muted { font-size: .8rem; }
.authorities { font-size: .78rem; color: var(--muted); font-style: italic; }
.flag { font-size: .72rem; font-weight: 700; color: #111; padding: .05rem .35rem; border-radius: .2rem; border: 1px solid rgba(0,0,0,.35); text-shadow: 0 0 3px #fff, 0 0 3px #fff; }
ul.forces { list-style: none; margin: .2rem 0 .3rem 1rem; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem .4rem; }
li.force { font-size: .88rem; padding: .1rem .5rem; border-radius: 1rem; background: #eef1f4; border: 1px solid #d8dee4; }
li.force.tacon { border-style: dashed; background: #fff; }
.tacon-note { font-size: .78rem; color: #8250df; font-weight: 600; }
.bodies { list-style: none; padding: 0; margin: .8rem 0 0; display: flex; flex-wrap: wrap; gap: .4rem; }
li.body { border: 2px dashed #8792a2; border-radius: .4rem; padding: .2rem .6rem; display: flex; flex-direction: column; font-size: .85rem; min-width: 12rem; }
li.body.state-active, li.body.state-flexing { border-color: #6f42c1; background: #f6f0ff; }
.body-name { font-weight: 650; }
.body-state { font-weight: 600; color: #6f42c1; }
#narration { position: relative; list-style: none; margin: 0; padding: 0 .2rem 0 0; overflow-y: auto; flex: 1; }
.entry { display: grid; grid-template-columns: 6.2rem 1fr; gap: 0 .6rem; padding: .35rem .4rem; border-bottom: 1px solid #eaeef2; cursor: pointer; color: var(--muted); }
.entry.past { color: var(--fg); }
.entry.current { background: var(--current); box-shadow: inset 4px 0 0 #d1242f; }
.entry .when { grid-row: span 3; display: flex; flex-direction: column; font-variant-numeric: tabular-nums; font-size: .85rem; }
.entry .rel { font-weight: 650; overflow-wrap: anywhere; }
.entry .iso { font-size: .7rem; color: var(--muted); }
.entry .badge { justify-self: start; font-size: .7rem; text-transform: uppercase; letter-spacing: .05em; padding: 0 .35rem; border-radius: .2rem; background: #eaeef2; color: #24292f; }
.kind-command .badge { background: #d3f0df; }
.kind-decision .badge { background: #e9dcff; }
.kind-event .badge { background: #ffe7c2; }
.kind-constraint .badge, .kind-friction .badge { background: #ffd8d3; }
.kind-coordination .badge { background: #dff1fb; }
.entry .what { font-size: .92rem; }
.entry .rule, .entry .source { grid-column: 2; font-size: .76rem; color: var(--muted); }
.entry .source::before { content: "source: "; font-weight: 600; }
.keys { font-size: .8rem; color: var(--muted); margin: .5rem 0 0; }
kbd { font: .75rem ui-monospace, monospace; border: 1px solid #c4cbd3; border-bottom-width: 2px; border-radius: .25rem; padding: 0 .3rem; background: #fff; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 1100px) { main { grid-template-columns: 1fr; grid-template-areas: "timeline" "tree" "narration"; } #narration-panel { position: static; max-height: 28rem; } .theater { grid-template-columns: repeat(3, minmax(0, 1fr)); } }
@media print { .controls, header.top .tools { display: none; } #narration-panel { max-height: none; position: static; } }
`;
