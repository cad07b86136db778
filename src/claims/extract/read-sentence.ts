// Reads the figures of one sentence: each figure in turn (read-figure.ts, then the frame rules),
// figures that share the verb of a later one, then the sentence passes that relate its figures
// (dated series, earlier figures, parts, gapping, tallies, running totals) and drop the ones that
// are no count (a protest's cause, aftercare, a vehicle's manifest).
import type { Metric, Qualifier, Subject } from '../../domain/vocabulary';
import { deploySubject, firstCue, nounAfter, rightWindow } from './cues';
import { datedSeries } from './dated-series';
import type { Draft } from './draft';
import { readFrame } from './frames/figure-rules';
import { countsThings, subjectOf } from './lexicon';
import type { NumberMention } from './numbers';
import { interval, nearedFigure, passedFigure, qualify } from './qualifiers';
import { readFigure } from './read-figure';
import { earlierFigures } from './relations/earlier-figures';
import { gapping } from './relations/gapping';
import type { TextKinds } from './relations/incidents';
import { parentheticalTally } from './relations/parenthetical-tallies';
import { partFigures } from './relations/part-figures';
import { placeBreakdown } from './relations/place-breakdown';
import { runningTotal } from './relations/running-total';
import { tollModifiers } from './relations/toll-modifiers';
import { aboard } from './rules/aboard';
import { aftercare } from './rules/aftercare';
import { protestCause } from './rules/protest-cause';
import { tokenize, type Token } from './tokens';

interface SentenceInput {
  s: string;
  nums: NumberMention[];
  /** The quantity the sentences before counted last. */
  prevMetric: Metric | null;
  prevSubject: Subject | null;
  pubYear: number | null;
  /** The text is about a protest. */
  crowd: boolean;
  /** The text's date (ISO), for dates the sentence names. */
  ref: string | null;
  textKinds: TextKinds;
}

/** One draft per figure of the sentence (null: the figure is no claim). */
export function readSentence(input: SentenceInput): (Draft | null)[] {
  let tokens: Token[] | null = null;
  const sentenceTokens = () => (tokens ??= tokenize(input.s));
  const drafts = readFigures(input, sentenceTokens);
  relateFigures(input, drafts, sentenceTokens);
  return drafts;
}

/** Each figure read in turn; one that shares the verb of a later figure waits for it. */
function readFigures(input: SentenceInput, sentenceTokens: () => Token[]): (Draft | null)[] {
  const { s, nums, prevMetric, prevSubject, pubYear, crowd } = input;
  const drafts: (Draft | null)[] = [];
  const forward: number[] = [];
  for (let i = 0; i < nums.length; i++) {
    const read = readFigure({ s, nums, i, drafts, prevMetric, prevSubject, pubYear, crowd });
    const r =
      read === null
        ? frameDraft(s, nums, i, drafts, sentenceTokens, prevMetric, prevSubject)
        : read;
    if (r === 'forward') {
      forward.push(i);
      drafts.push(null);
      continue;
    }
    if (r && r !== 'skip' && countsThings(nounAfter(s.slice(nums[i].end)))) r.things = true;
    drafts.push(r === 'skip' ? null : r);
    const opening = forward.length ? nums[forward[0]] : null;
    for (const f of forward.splice(0))
      drafts[f] = r && r !== 'skip' ? sharingDraft(s, nums, f, r) : verbAfterDraft(s, nums, f, i);
    if (opening && r && r !== 'skip')
      for (const d of drafts) if (d && d.n.start > opening.start) distributeBound(s, opening, d);
  }
  return drafts;
}

/** Bounds said once of a list of figures: "at least 59 police officers and 47 soldiers were injured". */
const SHARED_BOUNDS: ReadonlySet<Qualifier> = new Set(['at_least', 'more_than', 'approx']);

/** A verb of the opening figure's own: "About 75 migrants were rescued and 40 remain missing". */
const OWN_VERB = /\b(?:were|was|are|is|have|has|had|been)\s+[\p{L}-]+(?:ed|en)\b/iu;

/** The figures of a list that shares one verb take the bound the list opens with. */
function distributeBound(s: string, first: NumberMention, r: Draft): void {
  if (r.qualifier !== 'exact' || OWN_VERB.test(s.slice(first.end, r.n.start))) return;
  const q = qualify(s.slice(Math.max(0, first.start - 60), first.start));
  if (!SHARED_BOUNDS.has(q.q)) return;
  [r.low, r.high] = interval(r.value, q.q, q.below);
  r.qualifier = q.q;
}

