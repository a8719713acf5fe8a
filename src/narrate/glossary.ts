/**
 * The short glossary a narration explains on first use. Definitions follow the project's domain
 * fact sheet (docs: domain.md), which cites the doctrine each comes from.
 */
export interface GlossaryEntry {
  /** The abbreviation as it appears in narration text. */
  readonly term: string;
  readonly expansion: string;
  readonly meaning: string;
  readonly source: string;
}

/** Ordered as a reader meets them most often: command relationships, then alert scales. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: 'OPCON',
    expansion: 'operational control',
    meaning: 'the authority to organize and employ forces, assign tasks and designate objectives; it excludes logistics, administration, discipline, internal organization and unit training',
    source: 'DoD Dictionary of Military and Associated Terms; JP 1',
  },
  {
    term: 'TACON',
    expansion: 'tactical control',
    meaning: 'detailed, usually local direction of movement and maneuver; narrower than OPCON',
    source: 'DoD Dictionary of Military and Associated Terms',
  },
  {
    term: 'ADCON',
    expansion: 'administrative control',
    meaning: 'administration and support (personnel, logistics, discipline); it runs through Service channels (a Service headquarters or Service component, never a combatant command) and stays there when OPCON or TACON moves',
    source: 'DoD Dictionary of Military and Associated Terms; JP 1',
  },
  {
    term: 'COCOM',
    expansion: 'combatant command (command authority)',
    meaning: 'the command a U.S. combatant commander holds over assigned forces; it is never delegated or transferred, so U.S. forces in a combined command always keep a national chain',
    source: '10 U.S.C. 164; PDD-25 (1994); JP 3-16',
  },
  {
    term: 'OPCOM',
    expansion: 'operational command (NATO; Australian doctrine)',
    meaning: 'the authority to assign missions or tasks to subordinate commanders, deploy units and reassign forces; broader than NATO OPCON, which is limited by function, time or location and cannot split units. U.S. OPCON corresponds roughly to NATO OPCOM; a transfer of authority names which one passes',
    source: 'AJP-01 (NATO Allied Joint Doctrine); ADDP 00.1; as summarized in the opcon domain fact sheet',
  },
  {
    term: 'NATO OPCON',
    expansion: 'operational control (NATO)',
    meaning: 'NATO\'s narrower operational control: the commander directs forces for missions or tasks limited by function, time or location, and may not employ their components separately or hold administrative or logistic control',
    source: 'AJP-01; NATO ATP 5-0.2-1 (OPCOM, OPCON, TACOM, TACON)',
  },
  {
    term: 'national command',
    expansion: 'national command (COCOM for U.S. forces, FULLCOM in NATO)',
    meaning: 'the command a nation never gives away: its forces can serve under a foreign or combined commander only for what OPCON or TACON covers, and the nation can take them back',
    source: 'PDD-25 (1994); JP 3-16; ADDP 00.1 (the Chief of the Defence Force keeps national command of Australian forces)',
  },
  {
    term: 'supported commander',
    expansion: 'supported and supporting commanders (support relationship)',
    meaning: 'a command relationship in which one commander aids, protects, complements or sustains another, who directs the effort; no forces change hands. Parallel commands work together this way',
    source: 'JP 1 (support: general, mutual, direct, close)',
  },
  {
    term: 'command authority',
    expansion: 'command authority (1950)',
    meaning: 'what President Rhee assigned to the UN commander over all ROK forces on 14 July 1950 "during the period of the continuation of the present state of hostilities": broader than OPCON and never defined; the Agreed Minute of 1954 narrowed it to operational control',
    source: 'Rhee letter to MacArthur, 14 Jul 1950; Agreed Minute, 17 Nov 1954; as summarized in the opcon domain fact sheet',
  },
  {
    term: 'FULLCOM',
    expansion: 'full command',
    meaning: "NATO's term for the national command that never leaves a member nation",
    source: 'NATO doctrine (ATP 5-0.2-1 lists OPCOM, OPCON, TACOM, TACON), as summarized in the opcon domain fact sheet',
  },
  {
    term: 'DEFCON',
    expansion: 'defense readiness condition',
    meaning: 'the alert scale from V (lowest) to I (highest), in use since 1959; in Korea the armistice readiness (DEFCON IV under the present scale) has stood since 1953, and raising it to III needs both the U.S. and ROK presidents',
    source: 'DoD Dictionary (DEFCON); Korean practice as summarized in the opcon domain fact sheet',
  },
  {
    term: 'WATCHCON',
    expansion: 'watch condition',
    meaning: 'the intelligence watch scale from V to I, raised by agreement of both intelligence authorities',
    source: 'Korean practice as summarized in the opcon domain fact sheet',
  },
  {
    term: 'CODA',
    expansion: 'Combined Delegated Authorities',
    meaning: 'the tasks the CFC commander kept after armistice OPCON returned to Seoul in 1994 (crisis management, the combined war plan, doctrine, exercises, intelligence, C4I interoperability; the exact list is unconfirmed); they lapse when wartime OPCON transfers',
    source: '24th SCM (8 Oct 1992); armistice OPCON transfer of 1 Dec 1994',
  },
  {
    term: 'FLO',
    expansion: 'Foreign Liaison Officer',
    meaning: "an officer posted to an ally's headquarters to represent his own nation",
    source: 'Hornung 2015 (CSIS), recommendation 3',
  },
  {
    term: 'FEO',
    expansion: 'Foreign Exchange Officer',
    meaning: "an officer who works inside an ally's staff as one of its members",
    source: 'Hornung 2015 (CSIS), recommendation 3',
  },
];

/** Whole-word, case-sensitive: "OPCON" must not match inside "OPCONS" or a force id. */
function pattern(term: string): RegExp {
  return new RegExp(`(^|[^A-Za-z0-9-])${term}(?![A-Za-z0-9])`);
}

const PATTERNS: ReadonlyMap<string, RegExp> = new Map(GLOSSARY.map((g) => [g.term, pattern(g.term)]));

/** The glossary entries whose term appears in `text`, in glossary order. */
export function termsIn(text: string): GlossaryEntry[] {
  return GLOSSARY.filter((g) => PATTERNS.get(g.term)!.test(text));
}
