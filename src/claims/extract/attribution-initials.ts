// Dots inside a sentence that end no phrase: an initial's ("the U.S.-based agency") and an
// abbreviated title's ("state Gov. Claudio Castro"). The attribution patterns stop at a dot.
import { anyOf } from './word-pattern';
import { TITLE_ABBREVIATIONS } from './source-words';

/** The character a masked dot becomes: not a dot, same length, so offsets hold. */
export const MASKED_DOT = '\u2024';

/** "Gov. Claudio Castro", "Sen. Ana Ruiz": an abbreviated title's dot (the title a lookbehind from the dot). */
const TITLE_DOT = new RegExp(
  String.raw`\.(?<=(?<![\p{L}])${anyOf(TITLE_ABBREVIATIONS)}\.)(?=\s+\p{Lu})`,
  'gu',
);

/**
 * "the U.S.-based agency", "Dr. X", "state Gov. Claudio Castro": a capital's or a title's dot inside
 * a sentence ends no phrase (masked, same length).
 */
export function maskInitials(s: string): string {
  const initials = s.replace(/(?<![\p{L}])(\p{Lu})\.(?=\S|\s+\p{L})/gu, `$1${MASKED_DOT}`);
  return initials.includes('.') ? initials.replace(TITLE_DOT, MASKED_DOT) : initials;
}

/** The masked dots of `s` as dots again. */
export function unmaskDots(s: string): string {
  return s.replaceAll(MASKED_DOT, '.');
}
