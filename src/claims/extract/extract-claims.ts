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
import { withoutSideTowns, withTownsIntroduced } from './location-towns';
import { nameRolesFromEarlierText } from './role-names';
import { nameRolesNearby } from './attribution-role-names';
import { spellAcronymsAsText } from './attribution-acronyms';
import { issuedTextSources } from './attribution-issuer';
import {
  continuesParagraphBefore,
  continuesQuotation,
  continuesReport,
} from './attribution-continuation';
import type { ExtractedClaim } from '../../domain/claim';
import type { ExtractionContext } from './extraction-context';
import type { Metric, Qualifier, Subject } from '../../domain/vocabulary';
import { namesNoSource, quoteSpeakers, mayNameSource, sourcesInSentence } from './attribution';
import type { AttributionContext, SpeechHit } from './attribution-context';
import { labelSource } from './attribution-labels';
import { pickAttribution } from './attribution-pick';
import { statedDate } from './dates';
import { accentedSpellings, spellPlacesAsText } from './place-spelling';
import { readSentence } from './read-sentence';
import { tellsOfPointEvent } from './event-extent';
import { isCandidate } from './candidate-sentence';
import {
  datelineEnd,
  eventCountries,
  focusPlace,
  liesIn,
  isDemonym,
  isSeat,
  lastNationwide,
  placesWithin,
  safeFindPlaces,
  sentenceCountry,
  sentenceScope,
  withTownsNamedByKind,
  withTownsNamedByEvent,
  type PlaceHit,
  townNamedAt,
} from './location';
import { findNumbers, type NumberMention } from './numbers';
import {
  AFTER_HOLDER_WORDS,
  ANAPHOR_DETERMINERS,
  ANAPHOR_NOUNS,
  ANAPHOR_UPDATES,
  ANNOUNCED_DETERMINERS,
  ANNOUNCED_NOUNS,
  ANNOUNCED_UPDATES,
  AFTER_ANNOUNCED_PRONOUN,
  ANNOUNCING_VERBS,
  APPOSITION_OPENERS,
  AUTHORITY_WORDS,
  BODY_VERBS,
  GROUP_NOUNS,
  HOLDING_VERBS,
  ARRESTING_VERBS,
  NAME_JOINERS,
  NOT_CLOSING_SOURCE_WORDS,
  NOT_PROTESTER_CROWDS,
  ORG_NAME_WORDS,
  PROTEST_TERMS,
  ROLE_NOUNS,
  SENDING_VERBS,
  STOP_ABBREVIATIONS,
} from './claim-words';
import { anyOf, wordsRe } from './word-pattern';
import { anotherGroup } from './relations/another-group';
import type { Draft } from './draft';
import { interval } from './qualifiers';
import { restatedEarlier } from './relations/earlier-figures';
import { summedParts } from './relations/summed-parts';
import { givenFigureSources } from './relations/given-figures';
import { textKindsOf, type TextKinds } from './relations/incidents';
import { lineHeading, placeLine, type LineHeading, type PlaceLine } from './relations/place-lines';
import { tallySource } from './relations/parenthetical-tallies';
import { paragraphs, sentences, withoutShareAsides, type TextSpan } from './sentences';
import { resolvePlace, type Place } from '../../geo/gazetteer';
import { widenedForSentence } from './places-beyond';
import { withPlacesNamedAfterLocative } from './place-entities';
import { withSitesNamedByKind } from './sites-named-by-kind';

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

/** What the whole text gives each of its figures. */
interface TextFacts {
  text: string;
  ctx: ExtractionContext;
  country: string | null;
  /**
   * The text's places, read when its first figure is placed: the passes over the whole text cost
   * as much as a sentence's figures, and most posts and many texts have no figure to place.
   */
  places: () => TextPlaces;
  /** The text's date (a post's, else the article's), for the dates its sentences name. */
  ref: string | null;
  pubYear: number | null;
  actx: AttributionContext;
  textKinds: TextKinds;
  /** The text is about a protest: its crowds are protesters, not bystanders. */
  crowd: boolean;
}

