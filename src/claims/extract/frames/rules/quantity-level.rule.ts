import type { Token } from '../../tokens';
import type { FigureRule } from '../figure-frame';
import { subjectAfterFigure, tokensBefore } from '../figure-frame';
import { FORECASTS, LEVEL_VERBS, VERB_FILLERS } from '../frame-lexicon';
import { phraseEndingAt, quantityOf, subjectOfPhrase } from '../noun-phrase';

/**
 * A quantity named by its noun, then its level: "Fatalities stand at 112", "The dead now number 48",
 * "Arrests topped 1,200". The noun gives the metric, its modifiers the subject.
 */
export const quantityLevel: FigureRule = {
  name: 'a quantity noun and its level',
  examples: [
    {
      text: 'Fatalities stand at 112 after the earthquake.',
      metric: 'killed',
      subject: 'people',
      value: 112,
    },
    {
      text: 'The dead now number 48, officials said.',
      metric: 'killed',
      subject: 'people',
      value: 48,
    },
    {
      text: 'Civilian deaths from the shelling stand at 27.',
      metric: 'killed',
      subject: 'civilians',
      value: 27,
    },
    { text: 'Arrests topped 1,200 on Sunday.', metric: 'detained', subject: 'people', value: 1200 },
    {
      text: 'The number of people displaced by the floods has reached 250,000.',
      metric: 'displaced',
      subject: 'people',
      value: 250000,
    },
    {
      text: 'The number of missing stands at 73.',
      metric: 'missing',
      subject: 'people',
      value: 73,
    },
  ],
  // a forecast is no count: "Officials fear the toll could exceed 10,000" (extract-claims.spec)
  read(frame) {
    const before = tokensBefore(frame);
    let k = before.length;
    if (k && (before[k - 1].lower === 'at' || before[k - 1].lower === 'to')) k--;
    let verbs = 0;
    while (
      k > 0 &&
      (LEVEL_VERBS.has(before[k - 1].lemma) || VERB_FILLERS.has(before[k - 1].lower))
    ) {
      if (LEVEL_VERBS.has(before[k - 1].lemma)) verbs++;
      k--;
    }
    if (!verbs || (k > 0 && FORECASTS.has(before[k - 1].lower))) return null;
    const np = phraseEndingAt(before, asideStart(before, k));
    const { metric, at } = quantityOf(np);
    if (!metric || !np.length) return null;
    return {
      metric,
      subject: subjectOfPhrase(np, at) ?? subjectAfterFigure(frame) ?? 'people',
      quoteStart: np[0].start,
      quoteEnd: frame.end,
    };
  },
};

/** A figure-free aside between the quantity and its verb ("The deaths, tallied by AFP, rose to 20") is passed over. */
function asideStart(before: Token[], end: number): number {
  if (end < 2 || before[end - 1].text !== ',') return end;
  for (let i = end - 2; i >= Math.max(0, end - 10); i--) {
    if (before[i].pos === 'NUM') return end;
    if (before[i].text === ',') return i;
  }
  return end;
}
