// Lookups of the lexicon's cue words around a figure, shared by the reading stages, the fallback
// rules and the sentence passes (coordination, dated series).
import type { Metric, Subject } from '../../domain/vocabulary';
import { LEFT_CUES, RESPONDERS, RIGHT_CUES, subjectOf } from './lexicon';
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

/** The flags every right cue shares: they are scanned together as one pattern. */
function sharedFlags(cues: readonly { re: RegExp }[]): string {
  const flags = new Set(cues.map(({ re }) => re.flags));
  if (flags.size !== 1) throw new Error('RIGHT_CUES must share their flags to be scanned as one');
  return [...flags][0];
}
const CUE_FLAGS = sharedFlags(RIGHT_CUES);
/**
 * All right cues as one alternation, in their order: one scan of the window finds the earliest
 * position any cue starts at, and at a tie the cue listed first, where a scan per cue read the
 * window fourteen times.
 */
const ANY_RIGHT_CUE = new RegExp(
  RIGHT_CUES.map(({ re }) => `(?:${re.source})`).join('|'),
  CUE_FLAGS,
);
/** Each cue tried only where the scan stopped ('y'): which of them matched there. */
const RIGHT_CUES_AT = RIGHT_CUES.map(({ re, metric }) => ({
  at: new RegExp(re.source, `${CUE_FLAGS}y`),
  metric,
}));

/** The earliest metric word of `window` ("12 were killed", "18 dead"). */
export function firstCue(window: string): RightCue | null {
  const m = ANY_RIGHT_CUE.exec(window);
  if (!m) return null;
  const cue = RIGHT_CUES_AT.find(({ at }) => {
    at.lastIndex = m.index;
    return at.test(window);
  });
  return cue ? { metric: cue.metric, index: m.index, end: m.index + m[0].length } : null;
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
