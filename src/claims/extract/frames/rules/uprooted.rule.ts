import { subjectOf } from '../../lexicon';
import type { FigureRule } from '../figure-frame';
import { tokensAfter, tokensBefore, wordsOf } from '../figure-frame';
import { DEPARTURES, PLACE_ONLY_DEPARTURES, UPROOTING_VERBS } from '../frame-lexicon';

/**
 * An event makes people leave: "The blaze forced more than 10,000 to flee", "The floods drove
 * 250,000 people from their homes". The people are displaced; the event is no source.
 */
export const uprooted: FigureRule = {
  name: 'people made to leave are displaced',
  examples: [
    {
      text: 'The blaze forced more than 10,000 to flee.',
      metric: 'displaced',
      subject: 'people',
      value: 10000,
    },
    {
      text: 'The floods drove 250,000 people from their homes.',
      metric: 'displaced',
      subject: 'people',
      value: 250000,
    },
    {
      text: 'The fighting has forced 40,000 residents to leave the city.',
      metric: 'displaced',
      subject: 'people',
      value: 40000,
    },
    {
      text: 'The eruption sent 3,000 villagers fleeing.',
      metric: 'displaced',
      subject: 'people',
      value: 3000,
    },
    {
      text: 'The storm forced some 1,200 families out of their homes.',
      metric: 'displaced',
      subject: 'people',
      value: 1200,
    },
    {
      text: 'Authorities moved 310,000 people out of coastal villages.',
      metric: 'displaced',
      subject: 'people',
      value: 310000,
    },
    {
      text: 'Soldiers moved about 3,000 residents away from the river banks.',
      metric: 'displaced',
      subject: 'people',
      value: 3000,
    },
  ],
  read(frame) {
    const before = tokensBefore(frame);
    const verb = before[before.length - 1];
    if (!verb || !UPROOTING_VERBS.has(verb.lemma)) return null;
    const after = tokensAfter(frame);
    for (let skip = 0; skip <= 3 && skip < after.length; skip++) {
      if (after[skip].pos === 'PUNCT') return null;
      const rest = after.slice(skip);
      const words = wordsOf(rest.slice(0, 4));
      const departure = DEPARTURES.find((d) => words === d || words.startsWith(d + ' '));
      if (!departure) continue;
      const people = after.slice(0, skip);
      const last = rest[departure.split(' ').length - 1];
      const named = people.length ? subjectOf(people.map((t) => t.text).join(' ')) : null;
      // "moved 200 jobs out of the city" moves no one
      if (!named && PLACE_ONLY_DEPARTURES.has(departure)) return null;
      return {
        metric: 'displaced',
        subject: named?.subject ?? 'people',
        quoteStart: verb.start,
        quoteEnd: last.end,
      };
    }
    return null;
  },
};
