// One scan for the earliest of a list of patterns. A lexicon list (the cues after a figure, the
// words for each subject) is read for the pattern that matches first in a window, the one listed
// first at a tie: one alternation of all of them, each in a group of its own, finds the earliest
// position any of them starts at, and there the first alternative listed that matches; the group
// that took part says which one it was. A scan per pattern read the window once per pattern.

/** Where the earliest of the patterns matched, and which it was. */
export interface EarliestMatch<T> {
  item: T;
  index: number;
  end: number;
}

/** The flags every pattern of a list shares: they are scanned together as one pattern. */
export function sharedFlags(items: readonly { re: RegExp }[], list: string): string {
  const flags = new Set(items.map(({ re }) => re.flags));
  if (flags.size !== 1) throw new Error(`${list} must share their flags to be scanned as one`);
  return [...flags][0];
}

/** How many capturing groups a pattern has. */
function groupCount(source: string): number {
  return new RegExp(`${source}|`).exec('')!.length - 1;
}

/**
 * The number of the group each pattern gets when each is wrapped in a group of its own and they
 * are joined in order (a pattern's own groups shift the numbers of those after it).
 */
function wrappingGroups(sources: readonly string[]): number[] {
  const numbers: number[] = [];
  let next = 1;
  for (const source of sources) {
    numbers.push(next);
    next += 1 + groupCount(source);
  }
  return numbers;
}

/**
 * A reader of the earliest match of `items` (patterns with no backreference, all of one flag set,
 * none global or sticky): the same item, index and end as trying each pattern and keeping the
 * earliest, the first listed at a tie.
 */
export function earliestMatcher<T extends { re: RegExp }>(
  items: readonly T[],
  list: string,
): (text: string) => EarliestMatch<T> | null {
  const sources = items.map(({ re }) => re.source);
  const any = new RegExp(
    sources.map((source) => `(${source})`).join('|'),
    sharedFlags(items, list),
  );
  if (any.global || any.sticky) throw new Error(`${list} must be neither global nor sticky`);
  const groups = wrappingGroups(sources);
  return (text) => {
    const m = any.exec(text);
    if (!m) return null;
    const k = groups.findIndex((group) => m[group] !== undefined);
    return { item: items[k], index: m.index, end: m.index + m[0].length };
  };
}
