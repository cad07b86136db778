// Reads one figure of a sentence in stages: its window and qualifier → skip rules → a subset it
// names → a metric word before it → a metric word after it → fallback rules → its subject.
// The first stage that names the quantity wins; a figure no stage reads goes to the frame rules.
import type { Metric, Subject } from '../../domain/vocabulary';
import type { Draft } from './draft';
import { FALLBACK_RULES, firstReading, LAST_FALLBACK_RULES } from './fallback-rules';
import {
  AUX_ONLY,
  deploySubject,
  firstCue,
  holdsLeftCue,
  nounAfter,
  TOLL_PHRASE_CUES,
} from './cues';
import type { FigureReading } from './figure-reading';
import { FORCE_ACTIONS } from './frames/frame-lexicon';
import { figureWindow, type FigureWindow, type FigureWindowInput } from './figure-window';
import {
  BARE_CROWD_VERB,
  COUNTED_THINGS,
  CROWD_PARTICIPLE,
  LEFT_CUES,
  namesElsewhere,
  ownerSubject,
  PEOPLE_NOUN,
  SPARED,
  subjectOf,
} from './lexicon';
import { interval } from './qualifiers';
import { isSkipped } from './skip-rules';
import { anyOf } from './word-pattern';

/**
 * "the 19 people the army says were killed": the figure's noun, then a relative clause's speaker
 * and its verb, then the figure's own verb; the speech is about the figure, not a clause break.
 */
const SPEAKER_IN_RELATIVE = new RegExp(
  [
    String.raw`^\s*(?:[\p{L}-]+\s+){0,2}?(?:the|its|their|\p{Lu}[\p{L}-]*)\s+`,
    String.raw`(?:[\p{L}-]+\s+){0,4}?(?:says|said)\s+`,
    String.raw`(?:(?:were|was|are|is|had|have|has)\s+)?(?:been\s+)?$`,
  ].join(''),
  'u',
);

/**
 * A draft claim for the figure; 'skip' when it is no count of its own; 'forward' when it shares the
 * verb of the figures after it; null when no stage reads it.
 */
export function readFigure(input: FigureWindowInput): Draft | null | 'forward' | 'skip' {
  const w = figureWindow(input);
  if (isSkipped(w)) return 'skip';
  const subset = readSubset(w);
  if (subset === NO_COUNT) return null;
  const reading = subset ?? readLeftCue(w) ?? readRightCue(w) ?? firstReading(FALLBACK_RULES, w);
  if (reading) return draftOf(w, reading);
  if (sharesVerbAfter(w)) return 'forward';
  const last = firstReading(LAST_FALLBACK_RULES, w);
  return last ? draftOf(w, last) : null;
}

const NO_COUNT = 'no count' as const;

const CONDITIONS = ['critical', 'serious', 'stable', 'grave', 'life-threatening', 'fair', 'good'];
/** "11 of them in critical condition". */
const IN_CONDITION = new RegExp(
  String.raw`^\s*(?:were\s+|are\s+|was\s+|remain(?:ed)?\s+)?(?:still\s+)?in\s+(?:a\s+)?${anyOf(CONDITIONS)}\s+condition\b`,
  'i',
);
/** What takes a part out of the set it was counted in. */
const LEAVING_THE_SET = [
  'released',
  'freed',
  'let go',
  'acquitted',
  'pardoned',
  'returned home',
  'found alive',
  'rescued',
  'reunited',
  'discharged',
  'recovered',
  'bailed',
  'identified',
  'formally identified',
  'named',
];
const SINCE_WORDS = ['since', 'later', 'already', 'now', 'been', 'subsequently', 'all'];
const LEFT_THE_SET = new RegExp(
  String.raw`^\s*(?:(?:have|has|had|were|was|are|is)\s+)?(?:${anyOf(SINCE_WORDS)}\s+)*${anyOf(LEAVING_THE_SET)}\b`,
  'i',
);

const SUBSET_OPENER =
  /\b(?:including|among them|among whom|of whom|of which|of them|among those)\s*$/i;
