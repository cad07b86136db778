// One readable sentence per finding, built from the structured fields of the pair it leads with
// (figures, subject, places, origins, dates), never from quote fragments.
import { dayOf } from './as-of';
import type { ComparableClaim } from './comparable-claim';
import { intervalOf } from './interval';
import type { OriginValue } from './origin-values';
import { firstSeen } from './origin-values';
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

/** Who says it: the label given, else the origin key without its kind prefix ("origin:", "site:"). */
export function sourceLabel(c: Pick<ComparableClaim, 'sourceLabel' | 'originKey'>): string {
  if (c.sourceLabel && c.sourceLabel.trim()) return c.sourceLabel.trim();
  return c.originKey.replace(/^[a-z]+:/, '') || c.originKey;
}

/** Who is counted, singular and plural: "12 law-enforcement officers killed". */
const SUBJECT_NOUN: Record<ComparableClaim['subject'], [string, string]> = {
  law_enforcement: ['law-enforcement officer', 'law-enforcement officers'],
  military: ['soldier', 'soldiers'],
  protesters: ['protester', 'protesters'],
  civilians: ['civilian', 'civilians'],
  people: ['person', 'people'],
  journalists: ['journalist', 'journalists'],
  children: ['child', 'children'],
  other: ['other', 'others'],
};

const METRIC_WORDS: Record<ComparableClaim['metric'], string> = {
  killed: 'killed',
  injured: 'injured',
  detained: 'detained',
  missing: 'missing',
  displaced: 'displaced',
  deployed: 'deployed',
  participants: 'taking part',
};

