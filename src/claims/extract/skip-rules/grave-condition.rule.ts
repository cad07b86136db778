import type { SkipRule } from '../figure-reading';
import { anyOf } from '../word-pattern';

const BE_FORMS = ['were', 'are', 'was', 'is', 'remain', 'remained', 'remains'];
const STRUGGLES = ['fighting', 'battling', 'struggling'];
/** "nine people were fighting for their lives": the figure's own verb names a grave condition. */
const FIGHTING_FOR_LIFE = new RegExp(
  String.raw`^\s+(?:[\p{L}-]+\s+){0,3}?(?:${anyOf(BE_FORMS)}\s+)?(?:still\s+)?` +
    String.raw`${anyOf(STRUGGLES)}\s+for\s+(?:their|his|her)\s+lives?\b`,
  'iu',
);

/**
 * People fighting for their lives are the gravely hurt, a part of the injured no text gives whole
 * beside them (the corpus codes them as optional parts, like people in critical condition): no count
 * of their own. Read as a toll once ("lives"), they also made "another 246 injured" a change.
 */
export const graveCondition: SkipRule = {
  name: 'people fighting for their lives',
  examples: [
    { text: 'The mayor said nine people were fighting for their lives in hospital.', value: 9 },
    { text: 'Three of the injured are fighting for their lives.', value: 3 },
    { text: 'Two miners were still battling for their lives on Friday.', value: 2 },
    { text: 'Doctors said 14 patients were still struggling for their lives.', value: 14 },
  ],
  applies: ({ right }) => FIGHTING_FOR_LIFE.test(right),
};
