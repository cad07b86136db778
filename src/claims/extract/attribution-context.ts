// What the attribution pass remembers of the text read so far, for sources named again.

export interface AttributionContext {
  /** The last person named as a source so far, for "he said" / "the official said". */
  lastPerson: string | null;
  /** Every person named as a source so far, in order, for "the Chief Secretary said" after "Chief Secretary Pradeep Jena". */
  people?: string[];
  /** The last organisation named as a source so far, for "it said" / "its report said" / "the group said". */
  lastOrg?: string | null;
  /** Every organisation named as a source so far, in order, for "the disaster bureau" after its full name. */
  orgs?: string[];
  /** The last source named so far, person or body, for "said the same source". */
  lastSource?: string | null;
  /** Who issued the last report named with its issuer, for "according to a final report". */
  lastReporter?: string | null;
  /** A person who spoke of no figure ("X spoke to reporters"), for "he" / "she" with no source before. */
  spokePerson?: string | null;
}

/** A source a sentence names, with where its verb is. */
export interface SpeechHit {
  chain: string[];
  at: number;
  /** May attribute a figure that comes before it. */
  trailingOk?: boolean;
  /** A passive agent: "the 75 announced by the mayor". */
  passive?: boolean;
}

/**
 * The last of `names` (the organisations or the people named so far) that passes `test`, each name
 * tried once: the list holds every mention (a text names one body or person tens of times), and
 * `test` gives a name the same answer each time.
 */
export function lastNamedWhere(
  names: readonly string[],
  test: (name: string) => boolean,
): string | undefined {
  const tried = new Set<string>();
  for (let i = names.length - 1; i >= 0; i--) {
    if (tried.has(names[i])) continue;
    tried.add(names[i]);
    if (test(names[i])) return names[i];
  }
  return undefined;
}