/** Last words of a body's name that read better with "the": "citing the Almaty commandant's office". */
const COMMON_BODY_WORDS = new Set([
  'office',
  'ministry',
  'police',
  'department',
  'service',
  'agency',
  'committee',
  'commission',
  'government',
  'authorities',
  'authority',
  'council',
  'command',
  'administration',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'governor',
  'mayor',
  'prosecutor',
  'officials',
]);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "6 Jan 2022", or "undated". */
export function formatDay(asOf: string | null | undefined): string {
  const day = dayOf(asOf);
  if (!day) return 'undated';
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function withArticle(name: string): string {
  const last = name.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  return /^the\s/i.test(name) || !COMMON_BODY_WORDS.has(last) ? name : `the ${name}`;
}

/**
 * The origin in words: the publisher or outermost source, then whom it cites:
 * "Khabar-24, citing the Almaty commandant's office", "@_Stmatrix".
 */
export function originWords(c: ComparableClaim): string {
  const chain = (c.attribution ?? []).map((a) => a.trim()).filter(Boolean);
  // A post's chain starts with its author, whom its label already names.
  const head = c.postId || !chain.length ? sourceLabel(c) : chain[0];
  return chainWords(head, chain.slice(1));
}

/** A source and whom it cites, as words: "Khabar-24, citing the Almaty commandant's office". */
export function chainWords(head: string, cited: readonly string[]): string {
  const key = (name: string) => name.trim().toLowerCase().replace(/^@/, '');
  const seen = new Set([key(head)]);
  const words = [withArticle(head.trim())];
  for (const name of cited) {
    if (!name.trim() || seen.has(key(name))) continue;
    seen.add(key(name));
    words.push(`citing ${withArticle(name.trim())}`);
  }
  return words.join(', ');
}

/**
 * The origin in words, beside the other value of the pair: when one origin is quoted with both
 * figures by two outlets, each outlet is named before it ("luzon-wire.example, citing Interior
 * Secretary Ramon Villanueva"), since what disagrees is what the two outlets report it said.
 */
function originBeside(c: ComparableClaim, other: ComparableClaim): string {
  const oneOriginTwoOutlets =
    c.originKey === other.originKey && c.sourceKey !== other.sourceKey && !c.postId;
  if (!oneOriginTwoOutlets || !c.outlet?.trim()) return originWords(c);
  const chain = (c.attribution ?? []).map((a) => a.trim()).filter(Boolean);
  return chainWords(c.outlet, chain);
}

/** The publisher as a reader names it, else the source label. */
function outletOf(c: ComparableClaim): string {
  return c.outlet?.trim() || sourceLabel(c);
}

function counted(c: ComparableClaim): string {
  const [one, many] = SUBJECT_NOUN[c.subject] ?? [c.subject, c.subject];
  const figure = formatFigure(c);
  const noun = c.value === 1 && c.qualifier !== 'vague' ? one : many;
  return `${figure}${c.qualifier === 'vague' ? ' of' : ''} ${noun} ${METRIC_WORDS[c.metric] ?? c.metric}`;
}

function quantityHead(c: ComparableClaim): string {
  const [, many] = SUBJECT_NOUN[c.subject] ?? [c.subject, c.subject];
  const text = `${many} ${METRIC_WORDS[c.metric] ?? c.metric}`;
  return text[0].toUpperCase() + text.slice(1);
}

export interface ExplainContext {
  /** The story's whole area, to say "all of Kazakhstan" for a figure without a narrower place. */
  wholeArea: string | null;
}

/** The flag's explanation from its lead pair. */
export function explainPair(
  first: OriginValue,
  second: OriginValue,
  rel: PairRelation,
  ctx: ExplainContext,
): string {
  const a = firstSeen(first);
  const b = firstSeen(second);
  const whole = ctx.wholeArea ? `all of ${ctx.wholeArea}` : 'the whole story area';
  const where = (loc: string | null) => (loc === null ? whole : loc);
  const inPlace = (loc: string | null) =>
    loc === null && !ctx.wholeArea ? '' : ` in ${where(loc)}`;
  const who = (c: ComparableClaim) => originBeside(c, c === a ? b : a);
  const said = (c: ComparableClaim) => `${who(c)}, ${formatDay(c.asOf)}`;
  const head = `${quantityHead(a)}${inPlace(a.location)}`;
  const fa = formatFigure(a);
  const fb = formatFigure(b);
  switch (rel.rule) {
    case 'part_exceeds_whole': {
      const why =
        rel.time === 'unknown'
          ? '; no date orders them'
          : rel.time === -1
            ? `, although the part is dated earlier and ${a.metric} counts only grow`
            : '';
      return `${counted(a)} in ${where(a.location)} (${said(a)}) exceed ${fb} for ${where(b.location)} (${said(b)})${why}.`;
    }
    case 'decrease_over_time':
      return `${head} fell from ${fa} (${said(a)}) to ${fb} (${said(b)}), but ${a.metric} counts only grow.`;
    case 'same_day_disagreement':
      return `${head} on ${formatDay(a.asOf)}: ${fa} (${who(a)}) against ${fb} (${who(b)}).`;
    case 'disjoint_intervals':
      return `${head}: ${fa} (${said(a)}) against ${fb} (${said(b)}); no date orders the two figures.`;
    case 'growth_over_time':
      return `${head} rose from ${fa} (${said(a)}) to ${fb} (${said(b)}).`;
    case 'change_over_time':
      return `${head} changed from ${fa} (${said(a)}) to ${fb} (${said(b)}).`;
    case 'same_source_revision':
      if (rel.time !== -1 && b.rose && a.sourceKey !== b.sourceKey)
        return `${head}: the count ${originWords(b)} gives rose from ${fa} (${outletOf(a)}) to ${fb} (${outletOf(b)}, ${formatDay(b.asOf)}).`;
      return rel.time === -1
        ? `${head}: ${originWords(a)} revised ${fa} (${formatDay(a.asOf)}) to ${fb} (${formatDay(b.asOf)}).`
        : `${head}: ${originWords(a)} gives both ${fa} and ${fb} (${formatDay(a.asOf)}).`;
  }
}
