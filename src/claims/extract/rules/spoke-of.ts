import type { SpeechVerbRule } from './speech-verb-rule';

const SPEAK = /^(?:spoke|speak|speaks|spoken|talked|talk|talks)$/;

/** Whoever "spoke of" a figure gives it; speaking to or after anyone names none. */
export const spokeOf: SpeechVerbRule = {
  name: 'whoever spoke of a figure is its source',
  examples: [
    {
      text: 'The authorities spoke of almost 1.09 million demonstrators nationwide.',
      verb: 'spoke',
      namesSource: true,
      source: 'authorities',
    },
    {
      text: 'Organisers speak of about 20,000 people marching in the capital.',
      verb: 'speak',
      namesSource: true,
      source: 'Organisers',
    },
    {
      text: 'The ministry talked of 45 people killed in the clashes.',
      verb: 'talked',
      namesSource: true,
      source: 'ministry',
    },
    {
      text: 'Local officials have spoken of about 300 people missing.',
      verb: 'spoken',
      namesSource: true,
      source: 'Local officials',
    },
    {
      text: 'The governor spoke after 12 people were killed.',
      verb: 'spoke',
      namesSource: false,
    },
  ],
  isNotSpeech: (verb, after) => SPEAK.test(verb) && !/^\s+(?:of|about)\b/i.test(after),
};
