import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { designWarnings } from '../../../src/metrics/designWarnings.js';
import { loadDesign } from '../../../src/scenario/index.js';
import { builtinFiles } from '../../../src/scenario/designRef.js';

function designFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'opcon-warn-'));
  const file = join(dir, 'd.yaml');
  writeFileSync(file, text);
  return file;
}

const NATIONAL_JTF = `design: jtf-outside-acm
extends: us-japan-acm-2015
name: A U.S. JTF left outside the ACM
summary: A design mistake the warning should catch.
assumption: test
headquarters:
  - {id: combined-jtf, name: U.S. JTF, kind: national, nation: US, commander: US, authorities: [us-president], echelon: joint-task-force, assumption: test}
rules:
  - id: to-combined-jtf
    name: designated U.S. forces to the combined JTF
    relationship: opcon
    forces: {nations: [US], designated: true}
    to: combined-jtf
    when: {phase: {at-least: 2}}
    approvals: []
    latency: 1h
    assumption: test
friction:
  rate-per-day: 3.0
  resolution: 12h
  assumption: test
  dual-guidance: {rate-per-day: 0.5, assumption: test}
`;

describe('designWarnings', () => {
  it('names a headquarters the design gives forces to that no coordination body includes', () => {
    const warnings = designWarnings(loadDesign(designFile(NATIONAL_JTF)));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/headquarters `combined-jtf` holds forces \(rule to-combined-jtf\) but no coordination body includes it/);
    expect(warnings[0]).toMatch(/contradicts the design's declared c2 \(phase-0: coordinated/);
  });

  it('is quiet once the headquarters is a member, or sits below a member', () => {
    const member = NATIONAL_JTF.replace('authorities: [us-president]', 'parent: indopacom');
    expect(designWarnings(loadDesign(designFile(member)))).toEqual([]);
  });

  it('is quiet for an integrated combined command, which links its nations by itself (docs/metrics.md)', () => {
    const combined = NATIONAL_JTF.replace('kind: national, nation: US, commander: US, authorities: [us-president]', 'kind: combined, commander: US, deputy: JPN, authorities: [us-president, jpn-government]');
    expect(designWarnings(loadDesign(designFile(combined)))).toEqual([]);
  });

  it('does not count a member reached only through a ministry or an alliance council', () => {
    const underCouncil = NATIONAL_JTF.replace('authorities: [us-president]', 'parent: us-japan-scc');
    // us-japan-scc sits in the ACM at its contingency level, but a council is not a commander.
    expect(designWarnings(loadDesign(designFile(underCouncil)))).toHaveLength(1);
  });

  it('is quiet for the built-in Japan, NATO and Australia designs', () => {
    for (const f of builtinFiles().filter((x) => !/us-rok-history/.test(x))) expect(designWarnings(loadDesign(f)), f).toEqual([]);
  });
});
