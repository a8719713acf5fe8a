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
    meaning: 'administration and support (personnel, logistics, discipline); it stays in national and service channels when OPCON or TACON moves',
    source: 'DoD Dictionary of Military and Associated Terms; JP 1',
  },
  {
    term: 'COCOM',
    expansion: 'combatant command (command authority)',
    meaning: 'the command a U.S. combatant commander holds over assigned forces; it is never delegated or transferred, so U.S. forces in a combined command always keep a national chain',
    source: '10 U.S.C. 164; PDD-25 (1994); JP 3-16',
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
    meaning: 'the alert scale from V (lowest) to I (highest); in Korea DEFCON IV has stood since 1953, and raising it to III needs both the U.S. and ROK presidents',
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
