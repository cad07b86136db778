import type { SpeechVerbRule } from './speech-verb-rule';

/** A figure, perhaps with its qualifier, right after "fears": "fears 2,000 dead", "fear that at least 40 …". */
const FIGURE_AFTER = new RegExp(
  [
    '^\\s+(?:that\\s+)?',
    '(?:(?:at least|more than|over|up to|as many as|nearly|about|around|some|well over)\\s+)?',
    '(?:\\d|(?:hundreds|thousands|dozens|scores)\\b)',
  ].join(''),
  'i',
);

/** Whoever fears a figure gives it ("agency fears 2,000 dead"); fearing anything else names no figure. */
export const fearedFigure: SpeechVerbRule = {
  name: 'whoever fears a figure is its source',
  examples: [
    {
      text: 'Red Cross fears 2,000 dead after landslide',
      verb: 'fears',
      namesSource: true,
      source: 'Red Cross',
    },
    {
      text: 'The UN fears more than 300 people were killed in the floods.',
      verb: 'fears',
      namesSource: true,
      source: 'UN',
    },
    {
      text: 'Rescuers fear that at least 40 miners died underground.',
      verb: 'fear',
      namesSource: true,
      source: 'Rescuers',
    },
    {
      text: 'Residents fear more landslides after 12 people died.',
      verb: 'fear',
      namesSource: false,
    },
    {
      text: 'Fears of a second collapse grew as 30 people were killed.',
      verb: 'fears',
      namesSource: false,
    },
  ],
  isNotSpeech: (verb, after) => /^fears?$/.test(verb) && !FIGURE_AFTER.test(after),
};
