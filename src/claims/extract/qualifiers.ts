// Qualifiers (DESIGN.md §3): the words before a figure that bound it, and the interval each gives.
import type { Qualifier } from '../../domain/vocabulary';
import { wordsBefore } from './word-pattern';

/** "past" bounds a figure only after a verb of growth: "climbed past 100", not "the past 24 hours". */
const GROWTH_BEFORE_PAST =
  '(?<=\\b(?:climbs?|climbed|rises?|rose|risen|goes|went|gone|passe[sd]?|pushe[sd]|moves?|moved|jumps?|jumped|toll|tally)\\s+)past';

const QUALIFIERS: { re: RegExp; q: Qualifier; below?: boolean }[] = [
  {
    re: wordsBefore([
      'at least',
      'no fewer than',
      'no less than',
      'not less than',
      'a minimum of',
      'at a minimum',
    ]),
    q: 'at_least',
  },
  {
    re: wordsBefore([
      'more than',
      'over',
      'upwards of',
      'in excess of',
      'above',
      'exceeding',
      'greater than',
      'well over',
      'just over',
      GROWTH_BEFORE_PAST,
    ]),
    q: 'more_than',
  },
  {
    re: wordsBefore([
      'up to',
      'at most',
      'fewer than',
      'less than',
      'under',
      'no more than',
      'not more than',
      'a maximum of',
      'as many as',
      'as high as',
      'as much as',
      'just under',
      'below',
    ]),
    q: 'at_most',
  },
  { re: wordsBefore(['nearly', 'almost', 'close to', 'approaching']), q: 'approx', below: true },
  {
    re: wordsBefore([
      'about',
      'some',
      'around',
      'roughly',
      'approximately',
      'approx\\.?',
      'an estimated',
      'estimated',
      'circa',
      'ca\\.',
      'an approximate',
      'more or less',
      'on the order of',
    ]),
    q: 'approx',
  },
];
/** A figure a count has gone past is a lower bound it exceeds: "the toll has passed 5,000", "arrests topped 1,200". */
const PASSING =
  /\b(?:passed|exceeded|surpassed|topped|crossed|passes|exceeds|surpasses|tops|crosses)\s*$/i;
export function passedFigure(left: string): boolean {
  return PASSING.test(left);
}

/** A figure a count is nearing is nearly that figure: "Quake toll nears 2,500", "the toll neared 100". */
const NEARING = /\b(?:nears|neared|nearing)\s*$/i;
export function nearedFigure(left: string): boolean {
  return NEARING.test(left);
}

export const FILLER =
  /(?:\b(?:a total of|a further|another|an additional|additional|the|a force of|a contingent of|a)\s*)$/i;

/**
 * The longest qualifier right before a figure: "no more than 46" is at most 46, though its tail
 * "more than" alone would read as a lower bound.
 */
export function qualify(left: string): { q: Qualifier; below: boolean; len: number } {
  let best = readQualifiers.get(left);
  if (!best) {
    best = { q: 'exact' as Qualifier, below: false, len: 0 };
    for (const { re, q, below } of QUALIFIERS) {
      const m = re.exec(left);
      if (m && m[0].length > best.len) best = { q, below: !!below, len: m[0].length };
    }
    if (readQualifiers.size >= 1000) readQualifiers.clear();
    readQualifiers.set(left, best);
  }
  return { q: best.q, below: best.below, len: best.len };
}
/**
 * The words before a figure are read by several stages (its window, the frame rules, the sentence
 * passes): seven calls in ten were for a text read just before, so the last readings are kept.
 */
const readQualifiers = new Map<string, { q: Qualifier; below: boolean; len: number }>();

export function interval(
  value: number,
  q: Qualifier,
  below: boolean,
  vague?: { low: number; high: number },
): [number | null, number | null] {
  if (vague) return [vague.low, vague.high];
  switch (q) {
    case 'at_least':
    case 'more_than':
      return [value, null];
    case 'at_most':
      return [0, value];
    case 'approx':
      return below
        ? [Math.round(value * 0.9), value]
        : [Math.round(value * 0.9), Math.round(value * 1.1)];
    default:
      return [value, value];
  }
}