/** Where a text's figures may be set. */
interface TextPlaces {
  /** Places the gazetteer (or the text's event name) knows: the text's focus is one of them. */
  known: PlaceHit[];
  /** Those and the towns outside the gazetteer that the text sets figures in. */
  all: PlaceHit[];
  focus: ReturnType<typeof focusPlace>;
  events: Set<string>;
}

/** What reading carries from one paragraph to the next. */
interface Carry {
  /** The quantity the last claim counted. */
  prevMetric: Metric | null;
  /** Every quantity the text has counted so far: "another 30" adds to one of them. */
  counted: Set<Metric>;
  prevSubject: Subject | null;
  /** The source the last paragraph ended on. */
  lastParChain: string[] | null;
  /** The source the paragraph right before named itself, if it named one. */
  parChain: string[] | null;
  /** Wire copy gives each sentence its paragraph: the source of a figure may open the next one. */
  lastParClaims: ExtractedClaim[];
  /** The heading a table's lines sit under, and the figureless paragraphs that may make one. */
  heading: LineHeading | null;
  figureless: string[];
}

/** What one paragraph's sentences pass on to the next sentence. */
interface ParagraphState {
  par: TextSpan;
  /** The paragraph's quotations and who speaks them, read when a figure first needs them. */
  speakers: ReturnType<typeof quoteSpeakers> | null;
  prevChain: string[] | null;
  prevClaims: ExtractedClaim[];
}

function extractAll(text: string, ctx: ExtractionContext): ExtractedClaim[] {
  const facts = textFacts(text, ctx);
  const carry: Carry = {
    prevMetric: null,
    counted: new Set(),
    prevSubject: null,
    lastParChain: null,
    parChain: null,
    lastParClaims: [],
    heading: null,
    figureless: [],
  };
  const out: ExtractedClaim[] = [];
  for (const par of paragraphs(text)) readParagraph(facts, par, carry, out);
  numberCache.clear();
  if (out.length) finishClaims(text, out, facts.places().known);
  return out;
}

function textFacts(text: string, ctx: ExtractionContext): TextFacts {
  const country = ctx.defaultCountry ?? null;
  const ref = ctx.postedAt ?? ctx.publishedAt ?? null;
  const pubYear = ref && /^\d{4}/.test(ref) ? Number(ref.slice(0, 4)) : null;
  let places: TextPlaces | null = null;
  return {
    text,
    ctx,
    country,
    places: () => (places ??= textPlaces(text, ctx, country, pubYear)),
    ref,
    pubYear,
    actx: { lastPerson: null },
    textKinds: textKindsOf(text),
    crowd:
      matchesAtLeast(text, PROTEST_WORDS, 2) ||
      /#\w*(?:reject|protest|march|revolution|strike|resist|mustgo|out\b)/i.test(text),
  };
}

function textPlaces(
  text: string,
  ctx: ExtractionContext,
  country: string | null,
  pubYear: number | null,
): TextPlaces {
  // a town the text names by its event ("the Surfside condo collapse") may be its focus
  // and so may a town it introduces by its kind ("the town of Barsalogho", "Taura LGA") and names again
  const known = withTownsIntroduced(
    text,
    withTownsNamedByEvent(text, safeFindPlaces(text, country), country),
    country,
    true,
  );
  return {
    known,
    // a town or a site outside the gazetteer scopes the figures set in it, never the whole text
    all: withPlacesNamedAfterLocative(
      text,
      withSitesNamedByKind(
        text,
        withTownsNamedByKind(text, withTownsIntroduced(text, known, country), country),
        country,
      ),
      country,
    ),
    focus: ctx.postAuthor
      ? null
      : focusPlace(withoutSideTowns(text, known), country, text, pubYear, ctx.dateline),
    events: eventCountries(known, country, text),
  };
}

