/**
 * The lab's own layout, added to the viewer's stylesheet (src/viewer/viewerStyle.ts), whose
 * colors, buttons and large type it shares. The page fills the window: the side panel (what to
 * change) and the stage (the run or the comparison) scroll inside themselves, side by side from
 * 1024 px wide, so nothing scrolls sideways on a projector.
 */
export const LAB_STYLE = String.raw`
#opcon-lab, .lab { height: 100%; }
.lab { display: flex; flex-direction: column; min-width: 0; }
.lab-top { display: flex; flex-wrap: wrap; align-items: center; gap: .3rem .8rem; padding: .4rem 1rem; background: #12263a; color: #fff; }
.lab-top h1 { margin: 0; font-size: 1.15rem; }
.lab-top label { font-size: .85rem; white-space: nowrap; }
.lab-top select, .lab-top input { font: inherit; font-size: .85rem; max-width: 22rem; }
.lab-top button.primary { background: #dce8fb; border-color: #0b57d0; font-weight: 600; }
#lab-status { flex: 1 1 100%; margin: 0; font-size: .85rem; color: #c8d3df; overflow-wrap: anywhere; }
#lab-status.error { color: #ffb4a8; font-weight: 600; }
.lab-work { flex: 1; display: flex; min-height: 0; }
.lab-side { flex: 0 0 clamp(20rem, 36%, 34rem); overflow: auto; padding: .5rem .8rem; border-right: 1px solid var(--line); background: var(--panel); }
.lab-stage { flex: 1; min-width: 0; overflow: auto; display: flex; flex-direction: column; }
#lab-viewer { flex: 1; min-height: 30rem; }
#lab-compare-out { padding: .6rem 1rem; }
#lab-compare-out table { border-collapse: collapse; font-size: .8rem; margin: .4rem 0 1rem; }
#lab-compare-out th, #lab-compare-out td { border: 1px solid var(--line); padding: .15rem .4rem; text-align: right; }
#lab-compare-out td:first-child, #lab-compare-out td:nth-child(2), #lab-compare-out th { text-align: left; }
#lab-compare-out .plots { display: flex; flex-wrap: wrap; gap: .6rem; }
#lab-compare-out .plots svg { max-width: 100%; height: auto; }
#lab-compare-out .exports { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
#lab-compare-out code { font-size: .75rem; overflow-wrap: anywhere; }
.lab-side details { margin: .3rem 0 .8rem; }
.lab-side summary { font-weight: 650; cursor: pointer; }
.lab-side .hint, .lab-side .desc, .lab-side .prov, .lab-side .sets { font-size: .8rem; color: var(--muted); margin: .2rem 0; overflow-wrap: anywhere; }
.param { display: grid; grid-template-columns: minmax(8rem, 1fr) minmax(6rem, 10rem); gap: .1rem .5rem; padding: .35rem 0; border-bottom: 1px solid var(--line); }
.param label { font-weight: 600; font-size: .85rem; overflow-wrap: anywhere; }
.param input { font: inherit; font-size: .85rem; }
.param .default { grid-column: 2; font-size: .7rem; color: var(--muted); }
.param .desc, .param .prov { grid-column: 1 / -1; }
.editor { border: 1px solid var(--line); max-height: 24rem; overflow: auto; font-size: .8rem; }
.editor .cm-editor { max-height: 24rem; }
.problems { margin: .3rem 0; padding-left: 1.2rem; color: #a4161a; font-size: .8rem; overflow-wrap: anywhere; }
.designs { display: grid; grid-template-columns: 1fr; gap: .1rem; font-size: .8rem; max-height: 12rem; overflow: auto; }
#lab-edits li { font-size: .8rem; display: flex; gap: .4rem; align-items: center; flex-wrap: wrap; }
progress { width: 10rem; }
`;
