// A table written as lines under a heading: "Deaths reported so far by nationality" then
// "Iran: at least 140", "Morocco: 87 (media reports)". Each line is a part of the heading's
// quantity. Lines by nationality count where people came from, not where they died, so their
// place is the text's own; lines by province or city are scoped to the place they name.
import { resolvePlace, type Place } from '../../../geo/gazetteer';
import type { Metric } from '../../../domain/vocabulary';
import { QUANTITY_NOUNS } from '../frames/frame-lexicon';
import { findNumbers, type NumberMention } from '../numbers';
import { qualify } from '../qualifiers';
import { wordsRe } from '../word-pattern';

export interface LineHeading {
  metric: Metric;
  /** The lines name where people came from ("by nationality"), not where the figure happened. */
  byOrigin: boolean;
}

export interface PlaceLine {
  place: Place;
  figure: NumberMention;
  /** The qualifier words before the figure ("at least "). */
  qualifier: ReturnType<typeof qualify>;
}

const QUANTITY_WORD = wordsRe(Object.keys(QUANTITY_NOUNS));
const BY_PLACE =
  /\bby\s+(nationality|nationalities|country|countries|province|region|state|district|city|town)\b/i;
const LINE = /^\s*(\p{Lu}[\p{L}'’ .-]{1,40}?)\s*:\s*/u;

/** The heading a run of lines stands under, from the figure-less text before them; null if none. */
export function lineHeading(text: string): LineHeading | null {
  const by = BY_PLACE.exec(text);
  const noun = QUANTITY_WORD.exec(text);
  if (!by || !noun) return null;
  const metric = QUANTITY_NOUNS[noun[0].toLowerCase()];
  return { metric, byOrigin: /^(?:nationality|nationalities|country|countries)$/i.test(by[1]) };
}

/** "Iran: at least 140": a known place, a colon, then the line's first figure. */
export function placeLine(line: string): PlaceLine | null {
  const m = LINE.exec(line);
  const place = m ? resolvePlace(m[1].trim()) : null;
  if (!m || !place) return null;
  const figure = findNumbers(line).find((n) => n.start >= m[0].length);
  if (!figure) return null;
  const between = line.slice(m[0].length, figure.start);
  const qualified = qualify(between);
  if (between.length !== qualified.len) return null;
  return { place, figure, qualifier: qualified };
}