/** A comma, bracket or dash that closes a subset aside before the verb of the clause it sits in. */
const ASIDE_CLOSED = /[,)—–]/;
/** Between two parts said the same way: "108 were women and 7 were children", "11 were soldiers, 4 …". */
const NEXT_PART =
  /^\s+(?:were|was|are|is)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s*(?:,\s*(?:and\s+)?|and\s+)$/u;

/**
 * A figure that lists the next part of the set the previous figure opened: "of whom 108 were women
 * and 7 were children" (7 is a part as 108 is).
 */
function continuesPartList({ s, nums, i, drafts }: FigureWindow): boolean {
  if (i < 1 || !drafts[i - 1]) return false;
  const prev = nums[i - 1];
  if (!NEXT_PART.test(s.slice(prev.end, nums[i].start))) return false;
  const beforePrev = s.slice(Math.max(0, prev.start - 40), prev.start);
  return (
    SUBSET_OPENER.test(beforePrev) ||
    continuesPartList({ s, nums, i: i - 1, drafts } as FigureWindow)
  );
}

/** The words that name a set right before the word that opens its parts: "many evacuees”, including". */
const SET_BEFORE_OPENER = new RegExp(
  String.raw`((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)[”"’']?\s*,?\s*${SUBSET_OPENER.source.replace(/^\\b/, '')}`,
  'iu',
);

/**
 * The quantity the set before a subset opener names, when no figure gave it: "there are many
 * evacuees, including 3,000 in Bologna", "the injured, among them 12 children", "dozens of
 * detainees, including 4 journalists".
 */
function setBeforeOpener(leftCore: string): Metric | null {
  const set = SET_BEFORE_OPENER.exec(leftCore);
  const cue = set ? firstCue(` ${set[1]} `) : null;
  return cue && cue.metric !== 'among_prev' ? cue.metric : null;
}

/**
 * A part of a set: "3,393 of which were security personnel", "three of the murdered were minors",
 * "including 12 children". It reads the set's metric; a part named only by its condition or by
 * having left the set is no count.
 */
function readSubset(w: FigureWindow): FigureReading | typeof NO_COUNT | null {
  const { s, n, right, leftCore, lastDraft, prevMetric, prevSubject, rangeEnd } = w;
  const subset =
    /^\s*(?:of (?:which|whom|them|those|these)|of the ([\p{L}-]+)(?:\s+people)?)\b/iu.exec(right);
  const including = SUBSET_OPENER.test(leftCore) || continuesPartList(w);
  // "11 of them in critical condition": a condition is no metric of its own
  if (subset && IN_CONDITION.test(right.slice(subset[0].length))) return NO_COUNT;
  // "45 detained, of whom 20 have since been released": the part that left the set is no count of it
  if ((subset || including) && LEFT_THE_SET.test(subset ? right.slice(subset[0].length) : right))
    return NO_COUNT;
  if (!subset && !including) return null;
  const rest = subset ? right.slice(subset[0].length) : right;
  const cue = firstCue(rest);
  // "killed 12 people, including three children, and injured 40": the aside closes before the verb
  const aside = !subset && !!cue && ASIDE_CLOSED.test(rest.slice(0, cue.index));
  let m: Metric | null = aside && lastDraft ? lastDraft.metric : null;
  if (subset?.[1]) {
    const c = firstCue(subset[1]);
    if (c && c.metric !== 'among_prev') m = c.metric;
  }
  if (
    !m &&
    cue &&
    cue.metric !== 'among_prev' &&
    cue.metric !== 'participants' &&
    cue.metric !== 'deployed'
  )
    m = cue.metric;
  if (!m && including) m = setBeforeOpener(leftCore);
  // the set is a figure of this sentence ("4,353 wounded, 3,393 of which …"); "of them" at the start may point back
  if (!m)
    m = lastDraft?.metric ?? (subset && /^\s*$/.test(s.slice(0, n.start)) ? prevMetric : null);
  // "identified 78 users and detained 18 of them": a metric verb right before reads the figure below
  const verbBefore =
    !m &&
    subset &&
    LEFT_CUES.some(
      ({ re, metric: lm }) =>
        lm !== 'deploy_verb' && lm !== 'participants_noun' && re.test(leftCore),
    );
  if (!m && !verbBefore) return NO_COUNT;
  if (!m) return null;
  const placed = /^\s*(?:were|was|are|is)\s+(?:in|at|on|from|near|inside|outside|across)\b/i.test(
    rest,
  );
  const sub =
    subjectOf(cue ? rest.slice(0, cue.index) : nounAfter(rest)) ??
    (placed ? null : subjectOf(rest.slice(0, 60)));
  if (aside && lastDraft)
    return {
      metric: m,
      subject: subjectOf(nounAfter(rest))?.subject ?? lastDraft.subject,
      cueEnd: rangeEnd + nounAfter(rest).length,
      aside: true,
    };
  return {
    metric: m,
    subject: sub?.subject ?? lastDraft?.subject ?? prevSubject ?? 'people',
    // "killed 5 people, including two children, while 40 were injured": 40 are not the part's people
    aside: including && !subset,
    cueEnd: cue
      ? rangeEnd + (right.length - rest.length) + cue.end
      : rangeEnd + (subset ? subset[0].length : 0) + nounAfter(rest).length,
  };
}

