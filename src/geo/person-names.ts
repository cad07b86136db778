// A town's name that is a person's first name: "Police chief Regina Martinez", "Mayor Sydney Brooks".

/** Titles written before a person's name: a town's name right after one, and before a surname, is a first name. */
const PERSON_TITLES = [
  'Governor',
  'Gov\\.',
  'Mayor',
  'President',
  'Minister',
  'Sheriff',
  'Senator',
  'Sen\\.',
  'Rep\\.',
  'Mr\\.?',
  'Mrs\\.?',
  'Ms\\.?',
  'Dr\\.?',
  'Judge',
  'Captain',
  'Capt\\.',
  'General',
  'Gen\\.',
  'Col\\.',
  'Lt\\.',
  'Sgt\\.',
  'chief',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'officer',
  'commander',
  'commissioner',
  'director',
  'secretary',
];
/** Either case of a title's first letter: "Police chief", "Chief Inspector". */
const eitherCase = (t: string) => `[${t[0].toUpperCase()}${t[0].toLowerCase()}]${t.slice(1)}`;
const NAME_WORD = "\\p{Lu}[\\p{L}'’-]*";
/** A title, then up to two words of a name: the place that follows is one more word of it. */
const TITLE_AND_NAME_BEFORE = new RegExp(
  `\\b(?:${PERSON_TITLES.map(eitherCase).join('|')})\\s+((?:${NAME_WORD}\\s+){0,2})$`,
  'u',
);

/** Titles set after a name, in lower case: "Cláudio Castro, Rio state's tough-on-crime governor,". */
const TITLES_AFTER = PERSON_TITLES.filter((t) => /^[A-Za-z]+$/.test(t)).map((t) => t.toLowerCase());
/** After a two-word name: a comma, up to five words, then the title. */
const TITLE_AFTER = new RegExp(
  `^,\\s+(?:[\\p{L}'’-]+\\s+){0,5}?(?:${TITLES_AFTER.join('|')}),`,
  'u',
);
/** Before a place, not a name: "in the Kathmandu Valley, a police spokesman, …", "Uttar Pradesh's Prayagraj, …". */
const PLACE_LEAD = /(?:\b(?:the|in|at|of|near|from|to|across)|['’]s)\s+$/i;
const NAME_WORD_BEFORE = new RegExp(`${NAME_WORD}\\s+$`, 'u');
const NAME_WORD_AFTER = new RegExp(`^\\s+${NAME_WORD}`, 'u');

/**
 * "Police chief Regina Martinez", "Mayor Sydney Brooks": a town's name as a person's first name
 * (a title before it, a name after it) or surname (a title and a first name before it); and
 * "Cláudio Castro, Rio state's governor, said": a name of two words with its title set after it.
 */
export function isPersonName(text: string, h: { start: number; end: number }): boolean {
  const before = TITLE_AND_NAME_BEFORE.exec(text.slice(Math.max(0, h.start - 60), h.start));
  if (before) return before[1] !== '' || /^\s+\p{Lu}\p{Ll}/u.test(text.slice(h.end, h.end + 4));
  const next = NAME_WORD_AFTER.exec(text.slice(h.end, h.end + 30));
  if (next) {
    if (PLACE_LEAD.test(text.slice(Math.max(0, h.start - 12), h.start))) return false;
    return TITLE_AFTER.test(text.slice(h.end + next[0].length, h.end + next[0].length + 80));
  }
  const prev = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, h.start - 30), h.start));
  if (!prev) return false;
  const lead = text.slice(Math.max(0, h.start - prev[0].length - 12), h.start - prev[0].length);
  return !PLACE_LEAD.test(lead) && TITLE_AFTER.test(text.slice(h.end, h.end + 80));
}
