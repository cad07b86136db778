// Which story an article joins when the submitter named none: an existing automatic story about
// the same main country within ±10 days, else a new one. Pure, so the rule is tested on its own.

export const STORY_WINDOW_DAYS = 10;

export interface StoryCandidate {
  id: string;
  mainCountry: string | null;
  firstDate: string | null;
  lastDate: string | null;
}

export interface ArticleScope {
  mainCountry: string | null;
  /** The article's date (YYYY-MM-DD), if known. */
  date: string | null;
}

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return Math.floor(Date.parse(date.slice(0, 10) + 'T00:00:00Z') / DAY_MS);
}

/** The matching story, or null when the article starts a new one. */
export function chooseStory(
  candidates: StoryCandidate[],
  scope: ArticleScope,
): StoryCandidate | null {
  if (!scope.mainCountry) return null;
  const matching = candidates.filter((s) => s.mainCountry === scope.mainCountry);
  if (!scope.date) return matching.length === 1 ? matching[0] : null;
  const day = dayNumber(scope.date);
  let best: StoryCandidate | null = null;
  let bestDistance = Infinity;
  for (const story of matching) {
    if (!story.firstDate || !story.lastDate) continue;
    const first = dayNumber(story.firstDate);
    const last = dayNumber(story.lastDate);
    const distance = day < first ? first - day : day > last ? day - last : 0;
    if (distance <= STORY_WINDOW_DAYS && distance < bestDistance) {
      best = story;
      bestDistance = distance;
    }
  }
  return best;
}

/** A readable, unique key for a new automatic story: "kazakhstan-2022-01-06-41d81d3b". */
export function automaticStoryKey(scope: ArticleScope, articleId: string): string {
  const place = (scope.mainCountry ?? 'unplaced')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${place}-${scope.date?.slice(0, 10) ?? 'undated'}-${articleId.slice(0, 8)}`;
}
