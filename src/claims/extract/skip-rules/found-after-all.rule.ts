import type { SkipRule } from '../figure-reading';
import { anyOf } from '../word-pattern';

const THOUGHT = ['thought', 'believed', 'feared', 'reported', 'listed', 'declared'];
const FOUND = ['found', 'located', 'traced', 'rescued', 'accounted for'];
/** "One person originally thought missing had been found": no longer missing, and no count of it. */
const MISSING_THEN_FOUND = new RegExp(
  String.raw`^\s+(?:[\p{L}-]+\s+){0,2}?(?:originally\s+|initially\s+|earlier\s+)?${anyOf(THOUGHT)}\s+` +
    String.raw`(?:to be\s+)?missing\s+(?:(?:on|in|at|after)\s+[\p{L}-]+\s+)?` +
    String.raw`(?:had|has|have|was|were)\s+(?:since\s+|later\s+|now\s+)?` +
    String.raw`(?:been\s+)?${anyOf(FOUND)}\b`,
  'iu',
);

export const foundAfterAll: SkipRule = {
  name: 'people once thought missing who have been found',
  examples: [
    { text: 'One person originally thought missing had been found.', value: 1 },
    { text: 'Three fishermen feared missing were later found alive.', value: 3 },
    { text: 'Two hikers reported missing on Sunday have since been located.', value: 2 },
  ],
  applies: ({ right }) => MISSING_THEN_FOUND.test(right),
};
