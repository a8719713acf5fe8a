import { describe, expect, it } from 'vitest';
import { CLAIM_RUNS, pairedCompare, rowsOf, type Side } from './pairedCompare.js';

/**
 * The report's directional claims about structures and recommendations (Hornung 2015, pages as
 * cited in docs/designs.md), each as a paired comparison over CLAIM_RUNS common seeds that must
 * agree: the mean is better on the claimed side and more pairs favour it. A claim is reached only
 * through the model's mechanisms; nothing here names a design in src/.
 */
interface Claim {
  readonly id: string;
  /** Page(s) of the passage in the report. */
  readonly page: string;
  /** The report's words. */
  readonly quote: string;
  readonly scenario: string;
  readonly metric: string;
  /** The side the report says is better, and the side it is better than. */
  readonly better: Side;
  readonly worse: Side;
}

const GRAY_ZONE = 'scenarios/japan/gray-zone-to-armed-attack.yaml';
const KOREA = 'scenarios/korea/escalation.yaml';

const NOT_INTEGRATED = 'Yet, for the reasons given below, it is best for the U.S.-Japan alliance not to integrate commands.';
const STANDING_ACM =
  'To ensure coordination between parallel commands, the allies need to scrap the current BCM system and establish a permanent, standing ACM in peacetime that flexes as conditions change ... This would allow the allies to respond to events that are short of contingencies but nevertheless require a bilateral response.';
const SLIDING =
  'the allies could prepare for this possibility by discussing and agreeing to a predefined set of circumstances that would demand integration, building these into contingency plans, and then exercising accordingly. Such an arrangement would be challenging given the large number of unknown variables and the need to have political buy-in on both sides of the Pacific.';
const PAYOFFS = 'With either option, if the challenges could be minimized, the payoffs would be quickly felt in streamlined decision-making and unity of command in a high-end operation.';
const INTEGRATION_ADVANTAGE =
  'The primary advantage the allies enjoy from their integrated command structures in NATO and the U.S.-ROK alliance is seamless integration of combat forces and operations. Arguably, this would be beneficial for the U.S.-Japan alliance in a conflict situation as it would streamline decision-making and provide unity of command in operations.';

const ACM: Side = { design: 'us-japan-acm-2015' };
const BCM: Side = { design: 'us-japan-bcm-1997' };
const PREAGREED: Side = { design: 'us-japan-sliding-preagreed' };

export const CLAIMS: readonly Claim[] = [
  {
    id: 'standing-acm-coordinates-gray-zone',
    page: 'pp. 18-19',
    quote: `"Proof of this is in the fact that even after March 11, 2011, the BCM lay dormant." (p. 18) "${STANDING_ACM}" (p. 19)`,
    scenario: GRAY_ZONE,
    metric: 'coordination-gap-h',
    better: ACM,
    worse: BCM,
  },
  {
    id: 'standing-acm-decides-faster',
    page: 'p. 19',
    quote: STANDING_ACM,
    scenario: GRAY_ZONE,
    metric: 'decision-latency-h',
    better: ACM,
    worse: BCM,
  },
  {
    id: 'pre-agreed-sliding-decides-faster-than-ad-hoc',
    page: 'p. 19',
    quote: SLIDING,
    scenario: GRAY_ZONE,
    metric: 'decision-latency-h',
    better: PREAGREED,
    worse: { design: 'us-japan-sliding-adhoc' },
  },
  {
    id: 'sliding-integration-streamlines-decisions',
    page: 'p. 19',
    quote: PAYOFFS,
    scenario: GRAY_ZONE,
    metric: 'decision-latency-h',
    better: PREAGREED,
    worse: ACM,
  },
  {
    id: 'sliding-integration-unity-of-command',
    page: 'p. 19',
    quote: PAYOFFS,
    scenario: GRAY_ZONE,
    metric: 'unity-of-command',
    better: PREAGREED,
    worse: ACM,
  },
  {
    id: 'standing-jtf-streamlines-decisions',
    page: 'p. 19',
    quote: `"Another option would be for the U.S. to establish a standing Joint Task Force trained to respond to a Northeast Asia contingency." ${PAYOFFS}`,
    scenario: GRAY_ZONE,
    metric: 'decision-latency-h',
    better: { design: 'us-japan-standing-jtf' },
    worse: ACM,
  },
  {
    id: 'standing-jtf-unity-of-command',
    page: 'p. 19',
    quote: `"Another option would be for the U.S. to establish a standing Joint Task Force trained to respond to a Northeast Asia contingency." ${PAYOFFS}`,
    scenario: GRAY_ZONE,
    metric: 'unity-of-command',
    better: { design: 'us-japan-standing-jtf' },
    worse: ACM,
  },
  {
    id: 'integration-streamlines-decisions',
    page: 'p. 16',
    quote: INTEGRATION_ADVANTAGE,
    scenario: GRAY_ZONE,
    metric: 'decision-latency-h',
    better: { design: 'us-japan-integrated' },
    worse: ACM,
  },
  {
    id: 'integration-unity-of-command',
    page: 'p. 16',
    quote: INTEGRATION_ADVANTAGE,
    scenario: GRAY_ZONE,
    metric: 'unity-of-command',
    better: { design: 'us-japan-integrated' },
    worse: ACM,
  },
  {
    id: 'cfc-single-commander-unity-of-command',
    page: 'pp. 12, 16',
    quote: `"During wartime, the CFC Commander exercises OPCON of all U.S. and ROK forces through combined component commanders" (p. 12); "${INTEGRATION_ADVANTAGE}" (p. 16)`,
    scenario: KOREA,
    metric: 'unity-of-command-share',
    better: { design: 'us-rok-cfc-1994' },
    worse: { design: 'us-rok-2007-plan' },
  },
  {
    id: 'integrated-commands-coordinate-with-fewer-challenges',
    page: 'p. 18',
    quote: 'Coordinating responses during contingencies poses fewer challenges in NATO or the U.S.-ROK alliance—compared to the U.S.-Japan (or even U.S.-Australia) alliance—given their integrated command structures.',
    scenario: KOREA,
    metric: 'friction-episodes',
    better: { design: 'us-rok-cfc-1994' },
    worse: { design: 'us-rok-2007-plan' },
  },
  {
    id: 'colocated-exchange-officers-facilitate-decisions',
    page: 'pp. 19-20',
    quote:
      '"These arrangements enable constant interaction and facilitate decision-making and operational responsiveness." (pp. 19-20) "FEOs, on the other hand, are full participants in the entire process, linked into the planning and decision-making" (p. 20)',
    scenario: GRAY_ZONE,
    metric: 'decision-latency-h',
    better: { design: 'us-japan-recommended', parameters: { 'feo-count': 4 } },
    worse: { design: 'us-japan-recommended', parameters: { 'feo-count': 0 } },
  },
  {
    id: 'weekly-nsc-meeting-saves-time',
    page: 'p. 22',
    quote:
      'the alliance would benefit greatly if (like NATO\'s IS and IMS) the allies held a weekly interagency coordination meeting ... This type of forum would allow all parties to transmit decisions taken at any level throughout both governments and to save time on having to coordinate the transmission of information.',
    scenario: GRAY_ZONE,
    metric: 'decision-latency-h',
    better: { design: 'us-japan-recommended', parameters: { 'nsc-meeting-interval': '7d' } },
    worse: { design: 'us-japan-recommended', parameters: { 'nsc-meeting-interval': '182d' } },
  },
  {
    id: 'senior-military-meetings-advise-the-scc',
    page: 'pp. 22-23',
    quote:
      'if coupled with the SCC, such a meeting could be used to provide civilian bosses with military advice as well as to discuss and coordinate SCC guidance. ... raising the profile of military-to-military meetings would greatly strengthen alliance coordination.',
    scenario: GRAY_ZONE,
    metric: 'decision-latency-h',
    better: { design: 'us-japan-recommended', parameters: { 'senior-meetings-per-year': 4 } },
    worse: { design: 'us-japan-recommended', parameters: { 'senior-meetings-per-year': 0 } },
  },
];

