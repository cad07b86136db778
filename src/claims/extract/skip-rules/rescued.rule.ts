import type { SkipRule } from '../figure-reading';
import { anyOf } from '../word-pattern';
import { CARRYING_VERBS } from './carrying-verbs';

const BE_FORMS = ['have been', 'has been', 'had been', 'were', 'was', 'are', 'being', 'got'];
const RESCUE_VERBS = ['rescued', 'evacuated', 'saved', 'pulled out', 'pulled alive', 'airlifted'];
/**
 * "70 people have been rescued and brought to hospitals": the figure counts the rescued, a
 * quantity the vocabulary has no metric for; the hospital they were carried to makes no count
 * of the injured (the injured are a share of them no one gave).
 */
const RESCUED_THEN_CARRIED = new RegExp(
  String.raw`^\s+(?:[\p{L}-]+\s+){0,2}?(?:${anyOf(BE_FORMS)}\s+)?(?:safely\s+)?${anyOf(RESCUE_VERBS)}` +
    String.raw`\b[^.;]{0,40}?\band\s+(?:were\s+|then\s+)?${anyOf(CARRYING_VERBS)}\s+to\b`,
  'iu',
);

export const rescued: SkipRule = {
  name: 'the rescued, carried to hospital',
  examples: [
    { text: 'So far, 70 people have been rescued and brought to hospitals.', value: 70 },
    { text: 'Some 40 survivors were pulled out and rushed to the district hospital.', value: 40 },
    { text: 'Twelve people were evacuated by boat and taken to hospital.', value: 12 },
    { text: 'About 300 residents were airlifted and then taken to shelters.', value: 300 },
  ],
  applies: ({ right }) => RESCUED_THEN_CARRIED.test(right),
};
