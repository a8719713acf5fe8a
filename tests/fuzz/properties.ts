import fc from 'fast-check';
import { stringify } from 'yaml';
import type { FuzzRunner } from './harness.js';
import type { Seed } from './corpus.js';
import { editText, editTree, junkDocument, textEdit, treeEdit } from './arbitraries.js';

/**
 * The loader fuzz properties, shared by the short run in `npm test` and the long `npm run fuzz`:
 * only the number of cases and the time budget differ.
 */

/** Random documents that start like a scenario or a design. */
export const randomDocuments = (runner: FuzzRunner, corpus: readonly Seed[]) =>
  fc.asyncProperty(
    fc.constantFrom('scenario' as const, 'design' as const).chain((kind) => junkDocument(kind).map((doc) => ({ kind, doc }))),
    fc.boolean(),
    fc.constantFrom(...corpus.map((s) => s.scenario)),
    fc.nat(1000),
    async ({ kind, doc }, flow, scenario, runSeed) => {
      let text: string;
      try {
        text = stringify(doc, { flow, aliasDuplicateObjects: true });
      } catch {
        return; // yaml cannot write this value: nothing to check
      }
      await runner.check({ kind, text, scenario: kind === 'design' ? scenario : undefined, seed: String(runSeed) });
    },
  );

/** Shipped files edited as trees: wrong types, missing and unknown keys, anchors, deep nesting. */
export const treeMutants = (runner: FuzzRunner, corpus: readonly Seed[]) =>
  fc.asyncProperty(fc.constantFrom(...corpus), fc.array(treeEdit, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.nat(1000), async (seed, edits, flow, runSeed) => {
    await runner.check({ kind: seed.kind, text: editTree(seed.text, edits, flow), scenario: seed.scenario, seed: String(runSeed) });
  });

/** Shipped files edited as text: lines deleted, duplicated, swapped, re-indented, retyped; truncation; random bytes. */
export const textMutants = (runner: FuzzRunner, corpus: readonly Seed[]) =>
  fc.asyncProperty(fc.constantFrom(...corpus), fc.array(textEdit, { minLength: 1, maxLength: 3 }), fc.nat(1000), async (seed, edits, runSeed) => {
    await runner.check({ kind: seed.kind, text: editText(seed.text, edits), scenario: seed.scenario, seed: String(runSeed) });
  });
