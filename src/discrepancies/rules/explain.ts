// One readable sentence per finding, built from its most severe pair.
import { formatAsOf } from './as-of';
import type { ComparableClaim } from './comparable-claim';
import { intervalOf } from './interval';
import type { PairRelation } from './pair-relation';

const nf = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const n = (x: number): string => nf.format(x);

const VAGUE_WORD: Record<number, string> = {
  10: 'tens',
  12: 'dozens',
  20: 'scores',
  100: 'hundreds',
  1000: 'thousands',
  10000: 'tens of thousands',
};

/** The figure as a reader would say it: "12", "at least 8", "more than 5,135", "about 1,300", "10–15". */
export function formatFigure(
  c: Pick<ComparableClaim, 'value' | 'low' | 'high' | 'qualifier'>,
): string {
  switch (c.qualifier) {
    case 'exact':
      return n(c.value);
    case 'at_least':
      return `at least ${n(c.value)}`;
    case 'more_than':
      return `more than ${n(c.value)}`;
    case 'at_most':
      return `up to ${n(c.value)}`;
    case 'approx':
      return `about ${n(c.value)}`;
    case 'vague':
      if (VAGUE_WORD[c.value]) return VAGUE_WORD[c.value];
      break;
    default:
      break;
  }
  const { low, high } = intervalOf(c);
  if (low === high) return n(low);
  if (high === Infinity) return low >= c.value ? `at least ${n(low)}` : `more than ${n(c.value)}`;
  if (low === 0 && c.value >= high) return `up to ${n(high)}`;
  if (c.value > low && c.value < high) return `about ${n(c.value)}`;
  return `${n(low)}–${n(high)}`;
}

const SUBJECT_LABEL: Record<string, string> = { law_enforcement: 'law enforcement' };

export function quantityPhrase(c: Pick<ComparableClaim, 'metric' | 'subject'>): string {
  return `${c.metric} (${SUBJECT_LABEL[c.subject] ?? c.subject})`;
}

/** Who says it: the label given, else the origin key without its kind prefix ("origin:", "site:"). */
export function sourceLabel(c: Pick<ComparableClaim, 'sourceLabel' | 'originKey'>): string {
  if (c.sourceLabel && c.sourceLabel.trim()) return c.sourceLabel.trim();
  return c.originKey.replace(/^[a-z]+:/, '') || c.originKey;
}

function whoPhrase(c: ComparableClaim, others: number): string {
  return others > 0
    ? `${sourceLabel(c)} and ${others} other origin${others > 1 ? 's' : ''}`
    : sourceLabel(c);
}

const place = (loc: string | null): string => loc ?? 'the whole area';

export interface ExplainExtras {
  /** Other independent origins asserting the first / second value. */
  othersFirst: number;
  othersSecond: number;
  /** Other related value pairs of the same kind in the finding. */
  otherPairs: number;
}

export function explainRelation(rel: PairRelation, extras: ExplainExtras): string {
  const { first: a, second: b } = rel;
  const fa = formatFigure(a);
  const fb = formatFigure(b);
  const q = quantityPhrase(a);
  const wa = whoPhrase(a, extras.othersFirst);
  const wb = whoPhrase(b, extras.othersSecond);
  const ta = formatAsOf(a);
  const tb = formatAsOf(b);
  const Q = q[0].toUpperCase() + q.slice(1);
  const head =
    a.location !== null && rel.rule !== 'part_exceeds_whole' ? `In ${a.location}, ${q}` : Q;
  let sentence: string;
  switch (rel.rule) {
    case 'part_exceeds_whole': {
      const when =
        rel.time === 'same'
          ? ta === tb
            ? `, both as of ${ta}`
            : ` on the same day (${ta}, ${tb})`
          : rel.time === 'unknown'
            ? ', and no date orders them'
            : `, although the part (${ta}) predates the whole (${tb}) and ${a.metric} counts only grow`;
      sentence = `${place(a.location)}: ${fa} ${q} per ${wa} exceeds ${fb} for ${place(b.location)} per ${wb}${when}`;
      break;
    }
    case 'decrease_over_time':
      sentence = `${head} fell from ${fa} on ${ta} (${wa}) to ${fb} on ${tb} (${wb}), but ${a.metric} counts only grow`;
      break;
    case 'same_day_disagreement':
      sentence = `${head} as of ${ta === tb ? ta : `the same day (${ta}, ${tb})`}: ${fa} per ${wa} vs ${fb} per ${wb}`;
      break;
    case 'disjoint_intervals':
      sentence = `${head}: ${fa} per ${wa} vs ${fb} per ${wb}, and no date orders the two figures`;
      break;
    case 'growth_over_time':
      sentence = `${head} rose from ${fa} on ${ta} (${wa}) to ${fb} on ${tb} (${wb})`;
      break;
    case 'change_over_time':
      sentence = `${head} changed from ${fa} on ${ta} (${wa}) to ${fb} on ${tb} (${wb})`;
      break;
    case 'same_source_revision':
      sentence =
        rel.time === -1
          ? `${head}: one source revised its figure from ${fa} (${ta}, ${wa}) to ${fb} (${tb}, ${wb})`
          : `${head}: one source gives both ${fa} (${wa}) and ${fb} (${wb})`;
      break;
  }
  if (extras.otherPairs > 0) {
    const what = rel.kind === 'conflict' ? 'conflicting' : 'changed';
    sentence += `; ${extras.otherPairs} more ${what} value pair${extras.otherPairs > 1 ? 's' : ''}`;
  }
  return `${sentence}.`;
}