/** A forward-coordinated figure takes the metric of the figure it waited for: "26 protesters and 18 … were killed". */
function sharingDraft(s: string, nums: NumberMention[], f: number, r: Draft): Draft {
  const n = nums[f];
  const q = qualify(s.slice(Math.max(0, n.start - 60), n.start));
  const qq = n.vague ? 'vague' : q.q;
  const [low, high] = interval(n.value, qq, q.below, n.vague);
  const sub = subjectOf(s.slice(n.end, nums[f + 1].start));
  return {
    n,
    metric: r.metric,
    subject: sub?.subject ?? r.subject,
    value: n.value,
    low,
    high,
    qualifier: qq,
    qs: n.start - q.len,
    qe: r.qe,
    increment: false,
  };
}

/**
 * The figure waited for made no claim of its own ("1,500 soldiers and 120 rescue dogs have been
 * sent"): the waiting figure reads the metric word after it, if its own noun fits.
 */
function verbAfterDraft(s: string, nums: NumberMention[], f: number, i: number): Draft | null {
  const n = nums[f];
  const after = rightWindow(
    s.slice(nums[i].end, i + 1 < nums.length ? nums[i + 1].start : s.length),
  );
  const cue = firstCue(after);
  const sub = subjectOf(s.slice(n.end, nums[f + 1].start));
  if (!cue || cue.metric === 'among_prev' || !sub || sub.index > 20) return null;
  const ds = cue.metric === 'deployed' ? deploySubject(s.slice(n.end, nums[f + 1].start), s) : null;
  if (cue.metric === 'deployed' && !ds) return null;
  if (cue.metric === 'participants' && !['protesters', 'people', 'civilians'].includes(sub.subject))
    return null;
  const q = qualify(s.slice(Math.max(0, n.start - 60), n.start));
  const qq = n.vague ? 'vague' : q.q;
  const [low, high] = interval(n.value, qq, q.below, n.vague);
  return {
    n,
    metric: cue.metric,
    subject: ds ?? sub.subject,
    value: n.value,
    low,
    high,
    qualifier: qq,
    qs: n.start - q.len,
    qe: nums[i].end + cue.end,
    increment: false,
  };
}

/** The sentence passes, in order: relations between the figures, then figures that are no count. */
function relateFigures(
  input: SentenceInput,
  drafts: (Draft | null)[],
  sentenceTokens: () => Token[],
): void {
  const { s, nums, pubYear, crowd, ref, textKinds } = input;
  datedSeries(s, nums, drafts);
  earlierFigures(s, nums, drafts, sentenceTokens);
  partFigures(s, nums, drafts, pubYear, textKinds);
  gapping(s, nums, drafts, sentenceTokens);
  placeBreakdown.apply(s, nums, drafts, { metric: input.prevMetric, subject: input.prevSubject });
  parentheticalTally.apply(s, nums, drafts);
  runningTotal.apply(s, drafts);
  for (let k = 0; k < drafts.length; k++)
    if (drafts[k] && protestCause.applies(s, drafts[k]!, crowd, ref)) drafts[k] = null;
  for (let k = 0; k < drafts.length; k++)
    if (drafts[k] && (aftercare.applies(s, drafts[k]!) || aboard.applies(s, drafts[k]!, drafts)))
      drafts[k] = null;
  tollModifiers(s, drafts, sentenceTokens);
}

/** A figure the cues left unread, read by the frame rules over the sentence's tokens. */
function frameDraft(
  s: string,
  nums: NumberMention[],
  i: number,
  drafts: (Draft | null)[],
  sentenceTokens: () => Token[],
  prevMetric: Metric | null,
  prevSubject: Subject | null,
): Draft | null {
  const n = nums[i];
  const qualified = qualify(s.slice(Math.max(i > 0 ? nums[i - 1].end : 0, n.start - 120), n.start));
  const last = [...drafts].reverse().find((d): d is Draft => !!d);
  const previous =
    last ?? (prevMetric ? { metric: prevMetric, subject: prevSubject ?? 'people' } : null);
  const reading = readFrame({
    sentence: s,
    tokens: sentenceTokens(),
    start: n.start - qualified.len,
    end: n.end,
    figureStart: n.start,
    previous,
  });
  if (!reading) return null;
  const passed = qualified.q === 'exact' && passedFigure(s.slice(0, n.start));
  const neared = qualified.q === 'exact' && nearedFigure(s.slice(0, n.start));
  const q: Qualifier = n.vague
    ? 'vague'
    : reading.exact
      ? 'exact'
      : passed
        ? 'more_than'
        : neared
          ? 'approx'
          : qualified.q;
  const [low, high] = interval(n.value, q, qualified.below || neared, n.vague);
  return {
    n,
    metric: reading.metric,
    subject: reading.subject,
    value: n.value,
    low,
    high,
    qualifier: q,
    qs: Math.min(reading.quoteStart, n.start - (reading.exact ? 0 : qualified.len)),
    qe: Math.max(reading.quoteEnd, n.end),
    increment: false,
    placeAt: reading.placeAt,
    part: reading.part,
  };
}
