// The pure claim extractor (issue 4). Reads an article body or one post's text and returns
// every figure of the DESIGN.md §3 vocabulary with its interval, subject, place, source chain,
// date and exact quote.
//
// Interval convention (DESIGN.md §3): `low`/`high` are the bounds the wording gives and `null`
// where unbounded. Whether a bound is open is carried by `qualifier`: `more_than` N gives
// low = N, high = null and means (N, ∞); `at_most` ("up to", "fewer than") gives [0, N].
//
// Speed: a cheap regex pass keeps only sentences with a figure near a metric word; number
// parsing, structure rules, place lookup and date parsing (chrono-node) run on those alone.
import type { ExtractedClaim } from '../../domain/claim';
import type { ExtractionContext } from './extraction-context';
import type { Metric, Qualifier, Subject } from '../../domain/vocabulary';
import {
  continuesReport,
  labelSource,
  pickAttribution,
  namesNoSource,
  quoteSpeakers,
  mayNameSource,
  sourcesInSentence,
  type AttributionContext,
  type SpeechHit,
} from './attribution';
import { statedDate } from './dates';
import { accentedSpellings, spellPlacesAsText } from './place-spelling';
import {
  COUNTED_THINGS,
  countsThings,
  LEFT_CUES,
  ownerSubject,
  PEOPLE_NOUN,
  RESPONDERS,
  RIGHT_CUES,
  subjectOf,
} from './lexicon';
import {
  eventCountries,
  focusPlace,
  isDemonym,
  isSeat,
  lastNationwide,
  placesWithin,
  safeFindPlaces,
  safeWithin,
  sentenceCountry,
  sentenceScope,
  withTownsNamedByKind,
  withTownsNamedByEvent,
  type PlaceHit,
} from './location';
import { findNumbers, type NumberMention } from './numbers';
import type { Draft } from './draft';
import { FILLER, interval, passedFigure, qualify } from './qualifiers';
import { earlierFigures, restatedEarlier } from './relations/earlier-figures';
import { givenFigureSources } from './relations/given-figures';
import { runningTotal } from './relations/running-total';
import { partFigures } from './relations/part-figures';
import { kindMentions } from './relations/incidents';
import { gapping } from './relations/gapping';
import { lineHeading, placeLine, type LineHeading, type PlaceLine } from './relations/place-lines';
import { tollModifiers } from './relations/toll-modifiers';
import { parentheticalTally, tallySource } from './relations/parenthetical-tallies';
import { protestCause } from './rules/protest-cause';
import { aboard } from './rules/aboard';
import { aftercare } from './rules/aftercare';
import { readFrame } from './frames/figure-rules';
import { tokenize, type Token } from './tokens';
import { paragraphs, sentences, withoutShareAsides, type TextSpan } from './sentences';
import { resolvePlace } from '../../geo/gazetteer';

const HAS_FIGURE =
  /\d|\b(?:million|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|dozen|dozens|scores|tens|millions)\b/i;
const HAS_METRIC =
  /\b(?:kill|number|stand|top|assign|vigil|lost|lose|converg|dead|die|death|deceased|succumb|drown|trampl|suffer|sustain|slain|murder|perish|fatal|lives|bod(?:y|ies)|corpse|eliminat|liquidat|execut|toll|injur|wound|hurt|hospitali|treat|casualt|detain|detention|arrest|custody|held|jail|imprison|apprehend|rounded up|missing|unaccounted|disappear|trace|yet to be found|displac|evacuat|fled|flee|homeless|refugee|relocat|deploy|sent|send|dispatch|mobili|station|arriv|landed|troops|soldiers|peacekeep|streets|gather|rall|march|protest|demonstrat|particip|took part|taking part|join|attend|clash|storm|flood|flock|poured|turned out|packed|throng|crowd|among|of which|of whom|of them|including|refuge|shelter|hospital|homeless|homes|tents|camps|affected|rescue|personnel|figure|tally|total|risen|rose|up from|accounted|abduct|taken|kidnap|disappear|shooting|of us|with \d|looking for|searching for|medics|specialists|flown|flew|airlift|working|operation|buried|victims|outdoors|outside|in the open|leaving|abandon|activat|assisting|helping|supporting|reinforc|answered|called (?:up|in)|numbered|inside|entered|breach|past|nights? (?:in|under|at|outdoors)|the open|to leave|get out|escape|there were|there was|loss|on the ground|on the scene|at the scene)/i;

/** Words right after the figure, up to punctuation or a verb: the counted noun ("members of law enforcement"). */
function nounAfter(right: string): string {
  const m =
    /^[^,.;:!?()"“”—–]{0,80}?(?=\s+(?:were|was|are|is|have|has|had|who|that|which|died|in|on|at|after|during|when|while|as|to|by|from|for|and (?:were|have|had|are))\b|[,.;:!?()"“”—–]|$)/i.exec(
      right,
    );
  return m ? m[0] : right.slice(0, 40);
}

function firstCue(
  window: string,
): { metric: Metric | 'among_prev'; index: number; end: number } | null {
  let best: { metric: Metric | 'among_prev'; index: number; end: number } | null = null;
  for (const { re, metric } of RIGHT_CUES) {
    const m = re.exec(window);
    if (m && (!best || m.index < best.index))
      best = { metric, index: m.index, end: m.index + m[0].length };
  }
  return best;
}

