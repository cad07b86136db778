// Two speakers joined by "and" before one speech verb: "…, Interior Minister Vit Rakusan and police
// chief Martin Vondrasek told reporters", "The main opposition party, CHADEMA, and several human
// rights activists have claimed …", "Doctors and police said …". Both are the figure's source.
import { resolvePlace } from '../../geo/gazetteer';
import { anyOf } from './word-pattern';
import { NAME_PARTICLES, SPEAKER_HEADS } from './source-words';
import { lastWords } from './attribution-last-words';

/** "and" (after a comma at most) ending the text before the second speaker. */
const AND_AT_END = /,?\s*\band\s+$/u;
/** Where the first speaker's words start: a clause mark before them (each of them, in turn). */
const CLAUSE_MARKS = /[,;:“”"(]|\bthat\s/gu;
/** A name: capitalised words, with the particles names keep ("Rio de Janeiro"). */
const NAME = new RegExp(
  String.raw`^(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|${anyOf(NAME_PARTICLES)}|of|the|for|and)\s+)*\p{Lu}[\p{L}'’.-]*$`,
  'u',
);
/** Speakers by their noun, a word or two before it: "doctors", "local officials", "rights activists". */
const SPEAKERS = new RegExp(
  String.raw`^(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}${anyOf(SPEAKER_HEADS.filter((h) => h !== 'people'))}$`,
  'u',
);

/**
 * The first of two speakers the text before the second one ends with ("Vit Rakusan" of "…, Czech
 * Interior Minister Vit Rakusan and "), or null when the words before "and" are a clause, a
 * figure or a place ("Two people died in Kabul and", "in Kabul, Afghanistan and").
 */
export function firstConjunct(before: string): string | null {
  // (the comma and "and" are the last two words at most: only those are read for a first look)
  if (!AND_AT_END.test(lastWords(before, 2))) return null;
  const and = AND_AT_END.exec(before);
  if (!and) return null;
  const words = before.slice(0, and.index);
  const chunk = words.slice(lastMark(words)).trim();
  if (!chunk || /\d/.test(chunk) || resolvePlace(chunk)) return null;
  return NAME.test(chunk) || SPEAKERS.test(chunk) ? chunk : null;
}

/** Where the words after the last clause mark of `text` start. */
function lastMark(text: string): number {
  let at = 0;
  CLAUSE_MARKS.lastIndex = 0;
  for (let m = CLAUSE_MARKS.exec(text); m; m = CLAUSE_MARKS.exec(text)) at = m.index + m[0].length;
  return at;
}