/**
 * Claims whose mechanism another slice is building (issue 9/10) or no slice covers yet: skipped
 * here, each with the slice that brings it. The lead deletes an entry once its slice is merged
 * and the claim passes; an entry that does not name a claim fails the suite.
 */
export const PENDING_MECHANISMS: Readonly<Record<string, string>> = {
  'weekly-nsc-meeting-saves-time':
    "proc's meeting mechanism: on the gray-zone scenario the decisions in the latency window come before the first weekly meeting after the hostile act, so 7d and 182d tie; needs a decision on when a standing meeting falls relative to a crisis (or a scenario whose decisions span weeks)",
  'standing-jtf-unity-of-command':
    'none yet: unity of command counts top commanders (docs/metrics.md), and U.S. components and a JTF both sit under INDOPACOM, so a standing JTF cannot show a gain; needs a decision on counting operational-level commanders below a combatant command',
};

/** `CLAIMS_ALL=1 npx vitest run tests/claims` runs the pending claims too, to see which now pass. */
const pending = (id: string): boolean => id in PENDING_MECHANISMS && process.env['CLAIMS_ALL'] !== '1';

describe('the report\'s claims (Hornung 2015) hold on paired runs', () => {
  for (const c of CLAIMS) {
    it.skipIf(pending(c.id))(`${c.id} (${c.page}): ${c.metric}`, () => {
      const r = pairedCompare(c.scenario, c.better, c.worse, c.metric);
      expect(r.share.pairs, `${c.id}: paired runs with a value`).toBeGreaterThanOrEqual(CLAIM_RUNS * 0.9);
      expect(r.agrees, `${c.id} ${c.page}: ${c.quote}\n${r.summary}`).toBe(true);
    });
  }

  it.skipIf(pending('integration-two-governments-guidance-friction'))(
    'integration-two-governments-guidance-friction (p. 17): an integrated command under two governments has divergent guidance',
    () => {
      // "If commands were integrated, commanders would be subject to national guidance from both nations. ...
      // commanders would have to choose between their national directives and their ally's requests" (p. 17).
      const rows = rowsOf(GRAY_ZONE, { design: 'us-japan-integrated' });
      const withFriction = rows.filter((r) => (r['friction-episodes'] ?? 0) > 0).length;
      expect(withFriction, 'runs of the integrated design with friction episodes').toBeGreaterThanOrEqual(CLAIM_RUNS * 0.9);
    },
  );

  it('lists only known claims as pending', () => {
    const known = new Set([...CLAIMS.map((c) => c.id), 'integration-two-governments-guidance-friction']);
    expect(Object.keys(PENDING_MECHANISMS).filter((id) => !known.has(id))).toEqual([]);
  });

  it('never names a design to special-case in the model: claims compare designs only through the metrics', () => {
    // A guard against a claim drifting into a tautology: both sides of every claim are different runs.
    for (const c of CLAIMS) expect(JSON.stringify(c.better), c.id).not.toBe(JSON.stringify(c.worse));
  });
});