/** The part of the text right of a figure that may still speak about it. */
function rightWindow(right: string): string {
  const words = right.split(/(?<=\s)/);
  let out = '';
  let n = 0;
  for (const w of words) {
    if (/[;:(]|\s[—–]\s/.test(w) && n > 0) {
      out += w.replace(/(?:[;:(]|\s[—–]\s).*$/s, '');
      break;
    }
    out += w;
    if (++n >= 14) break;
  }
  return out.replace(/[;:(].*$/s, '');
}

function stripIncluding(right: string, rest: string): string {
  const m =
    /\s*(?:,|\(|—|–|--)\s*(?:including|among them|among whom|of whom|of them|of which)(?:\s+(?:some|about|around|nearly|almost|roughly|approximately|more than|over|at least|up to|as many as))?\s*$/i.exec(
      right,
    );
  if (!m || !rest) return right;
  // the parenthetical closes at a comma that is no digit separator ("7,000")
  const close = /,(?!\d{3}\b)|[)—–]|--/.exec(rest);
  if (!close) return right;
  // padded to the same length, so offsets past it still point into the sentence
  const cut = right.length - m.index + close.index + close[0].length;
  return (
    right.slice(0, m.index) +
    ' ' +
    '_'.repeat(Math.max(0, cut - 2)) +
    ' ' +
    rest.slice(close.index + close[0].length)
  );
}

/**
 * A list of parts set off by dashes after a total cuts no figure from its verb: "121 people - 113
 * women, seven children and a man - were killed" (the total and each part read "were killed").
 * The dash after the total's noun opens the list; the next spaced dash closes it.
 */
function padDashList(right: string, rest: string): string {
  const open = /^\s*(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’]+(\s+(?:-|–|—|--)\s+|\s*[—–]\s*)$/u.exec(
    right,
  );
  if (!open || !rest) return right;
  const close = /\s(?:-|–|—|--)\s|[—–]/.exec(rest);
  if (!close || close.index > 120 || !/^\s*\p{Ll}/u.test(rest.slice(close.index + close[0].length)))
    return right;
  const at = right.length - open[1].length;
  // padded to the same length, so offsets past it still point into the sentence
  const cut = right.length - at + close.index + close[0].length;
  return (
    right.slice(0, at) +
    ' ' +
    '_'.repeat(Math.max(0, cut - 2)) +
    ' ' +
    rest.slice(close.index + close[0].length)
  );
}

/** A parenthetical without figures cuts no figure from its verb: "20 officers, including two commanders, were killed". */
function padAside(right: string): string {
  return right.replace(
    /,\s*(?:including|among them|among whom|mostly|mainly|many of them|most of them|such as)\s[^,;:\d]{1,60},/i,
    (m) => ' ' + '_'.repeat(Math.max(0, m.length - 2)) + ' ',
  );
}

/**
 * Who may be deployed: troops and police, and the rescue, relief and medical teams sent to a disaster
 * (`other`); "personnel" in a sentence about rescue or relief work are responders, not soldiers.
 */
function deploySubject(np: string, s: string): Subject | null {
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

const AUX_ONLY =
  /^\s*(?:(?:were|was|are|is|have|has|had|been|being|be|so far|reportedly|also|more|further|additional|others?|had so far|still|now|currently|remain|remained|remaining|,|and|people)\s*)*$/i;

const POPULATION =
  /^\s+(?:[\p{L}-]+\s+)?(?:inhabitants|residents|population|villagers|households|families|dwellers|people living)\b/iu;
/** "90 of the village's roughly 200 inhabitants": the second figure is the population a share is taken of. */
function isDenominator(s: string, nums: NumberMention[], j: number): boolean {
  if (j <= 0 || j >= nums.length) return false;
  return (
    /^\s+of\s+(?:the|its|their|this|that|a|an|some)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:(?:roughly|about|around|some|approximately|nearly|almost|estimated|total|just over|more than|fewer than)\s+)?$/iu.test(
      s.slice(nums[j - 1].end, nums[j].start),
    ) && POPULATION.test(s.slice(nums[j].end, nums[j].end + 40))
  );
}

/** The figure is denied ("did not kill 5,000 people") or reported as debunked ("the claim that 5,000 died is false"). */
function negated(s: string, n: NumberMention, leftCore: string): boolean {
  if (
    /\b(?:did not|didn['’]t|does not|doesn['’]t|do not|don['’]t|never|has not|hasn['’]t|have not|haven['’]t|had not|hadn['’]t)\s+(?:[\p{L}-]+\s+){1,2}$/iu.test(
      leftCore,
    )
  )
    return true;
  return (
    /\b(?:claims?|rumou?rs?|allegations?|suggestions?|assertions?|posts?|videos?|reports?)\s+that\s+[^.;]*$/i.test(
      s.slice(0, n.start),
    ) &&
    /^[^.;]*?\b(?:is|are|was|were)\s+(?:also\s+|simply\s+|completely\s+|entirely\s+)?(?:false|untrue|fake|baseless|incorrect|wrong|unfounded|misleading|not true|fabricated)\b/i.test(
      s.slice(n.end),
    )
  );
}

function analyse(
  s: string,
  nums: NumberMention[],
  i: number,
  drafts: (Draft | null)[],
  prevMetric: Metric | null,
  prevSubject: Subject | null,
  pubYear: number | null,
  crowd = false,
): Draft | null | 'forward' | 'skip' {
  const n = nums[i];
  if (isDenominator(s, nums, i)) return 'skip';
  const prevEnd = i > 0 ? nums[i - 1].end : 0;
  // a share of a population reads past it: "90 of the town's 200 residents had died"
  const share = isDenominator(s, nums, i + 1);
  const nextStart =
    i + 1 < nums.length
      ? share
        ? i + 2 < nums.length
          ? nums[i + 2].start
          : s.length
        : nums[i + 1].start
      : s.length;
  const leftFull0 = s.slice(Math.max(prevEnd, n.start - 120), n.start);
  // a parenthetical subset does not cut a figure from its verb: "6 people, including two children, were killed"
  let rightRaw = s.slice(n.end, nextStart);
  if (share)
    rightRaw =
      rightRaw.slice(0, nums[i + 1].start - n.end) +
      '_'.repeat(nums[i + 1].end - nums[i + 1].start) +
      rightRaw.slice(nums[i + 1].end - n.end);
  const rightFull = padAside(
    padDashList(stripIncluding(rightRaw, s.slice(nextStart)), s.slice(nextStart)),
  );
  const lastDraft = [...drafts].reverse().find((d): d is Draft => !!d) ?? null;

  const leftFull = leftFull0;
  // second figure of a range: consumed by the first
  if (i > 0 && drafts[i - 1]?.qualifier === 'range' && drafts[i - 1]?.high === n.value)
    return 'skip';
  // changes, not totals: "rose by 12"; "from 164 to 225" keeps the second
  if (
    /\b(?:rose|risen|rising|increased?|increasing|grew|jumped|climbed|up|down|fell|dropped|decreased?)\s+by\s*$/i.test(
      leftFull,
    )
  )
    return 'skip';
  // …but "estimates ranging from 275,000 to 325,000" is one range
  const spans = /\brang(?:e|es|ed|ing)\s+from\s*$/i.test(leftFull);
  if (!spans && /\bfrom\s*$/i.test(leftFull) && /^\s*(?:to|-|–)\s*$/.test(rightFull)) return 'skip';
  let leftFull2 = leftFull;
  if (i > 0 && /^\s*(?:to|-|–)\s*$/.test(leftFull)) {
    const a = nums[i - 1];
    const aLeft = s.slice(Math.max(i > 1 ? nums[i - 2].end : 0, a.start - 120), a.start);
    if (/\bfrom\s*$/i.test(aLeft)) leftFull2 = aLeft.replace(/\s*from\s*$/i, ' to ');
  }

  const value = n.value;
  const qualified = qualify(leftFull2);
  const below = qualified.below;
  let { q, len: qlen } = qualified;
  let high: number | null = null;
  let rangeEnd = n.end;
  // ranges: "between 10 and 15", "10-15", "10 to 15", "two or three"
  if (i + 1 < nums.length && !n.vague && !nums[i + 1].vague) {
    const mid = s.slice(n.end, nums[i + 1].start);
    const between = /\bbetween\s*$/i.test(leftFull) && /^\s*and\s*$/i.test(mid);
    if (between || /^\s*(?:-|–|to|or)\s*$/i.test(mid)) {
      if (nums[i + 1].value > value) {
        q = 'range';
        high = nums[i + 1].value;
        rangeEnd = nums[i + 1].end;
        if (between) qlen = /\bbetween\s*$/i.exec(leftFull)![0].length;
      }
    }
  }
  if (n.vague) q = 'vague';
  // "8 or more", "100-plus", "150 or so"
  const tail = s.slice(rangeEnd);
  if (q === 'exact' && /^\s*(?:or more|and more)\b/i.test(tail)) q = 'at_least';
  if (q === 'exact' && /^(?:\s*plus\b|-plus\b|\+)/i.test(tail)) q = 'more_than';
  if (q === 'exact' && /^\s*or so\b/i.test(tail)) q = 'approx';
  if (q === 'exact' && passedFigure(leftFull2)) q = 'more_than';

  const right = rightWindow(
    q === 'range'
      ? s.slice(rangeEnd, i + 2 < nums.length ? nums[i + 2].start : s.length)
      : rightFull,
  );
  const leftCore = leftFull2.slice(0, leftFull2.length - qlen).replace(FILLER, '');
  if (negated(s, n, leftCore)) return 'skip';
  const increment =
    /\b(?:another|an additional|additional|a further|further|yet another)\s*$/i.test(
      leftFull.slice(0, leftFull.length - qlen),
    ) ||
    /^\s*(?:more|additional|extra|further|new)\b/i.test(right) ||
    /\b(?:another|additional)\s*$/i.test(leftFull);
  // "30,000 displaced in the city, with another 6,085 in other areas": a figure for elsewhere, not a change
  const elsewhere =
    /^[^,;.]{0,40}?\b(?:in other|elsewhere|in the rest of|in neighbou?ring|in nearby|in surrounding|outside (?:the|of))\b/i.test(
      right,
    );

  // a past event named for comparison: "the deadliest since the 2014 Sewol disaster, in which 304 people died"
  const yearBefore = /\b(1[89]\d\d|20\d\d)\b(?![^.]*\b(?:1[89]\d\d|20\d\d)\b)/.exec(
    s.slice(0, n.start),
  );
  if (
    yearBefore &&
    (!pubYear || Number(yearBefore[1]) < pubYear) &&
    /\b(?:since|deadliest|worst|largest|biggest|previous|compared (?:with|to)|than|in which|when|recalled|anniversary|last|comparable|similar|earlier)\b/i.test(
      s.slice(0, n.start),
    )
  )
    return 'skip';

  let metric: Metric | null = null;
  let subject: Subject | null = null;
  let cueStart = n.start;
  let cueEnd = rangeEnd;
  const np = nounAfter(right);

  // subsets: "3,393 of which were security personnel", "three of the murdered were minors"
  const subset =
    /^\s*(?:of (?:which|whom|them|those|these)|of the ([\p{L}-]+)(?:\s+people)?)\b/iu.exec(right);
  const including =
    /\b(?:including|among them|among whom|of whom|of which|of them|among those)\s*$/i.test(
      leftCore,
    );
  // "11 of them in critical condition": a condition is no metric of its own
  if (
    subset &&
    /^\s*(?:were\s+|are\s+|was\s+|remain(?:ed)?\s+)?(?:still\s+)?in\s+(?:a\s+)?(?:critical|serious|stable|grave|life-threatening|fair|good)\s+condition\b/i.test(
      right.slice(subset[0].length),
    )
  )
    return null;
  // "45 detained, of whom 20 have since been released": the part that left the set is no count of it
  if (
    (subset || including) &&
    /^\s*(?:(?:have|has|had|were|was|are|is)\s+)?(?:(?:since|later|already|now|been|subsequently|all)\s+)*(?:released|freed|let go|acquitted|pardoned|returned home|found alive|rescued|reunited|discharged|recovered|bailed|identified|formally identified|named)\b/i.test(
      subset ? right.slice(subset[0].length) : right,
    )
  )
    return null;
  if (subset || including) {
    const rest = subset ? right.slice(subset[0].length) : right;
    const cue = firstCue(rest);
    let m: Metric | null = null;
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
    if (!m && !verbBefore) return null;
    if (m) {
      metric = m;
      const placed =
        /^\s*(?:were|was|are|is)\s+(?:in|at|on|from|near|inside|outside|across)\b/i.test(rest);
      const sub =
        subjectOf(cue ? rest.slice(0, cue.index) : nounAfter(rest)) ??
        (placed ? null : subjectOf(rest.slice(0, 60)));
      subject = sub?.subject ?? lastDraft?.subject ?? prevSubject ?? 'people';
      if (cue) cueEnd = rangeEnd + (right.length - rest.length) + cue.end;
      else cueEnd = rangeEnd + (subset ? subset[0].length : 0) + nounAfter(rest).length;
    }
  }

  // a metric word right before the figure: "killed 225", "death toll … at 26", "sent 70 soldiers"
  if (!metric) {
    // a toll phrase reaches back over figures that made no claim: "the toll from the two quakes … has risen to 8,574"
    const wideStart = Math.max(0, n.start - 160);
    const quietBefore =
      !drafts.some((d) => d && d.n.start >= wideStart) &&
      !(i > 0 && /^\s*(?:to|-|–|or|and)\s*$/i.test(s.slice(nums[i - 1].end, n.start)));
    const leftWide =
      quietBefore && leftFull2 === leftFull ? s.slice(wideStart, n.start - qlen) : null;
    for (const { re, metric: lm } of LEFT_CUES) {
      let m = re.exec(leftCore);
      let wide = false;
      if (!m && leftWide && TOLL_PHRASE_CUES.has(re)) {
        m = re.exec(leftWide);
        wide = !!m;
      }
      if (!m) continue;
      if (wide) {
        // the cue matched in the wide window: quote from it
        cueStart = wideStart + m.index;
      }
      if (
        /\b(?:claimed|claiming)\s*$/i.test(m[0]) &&
        !/^\s*(?:lives|victims|people's lives)\b/i.test(right)
      )
        continue;
      if (/\b(?:held|holding|forced|treated|treating)\s*$/i.test(m[0]) && !subjectOf(np)) continue;
      const sub = subjectOf(np);
      if (lm === 'deploy_verb') {
        const unit =
          /\b(?:team|teams|crew|squad|contingent|force|unit|battalion|detachment) of\s*$/i.exec(
            m[0],
          );
        const ds =
          deploySubject(np, s) ??
          (unit &&
          !subjectOf(np) &&
          /^\s*(?:[,.;:)]|(?:to|into|for|on|in|and|with)\b|$)/i.test(right)
            ? /\b(?:contingent|battalion|detachment|force)\b/i.test(unit[0])
              ? 'military'
              : 'other'
            : null);
        if (!ds) continue;
        metric = 'deployed';
        subject = ds;
        cueStart = leftFull2 === leftFull ? Math.max(prevEnd, n.start - 120) + m.index : n.start;
        cueEnd = rangeEnd + np.length;
        break;
      } else if (lm === 'participants_noun') {
        metric = 'participants';
      } else metric = lm;
      subject = sub?.subject ?? null;
      if (!subject) {
        const of = /\b(?:toll|deaths?|number) (?:of|among) ((?:[\p{L}-]+\s*){1,3})/iu.exec(
          leftCore,
        );
        subject = of ? (subjectOf(of[1])?.subject ?? null) : null;
      }
      if (metric === 'participants' && subject !== 'protesters') subject = 'people';
      if (!wide)
        cueStart = leftFull2 === leftFull ? Math.max(prevEnd, n.start - 120) + m.index : n.start;
      cueEnd = rangeEnd + np.length;
      break;
    }
    // "most of the deaths (103 people)"
    if (!metric && /\b(?:deaths|dead|killed|fatalities)\s*\(\s*$/i.test(leftCore)) {
      metric = 'killed';
      subject = subjectOf(np)?.subject ?? null;
    }
  }

  // a metric word after the figure: "12 were killed", "18 dead", "225 people died"
  if (!metric) {
    const cue = firstCue(right);
    if (cue) {
      const before = right.slice(0, cue.index);
      const sub = subjectOf(before);
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
      if (m === 'deployed' && !ds) m = null;
      if (
        m === 'participants' &&
        !(
          PEOPLE_NOUN.test(before) ||
          // the cue names the gathering itself: "190,000 were at the march"
          /^(?:were|was) (?:at|in) the\b/i.test(right.slice(cue.index)) ||
          sub?.subject === 'protesters' ||
          (n.vague && ((/\bof\b/.test(before) && !COUNTED_THINGS.test(before)) || !before.trim()))
        )
      )
        m = null;
      if (
        m === 'participants' &&
        sub &&
        sub.subject !== 'protesters' &&
        sub.subject !== 'people' &&
        sub.subject !== 'civilians'
      )
        m = null;
      // the metric word must be close and in the same clause
      if (
        m &&
        (before.split(/\s+/).length > 12 || /\b(?:said|says|told|according)\b/i.test(before))
      )
        m = null;
      // "identified 78 users … and detained 18 of them": a verb right before the next figure is that figure's
      if (
        m &&
        i + 1 < nums.length &&
        /\band\b/i.test(before) &&
        !right.slice(cue.end).trim() &&
        /^\s*$/.test(rightFull.slice(cue.end))
      )
        m = null;
      if (m) {
        metric = m;
        cueEnd = rangeEnd + cue.end;
        if (sub) subject = sub.subject;
        else {
          // "4,353 wounded people": the noun after the metric word
          const afterCue = /^\s+((?:[\p{L}-]+\s*){1,3})/u.exec(right.slice(cue.end));
          const s2 =
            afterCue &&
            /^(?:dead|killed|wounded|injured|deceased|detained|arrested|missing|displaced|(?:arrests|deaths|detentions|killings|injuries) of)\b/i.test(
              right.slice(cue.index),
            ) &&
            !/^(?:by|in|at|on|during|after|when|while|as|and|or|from|for|since|until|near|inside|outside|across)\b/i.test(
              afterCue[1],
            )
              ? subjectOf(afterCue[1])
              : null;
          if (s2) {
            subject = s2.subject;
            cueEnd += afterCue![0].trimEnd().length;
          } else if (
            AUX_ONLY.test(before) &&
            lastDraft &&
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
        if (cue.metric === 'among_prev' && !subject)
          subject = lastDraft?.subject ?? prevSubject ?? null;
        if (metric === 'participants' && subject !== 'protesters') subject = 'people';
        if (ds) subject = ds;
      }
    }
  }

  // "… including 43 children and 25 women", "killed 12 police and 30 protesters": the figure joins the one before
  if (
    !metric &&
    lastDraft &&
    drafts[i - 1] === lastDraft &&
    /^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:,|and|,\s*and|as well as|plus)\s*$/iu.test(leftFull0) &&
    !firstCue(right)
  ) {
    const sub = subjectOf(np);
    if (sub && sub.index < 3) {
      metric = lastDraft.metric;
      subject = sub.subject;
      cueEnd = rangeEnd + np.length;
    }
  }

  if (
    !metric &&
    lastDraft &&
    drafts[i - 1] === lastDraft &&
    !firstCue(right.split(/,\s*(?:and|while|but)\b|[;]/)[0])
  ) {
    // ellipsis: "46 died in one town, officials said, and seven in another": the metric and subject carry over
    if (
      /(?:^|[,\s])and\s*$/i.test(leftFull0) &&
      /^\s*(?:others?\s+|more\s+)?(?:in|at|across|near)\s+(?:the\s+)?\p{Lu}/u.test(right)
    ) {
      metric = lastDraft.metric;
      subject = lastDraft.subject;
      cueEnd =
        rangeEnd +
        (/^\s*(?:others?\s+|more\s+)?(?:in|at|across|near)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*)+/u
          .exec(right)?.[0]
          .trimEnd().length ?? 0);
    } else if (
      /\b(?:down|up)\s+from\s+(?:the\s+|an?\s+)?(?:(?:earlier|previous|initial|first|original)\s+)?(?:(?:figure|toll|tally|count|estimate)\s+of\s+)?$/i.test(
        leftCore,
      )
    ) {
      // "revised the toll to 125, down from the 174 given earlier": the earlier figure of the same quantity
      metric = lastDraft.metric;
      subject = lastDraft.subject;
    }
  }
  if (!metric) {
    // "put the number of reporters held at 56": the metric and subject are in the named quantity
    const named =
      /\b(?:put|puts|putting|placed|places|gave|gives|estimated|estimates|set|sets)\s+(?:the|that|this|its|their|his|her)\s+(?:own\s+)?(?:number|figure|count|tally|total|toll)\s+of\s+([^,;.]{1,60}?)\s+at\s*$/i.exec(
        leftCore,
      );
    const c = named ? firstCue(named[1]) : null;
    if (named && c && c.metric !== 'among_prev') {
      metric = c.metric;
      subject = subjectOf(named[1].slice(0, c.index))?.subject ?? 'people';
      cueStart = Math.max(prevEnd, n.start - 120) + named.index;
    }
  }
  // "on Tuesday it rose to 2,901", "the earlier figure was 359": the quantity named before carries on
  if (
    !metric &&
    (lastDraft || prevMetric) &&
    (/\b(?:it|that|this)\s+(?:had\s+|has\s+|then\s+|later\s+|now\s+)*(?:rose|risen|climbed|jumped|increased|grew|soared|went up|reached|hit|stood at|stands at)\s*(?:to\s*)?$/iu.test(
      leftCore,
    ) ||
      /\b(?:the\s+|its\s+|their\s+|an?\s+)?(?:earlier|previous|initial|original|first|old|prior)\s+(?:figure|number|count|tally|total|toll|estimate)\s+(?:was|had been|stood at|of)\s*$/i.test(
        leftCore,
      ))
  ) {
    metric = lastDraft?.metric ?? prevMetric;
    subject = lastDraft?.subject ?? prevSubject;
  }
  // "6,300 troops were deployed, together with 600 naval personnel": the figure joins the one before
  if (
    !metric &&
    lastDraft &&
    /(?:together with|along with|alongside|in addition to|as well as|backed by|supported by|joined by)\s*$/i.test(
      leftCore,
    )
  ) {
    const sub = subjectOf(np);
    const ds = lastDraft.metric === 'deployed' ? deploySubject(np, s) : null;
    if (sub && sub.index < 25 && (lastDraft.metric !== 'deployed' || ds)) {
      metric = lastDraft.metric;
      subject = ds ?? sub.subject;
      cueEnd = rangeEnd + np.length;
    }
  }
  // a crowd counted in a protest: "over 50,000 of us", "well over 100,000 people here by noon",
  // "according to the ministry, there were about 107,000 people"
  if (
    !metric &&
    crowd &&
    (n.value >= 1000 || (n.vague && n.value >= 100)) &&
    (/^\s*of us\b/i.test(right) ||
      (/\bthere\s+(?:were|was)\s*$/i.test(leftCore) &&
        /^\s*(?:people|protesters|demonstrators|marchers|participants)?\s*(?:[,.;:]|$)/i.test(
          right,
        )) ||
      /^\s*["”'’]?\s*(?:people|protesters|demonstrators|marchers)\b["”'’]?(?:\s+(?:were|are|was)\b)?\s*(?:here|there|out|in|at|on|along|across|around|outside|filled|packed|by)\b/i.test(
        right,
      ))
  ) {
    metric = 'participants';
    subject = 'protesters';
    cueEnd = rangeEnd + (/^\s*(?:of us|["”'’]?\s*[\p{L}]+)/iu.exec(right)?.[0].length ?? 0);
  }
  // "the revised toll of 253 includes 38 foreign nationals": a part of the figure the sentence named
  if (
    !metric &&
    lastDraft &&
    /\b(?:toll|tally|count|figure|number|total)\b[^.;]{0,40}?\b(?:includes?|included|including)\s*$/i.test(
      s.slice(Math.max(0, n.start - qlen - 80), n.start - qlen),
    )
  ) {
    const sub = subjectOf(np);
    if (sub && sub.index < 25) {
      metric = lastDraft.metric;
      subject = sub.subject;
      cueEnd = rangeEnd + np.length;
    }
  }
  // "relatives were still looking for about a dozen neighbours": people sought are missing
  if (
    !metric &&
    /\b(?:still\s+)?(?:looking|searching|hunting)\s+for\s*$/i.test(leftCore) &&
    /^\s*(?:[\p{L}-]+\s+)?(?:people|persons|neighbou?rs|relatives|residents|villagers|children|victims|family members|students|workers|miners|passengers|climbers|fishermen|migrants|hikers|crew members)\b/iu.test(
      right,
    )
  ) {
    metric = 'missing';
    subject = subjectOf(np)?.subject ?? 'people';
    cueEnd = rangeEnd + np.length;
  }
  // "the agency has more than 500 federal personnel on the island": a force a body keeps in the place
  if (
    !metric &&
    /\b(?:has|had|have|now has|now had)\s+(?:now\s+)?$/i.test(leftCore) &&
    /^\s*(?:[\p{L}-]+\s+)?(?:personnel|staff|responders|troops|soldiers|officers|agents|guardsmen)\s+(?:on|in|at|across|deployed|stationed|working|on the ground)\b/iu.test(
      right,
    )
  ) {
    const civil =
      /^\s*(?:federal|civilian|government|agency|state|county|city|municipal)\s+(?:personnel|staff)\b/i.test(
        right,
      );
    const ds = civil ? 'other' : deploySubject(np, s);
    if (ds) {
      metric = 'deployed';
      subject = ds;
      cueEnd = rangeEnd + np.length;
    }
  }
  // an elliptical list of places: "…, followed by Northtown with 764, Southvale with 202 and Eastport with 41"
  let placeAt: number | undefined;
  if (!metric && lastDraft) {
    const item =
      /(?:\bfollowed by|,|\band|\bthen|\bwhile)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,3}?)(?:(?:province|region|state|district|county|city)\s+)?with\s*$/u.exec(
        leftCore,
      );
    if (
      item &&
      !firstCue(
        right.replace(
          /^\s*(?:dead|deaths|killed|injured|wounded|arrests|arrested|detained|missing)\b/i,
          '',
        ),
      )
    ) {
      metric = lastDraft.metric;
      subject = lastDraft.subject;
      placeAt = n.start - (leftFull2.length - leftFull2.lastIndexOf(item[1]));
      cueStart = placeAt;
    }
  }
  // "police put the figure at 41": the figure the sentence spoke of before
  if (
    !metric &&
    (lastDraft || prevMetric) &&
    /\b(?:put|puts|putting|placed|places|gave|gives|estimated|estimates|set|sets)\s+(?:the|that|this|its|their|his|her)\s+(?:own\s+)?(?:figure|number|count|tally|total)\s+at\s*$/i.test(
      leftCore,
    )
  ) {
    metric = lastDraft?.metric ?? prevMetric;
    subject = lastDraft?.subject ?? prevSubject;
  }
  // "sent a plane carrying 14 tonnes of supplies and 87 medics to the city": responders a deploying verb reaches
  if (
    !metric &&
    /\b(?:sent|sending|dispatched|dispatching|deployed|deploying|flew|flown)\b[^;.:]{0,100}$/i.test(
      s.slice(Math.max(0, n.start - 120), n.start),
    ) &&
    !/\b(?:said|says|told|killed|died|injured|wounded|arrested|detained)\b/i.test(
      s
        .slice(Math.max(0, n.start - 120), n.start)
        .replace(
          /^.*\b(?:sent|sending|dispatched|dispatching|deployed|deploying|flew|flown)\b/is,
          '',
        ),
    ) &&
    /^\s*(?:[\p{L}-]+\s+){0,3}?(?:to|into|for)\s/iu.test(right.slice(np.length))
  ) {
    const ds = deploySubject(np, s);
    if (ds === 'other' || ds === 'military') {
      metric = 'deployed';
      subject = ds;
      cueEnd = rangeEnd + np.length;
    }
  }

  if (!metric) {
    // coordination: "26 protesters and 18 security officials were killed", "113 women, seven children … were killed"
    if (
      i + 1 < nums.length &&
      /^\s*(?:(?:[\p{L}'’-]+\s+){0,4}?(?:,|and|as well as|plus|,\s*and|(?:were|are|was) among)|[\p{L}'’-]+,)\s*$/iu.test(
        rightFull,
      ) &&
      /\S/.test(rightFull)
    )
      return 'forward';
    // "Of the 225 dead, 19 were police": the figure inherits the set's metric
    if (
      lastDraft &&
      /^\s*(?:of|among) (?:the|those|them|these)\b/i.test(s) &&
      /^\s*(?:were|was|are|is)\b/i.test(right)
    ) {
      const sub2 = subjectOf(right.slice(0, 60));
      if (sub2) {
        metric = lastDraft.metric;
        subject = sub2.subject;
        cueEnd = rangeEnd + nounAfter(right).length;
      }
    }
    // "thousands of protesters": a crowd
    const sub = subjectOf(np);
    if (
      sub?.subject === 'protesters' &&
      /^\s*(?:of\s+)?(?:[\p{L}-]+\s+){0,2}(?:protest(?:e|o)rs|demonstrators|rioters)\b/iu.test(
        right,
      )
    ) {
      metric = 'participants';
      subject = 'protesters';
      cueEnd = rangeEnd + np.length;
    } else if (!metric) return null;
  }

  // "70 of its members were wounded": the members of the body named before
  if (
    metric &&
    /^\s*of (?:its|their) (?:own )?(?:members|crew|personnel|staff|officers|ranks|men|troops|employees)\b/i.test(
      right,
    )
  ) {
    const owner = ownerSubject(s.slice(Math.max(0, n.start - 200), n.start));
    if (owner) subject = owner;
  }
  // the share's people are whoever the population is: "60 of the hamlet's 350 residents" are people
  if (share && metric) subject = 'people';
  if (!subject) {
    // "casualties among security officers rose to 18 dead"
    const among =
      /\bamong\s+([^,.;:]{1,60}?)\s+(?:rose|climbed|reached|stood|stands?|was|were|is|are|jumped|increased|grew|has|have|had|hit|to|at|totall?ed|numbered|now)\b/iu.exec(
        s.slice(0, n.start),
      );
    const a = among ? subjectOf(among[1]) : null;
    subject = a?.subject ?? (lastDraft && AUX_ONLY.test(np) ? lastDraft.subject : null) ?? 'people';
  }
  const [low, hi] = interval(value, q, below, n.vague);
  const qs = Math.min(cueStart, n.start - qlen);
  return {
    n,
    metric,
    subject,
    value,
    low,
    high: q === 'range' ? high : hi,
    qualifier: q,
    qs: Math.max(0, qs),
    qe: Math.max(cueEnd, rangeEnd),
    increment: increment && !elsewhere,
    placeAt,
  };
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
  const q: Qualifier = n.vague
    ? 'vague'
    : reading.exact
      ? 'exact'
      : passed
        ? 'more_than'
        : qualified.q;
  const [low, high] = interval(n.value, q, qualified.below, n.vague);
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

export function extractClaims(text: string, ctx: ExtractionContext): ExtractedClaim[] {
  if (typeof text !== 'string' || !text.trim()) return [];
  try {
    return extractAll(text, ctx ?? {});
  } catch (error) {
    // a rule that trips on odd input must not cost the article its other data, but it must be
    // seen: the property specs guard that this stays unreachable, the log says when it is not
    numberCache.clear();
    reportFailure(ctx?.articleLabel, error);
    return [];
  }
}

function reportFailure(articleLabel: string | null | undefined, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`claim extraction failed for ${articleLabel ?? 'an unnamed text'}: ${detail}`);
}

/** The extractor without its safety net, for the property specs (junk must not reach the net). */
export function extractClaimsStrict(text: string, ctx: ExtractionContext): ExtractedClaim[] {
  return typeof text === 'string' && text.trim() ? extractAll(text, ctx ?? {}) : [];
}

function extractAll(text: string, ctx: ExtractionContext): ExtractedClaim[] {
  const out: ExtractedClaim[] = [];
  const country = ctx.defaultCountry ?? null;
  // a town the text names by its event ("the Surfside condo collapse") may be its focus
  const known = withTownsNamedByEvent(text, safeFindPlaces(text, country), country);
  // a town outside the gazetteer scopes the figures set in it, never the whole text
  const places = withTownsNamedByKind(text, known, country);
  const ref0 = ctx.postedAt ?? ctx.publishedAt ?? null;
  const focus = ctx.postAuthor
    ? null
    : focusPlace(
        known,
        country,
        text,
        ref0 && /^\d{4}/.test(ref0) ? Number(ref0.slice(0, 4)) : null,
      );
  const events = eventCountries(known, country, text);
  const actx: AttributionContext = { lastPerson: null };
  const ref = ctx.postedAt ?? ctx.publishedAt ?? null;
  const pubYear = ref && /^\d{4}/.test(ref) ? Number(ref.slice(0, 4)) : null;
  const textKinds = kindMentions(text);
  let prevMetric: Metric | null = null;
  let prevSubject: Subject | null = null;
  // a text about a protest: its crowds are protesters, not bystanders
  const crowd =
    matchesAtLeast(text, PROTEST_WORDS, 2) ||
    /#\w*(?:reject|protest|march|revolution|strike|resist|mustgo|out\b)/i.test(text);

  let lastParChain: string[] | null = null;
  // wire copy gives each sentence its paragraph: the source of a figure may open the next one
  let lastParClaims: ExtractedClaim[] = [];
  let heading: LineHeading | null = null;
  let figureless: string[] = [];
  for (const par of paragraphs(text)) {
    const line = heading ? placeLine(par.text) : null;
    if (line && heading) {
      out.push(lineClaim(par, line, heading, focus, country, ctx));
      lastParClaims = [];
      continue;
    }
    // a heading may be wrapped over two lines: "Deaths reported so far by" / "nationality"
    figureless = /\d/.test(par.text) ? [] : [...figureless.slice(-1), par.text];
    heading = figureless.length ? (lineHeading(figureless.join(' ')) ?? heading) : null;
    const sents = sentences(par);
    let speakers: ReturnType<typeof quoteSpeakers> | null = null;
    let prevChain: string[] | null = null;
    let prevClaims = lastParClaims;
    for (const sent of sents) {
      const s = withoutShareAsides(sent.text);
      const hits: SpeechHit[] = mayNameSource(s) ? sourcesInSentence(s, actx) : [];
      const candidate = HAS_FIGURE.test(s) && HAS_METRIC.test(s);
      const sentChain = hits.length ? hits[0].chain : null;
      const figureless = !candidate || !findNumbersCached(s).length;
      if (sentChain && namesPreviousFigure(s, figureless))
        for (const c of prevClaims)
          if (c.attribution.length <= (ctx.postAuthor ? 1 : 0))
            c.attribution = withAuthor(sentChain, ctx);
      if (figureless) {
        prevChain = sentChain ?? prevChain;
        prevClaims = [];
        continue;
      }
      const nums = findNumbersCached(s);
      const drafts: (Draft | null)[] = [];
      const forward: number[] = [];
      let tokens: Token[] | null = null;
      const sentenceTokens = () => (tokens ??= tokenize(s));
      for (let i = 0; i < nums.length; i++) {
        const read = analyse(s, nums, i, drafts, prevMetric, prevSubject, pubYear, crowd);
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
        if (r && r !== 'skip') {
          // a forward-coordinated figure takes this one's metric: "26 protesters and 18 … were killed"
          for (const f of forward.splice(0)) {
            const n = nums[f];
            const q = qualify(s.slice(Math.max(0, n.start - 60), n.start));
            const qq = n.vague ? 'vague' : q.q;
            const [low, high] = interval(n.value, qq, q.below, n.vague);
            const sub = subjectOf(s.slice(n.end, nums[f + 1].start));
            drafts[f] = {
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
        } else {
          // the next figure made no claim of its own: "1,500 soldiers and 120 rescue dogs have been sent"
          for (const f of forward.splice(0)) {
            const n = nums[f];
            const after = rightWindow(
              s.slice(nums[i].end, i + 1 < nums.length ? nums[i + 1].start : s.length),
            );
            const cue = firstCue(after);
            const sub = subjectOf(s.slice(n.end, nums[f + 1].start));
            if (!cue || cue.metric === 'among_prev' || !sub || sub.index > 20) continue;
            const ds =
              cue.metric === 'deployed'
                ? deploySubject(s.slice(n.end, nums[f + 1].start), s)
                : null;
            if (cue.metric === 'deployed' && !ds) continue;
            if (
              cue.metric === 'participants' &&
              !['protesters', 'people', 'civilians'].includes(sub.subject)
            )
              continue;
            const q = qualify(s.slice(Math.max(0, n.start - 60), n.start));
            const qq = n.vague ? 'vague' : q.q;
            const [low, high] = interval(n.value, qq, q.below, n.vague);
            drafts[f] = {
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
        }
      }
      datedSeries(s, nums, drafts);
      earlierFigures(s, nums, drafts, sentenceTokens);
      partFigures(s, nums, drafts, pubYear, textKinds);
      gapping(s, nums, drafts, sentenceTokens);
      parentheticalTally.apply(s, nums, drafts);
      runningTotal.apply(s, drafts);
      for (let k = 0; k < drafts.length; k++)
        if (drafts[k] && protestCause.applies(s, drafts[k]!, crowd, ref)) drafts[k] = null;
      for (let k = 0; k < drafts.length; k++)
        if (
          drafts[k] &&
          (aftercare.applies(s, drafts[k]!) || aboard.applies(s, drafts[k]!, drafts))
        )
          drafts[k] = null;
      tollModifiers(s, drafts, sentenceTokens);
      const claims: ExtractedClaim[] = [];
      // "Police spokesman X: toll now 321. Around 500 wounded.": the label speaks for the sentences after it too
      const label = labelSource(s);
      let date: string | null | undefined;
      const sentPlaces = placesWithin(places, sent.start, sent.end).map((p) => ({
        ...p,
        start: p.start - sent.start,
        end: p.end - sent.start,
      }));
      for (let i = 0; i < drafts.length; i++) {
        const d = drafts[i];
        if (!d || d.things) continue;
        // a change is not a total, unless it continues a different figure: "146 died and 150 more were injured"
        if (d.increment) {
          const earlier = drafts.slice(0, i).find((x): x is Draft => !!x);
          if (!earlier || earlier.metric === d.metric) continue;
        }
        if (date === undefined) date = statedDate(s, ref);
        // attribution: this sentence, else a quotation's speaker, else an anaphoric sentence start
        let chain = bracketedTallySource(s, d) ?? pickAttribution(hits, d.n.start, s);
        if (!chain) {
          speakers ??= quoteSpeakers(par.text, actx);
          const abs = sent.start - par.start + d.n.start;
          chain = speakers.find((q) => q.start <= abs && abs < q.end)?.chain ?? null;
        }
        if (!chain) {
          const colon = /(?::|\s[–—-])\s*((?:[\p{L}'’-]+\s*){1,5})[.!]?$/u.exec(s);
          if (
            colon &&
            d.n.start < colon.index! &&
            !/\d/.test(colon[1]) &&
            !namesNoSource(colon[1]) &&
            !/\b(?:were|was|are|is|have|has|had|been|be|killed|died|dead|injured|wounded|hurt|arrested|detained|missing|in|on|at)\b/i.test(
              colon[1],
            )
          )
            chain = [colon[1].trim()];
        }
        if (!chain) chain = ownSource(s, d, label);
        // a sentence with no source of its own continues the report before it in the paragraph;
        // "The figure …" or "Meanwhile …" opening a paragraph reaches back to the last one
        if (!chain && !hits.length && prevChain) chain = prevChain;
        if (
          !chain &&
          !hits.length &&
          !prevChain &&
          lastParChain &&
          (FIGURE_ANAPHOR.test(s) || continuesReport(s))
        )
          chain = lastParChain;
        const loc = locate(s, sent, par, d, sentPlaces, places, country, focus, events);
        const start = sent.start + d.qs;
        const end = sent.start + d.qe;
        const quote = text.slice(start, end);
        claims.push({
          metric: d.metric,
          subject:
            d.metric === 'participants' &&
            d.subject === 'people' &&
            (crowd || PROTEST_WORD.test(s)) &&
            !NOT_PROTESTERS.test(quote)
              ? 'protesters'
              : d.subject,
          value: d.value,
          low: d.low,
          high: d.high,
          qualifier: d.qualifier,
          location: loc?.name ?? null,
          country: loc?.country ?? country,
          attribution: withAuthor(chain ?? [], ctx),
          asOf: date ?? ctx.postedAt ?? ctx.publishedAt ?? null,
          quote,
          start,
          end,
          ...(d.earlier ? { earlier: true as const } : {}),
          ...(d.part ? { part: true as const } : {}),
        });
        prevMetric = d.metric;
        prevSubject = d.subject;
      }
      out.push(...claims);
      prevClaims = claims;
      prevChain = sentChain ?? label?.chain ?? prevChain;
    }
    lastParChain = prevChain ?? lastParChain;
    lastParClaims = prevClaims;
  }
  numberCache.clear();
  nameDescribedSources(text, out);
  restatedSources(out);
  givenFigureSources(text, out);
  restatedEarlier(out);
  spellPlacesAsText(out, accentedSpellings(text, known));
  return out;
}

/** One line of a table under a heading: "Iran: at least 140" under "Deaths … by nationality". */
function lineClaim(
  par: TextSpan,
  line: PlaceLine,
  heading: LineHeading,
  focus: ReturnType<typeof focusPlace>,
  country: string | null,
  ctx: ExtractionContext,
): ExtractedClaim {
  const { figure, qualifier } = line;
  const q: Qualifier = figure.vague ? 'vague' : qualifier.q;
  const [low, high] = interval(figure.value, q, qualifier.below, figure.vague);
  const home = country ? (resolvePlace(country) ?? { name: country, country }) : null;
  const place = heading.byOrigin ? (focus ?? home) : line.place;
  const lead = par.text.length - par.text.trimStart().length;
  return {
    metric: heading.metric,
    subject: 'people',
    value: figure.value,
    low,
    high,
    qualifier: q,
    location: place?.name ?? null,
    country: place?.country ?? country,
    attribution: withAuthor([], ctx),
    asOf: ctx.postedAt ?? ctx.publishedAt ?? null,
    quote: par.text.slice(lead, figure.end),
    start: par.start + lead,
    end: par.start + figure.end,
  };
}

const SERIES_GAP =
  /^\s+(?:on|by|at|as of)\s+[^,.;:\d]{2,30}?(?:,\s*(?:and\s+|then\s+|to\s+)?|\s+(?:to|and|then)\s+)$/i;
/**
 * A dated series: "from 207 on Sunday night to 290 on Monday, 321 on Tuesday and 359 on Wednesday, the count
 * of those killed …": every figure is a total of its day, of the quantity one of them or the words after name.
 */
function datedSeries(s: string, nums: NumberMention[], drafts: (Draft | null)[]): void {
  for (let a = 0; a < nums.length;) {
    let b = a;
    while (b + 1 < nums.length && SERIES_GAP.test(s.slice(nums[b].end, nums[b + 1].start))) b++;
    if (b > a) {
      const known = drafts.slice(a, b + 1).find((d): d is Draft => !!d) ?? null;
      let metric: Metric | null = known?.metric ?? null;
      let subject: Subject = known?.subject ?? 'people';
      if (!metric) {
        const tail = /^\s+(?:on|by|at|as of)\s+[^,.;:\d]{2,30}?,\s+([^.;:]{0,80})/i.exec(
          s.slice(nums[b].end),
        );
        const cue = tail ? firstCue(tail[1]) : null;
        if (
          cue &&
          cue.metric !== 'among_prev' &&
          cue.metric !== 'participants' &&
          cue.metric !== 'deployed'
        ) {
          metric = cue.metric;
          subject = subjectOf(tail![1].slice(0, cue.index))?.subject ?? 'people';
        }
      }
      if (!metric) {
        // "Arrests went from 40 on Monday to 95 …": the quantity named right before the series
        const lead = s.slice(
          Math.max(a > 0 ? nums[a - 1].end : 0, nums[a].start - 50),
          nums[a].start,
        );
        const cue = /^[^,;:]*$/.test(lead.slice(-30)) ? firstCue(lead) : null;
        if (
          cue &&
          cue.metric !== 'among_prev' &&
          cue.metric !== 'participants' &&
          cue.metric !== 'deployed'
        )
          metric = cue.metric;
      }
      if (metric) {
        for (let k = a; k <= b; k++) {
          if (drafts[k]) continue;
          const n = nums[k];
          const q = n.vague ? null : qualify(s.slice(Math.max(0, n.start - 40), n.start));
          const qq: Qualifier = n.vague ? 'vague' : q!.q;
          const [low, high] = interval(n.value, qq, q?.below ?? false, n.vague);
          const dated = /^\s+(?:on|by|at|as of)\s+[^,.;:\d]{2,30}?(?=,|\s+(?:to|and|then)\s)/i.exec(
            s.slice(n.end),
          );
          drafts[k] = {
            n,
            metric,
            subject,
            value: n.value,
            low,
            high,
            qualifier: qq,
            qs: n.start - (q?.len ?? 0),
            qe: n.end + (dated?.[0].length ?? 0),
            increment: false,
          };
        }
      }
    }
    a = b + 1;
  }
}

/** The left cues that name a toll ("toll", "number of"): only they may reach back over earlier figures. */
const TOLL_PHRASE_CUES = new Set(
  LEFT_CUES.filter(({ re }) => /toll|number of/.test(re.source)).map(({ re }) => re),
);

const PROTEST_WORDS =
  /\b(?:protest\w*|demonstrat\w*|march(?:ed|es|ers|ing)?|rall(?:y|ies|ied|ying)|strikes?|uprising|revolution|sit-ins?|civil disobedience|riots?|rioting|rioters?|insurrectionists?)\b/gi;
const PROTEST_WORD = new RegExp(PROTEST_WORDS.source, 'i');

/** Whether the global `re` matches `text` `n` times or more: stops at the n-th match, not the last. */
function matchesAtLeast(text: string, re: RegExp, n: number): boolean {
  re.lastIndex = 0;
  let count = 0;
  while (count < n && re.exec(text)) count++;
  re.lastIndex = 0;
  return count >= n;
}
const NOT_PROTESTERS =
  /\b(?:spectators|fans|partygoers|revell?ers|pilgrims|worshippers|mourners|tourists|visitors|shoppers|attendees|concert-?goers|festival-?goers|supporters of the (?:club|team))\b/i;
const FIGURE_ANAPHOR =
  /^(?:this|that|the|these)\s+(?:(?:new|latest|updated|revised|overall|official)\s+)?(?:figures?|numbers?|tolls?|count|tally|data)\b/i;
const AUTHORITY =
  /\b(?:ministry|office|agency|service|department|police|government|committee|council|authority|authorities|prosecutor|prosecutors|prosecution|court|judiciary|army|military|guard|gendarmerie|forces|administration|commission|directorate|federation|red cross|red crescent|organi[sz]ation|agencies|team)\b/i;

/**
 * A figure's source when no one is said to speak, from its own wording:
 * "… 4,010 dead (NDMA)" names it in brackets; an agency that "has sent 35 specialists" or "now has 1,000
 * staff on the island" counts its own staff;
 * "16 officials were detained by the prosecutor" names the authority holding them.
 */
/** "(official tally 167)": a bracketed count says whose it is. */
function bracketedTallySource(s: string, d: Draft): string[] | null {
  if (!/\(\s*$/.test(s.slice(0, d.qs))) return null;
  const tally = tallySource(s.slice(d.qs, d.qe));
  return tally ? [tally] : null;
}

function ownSource(s: string, d: Draft, label: ReturnType<typeof labelSource>): string[] | null {
  // a headline's "Health ministry: 137 dead" / "UN: 14,000 arrested" names its source before the colon
  if (label && d.n.start > label.end) return label.chain;
  const tail = s.slice(d.qe);
  const bracket = /^\s*\(([\p{Lu}][\p{L}\d&.'’ -]{1,40})\)/u.exec(tail);
  if (
    bracket &&
    !/\d/.test(bracket[1]) &&
    !resolvePlace(bracket[1]) &&
    /^[\p{Lu}\d&.-]{2,12}$|^(?:[\p{Lu}][\p{L}'’-]*\s*){1,5}$/u.test(bracket[1].trim())
  )
    return [bracket[1].trim()];
  if (d.metric === 'deployed') {
    const sent =
      /(?:^|[.;:]\s+|,\s+and\s+)((?:the\s+)?[^,;]{2,60}?)\s+(?:now\s+)?(?:has|have|had)\s+(?:also\s+|now\s+|already\s+)?(?:(?:sent|deployed|dispatched|flown in|mobili[sz]ed)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu.exec(
        s.slice(0, d.n.start),
      );
    if (sent && AUTHORITY.test(sent[1])) return [cleanName(sent[1])];
  }
  if (d.metric === 'detained') {
    const by =
      /^(?:\s+[\p{L}-]+){0,4}?\s+(?:detained|arrested|held|taken into custody|charged)\s+by\s+(?:the\s+)?([^,.;]{2,60}?)(?=\s+(?:in|on|at|after|since|during|over|for|following)\b|[,.;]|$)/iu.exec(
        s.slice(d.n.end),
      );
    if (by && AUTHORITY.test(by[1])) return [by[1].trim()];
  }
  return null;
}
function cleanName(np: string): string {
  return np
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/(?<=[\p{Lu}\d][\p{L}\d'’-]*)\s+(?:agency|service|organi[sz]ation)$/u, '');
}

/**
 * A headline or lede states a figure bare that the body gives again with its source
 * ("Sixteen port workers detained" … "16 people have been detained, the agency said"): the same
 * metric and value takes the source the text gives it elsewhere, the nearest such statement first.
 */
function restatedSources(claims: ExtractedClaim[]): void {
  const sourced = new Map<string, ExtractedClaim[]>();
  for (const c of claims) {
    if (!c.attribution.length) continue;
    const key = `${c.metric} ${c.value}`;
    const group = sourced.get(key);
    if (group) group.push(c);
    else sourced.set(key, [c]);
  }
  for (const group of sourced.values()) group.sort((x, y) => x.start - y.start);
  for (const c of claims) {
    if (c.attribution.length) continue;
    const best = nearestByStart(sourced.get(`${c.metric} ${c.value}`) ?? [], c.start);
    if (best) c.attribution = [...best.attribution];
  }
}

/** The claim starting nearest `at` in a list sorted by start (the earlier one on a tie). */
function nearestByStart(sorted: ExtractedClaim[], at: number): ExtractedClaim | null {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  const before = lo > 0 ? sorted[lo - 1] : null;
  const after = lo < sorted.length ? sorted[lo] : null;
  if (!before || !after) return before ?? after;
  return at - before.start <= after.start - at ? before : after;
}

const ORG_WORD =
  /\b(?:Association|Commission|Group|Network|Council|Committee|Organi[sz]ation|Watch|Monitor|Observatory|Society|Union|Federation|Institute|Centre|Center|League|Coalition|Foundation|Alliance|Office|Agency|Bureau|Service)\b/;
const DESCRIPTION =
  /^(?:a |an |the )?(?:[\p{L}-]+\s+){0,4}(?:official|spokesman|spokeswoman|spokesperson|minister|chief|head|director|commander|governor|mayor|prosecutor|investigator)\b/iu;
/**
 * "A top law-enforcement official said Saturday that 225 people died … Serik Shalabayev, head of …, said …":
 * a source given by role only takes the name of the person the next sentence introduces with that role.
 */
function nameDescribedSources(text: string, claims: ExtractedClaim[]): void {
  for (const c of claims) {
    const last = c.attribution[c.attribution.length - 1];
    // "…, an NGO said. The Oslo-based group Free Voices said …": the group the next sentence names
    if (
      last &&
      /^(?:[\p{Ll}'’-]+\s+){0,3}(?:group|NGO|organi[sz]ation|monitor|watchdog|charity|body|commission)$/u.test(
        last,
      )
    ) {
      const end =
        /(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|No))[.!?]["”’]?\s+(?=["“]?\p{Lu})/u.exec(
          text.slice(c.end, c.end + 400),
        );
      const stop = end ? c.end + end.index : -1;
      const next = stop < 0 ? '' : text.slice(stop, stop + 300);
      const named =
        /^[.”"’\s]*[^.]{0,60}?\b(?:group|NGO|organi[sz]ation|monitor|watchdog|charity|body|commission),?\s+((?:[\p{Lu}][\p{L}'’-]*\s+){0,5}[\p{Lu}][\p{L}'’-]*)/u.exec(
          next,
        );
      // "… a monitoring group said. The Association for Political Prisoners (AAPP) said …": the next sentence's named body
      const opens =
        /^[.”"’\s]*(?:The\s+)?((?:[\p{Lu}][\p{L}'’-]*\s+(?:(?:of|for|on|and|the)\s+)*){1,7}[\p{Lu}][\p{L}'’-]*)(?:\s*\([\p{Lu}]{2,10}\))?(?:,\s+(?:a|an|the|which|who)\b[^,]{0,80},)?\s+(?:said|says|reported|reports|stated|counted|has|had)\b/u.exec(
          next,
        );
      if (named) c.attribution[c.attribution.length - 1] = named[1];
      else if (opens && ORG_WORD.test(opens[1])) c.attribution[c.attribution.length - 1] = opens[1];
      continue;
    }
    if (
      !last ||
      !DESCRIPTION.test(last) ||
      /[\p{Lu}][\p{Ll}]+\s+[\p{Lu}][\p{Ll}]+/u.test(last.replace(/^[\p{Lu}]/u, 'x'))
    )
      continue;
    const stop = text.indexOf('.', c.end);
    if (stop < 0) continue;
    const next =
      /^[.”"’\s]*([\p{Lu}][\p{Ll}’'-]+(?:\s+[\p{Lu}][\p{Ll}’'-]+){1,2}),\s+(?:the\s+|a\s+)?[\p{Ll}]/u.exec(
        text.slice(stop, stop + 200),
      );
    // "In Mundakkai, around 90% …" opens with where, not with who
    if (
      next &&
      !/^(?:In|On|At|From|By|For|After|Before|During|Since|Near|Across|Inside|Outside)\s/.test(
        next[1],
      )
    )
      c.attribution[c.attribution.length - 1] = next[1];
  }
}

const numberCache = new Map<string, NumberMention[]>();
function findNumbersCached(s: string): NumberMention[] {
  let v = numberCache.get(s);
  if (!v) {
    v = findNumbers(s);
    numberCache.set(s, v);
  }
  return v;
}

function textOf(par: TextSpan, p: PlaceHit): string {
  return par.text.slice(p.start - par.start, p.end - par.start);
}

/**
 * A sentence that gives the source of the figures just read: "This number is named in the message of
 * the Ministry of Defense, reports RIA News"; "Health Minister X announced the new figure, an increase
 * from the previous toll of 717". A sentence with figures of its own that opens on "The toll" speaks of them.
 */
function namesPreviousFigure(s: string, figureless: boolean): boolean {
  return (
    (figureless &&
      /^(?:this|these|the) (?:number|numbers|figure|figures|data|toll|information)\b/i.test(s)) ||
    /\b(?:announced|gave|released|confirmed|reported|published|issued|disclosed|revealed)\s+(?:the|this|these|that)\s+(?:(?:new|latest|updated|revised|higher|lower|official)\s+)?(?:figures?|toll|numbers?|tally|count)\b/i.test(
      s,
    )
  );
}

function withAuthor(chain: string[], ctx: ExtractionContext): string[] {
  const author = ctx.postAuthor?.trim();
  if (!author) return [...chain];
  return chain[0]?.toLowerCase() === author.toLowerCase() ? [...chain] : [author, ...chain];
}

function locate(
  s: string,
  sent: TextSpan,
  par: TextSpan,
  d: Draft,
  sentPlaces: PlaceHit[],
  places: PlaceHit[],
  country: string | null,
  focus: ReturnType<typeof focusPlace>,
  events: Set<string>,
) {
  if (d.placeAt !== undefined) {
    const at = sentPlaces.find((p) => p.start <= d.placeAt! + 1 && p.end > d.placeAt!);
    if (at) return at.place;
  }
  const scoped = sentenceScope(s, d.n.start, d.qe, sentPlaces, country);
  if (scoped) return scoped;
  const named = sentenceCountry(s, sentPlaces, events);
  if (named) return named;
  // nearest place the paragraph scopes something to ("in Almaty"), not a demonym or a sentence subject
  const abs = sent.start + d.n.start;
  let best: PlaceHit | null = null;
  for (const p of placesWithin(places, par.start, par.end)) {
    if (isDemonym(p, textOf(par, p)) || isSeat(par.text, { start: p.start - par.start })) continue;
    // the claim's own sentence was judged above
    if (p.start >= sent.start && p.end <= sent.end) continue;
    if (
      !/\b(?:in|across|throughout|near|outside|around|at|inside|within)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu.test(
        par.text.slice(Math.max(0, p.start - par.start - 40), p.start - par.start),
      )
    )
      continue;
    if (!best || Math.abs(p.start - abs) < Math.abs(best.start - abs)) best = p;
  }
  // "a million marched across the country. The ministry counted 1.089 million": the paragraph's
  // nationwide scope goes on, unless a place named nearer the figure takes over
  const wide = lastNationwide(par.text.slice(0, sent.start - par.start));
  const nearer = (at: number) => Math.abs(at - abs) < Math.abs(best!.start - abs);
  if (country && wide >= 0 && (!best || nearer(par.start + wide)))
    return resolvePlace(country) ?? { name: country, country, kind: 'country' as const };
  // "… in Uttar Pradesh." then "121 died": the region the focus lies in says less than the focus
  if (best && !(focus && safeWithin(focus.name, best.place.name))) return best.place;
  if (focus) return focus;
  if (country) return resolvePlace(country) ?? { name: country, country, kind: 'country' as const };
  return null;
}
