import { setup } from 'xstate';
import type { LevelSpec, Scalar } from '../model/theater.js';

/** Sets a theater level; the engine sends it once the design's gates (if any) approved. */
export type LevelEvent = { type: 'SET'; value: string };

/**
 * One theater variable as a flat machine whose states are its values (posture: armistice ..
 * post-conflict; DEFCON 5..1; WATCHCON 5..1; JP 5-0 phase 0..5; Japan's situations). Small and
 * flat on purpose: one parallel chart of all of them costs ~the square of its regions per event
 * (platform-notes.md), while separate actors cost nothing extra.
 */
export function createLevelMachine(spec: LevelSpec, initial: Scalar) {
  // Machines are immutable definitions: build each (level, initial value) once per process,
  // not once per run (building state nodes was a visible share of a short run's cost).
  const key = `${spec.name}\u0000${String(initial)}`;
  let machine = cache.get(key);
  if (!machine) cache.set(key, (machine = buildLevelMachine(spec, initial)));
  return machine;
}

const cache = new Map<string, ReturnType<typeof buildLevelMachine>>();

function buildLevelMachine(spec: LevelSpec, initial: Scalar) {
  const values = spec.values.map(String);
  const states = Object.fromEntries(values.map((v) => [v, {}]));
  return setup({
    types: { events: {} as LevelEvent },
    guards: {
      isTarget: ({ event }, params: { value: string }) => event.value === params.value,
    },
  }).createMachine({
    id: `theater.${spec.name}`,
    initial: String(initial),
    // Any level may follow any other (a surprise attack skips crisis): the gates, not the chart, decide.
    on: { SET: values.map((v) => ({ guard: { type: 'isTarget' as const, params: { value: v } }, target: `.${v}` })) },
    states,
  });
}
