import { deploySubject, firstCue } from '../cues';
import type { FallbackRule, FigureReading } from '../figure-reading';
import type { FigureWindow } from '../figure-window';
import { subjectOf } from '../lexicon';
import { anyOf } from '../word-pattern';

/** Words that list a figure right after the one before: "12 police and 30 protesters". */
const LIST_JOINERS = [',', 'and', String.raw`,\s*and`, 'as well as', 'plus'];
const LISTED = new RegExp(String.raw`^\s*(?:[\p{L}'’-]+\s+){0,3}?${anyOf(LIST_JOINERS)}\s*$`, 'iu');
/** Words that set a figure beside the one before: "…, together with 600 naval personnel". */
const BESIDE_JOINERS = [
  'together with',
  'along with',
  'alongside',
  'in addition to',
  'as well as',
  'backed by',
  'supported by',
  'joined by',
];
const BESIDE = new RegExp(String.raw`${anyOf(BESIDE_JOINERS)}\s*$`, 'i');

/** One way a figure is joined to the one before, and how near its own noun must follow it. */
interface Joiner {
  joins(w: FigureWindow): boolean;
  /** How far into the words after the figure its noun may start. */
  nounWithin: number;
  /** A deployment joined so must name a force or responders ("backed by 300 police officers"). */
  forcesOnly: boolean;
}
const JOINERS: readonly Joiner[] = [
  // "killed 12 police and 30 protesters": the figure right after the one before, nothing between
  // but the list's joiner, and no metric word of its own
  {
    joins: ({ lastDraft, drafts, i, leftFull, right }) =>
      !!drafts[i - 1] &&
      (drafts[i - 1] === lastDraft || !!drafts[i - 1]?.aside) &&
      LISTED.test(leftFull) &&
      !firstCue(right),
    nounWithin: 3,
    forcesOnly: false,
  },
  {
    joins: ({ leftCore }) => BESIDE.test(leftCore),
    nounWithin: 25,
    forcesOnly: true,
  },
];

/**
 * "The attack killed 12 police and 30 protesters", "6,300 troops were deployed, together with 600
 * naval personnel": a figure joined to the one before counts the same quantity, of the people its
 * own noun names.
 */
export const joinsTheOneBefore: FallbackRule = {
  name: 'a figure joined to the one before',
  examples: [
    {
      text: 'The attack killed 12 police and 30 protesters.',
      metric: 'killed',
      subject: 'protesters',
      value: 30,
    },
    {
      text: 'The dead included 43 children and 25 women.',
      metric: 'killed',
      subject: 'people',
      value: 25,
    },
    {
      text: 'Police detained 14 journalists and 9 students.',
      metric: 'detained',
      subject: 'children',
      value: 9,
    },
    {
      text: '6,300 troops were deployed, together with 600 naval personnel.',
      metric: 'deployed',
      subject: 'military',
      value: 600,
    },
    {
      text: 'Police arrested 40 protesters along with 12 journalists.',
      metric: 'detained',
      subject: 'journalists',
      value: 12,
    },
    {
      text: '2,000 soldiers were sent to the region, backed by 300 police officers.',
      metric: 'deployed',
      subject: 'law_enforcement',
      value: 300,
    },
  ],
  apply(w) {
    if (!w.lastDraft) return null;
    for (const joiner of JOINERS) {
      const reading = joiner.joins(w) ? joinedReading(w, joiner) : null;
      if (reading) return reading;
    }
    return null;
  },
};

function joinedReading(w: FigureWindow, joiner: Joiner): FigureReading | null {
  const { drafts, i, np, s, rangeEnd } = w;
  // the next part of a set: "killed 326 protesters, including 43 children and 25 women"
  const part = drafts[i - 1]?.aside ? drafts[i - 1] : null;
  const lastDraft = part ?? w.lastDraft;
  const sub = subjectOf(np);
  if (!sub || sub.index >= joiner.nounWithin) return null;
  const ds = joiner.forcesOnly && lastDraft!.metric === 'deployed' ? deploySubject(np, s) : null;
  if (joiner.forcesOnly && lastDraft!.metric === 'deployed' && !ds) return null;
  return {
    metric: lastDraft!.metric,
    subject: ds ?? sub.subject,
    cueEnd: rangeEnd + np.length,
    ...(part ? { aside: true } : {}),
  };
}