/** The passes over the claims of the whole text: sources and places named elsewhere in it. */
function finishClaims(text: string, out: ExtractedClaim[], known: PlaceHit[]): void {
  nameDescribedSources(text, out);
  nameRolesFromEarlierText(text, out);
  nameRolesNearby(text, out);
  spellAcronymsAsText(text, out);
  restatedSources(out);
  givenFigureSources(text, out);
  restatedEarlier(out);
  summedParts.apply(text, out);
  issuedTextSources(text, out);
  spellPlacesAsText(out, accentedSpellings(text, known));
}

/** A paragraph's claims: a table line under a heading, else each sentence's figures. */
function readParagraph(facts: TextFacts, par: TextSpan, carry: Carry, out: ExtractedClaim[]): void {
  const line = carry.heading ? placeLine(par.text) : null;
  if (line && carry.heading) {
    out.push(lineClaim(par, line, carry.heading, facts.places().focus, facts.country, facts.ctx));
    carry.lastParClaims = [];
    return;
  }
  // a heading may be wrapped over two lines: "Deaths reported so far by" / "nationality"
  carry.figureless = /\d/.test(par.text) ? [] : [...carry.figureless.slice(-1), par.text];
  carry.heading = carry.figureless.length
    ? (lineHeading(carry.figureless.join(' ')) ?? carry.heading)
    : null;
  const state: ParagraphState = {
    par,
    speakers: null,
    prevChain: null,
    prevClaims: carry.lastParClaims,
  };
  for (const sent of sentences(par)) readSentenceAt(facts, state, sent, carry, out);
  carry.lastParChain = state.prevChain ?? carry.lastParChain;
  carry.parChain = state.prevChain;
  carry.lastParClaims = state.prevClaims;
}

/** One sentence: the source it gives the figures before it, then its own figures' claims. */
function readSentenceAt(
  facts: TextFacts,
  state: ParagraphState,
  sent: TextSpan,
  carry: Carry,
  out: ExtractedClaim[],
): void {
  const { ctx, actx } = facts;
  const s = withoutShareAsides(sent.text);
  const hits: SpeechHit[] = mayNameSource(s) ? sourcesInSentence(s, actx) : [];
  const sentChain = hits.length ? hits[0].chain : null;
  const figureless = !isCandidate(s) || !findNumbersCached(s).length;
  if (sentChain && namesPreviousFigure(s, figureless))
    for (const c of [
      ...state.prevClaims,
      ...(confirmsOpening(s, figureless) ? openingFigures(out) : []),
    ])
      if (c.attribution.length <= (ctx.postAuthor ? 1 : 0))
        c.attribution = withAuthor(sentChain, ctx);
  if (figureless) {
    state.prevChain = sentChain ?? state.prevChain;
    // a remark that names no source leaves the figures before it to the sentence after it:
    // "At least 11 dead. That's the summary of two days. ¶ The numbers were updated by X"
    if (sentChain) state.prevClaims = [];
    return;
  }
  // "Police spokesman X: toll now 321. Around 500 wounded.": the label speaks for the sentences after it too
  const label = labelSource(s);
  const claims = sentenceClaims(facts, state, { sent, s, hits, label }, carry);
  out.push(...claims);
  state.prevClaims = claims;
  state.prevChain = sentChain ?? label?.chain ?? state.prevChain;
}

/** A sentence with figures, as the claim steps read it. */
interface SentenceReading {
  sent: TextSpan;
  /** The sentence without its share asides. */
  s: string;
  hits: SpeechHit[];
  label: ReturnType<typeof labelSource>;
}

