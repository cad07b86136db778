import type { SpeechVerbRule } from './speech-verb-rule';
import { anyOf } from '../word-pattern';

/** Words that may qualify the lives claimed: "claimed around 121 lives". */
const LIVES_QUALIFIERS = [
  'at least',
  'more than',
  'over',
  'well over',
  'about',
  'around',
  'roughly',
  'approximately',
  'some',
  'nearly',
  'almost',
  'close to',
  'as many as',
  'up to',
  'an estimated',
  'another',
  'a further',
];

// "claimed 112 lives", "claimed the lives of 300 people", "has claimed at least 40 more lives"
const LIVES_AFTER = new RegExp(
  [
    `^\\s+(?:${anyOf(LIVES_QUALIFIERS)}\\s+)?`,
    '(?:[\\d.,]+\\s+|[\\p{Ll}-]+\\s+(?:of\\s+)?)?(?:more\\s+|further\\s+)?lives\\b',
    '|^\\s+the lives of\\b',
  ].join(''),
  'iu',
);

/** An event that claimed lives killed people; it made no claim about them. */
export const claimedLives: SpeechVerbRule = {
  name: 'an event that claimed lives is no source',
  examples: [
    { text: 'The quake claimed 112 lives.', verb: 'claimed', namesSource: false },
    { text: 'The fire claimed the lives of 300 people.', verb: 'claimed', namesSource: false },
    {
      text: 'The floods have claimed at least 40 more lives.',
      verb: 'claimed',
      namesSource: false,
    },
    { text: 'The cyclone claims dozens of lives each year.', verb: 'claims', namesSource: false },
    { text: 'The stampede has claimed around 121 lives.', verb: 'claimed', namesSource: false },
    {
      text: 'The storm claimed roughly 80 lives in the region.',
      verb: 'claimed',
      namesSource: false,
    },
    {
      text: 'The outbreak has claimed approximately 300 lives.',
      verb: 'claimed',
      namesSource: false,
    },
    { text: 'The floods claimed as many as 50 lives.', verb: 'claimed', namesSource: false },
    {
      text: 'The ministry claimed 40 protesters were arrested.',
      verb: 'claimed',
      namesSource: true,
    },
  ],
  isNotSpeech: (verb, after) => /^claim(?:s|ed)?$/.test(verb) && LIVES_AFTER.test(after),
};
