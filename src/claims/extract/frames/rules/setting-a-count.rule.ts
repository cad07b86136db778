import type { FigureRule } from '../figure-frame';
import { subjectAfterFigure, tokensBefore, tokensBeforeFigure } from '../figure-frame';
import { WEEKDAYS } from '../../calendar-words';
import { COUNT_NOUNS, SETTING_VERBS } from '../frame-lexicon';
import type { Token } from '../../tokens';
import { quantityOf, subjectOfPhrase } from '../noun-phrase';

/**
 * Someone sets a count to the figure: "revised the death toll up to 2,122", "bringing the total to
 * 143". The count's noun names the quantity; a bare "total" or "toll" counts what the sentence
 * counted just before ("12 more bodies …, bringing the total to 143"). "Up to" here is no bound.
 */
export const settingACount: FigureRule = {
  name: 'a verb that sets a count to the figure',
  examples: [
    {
      text: 'Officials revised the death toll up to 2,122.',
      metric: 'killed',
      subject: 'people',
      value: 2122,
    },
    {
      text: 'Rescuers recovered 12 more bodies on Tuesday, bringing the total to 143.',
      metric: 'killed',
      subject: 'people',
      value: 143,
    },
    { text: 'The new deaths took the toll to 57.', metric: 'killed', subject: 'people', value: 57 },
    {
      text: 'The army put its losses in the ambush at 12 soldiers.',
      metric: 'killed',
      subject: 'military',
      value: 12,
    },
    {
      text: 'Crews found 12 more bodies, bringing the total number so far to 143.',
      metric: 'killed',
      subject: 'people',
      value: 143,
    },
    {
      text: 'Authorities raised the number of missing to 73.',
      metric: 'missing',
      subject: 'people',
      value: 73,
    },
    {
      text: 'Overnight raids pushed the tally of detainees to 410.',
      metric: 'detained',
      subject: 'people',
      value: 410,
    },
    {
      text: 'Police raised the number of people arrested during the weekend protests in the capital to 410.',
      metric: 'detained',
      subject: 'people',
      value: 410,
    },
  ],
  read(frame) {
    const endsInTo = (tokens: { lower: string }[]) =>
      ['to', 'at'].includes(tokens[tokens.length - 1]?.lower);
    // "raised the toll to more than 50" reads before the qualifier; "revised it up to 2,122" keeps "up to"
    const before = endsInTo(tokensBefore(frame)) ? tokensBefore(frame) : tokensBeforeFigure(frame);
    let k = before.length;
    if (!endsInTo(before)) return null;
    k--;
    if (k && (before[k - 1].lower === 'up' || before[k - 1].lower === 'down')) k--;
    const verbAt = lastSettingVerb(before, k);
    if (verbAt < 0) return null;
    const np = before.slice(verbAt + 1, k);
    const { metric, at, counts } = quantityOf(np);
    const quantity = metric ?? (counts && bareCount(np) ? (frame.previous?.metric ?? null) : null);
    if (!quantity) return null;
    const subject =
      (metric ? (subjectOfPhrase(np, at) ?? subjectAfterFigure(frame)) : frame.previous?.subject) ??
      'people';
    return {
      metric: quantity,
      subject,
      quoteStart: before[verbAt].start,
      quoteEnd: frame.end,
      exact: true,
    };
  },
};

/** Words after a bare count noun that name nothing counted: "the total so far", "the total number". */
const BARE_AFTER: ReadonlySet<string> = new Set(['ADV', 'PART']);
/** Days a count is put on: "put the number Wednesday at 119". */
const COUNT_DAYS: ReadonlySet<string> = new Set([...WEEKDAYS, 'today', 'yesterday', 'tonight']);

/**
 * A count noun alone counts what the sentence counted before: "bringing the total to 143", "the total
 * number so far". Words naming something else after it make it that thing's count: "the total number
 * of Pakistani survivors", "total reemerged" count no quantity of ours.
 */
function bareCount(np: Token[]): boolean {
  const at = np.findIndex((t) => COUNT_NOUNS.has(t.lemma));
  return np
    .slice(at + 1)
    .every((t) => BARE_AFTER.has(t.pos) || COUNT_NOUNS.has(t.lemma) || COUNT_DAYS.has(t.lower));
}

/**
 * How many words back the setting verb may stand: the count's noun phrase may carry a place and the
 * event ("revised the count of people missing in the Surfside condominium collapse to 128").
 */
const SETTING_REACH = 11;

/** The setting verb that opens the count phrase ending at `end`: at most SETTING_REACH words back, no punctuation between. */
function lastSettingVerb(before: { lemma: string; pos: string }[], end: number): number {
  for (let i = end - 1; i >= Math.max(0, end - SETTING_REACH); i--) {
    if (before[i].pos === 'PUNCT') return -1;
    if (SETTING_VERBS.has(before[i].lemma) && before[i].pos === 'VERB') return i;
  }
  return -1;
}
