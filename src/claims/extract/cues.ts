// Lookups of the lexicon's cue words around a figure, shared by the reading stages, the fallback
// rules and the sentence passes (coordination, dated series).
import type { Metric, Subject } from '../../domain/vocabulary';
import { LEFT_CUES, RESPONDERS, RIGHT_CUES, subjectOf } from './lexicon';
import { earliestMatcher, sharedFlags } from './earliest-match';
import { anyOf } from './word-pattern';

/** Words that end a figure's noun: a verb, a relative pronoun, a preposition. */
const NOUN_ENDS = [
  'were',
  'was',
  'are',
  'is',
  'have',
  'has',
  'had',
  'who',
  'that',
  'which',
  'died',
  'in',
  'on',
  'at',
  'after',
  'during',
  'when',
  'while',
  'as',
  'to',
  'by',
  'from',
  'for',
  'and (?:were|have|had|are)',
];
const NOUN_AFTER = new RegExp(
  String.raw`^[^,.;:!?()"“”—–]{0,80}?(?=\s+${anyOf(NOUN_ENDS)}\b|[,.;:!?()"“”—–]|$)`,
  'i',
);

/** Words right after the figure, up to punctuation or a verb: the counted noun ("members of law enforcement"). */
export function nounAfter(right: string): string {
  const m = NOUN_AFTER.exec(right);
  return m ? m[0] : right.slice(0, 40);
}

interface RightCue {
  metric: Metric | 'among_prev';
  index: number;
  end: number;
}

/**
 * The right cues read as one: the cue of the earliest metric word, the one listed first at a tie.
 * A scan per cue read the window fourteen times, and trying each cue again where the scan stopped,
 * to tell which it was, cost up to fourteen more.
 */
const earliestRightCue = earliestMatcher(RIGHT_CUES, 'RIGHT_CUES');

/** The earliest metric word of `window` ("12 were killed", "18 dead"). */
export function firstCue(window: string): RightCue | null {
  const cue = earliestRightCue(window);
  return cue ? { metric: cue.item.metric, index: cue.index, end: cue.end } : null;
}

/**
 * All left cues as one alternation: a window none of them is in (a figure opening its sentence, a
 * left that only names a place or a time) is read once, not once per cue.
 */
const ANY_LEFT_CUE = new RegExp(
  LEFT_CUES.map(({ re }) => `(?:${re.source})`).join('|'),
  sharedFlags(LEFT_CUES, 'LEFT_CUES'),
);

/** Whether any left cue is in `left`: when none is, no cue needs trying one by one. */
export function holdsLeftCue(left: string): boolean {
  return ANY_LEFT_CUE.test(left);
}

/** Up to the 14th white-space character: the words right of a figure that may still speak about it. */
const FIRST_WORDS = /^(?:\S*\s){14}/;

/**
 * The part of the text right of a figure that may still speak about it: its first 14 words, up to
 * a semicolon, a colon or an opening bracket.
 */
export function rightWindow(right: string): string {
  const words = FIRST_WORDS.exec(right)?.[0] ?? right;
  const stop = words.search(/[;:(]/);
  return stop < 0 ? words : words.slice(0, stop);
}

/**
 * Who may be deployed: troops and police, and the rescue, relief and medical teams sent to a disaster
 * (`other`); "personnel" in a sentence about rescue or relief work are responders, not soldiers.
 */
export function deploySubject(np: string, s: string): Subject | null {
  const sub = subjectOf(np);
  if (!sub) return null;
  if (sub.subject === 'other') return RESPONDERS.test(np) ? 'other' : null;
  if (sub.subject !== 'military' && sub.subject !== 'law_enforcement') return null;
  if (
    sub.subject === 'military' &&
    /^\W*(?:[\p{L}-]+\s+){0,2}?personnel\b/iu.test(np.slice(sub.index)) &&
    /\b(?:rescue|relief|humanitarian|search|aid|medical)\b/i.test(s)
  )
    return 'other';
  return sub.subject;
}

/** Words between a figure and its metric word that name no one: "12 were also killed". */
const AUX_WORDS = [
  'were',
  'was',
  'are',
  'is',
  'have',
  'has',
  'had',
  'been',
  'being',
  'be',
  'so far',
  'reportedly',
  'also',
  'more',
  'further',
  'additional',
  'others?',
  'had so far',
  'still',
  'now',
  'currently',
  'remain',
  'remained',
  'remaining',
  ',',
  'and',
  'people',
];
export const AUX_ONLY = new RegExp(String.raw`^\s*(?:${anyOf(AUX_WORDS)}\s*)*$`, 'i');

/** The left cues that name a toll ("toll", "number of"): only they may reach back over earlier figures. */
export const TOLL_PHRASE_CUES = new Set(
  LEFT_CUES.filter(({ re }) => /toll|number of/.test(re.source)).map(({ re }) => re),
);
