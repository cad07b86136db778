// PURE: what an article shares with a story beyond its country and dates: the names it uses
// (places, people, bodies, acronyms). An undated article, or one written weeks later ("one year
// after the riot"), joins the story whose names it repeats.

/** Capitalised words that name nothing in particular (sentence openers, calendar, newsroom words). */
const COMMON_CAPITALISED = new Set(
  (
    'the a an in on at of for to and but or as by from with after before during over under this that these those ' +
    'he she it they we you i his her their its our there here when where while what who which how why ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mr mrs ms dr gen president minister ministry police officials official government reuters ap afp ' +
    'news report reports reported said says according update updated live photo video image read more ' +
    'also however meanwhile earlier later today yesterday tomorrow some many most several about least'
  ).split(' '),
);

const NAME = /\b(?:\p{Lu}\p{Ll}{2,}|\p{Lu}{2,6})\b/gu;

/** The article's distinctive names, most frequent first (at most `max`). */
export function articleTerms(text: string, max = 60): string[] {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(NAME)) {
    const term = m[0].toLowerCase();
    if (COMMON_CAPITALISED.has(term)) continue;
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, max)
    .map(([term]) => term);
}

/** The story's names after the article joins it, the most used kept (at most `max`). */
export function mergeTerms(
  story: Readonly<Record<string, number>>,
  article: readonly string[],
  max = 300,
): Record<string, number> {
  const merged = new Map(Object.entries(story));
  for (const t of article) merged.set(t, (merged.get(t) ?? 0) + 1);
  return Object.fromEntries(
    [...merged.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, max),
  );
}
