import { resolvePlace } from '../../../../geo/gazetteer';
import type { Token } from '../../tokens';
import type { FigureRule } from '../figure-frame';
import { tokensAfter, tokensBefore } from '../figure-frame';

/** Who a place can lose: its people, not its homes or jobs. */
const PEOPLE = new Set([
  'people',
  'residents',
  'inhabitants',
  'citizens',
  'villagers',
  'lives',
  'nationals',
  'souls',
]);

/** A place lost its people: "Catarroja lost 25 people", "the village has lost 14 residents". They were killed. */
export const placeLost: FigureRule = {
  name: 'a place that lost people lost them to death',
  examples: [
    {
      text: 'Meanwhile Catarroja lost 25 people in the floods.',
      metric: 'killed',
      subject: 'people',
      value: 25,
    },
    {
      text: 'The village lost 14 residents to the landslide.',
      metric: 'killed',
      subject: 'people',
      value: 14,
    },
    {
      text: 'The town has lost at least 40 inhabitants since the storm.',
      metric: 'killed',
      subject: 'people',
      value: 40,
    },
    {
      text: 'Nepal lost 12 citizens in the crush.',
      metric: 'killed',
      subject: 'people',
      value: 12,
    },
  ],
  read(frame) {
    const before = tokensBefore(frame);
    const verb = before[before.length - 1];
    const noun = tokensAfter(frame)[0];
    if (
      !verb ||
      (verb.lemma !== 'lose' && verb.lower !== 'lost') ||
      !noun ||
      !PEOPLE.has(noun.lower)
    )
      return null;
    const place = placeBefore(before.slice(0, -1));
    return {
      metric: 'killed',
      subject: 'people',
      quoteStart: place?.start ?? verb.start,
      quoteEnd: noun.end,
      placeAt: place?.start,
    };
  },
};

/** The place that did the losing: a known name of one to three capitalised words right before the verb. */
function placeBefore(tokens: Token[]): Token | null {
  for (let from = tokens.length - 1; from >= Math.max(0, tokens.length - 3); from--) {
    if (!/^\p{Lu}/u.test(tokens[from].text)) return null;
    const name = tokens
      .slice(from)
      .map((t) => t.text)
      .join(' ');
    if (resolvePlace(name)) return tokens[from];
  }
  return null;
}