/** A metric word right before the figure: "killed 225", "death toll … at 26", "sent 70 soldiers". */
function readLeftCue(w: FigureWindow): FigureReading | null {
  const { s, n, i, nums, drafts, leftFull, leftFull2, leftCore, right, np } = w;
  const { prevEnd, qlen, rangeEnd } = w;
  // a toll phrase reaches back over figures that made no claim: "the toll from the two quakes … has risen to 8,574"
  const wideStart = Math.max(0, n.start - 160);
  const quietBefore =
    !drafts.some((d) => d && d.n.start >= wideStart) &&
    !(i > 0 && /^\s*(?:to|-|–|or|and)\s*$/i.test(s.slice(nums[i - 1].end, n.start)));
  const leftWide =
    quietBefore && leftFull2 === leftFull ? s.slice(wideStart, n.start - qlen) : null;
  const cueAt = (index: number) =>
    leftFull2 === leftFull ? Math.max(prevEnd, n.start - 120) + index : n.start;
  const cueInCore = holdsLeftCue(leftCore);
  for (const { re, metric: lm } of LEFT_CUES) {
    let m = cueInCore ? re.exec(leftCore) : null;
    let wide = false;
    if (!m && leftWide && TOLL_PHRASE_CUES.has(re)) {
      m = re.exec(leftWide);
      wide = !!m;
    }
    if (!m) continue;
    if (
      /\b(?:claimed|claiming)\s*$/i.test(m[0]) &&
      !/^\s*(?:lives|victims|people's lives)\b/i.test(right)
    )
      continue;
    if (/\b(?:held|holding|forced|treated|treating)\s*$/i.test(m[0]) && !subjectOf(np)) continue;
    if (lm === 'deploy_verb') {
      const ds = deployedByVerb(m[0], np, right, s);
      if (!ds) continue;
      return {
        metric: 'deployed',
        subject: ds,
        cueStart: cueAt(m.index),
        cueEnd: rangeEnd + np.length,
      };
    }
    const metric: Metric = lm === 'participants_noun' ? 'participants' : lm;
    let subject: Subject | null = subjectOf(np)?.subject ?? null;
    if (!subject) {
      const of = /\b(?:toll|deaths?|number) (?:of|among) ((?:[\p{L}-]+\s*){1,3})/iu.exec(leftCore);
      subject = of && !namesForceAction(of[1]) ? (subjectOf(of[1])?.subject ?? null) : null;
    }
    if (metric === 'participants' && subject !== 'protesters') subject = 'people';
    return {
      metric,
      subject,
      cueStart: wide ? wideStart + m.index : cueAt(m.index),
      cueEnd: rangeEnd + np.length,
    };
  }
  // "most of the deaths (103 people)"
  if (/\b(?:deaths|dead|killed|fatalities)\s*\(\s*$/i.test(leftCore))
    return { metric: 'killed', subject: subjectOf(np)?.subject ?? null };
  return null;
}

/** Who a deploying verb sends: the noun after it, or a unit named with no noun ("a team of 12 to the city"). */
function deployedByVerb(cue: string, np: string, right: string, s: string): Subject | null {
  const unit =
    /\b(?:team|teams|crew|squad|contingent|force|unit|battalion|detachment) of\s*$/i.exec(cue);
  return (
    deploySubject(np, s) ??
    (unit && !subjectOf(np) && /^\s*(?:[,.;:)]|(?:to|into|for|on|in|and|with)\b|$)/i.test(right)
      ? /\b(?:contingent|battalion|detachment|force)\b/i.test(unit[0])
        ? 'military'
        : 'other'
      : null)
  );
}

/**
 * An amount named after the figure, in the next clause, right before the metric word: "500, with
 * many injured", "40 dead, and several wounded", "12, while dozens were hurt".
 */
const ANOTHER_AMOUNT_OWNS_CUE = new RegExp(
  String.raw`(?:,|\band\b)\s*(?:with\s+|while\s+|and\s+)?` +
    String.raw`${anyOf(['many', 'several', 'some', 'a few', 'few', 'countless', 'numerous', 'scores', 'dozens', 'hundreds', 'thousands'])}` +
    String.raw`\s+(?:more\s+|others\s+)?(?:(?:were|are|was|had been|have been)\s+)?$`,
  'i',
);

/** A metric word after the figure: "12 were killed", "18 dead", "225 people died". */
function readRightCue(w: FigureWindow): FigureReading | null {
  const { s, n, i, nums, right, rightFull, lastDraft, prevMetric, prevSubject, rangeEnd } = w;
  const first = firstCue(right);
  const cue = verbAfterCrowd(right, verbAfterRefugees(right, first));
  if (!cue) return null;
  const before = right.slice(0, cue.index);
  const sub = crowdSubject(subjectOf(before), cue !== first && first?.metric === 'participants');
  let m: Metric | null =
    cue.metric === 'among_prev' ? (lastDraft?.metric ?? prevMetric) : cue.metric;
  let ds = m === 'deployed' ? deploySubject(before, s) : null;
  // "the entire state guard, about 900 members, had been mobilized": the force the figure stands beside
  if (
    m === 'deployed' &&
    !ds &&
    /^\s*(?:(?:members|men|women|personnel|strong)\b)?\s*,\s*$/i.test(before) &&
    /,\s*(?:[\p{L}-]+\s+)?$/u.test(s.slice(0, n.start))
  ) {
    const owner = ownerSubject(s.slice(Math.max(0, n.start - 100), n.start));
    if (owner === 'law_enforcement' || owner === 'military') ds = owner;
  }
  if (m === 'deployed' && !ds) ds = reinforcedForce(w, before);
  if (m === 'deployed' && !ds) m = null;
  if (
    m === 'participants' &&
    !(
      PEOPLE_NOUN.test(before) ||
      // the cue names the gathering itself: "190,000 were at the march"
      /^(?:were|was) (?:at|in) the\b/i.test(right.slice(cue.index)) ||
      sub?.subject === 'protesters' ||
      (n.vague && ((/\bof\b/.test(before) && !COUNTED_THINGS.test(before)) || !before.trim())) ||
      (!before.trim() && BARE_CROWD_VERB.test(right.slice(cue.index)))
    )
  )
    m = null;
  // students, workers, journalists march too; police and troops at a protest are deployed
  if (m === 'participants' && (sub?.subject === 'law_enforcement' || sub?.subject === 'military'))
    m = null;
  // the metric word must be close and in the same clause
  if (
    m &&
    (before.split(/\s+/).length > wordsToVerb(before) ||
      (/\b(?:said|says|told|according)\b/i.test(before) && !SPEAKER_IN_RELATIVE.test(before)) ||
      INFERENCE.test(before))
  )
    m = null;
  // "the toll could exceed 500, with many injured": the metric word is the other amount's
  if (m && ANOTHER_AMOUNT_OWNS_CUE.test(before)) m = null;
  // "identified 78 users … and detained 18 of them": a verb right before the next figure is that figure's
  if (
    m &&
    i + 1 < nums.length &&
    /\band\b/i.test(before) &&
    !right.slice(cue.end).trim() &&
    /^\s*$/.test(rightFull.slice(cue.end))
  )
    m = null;
  if (!m) return null;
  let cueEnd = rangeEnd + cue.end;
  let subject: Subject | null = null;
  if (sub) subject = sub.subject;
  else {
    const after = nounAfterCue(right, cue);
    if (after) {
      subject = after.subject;
      cueEnd += after.length;
    } else if (
      AUX_ONLY.test(before) &&
      lastDraft &&
      sharesWho(lastDraft, m) &&
      /^\s*(?:were|was|have|had|has|are)?\s*$/i.test(
        before.replace(
          /\b(?:so far|reportedly|also|been|more|further|additional|still|now|currently)\b/gi,
          '',
        ),
      )
    ) {
      subject = lastDraft.subject;
    }
  }
  if (cue.metric === 'among_prev' && !subject) subject = lastDraft?.subject ?? prevSubject ?? null;
  if (m === 'participants' && subject !== 'protesters') subject = 'people';
  if (ds) subject = ds;
  return { metric: m, subject, cueEnd };
}

/**
 * An inference drawn from the figure opens a clause of its own: "some 140 to 150 were on board -
 * suggesting that some migrants were still missing" counts no one missing.
 */
const INFERENCE = /\b(?:suggesting|meaning|indicating|implying)\b/i;

/** A relative clause on the figure's noun: "11 fishermen who had gone out to sea earlier this week were missing". */
const RELATIVE_ON_NOUN = /^\s*(?:[\p{L}-]+\s+){1,3}?(?:who|that|which)\s/iu;

/** How many words may stand between the figure and its metric word: more past a relative clause. */
function wordsToVerb(before: string): number {
  return RELATIVE_ON_NOUN.test(before) ? 18 : 12;
}

/** Verbs by which a force is sent to join one in place: "to reinforce the 110 already deployed". */
const REINFORCING = ['reinforce', 'reinforcing', 'bolster', 'bolstering', 'join', 'joining'];
const REINFORCES_THE = new RegExp(String.raw`\b${anyOf(REINFORCING)}\s+the\s*$`, 'i');

/**
 * "160 soldiers and firefighters to reinforce the 110 already deployed", "an extra 500 troops … to
 * bolster the 1,200 already on site": the force in place is of the kind sent to join it (the first
 * force named before it in the sentence).
 */
function reinforcedForce({ s, n }: FigureWindow, before: string): Subject | null {
  if (!/^\s*(?:already\s*)?$/i.test(before) || !REINFORCES_THE.test(s.slice(0, n.start)))
    return null;
  return deploySubject(s.slice(Math.max(0, n.start - 160), n.start), s);
}

/**
 * "78 refugees drowned", "40 refugees were arrested": the noun names who they are, the verb after it
 * what befell them; refugees with no such verb are displaced.
 */
function verbAfterRefugees(
  right: string,
  cue: ReturnType<typeof firstCue>,
): ReturnType<typeof firstCue> {
  if (!cue || cue.metric !== 'displaced' || !/^refugees$/i.test(right.slice(cue.index, cue.end)))
    return cue;
  const next = firstCue(right.slice(cue.end));
  if (!next || next.metric === 'displaced' || next.metric === 'among_prev') return cue;
  if (next.index > 40) return cue;
  return { ...next, index: cue.end + next.index, end: cue.end + next.end };
}

/**
 * "86 people protesting against corruption were detained": the crowd's participle on the noun says
 * who they are; the verb after it in the same clause says what befell them.
 */
function verbAfterCrowd(
  right: string,
  cue: ReturnType<typeof firstCue>,
): ReturnType<typeof firstCue> {
  if (!cue || cue.metric !== 'participants' || !CROWD_PARTICIPLE.test(right.slice(cue.index)))
    return cue;
  const rest = right.slice(cue.end);
  const next = firstCue(rest);
  if (!next || next.metric === 'participants' || next.metric === 'among_prev') return cue;
  if (next.index > 50 || /[,;:]/.test(rest.slice(0, next.index))) return cue;
  return { ...next, index: cue.end + next.index, end: cue.end + next.end };
}

/** People named by a crowd's participle ("people protesting") are protesters. */
function crowdSubject(
  sub: ReturnType<typeof subjectOf>,
  byParticiple: boolean,
): ReturnType<typeof subjectOf> {
  return byParticiple && sub?.subject === 'people' ? { ...sub, subject: 'protesters' } : sub;
}

/** Metric words a noun may follow: "4,353 wounded people", "the deaths of 12 miners". */
const BEFORE_A_NOUN = [
  'dead',
  'killed',
  'wounded',
  'injured',
  'deceased',
  'detained',
  'arrested',
  'missing',
  'displaced',
  '(?:arrests|deaths|detentions|killings|injuries) of',
];
const METRIC_BEFORE_NOUN = new RegExp(String.raw`^${anyOf(BEFORE_A_NOUN)}\b`, 'i');
/**
 * Words that open a setting, not a noun: "18 killed in the blast"; or a part of the set, whose
 * people are not the set's: "four injured including an infant" counts people, not children.
 */
const SETTING_WORDS = [
  'including',
  'among',
  'by',
  'in',
  'at',
  'on',
  'during',
  'after',
  'when',
  'while',
  'as',
  'and',
  'or',
  'from',
  'for',
  'since',
  'until',
  'near',
  'inside',
  'outside',
  'across',
];
const OPENS_SETTING = new RegExp(String.raw`^${anyOf(SETTING_WORDS)}\b`, 'i');

/** "4,353 wounded people": the noun after the metric word names who, and the quote runs over it. */
function nounAfterCue(
  right: string,
  cue: { index: number; end: number },
): { subject: Subject; length: number } | null {
  const afterCue = /^\s+((?:[\p{L}-]+\s*){1,3})/u.exec(right.slice(cue.end));
  if (
    !afterCue ||
    !METRIC_BEFORE_NOUN.test(right.slice(cue.index)) ||
    OPENS_SETTING.test(afterCue[1])
  )
    return null;
  // "3 dead here per police": the source after the figure is no noun of it
  const source = SOURCE_AFTER_CUE.exec(afterCue[1]);
  const noun = source ? afterCue[1].slice(0, source.index) : afterCue[1];
  const s2 = subjectOf(noun);
  return s2 ? { subject: s2.subject, length: afterCue[0].trimEnd().length } : null;
}
const SOURCE_AFTER_CUE = /\b(?:here|there|per|according|said|says|say|told|reports?|reported)\b/i;

/**
 * Verbs a level is reached by: "Resurfaced Miners Nears 1,500, 8 Dead" gives 1,500 as the level of
 * what the headline names, never a figure that shares the verb of the one after it.
 */
const LEVEL_REACHED = new RegExp(
  String.raw`\b(?:${anyOf(['nears', 'neared', 'reaches', 'reached', 'tops', 'topped', 'passes', 'passed', 'exceeds', 'exceeded'])}|${anyOf(['rises', 'rose', 'climbs', 'climbed', 'closer', 'close'])}\s+to)\s*$`,
  'i',
);

/** Coordination: "26 protesters and 18 security officials were killed", "113 women, seven children … were killed". */
function sharesVerbAfter({ i, nums, rightFull, leftCore }: FigureWindow): boolean {
  return (
    i + 1 < nums.length &&
    !LEVEL_REACHED.test(leftCore) &&
    /^\s*(?:(?:[\p{L}'’-]+\s+){0,4}?(?:,|and|as well as|plus|,\s*and|(?:were|are|was) among)|[\p{L}'’-]+,)\s*$/iu.test(
      rightFull,
    ) &&
    /\S/.test(rightFull) &&
    !SPARED.test(rightFull)
  );
}

/** Verbs after "casualties among security officers" that give the group's figure. */
const GROUP_FIGURE_VERBS = [
  'rose',
  'climbed',
  'reached',
  'stood',
  'stands?',
  'was',
  'were',
  'is',
  'are',
  'jumped',
  'increased',
  'grew',
  'has',
  'have',
  'had',
  'hit',
  'to',
  'at',
  'totall?ed',
  'numbered',
  'now',
];
const AMONG_GROUP = new RegExp(
  String.raw`\bamong\s+([^,.;:]{1,60}?)\s+${anyOf(GROUP_FIGURE_VERBS)}\b`,
  'iu',
);

/** The draft a reading gives: its subject settled, its interval and quote span. */
function draftOf(w: FigureWindow, reading: FigureReading): Draft {
  const { s, n, right, np, share, lastDraft, value, q, qlen, below, high, rangeEnd } = w;
  const { metric } = reading;
  let subject = reading.subject;
  // "70 of its members were wounded": the members of the body named before
  if (
    /^\s*of (?:its|their) (?:own )?(?:members|crew|personnel|staff|officers|ranks|men|troops|employees)\b/i.test(
      right,
    )
  ) {
    const owner = ownerSubject(s.slice(Math.max(0, n.start - 200), n.start));
    if (owner) subject = owner;
  }
  // the share's people are whoever the population is: "60 of the hamlet's 350 residents" are people
  if (share) subject = 'people';
  if (!subject) {
    // "casualties among security officers rose to 18 dead"
    const among = AMONG_GROUP.exec(s.slice(0, n.start));
    const a = among ? subjectOf(among[1]) : null;
    subject =
      a?.subject ??
      (lastDraft && AUX_ONLY.test(np) && sharesWho(lastDraft, metric) ? lastDraft.subject : null) ??
      'people';
  }
  const [low, hi] = interval(value, q, below, n.vague);
  const cueStart = reading.cueStart ?? n.start;
  const cueEnd = reading.cueEnd ?? rangeEnd;
  return {
    n,
    metric,
    subject,
    value,
    low,
    high: q === 'range' ? high : hi,
    qualifier: q,
    qs: Math.max(0, Math.min(cueStart, n.start - qlen)),
    qe: Math.max(cueEnd, rangeEnd),
    increment: isIncrement(w) && !isElsewhere(w),
    placeAt: reading.placeAt,
    ...(reading.aside ? { aside: true } : {}),
  };
}

/** Quantities that count the people who came, not the people harmed. */
const COMERS: ReadonlySet<Metric> = new Set(['deployed', 'participants']);

/**
 * Whether a figure with no noun counts the same people as the figure before: "12 soldiers were
 * killed and 30 wounded" does; "10,000 soldiers will be sent to Valencia, where floods have left
 * hundreds dead" does not (the forces sent are not the dead).
 */
function sharesWho(last: Draft, metric: Metric): boolean {
  return metric === last.metric || !COMERS.has(last.metric);
}

/** "another 30 were killed", "12 more bodies": a change, not a total. */
function isIncrement({ leftFull, qlen, right }: FigureWindow): boolean {
  return (
    /\b(?:another|an additional|additional|a further|further|yet another)\s*$/i.test(
      leftFull.slice(0, leftFull.length - qlen),
    ) ||
    /^\s*(?:more|additional|extra|further|new)\b/i.test(right) ||
    /\b(?:another|additional)\s*$/i.test(leftFull)
  );
}

/** "30,000 displaced in the city, with another 6,085 in other areas": a figure for elsewhere, not a change. */
function isElsewhere({ right }: FigureWindow): boolean {
  return namesElsewhere(right);
}

/** "police raid in", "the army operation": the force named is the raid's, not the counted's. */
function namesForceAction(words: string): boolean {
  const ws = words
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w && !ARTICLES.has(w));
  return ws.slice(1, 3).some((w) => FORCE_ACTIONS.has(w.replace(/s$/, '')));
}

const ARTICLES = new Set(['the', 'a', 'an']);
