// The source a headline or a post names in the label before its colon: "Health ministry: 137 dead".
import { resolvePlace } from '../../geo/gazetteer';
import { anyOf, wordsRe } from './word-pattern';

/** Words a news label opens with that name no source: "Breaking: …", "Update: …". */
const NEWS_LABELS = [
  'breaking',
  'update',
  'updates',
  'live',
  'watch',
  'exclusive',
  'analysis',
  'opinion',
  'explainer',
  'photos',
  'video',
  'timeline',
  'factbox',
  'latest',
  'developing',
  'new',
  'just in',
  'recap',
];
const NEWS_LABEL = new RegExp(`^${anyOf(NEWS_LABELS)}$`, 'i');
/** Words that make a label a speaker: a title ("Chief Pelletier: …") or a body ("Chautara hospital: …"). */
const LABEL_SPEAKER_WORDS = [
  'ministry',
  'office',
  'agency',
  'service',
  'department',
  'police',
  'government',
  'committee',
  'council',
  'authority',
  'authorities',
  'prosecutor',
  'court',
  'army',
  'military',
  'guard',
  'forces',
  'administration',
  'commission',
  'directorate',
  'federation',
  'red cross',
  'red crescent',
  'organi[sz]ation',
  'team',
  'hospital',
  'county',
  'coroner',
  'general',
  'minister',
  'spokes(?:man|woman|person)',
  'official',
  'governor',
  'mayor',
  'chief',
  'president',
  'sheriff',
  'commissioner',
  'group',
];
const LABEL_SPEAKER = wordsRe(LABEL_SPEAKER_WORDS);
/** "Gov. Green", "Dr. Karki": an abbreviated title; "UN", "NDMA": an acronym. */
const LABEL_TITLE_OR_ACRONYM = /\b(?:Gov|Sen|Rep|Dr|Gen|Col|Supt|Insp)\.\s|^\p{Lu}{2,6}$/u;
/** "Update from Contee: …", "Figures from the ministry: …": whoever the update is from. */
const LABEL_FROM = new RegExp(
  String.raw`^(?:an?\s+|the\s+)?(?:(?:latest|new|official)\s+)?` +
    String.raw`(?:update|figures|numbers|statement|word|briefing)\s+(?:from|by)\s+(?:the\s+)?(.+)$`,
  'i',
);

/**
 * The source a headline or post names in the label before its colon: "Health ministry: 137 dead",
 * "Chief Pelletier: toll remains 115", "Update from Contee: 52 arrests". `end` is where the label's colon is;
 * a place ("Iran: at least 140") or a news label ("Breaking: …") names none.
 */
export function labelSource(s: string): { chain: string[]; end: number } | null {
  const head = /^\s*((?:[\p{L}'’.-]+\s+){0,4}[\p{L}'’.-]+)\s*:\s/u.exec(s);
  if (!head || NEWS_LABEL.test(head[1])) return null;
  const from = LABEL_FROM.exec(head[1]);
  const label = from ? from[1] : head[1];
  if (resolvePlace(label)) return null;
  if (!from && !LABEL_SPEAKER.test(label) && !LABEL_TITLE_OR_ACRONYM.test(label)) return null;
  if (from && !/^\p{Lu}/u.test(label)) return null;
  return { chain: [label], end: head[0].length - 1 };
}
