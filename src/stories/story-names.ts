// PURE: the proper names an article uses for the people and bodies of its event ("Plataforma
// Eleitoral Decide", "Mondlane", "Frelimo"). A follow-up written weeks later about the same protest
// movement may share few words with the first reports (a kidnapping attempt on a monitor, not the
// clashes), but it names the same actors; a name shared between an article and a story is
// evidence on its own (story-assignment.ts BONUS.name), beside the places they share.
import { findPlaces } from '../geo/gazetteer';
import { COMMON_WORDS } from './common-words';
import { MEDIA_NAMES } from './media-names';
import { backgroundWeight, foldWord } from './story-terms';

/** A capitalised word with lower-case letters after its first ("Mondlane", not "HRW" or "I"). */
const CAPITALISED = /(?<![\p{L}\p{M}'’-])\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*\p{L}/gu;
/**
 * What comes before a word that begins a sentence, a quote or a line (capitalised by rule): the end
 * of a sentence (its closing quote too: 'he said "stop." Police'), an opening quote or bracket, a
 * dash. A closing quote after a comma ('"We will not stop," Nhantumbo said') goes on the sentence.
 */
const OPENING = /(?:^|[.!?:;][)"”’]?|[\s(]["“‘(]|\s[-–—])\s*$/;
/** A place mention's offsets in the text. */
interface Span {
  start: number;
  end: number;
}
/** Shorter names are too often initials or abbreviations ("Gen", "Col"). */
const MIN_LENGTH = 4;

/**
 * The folded names the text uses in mid-sentence: capitalised words that are no English word
 * (the 10,000 most common), no place (places have their own evidence), no calendar or newsroom word
 * and no news outlet (an agency named by every story says nothing of the event). `places` are
 * the text's place mentions, when the caller has read them already.
 */
export function articleNames(text: string, places: readonly Span[] = findPlaces(text)): string[] {
  const names = new Set<string>();
  let offset = 0;
  for (const line of text.split('\n')) {
    if (!headline(line)) namesIn(line, offset, places, names);
    offset += line.length + 1;
  }
  return [...names].sort();
}

/** A title in title case ("Disputed Vote Sparks Turmoil In Capital"): every word capitalised. */
function headline(line: string): boolean {
  const words = line.match(/\p{L}+/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 4 && capitalised >= 0.7 * words.length;
}

/**
 * The names of one line. A word that opens a sentence is capitalised whatever it is: it counts
 * only as the first word of a longer name ("Plataforma Eleitoral Decide said").
 */
function namesIn(line: string, offset: number, places: readonly Span[], names: Set<string>): void {
  const inPlace = (at: number) =>
    places.some(({ start, end }) => offset + at >= start && offset + at < end);
  for (const m of line.matchAll(CAPITALISED)) {
    const at = m.index;
    const opening = OPENING.test(line.slice(Math.max(0, at - 4), at));
    const named = /^\s\p{Lu}/u.test(line.slice(at + m[0].length, at + m[0].length + 2));
    if ((opening && !named) || inPlace(at)) continue;
    const name = foldWord(m[0]);
    if (name.length < MIN_LENGTH || COMMON_WORDS.has(name) || MEDIA_NAMES.has(name)) continue;
    if (backgroundWeight(name) < 1) continue;
    names.add(name);
  }
}
