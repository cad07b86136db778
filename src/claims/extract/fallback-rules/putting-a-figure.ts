// The words of "police put the figure at 41" and "estimated the number of missing at 230", shared by
// the two rules that read them.
import { anyOf } from '../word-pattern';

/** Verbs that give a count its value. */
const PUTTING_VERBS = [
  'put',
  'puts',
  'putting',
  'placed',
  'places',
  'gave',
  'gives',
  'estimated',
  'estimates',
  'set',
  'sets',
];
/** The determiner before the count's noun. */
const COUNT_DETERMINERS = ['the', 'that', 'this', 'its', 'their', 'his', 'her'];

/** "put the figure" / "estimates its own number", as a pattern piece; `nouns` are the count's nouns. */
export function puttingTheCount(nouns: readonly string[]): string {
  return String.raw`\b${anyOf(PUTTING_VERBS)}\s+${anyOf(COUNT_DETERMINERS)}\s+(?:own\s+)?${anyOf(nouns)}`;
}
