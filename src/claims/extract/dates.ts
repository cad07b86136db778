// asOf: a date stated in the sentence ("on Wednesday", "January 5"), resolved against the
// article's date. chrono-node does the parsing; it only runs on sentences that carry a claim.
import type * as Chrono from 'chrono-node';
import { WEEKDAYS } from './calendar-words';
import { skipsDate } from './date-rules';

// loaded on the first sentence that carries a claim and a date word, not at start-up
let chronoModule: typeof Chrono | null = null;
function chrono(): typeof Chrono {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy load keeps start-up fast
  chronoModule ??= require('chrono-node') as typeof Chrono;
  return chronoModule;
}

const WEEKDAY = WEEKDAYS.join('|');
const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const HINT = new RegExp(
  `\\b(?:${WEEKDAY}|yesterday|today|tonight|${MONTHS})\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
  'i',
);
/** Words that date a figure only against the article's own date. */
const RELATIVE = new RegExp(
  `\\b(?:yesterday|today|tonight|tomorrow|last|this|next|ago|${WEEKDAY})\\b`,
  'i',
);

const BARE_WEEKDAY = new RegExp(`^(?:on\\s+|last\\s+)?(?:${WEEKDAY})$`, 'i');

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The date the sentence states, as YYYY-MM-DD, or null. `ref` is the article's (or post's) time. */
const WRITTEN_YEAR = /\b(?:1[89]|20)\d\d\b/;

export function statedDate(sentence: string, ref: string | null | undefined): string | null {
  if (!HINT.test(sentence)) return null;
  const refDate = ref ? new Date(ref) : undefined;
  const base = refDate && !Number.isNaN(refDate.getTime()) ? refDate : undefined;
  let results: Chrono.ParsedResult[];
  try {
    results = chrono().parse(sentence, base ? { instant: base, timezone: 0 } : undefined, {
      forwardDate: false,
    });
  } catch {
    return null;
  }
  for (const r of asOfFirst(sentence, namedDayFirst(results))) {
    if (skipsDate(sentence, r.index, r.index + r.text.length)) continue;
    const c = r.start;
    // chrono may call "since Sunday" certain of its day (the next Sunday): a bare weekday is one
    const weekdayOnly =
      (!c.isCertain('day') && c.isCertain('weekday')) || BARE_WEEKDAY.test(r.text.trim());
    if (!c.isCertain('day') && !weekdayOnly && !/\b(?:yesterday|today|tonight)\b/i.test(r.text))
      continue;
    if (!base && RELATIVE.test(r.text)) continue;
    // without the article's date only a written calendar date stands: chrono reads "a day after"
    // against today and calls its year certain
    if (!base && !(c.isCertain('year') && c.isCertain('month') && c.isCertain('day'))) continue;
    if (!base && !WRITTEN_YEAR.test(r.text)) continue;
    let d = c.date();
    if (Number.isNaN(d.getTime())) continue;
    // a weekday names the last such day up to the article's date, never a later one
    if (base && weekdayOnly && isoDay(d) > isoDay(base))
      d = new Date(d.getTime() - 7 * 86400 * 1000);
    // a count is never given for a day after the article's: "in four days of protests" is no date
    if (base && isoDay(d) > isoDay(base)) continue;
    return isoDay(new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())));
  }
  return null;
}

/** "as of Monday morning" dates the figure; another date in the sentence dates the event. */
const AS_OF_BEFORE = /\bas\s+(?:of|at|on)\s+$/i;

function asOfFirst(sentence: string, results: Chrono.ParsedResult[]): Chrono.ParsedResult[] {
  const stated = results.filter((r) => AS_OF_BEFORE.test(sentence.slice(0, r.index)));
  return stated.length ? [...stated, ...results.filter((r) => !stated.includes(r))] : results;
}

/**
 * "yesterday (Saturday 7 December)", "yesterday, Saturday 7 December": the day written out names
 * the day the relative word means; it stands in the relative word's place (the article's date may
 * be a day off from when it was written).
 */
function namedDayFirst(results: Chrono.ParsedResult[]): Chrono.ParsedResult[] {
  const out = [...results];
  for (let i = 0; i + 1 < out.length; i++) {
    const rel = out[i];
    const named = out[i + 1];
    const gap = named.index - (rel.index + rel.text.length);
    if (/^(?:yesterday|today|tonight)$/i.test(rel.text) && gap <= 3 && named.start.isCertain('day'))
      out.splice(i, 1);
  }
  return out;
}
