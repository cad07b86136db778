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

/**
 * "Police chief Regina Martinez", "Mayor Sydney Brooks": a town's name as a person's first name
 * (a title before it, a name after it) or surname (a title and a first name before it).
 */
export function isPersonName(text: string, h: { start: number; end: number }): boolean {
  const before = TITLE_AND_NAME_BEFORE.exec(text.slice(Math.max(0, h.start - 60), h.start));
  if (!before) return false;
  return before[1] !== '' || /^\s+\p{Lu}\p{Ll}/u.test(text.slice(h.end, h.end + 4));
}