/** The claims of a sentence's figures, in order; the carry follows the last quantity counted. */
function sentenceClaims(
  facts: TextFacts,
  state: ParagraphState,
  r: SentenceReading,
  carry: Carry,
): ExtractedClaim[] {
  const { s, sent } = r;
  const drafts = readSentence({
    s,
    nums: findNumbersCached(s),
    prevMetric: carry.prevMetric,
    prevSubject: carry.prevSubject,
    pubYear: facts.pubYear,
    crowd: facts.crowd,
    ref: facts.ref,
    textKinds: facts.textKinds,
  });
  const claims: ExtractedClaim[] = [];
  let date: string | null | undefined;
  let sentPlaces: PlaceHit[] | undefined;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (!d || d.things || anotherGroup.isChangeOnly(drafts, i, s, carry.counted)) continue;
    if (date === undefined) date = statedDate(s, facts.ref);
    sentPlaces ??= placesWithin(facts.places().all, sent.start, sent.end).map((p) => ({
      ...p,
      start: p.start - sent.start,
      end: p.end - sent.start,
    }));
    const chain = chainFor(facts, state, r, d, carry);
    const loc = locate(s, sent, state.par, d, sentPlaces, facts);
    claims.push(claimOf(facts, r, d, { chain, loc, date }));
    carry.prevMetric = d.metric;
    carry.counted.add(d.metric);
    carry.prevSubject = d.subject;
  }
  return claims;
}

/**
 * A figure's source: this sentence's, else a quotation's speaker, else a closing colon's or the
 * figure's own wording; a sentence with no source of its own continues the report before it in
 * the paragraph, and "The figure …" or "Meanwhile …" opening a paragraph reaches back to the last one,
 * a quotation left open to the speaker of the paragraph right before.
 */
function chainFor(
  facts: TextFacts,
  state: ParagraphState,
  r: SentenceReading,
  d: Draft,
  carry: Carry,
): string[] | null {
  const { s, sent, hits, label } = r;
  let chain = bracketedTallySource(s, d) ?? pickAttribution(hits, d.n.start, s);
  if (!chain) {
    state.speakers ??= quoteSpeakers(state.par.text, facts.actx);
    const abs = sent.start - state.par.start + d.n.start;
    chain = state.speakers.find((q) => q.start <= abs && abs < q.end)?.chain ?? null;
  }
  chain ??= closingColonSource(s, d) ?? ownSource(s, d, label);
  if (!chain && !hits.length && state.prevChain) chain = state.prevChain;
  if (chain || hits.length || state.prevChain) return chain;
  if (carry.lastParChain && (FIGURE_ANAPHOR.test(s) || continuesReport(s)))
    return carry.lastParChain;
  // a quotation opened and left open goes on with the speaker the paragraph right before named
  if (carry.parChain && continuesQuotation(state.par.text)) return carry.parChain;
  if (carry.parChain && continuesParagraphBefore(s)) return carry.parChain;
  return holderBefore(s, d);
}

/** Words a closing "…: Police" cannot be a source with: a verb, a metric word, a preposition. */
const NOT_A_CLOSING_SOURCE = wordsRe(NOT_CLOSING_SOURCE_WORDS);

