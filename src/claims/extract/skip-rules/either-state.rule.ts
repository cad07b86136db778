import type { SkipRule } from '../figure-reading';
import { anyOf } from '../word-pattern';

/** States a count of people is given in; two of them joined by "or" count neither alone. */
const STATES = [
  'dead',
  'killed',
  'injured',
  'wounded',
  'hurt',
  'missing',
  'unaccounted for',
  'stranded',
  'trapped',
  'displaced',
  'detained',
  'arrested',
  'hospitali[sz]ed',
];
const LEFT = String.raw`(?:left\s+|were\s+|are\s+)?`;
const EITHER_STATE = new RegExp(
  String.raw`^["”’]?\s+(?:[\p{L}-]+["”’]?\s+){0,3}?` +
    String.raw`${LEFT}(${anyOf(STATES)})\s+or\s+${LEFT}(${anyOf(STATES)})\b`,
  'iu',
);

/** A missing count named first beside the displaced: "dozens of people are missing or displaced". */
const MISSING = /^(?:missing|unaccounted for)$/i;
const DISPLACED = /^displaced$/i;

/**
 * "About 70-80 people were injured or left stranded", "around 80 people are dead or missing": a
 * count of those in either state is a count of neither, so it stands for no quantity a desk
 * compares (the injured among the stranded, the dead among the missing, no one gave). The missing
 * named before the displaced are the count a desk follows ("dozens of people are missing or
 * displaced": their whereabouts are unknown either way), so that pair reads as missing.
 */
export const eitherState: SkipRule = {
  name: 'a count of people in either of two states',
  examples: [
    { text: 'About 70 people were injured or left stranded in the river.', value: 70 },
    { text: 'Police believe that "around 80 people" are dead or missing.', value: 80 },
    { text: 'Some 45 people were killed or injured in the blast.', value: 45 },
    { text: 'At least 30 residents are missing or trapped under the rubble.', value: 30 },
    { text: 'Around 80 people are displaced or missing, officials said.', value: 80 },
  ],
  applies: ({ right }) => {
    const m = EITHER_STATE.exec(right);
    if (!m || m[1].toLowerCase() === m[2].toLowerCase()) return false;
    return !(MISSING.test(m[1]) && DISPLACED.test(m[2]));
  },
};