/** A source named after a colon or a dash that closes the sentence: "12 dead, 40 hurt – local police". */
function closingColonSource(s: string, d: Draft): string[] | null {
  const colon = /(?::|\s[–—-])\s*((?:[\p{L}'’-]+\s*){1,5})[.!]?$/u.exec(s);
  if (
    colon &&
    d.n.start < colon.index! &&
    !/\d/.test(colon[1]) &&
    !namesNoSource(colon[1]) &&
    !NOT_A_CLOSING_SOURCE.test(colon[1])
  )
    return [colon[1].trim()];
  return null;
}

/** The claim a draft makes, with its source, place and date. */
function claimOf(
  facts: TextFacts,
  r: SentenceReading,
  d: Draft,
  found: { chain: string[] | null; loc: Place | null; date: string | null },
): ExtractedClaim {
  const { ctx, text, country, crowd } = facts;
  const start = r.sent.start + d.qs;
  const end = r.sent.start + d.qe;
  const quote = text.slice(start, end);
  return {
    metric: d.metric,
    subject:
      d.metric === 'participants' &&
      d.subject === 'people' &&
      (crowd || PROTEST_WORD.test(r.s)) &&
      !NOT_PROTESTERS.test(quote)
        ? 'protesters'
        : d.subject,
    value: d.value,
    low: d.low,
    high: d.high,
    qualifier: d.qualifier,
    location: found.loc?.name ?? null,
    country: found.loc?.country ?? country,
    attribution: withAuthor(found.chain ?? [], ctx),
    asOf: found.date ?? ctx.postedAt ?? ctx.publishedAt ?? null,
    quote,
    start,
    end,
    ...(d.earlier ? { earlier: true as const } : {}),
    ...(d.part ? { part: true as const } : {}),
  };
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

const PROTEST_WORDS = wordsRe(PROTEST_TERMS, 'gi');
const PROTEST_WORD = new RegExp(PROTEST_WORDS.source, 'i');

/** Whether the global `re` matches `text` `n` times or more: stops at the n-th match, not the last. */
function matchesAtLeast(text: string, re: RegExp, n: number): boolean {
  re.lastIndex = 0;
  let count = 0;
  while (count < n && re.exec(text)) count++;
  re.lastIndex = 0;
  return count >= n;
}
const NOT_PROTESTERS = wordsRe(NOT_PROTESTER_CROWDS);
const FIGURE_ANAPHOR = new RegExp(
  String.raw`^${anyOf(ANAPHOR_DETERMINERS)}\s+(?:${anyOf(ANAPHOR_UPDATES)}\s+)?${anyOf(ANAPHOR_NOUNS)}\b`,
  'i',
);
const AUTHORITY = wordsRe(AUTHORITY_WORDS);
/** The dash that ends a wire dateline: "CROTONE, Italy (Reuters) - Italian authorities arrested three". */
const DATELINE_DASH = String.raw`\)\s+[-–—]\s+`;
/** "…, and the agency has (also) sent 35 …": group 1 the body before the figure. */
const SENDER_BEFORE = new RegExp(
  String.raw`(?:^|[.;:]\s+|,\s+and\s+|${DATELINE_DASH})((?:the\s+)?[^,;()]{2,60}?)\s+(?:(?:now\s+)?(?:has|have|had)\s+` +
    String.raw`(?:also\s+|now\s+|already\s+)?(?:${anyOf(SENDING_VERBS)}\s+)?|` +
    // "The defence ministry deployed 2,500 soldiers": a sending verb needs no auxiliary
    String.raw`(?:also\s+)?${anyOf(SENDING_VERBS)}\s+)(?:[\p{L}-]+\s+){0,2}$`,
  'iu',
);
/** "Police arrested 45 people", "Police took 45 people into custody": group 1 the holder before the figure. */
const HOLDER_BEFORE = new RegExp(
  String.raw`(?:^|[.;:]\s+|,\s+and\s+|${DATELINE_DASH})((?:the\s+)?[^,;()]{2,60}?)\s+(?:(?:has|have|had)\s+)?(?:also\s+)?` +
    String.raw`${anyOf(ARRESTING_VERBS)}\s+(?:[\p{L}-]+\s+){0,2}$`,
  'iu',
);
/** "… were detained by the prosecutor in …": group 1 the holder after the figure. */
const HELD_BY_AFTER = new RegExp(
  String.raw`^(?:\s+[\p{L}-]+){0,4}?\s+${anyOf(HOLDING_VERBS)}\s+by\s+(?:the\s+)?([^,.;]{2,60}?)` +
    String.raw`(?=\s+${anyOf(AFTER_HOLDER_WORDS)}\b|[,.;]|$)`,
  'iu',
);

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
    const sent = SENDER_BEFORE.exec(s.slice(0, d.n.start));
    if (sent && AUTHORITY.test(sent[1])) return [cleanName(sent[1])];
  }
  if (d.metric === 'detained') {
    const by = HELD_BY_AFTER.exec(s.slice(d.n.end));
    if (by && AUTHORITY.test(by[1])) return [by[1].trim()];
  }
  return null;
}
/**
 * "Police arrested 45 people", "Police took 45 people into custody": the authority that holds them
 * counts them, when nothing else in the text gives the figure a source.
 */
function holderBefore(s: string, d: Draft): string[] | null {
  if (d.metric !== 'detained') return null;
  const holder = HOLDER_BEFORE.exec(s.slice(0, d.n.start));
  return holder && AUTHORITY.test(holder[1]) ? [cleanName(holder[1])] : null;
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

const ORG_WORD = wordsRe(ORG_NAME_WORDS, '');
const DESCRIPTION = new RegExp(
  String.raw`^(?:a |an |the )?(?:[\p{L}-]+\s+){0,4}${anyOf(ROLE_NOUNS)}\b`,
  'iu',
);
/** "an NGO", "a monitoring group": a source given as a group, not by its name. */
const GROUP_SOURCE = new RegExp(String.raw`^(?:[\p{Ll}'’-]+\s+){0,3}${anyOf(GROUP_NOUNS)}$`, 'u');
/** A sentence's end: a stop after no abbreviation, then a capital. */
const SENTENCE_END = new RegExp(
  String.raw`(?<!\b${anyOf(STOP_ABBREVIATIONS)})[.!?]["”’]?\s+(?=["“]?\p{Lu})`,
  'u',
);
/** A capitalised name of up to six words: "Free Voices", "Oslo Rights Watch". */
const CAPITALISED_NAME = String.raw`(?:[\p{Lu}][\p{L}'’-]*\s+){0,5}[\p{Lu}][\p{L}'’-]*`;
/** "The Oslo-based group Free Voices said": group 1 the name after a group's noun. */
const NAMED_GROUP = new RegExp(
  String.raw`^[.”"’\s]*[^.]{0,60}?\b${anyOf(GROUP_NOUNS)},?\s+(${CAPITALISED_NAME})`,
  'u',
);
/**
 * "The Association for Political Prisoners (AAPP), a rights group, said": group 1 a body's name
 * of up to eight capitalised words opening the sentence, an acronym and an apposition, its verb.
 */
const OPENS_WITH_BODY = new RegExp(
  String.raw`^[.”"’\s]*(?:The\s+)?` +
    String.raw`((?:[\p{Lu}][\p{L}'’-]*\s+(?:${anyOf(NAME_JOINERS)}\s+)*){1,7}[\p{Lu}][\p{L}'’-]*)` +
    String.raw`(?:\s*\([\p{Lu}]{2,10}\))?` +
    String.raw`(?:,\s+${anyOf(APPOSITION_OPENERS)}\b[^,]{0,80},)?` +
    String.raw`\s+${anyOf(BODY_VERBS)}\b`,
  'u',
);
/**
 * "A top law-enforcement official said Saturday that 225 people died … Serik Shalabayev, head of …, said …":
 * a source given by role only takes the name of the person the next sentence introduces with that role.
 */
function nameDescribedSources(text: string, claims: ExtractedClaim[]): void {
  for (const c of claims) {
    const last = c.attribution[c.attribution.length - 1];
    // "…, an NGO said. The Oslo-based group Free Voices said …": the group the next sentence names
    if (last && GROUP_SOURCE.test(last)) {
      const end = SENTENCE_END.exec(text.slice(c.end, c.end + 400));
      const stop = end ? c.end + end.index : -1;
      const next = stop < 0 ? '' : text.slice(stop, stop + 300);
      const named = NAMED_GROUP.exec(next);
      // "… a monitoring group said. The Association for Political Prisoners (AAPP) said …": the next sentence's named body
      const opens = OPENS_WITH_BODY.exec(next);
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
const ANNOUNCES_FIGURE = new RegExp(
  String.raw`\b${anyOf(ANNOUNCING_VERBS)}\s+(?:${anyOf(ANNOUNCED_DETERMINERS)}\s+` +
    String.raw`(?:${anyOf(ANNOUNCED_UPDATES)}\s+){0,2}${anyOf(ANNOUNCED_NOUNS)}\b|` +
    String.raw`(?:this|these)(?=\s*(?:[,.;]|$)|\s+${anyOf(AFTER_ANNOUNCED_PRONOUN)}\b))`,
  'i',
);
/**
 * The figures a text opens with before it names any source: "Death toll has risen to 153 …" that a
 * later "the police spokesman … confirmed the increase" (no figure of its own) gives its source to.
 */
function openingFigures(out: ExtractedClaim[]): ExtractedClaim[] {
  const sourced = out.findIndex((c) => c.attribution.length > 0);
  return sourced < 0 ? out : out.slice(0, sourced);
}

/** A sentence with no figure that confirms the toll or "this": it may confirm the text's opening figures. */
function confirmsOpening(s: string, figureless: boolean): boolean {
  return figureless && ANNOUNCES_FIGURE.test(s);
}

function namesPreviousFigure(s: string, figureless: boolean): boolean {
  return (
    (figureless &&
      /^(?:this|these|the) (?:number|numbers|figure|figures|data|toll|information)\b/i.test(s)) ||
    ANNOUNCES_FIGURE.test(s)
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
  facts: TextFacts,
): Place | null {
  const { country } = facts;
  const { all: places, focus, events } = facts.places();
  if (d.placeAt !== undefined) {
    const at = sentPlaces.find((p) => p.start <= d.placeAt! + 1 && p.end > d.placeAt!);
    if (at) return at.place;
    const town = townNamedAt(s, d.placeAt, country);
    if (town) return town;
  }
  const scoped = sentenceScope(s, d.n.start, d.qe, sentPlaces, country);
  if (scoped) return narrowedToFocus(s, scoped, facts, sentPlaces);
  const named = sentenceCountry(s, sentPlaces, events);
  if (named) return named;
  return widenedForSentence(s, contextPlace(sent, par, d, places, country, focus));
}

/**
 * "The death toll from the nightclub fire in North Macedonia has risen to 61" in a story of a fire
 * in Kocani: a point event named by its country happened at the text's focus, the more specific
 * place (DESIGN.md §3); not a count "across the country", nor in a story of a spread event.
 */
function narrowedToFocus(
  s: string,
  scoped: Place,
  facts: TextFacts,
  sentPlaces: PlaceHit[],
): Place {
  const { text } = facts;
  const { focus } = facts.places();
  if (scoped.kind !== 'country' || !focus || focus.kind === 'country') return scoped;
  if (focus.country !== scoped.name || lastNationwide(s) >= 0) return scoped;
  // "deaths in Port Sudan and Khartoum, bringing the total to 113": a toll of several of its places
  // (a dateline's town, "AHMEDABAD -", is where the reporter files from)
  const filed = datelineEnd(s, sentPlaces);
  const elsewhere = sentPlaces.some(
    (p) =>
      p.place.kind !== 'country' &&
      p.start >= filed &&
      p.place.name !== focus.name &&
      !liesIn(p.place, focus) &&
      !liesIn(focus, p.place),
  );
  return !elsewhere && tellsOfPointEvent(text) ? focus : scoped;
}

/** Where the paragraph or the text places a figure its own sentence does not place. */
function contextPlace(
  sent: TextSpan,
  par: TextSpan,
  d: Draft,
  places: PlaceHit[],
  country: string | null,
  focus: ReturnType<typeof focusPlace>,
) {
  // nearest place the paragraph scopes something to ("in Almaty"), not a demonym or a sentence subject
  const abs = sent.start + d.n.start;
  let best: PlaceHit | null = null;
  for (const p of placesWithin(places, par.start, par.end)) {
    if (
      isDemonym(p, textOf(par, p)) ||
      isSeat(par.text, { start: p.start - par.start, end: p.end - par.start })
    )
      continue;
    // the claim's own sentence was judged above; a later sentence's place is that sentence's
    if (p.end > sent.start || p.sentenceOnly) continue;
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
  if (best && !(focus && liesIn(focus, best.place))) return best.place;
  if (focus) return focus;
  if (country) return resolvePlace(country) ?? { name: country, country, kind: 'country' as const };
  return null;
}
