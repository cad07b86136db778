// Who a figure is attributed to, outermost source first:
// "…, the Khabar-24 TV channel said quoting the Almaty commandant's office" → ["Khabar-24", "Almaty commandant's office"].
import { isNotSpeech } from './rules/speech-verb-rules';
import { resolvePlace } from '../../geo/gazetteer';
import { anyOf } from './word-pattern';
import { WEEKDAYS } from './calendar-words';
import { lastNamedWhere, type AttributionContext, type SpeechHit } from './attribution-context';

import { maskInitials } from './attribution-initials';
import { possessiveSource } from './attribution-possessive';
import { isCapitalisedRole } from './attribution-apposition';
import { REPORT_FROM, reportsGivenBy, shortNamedOrg } from './attribution-short-names';
import { revisedBy } from './attribution-revised-by';
import { reportOwners } from './attribution-report-owner';
import { hadFigures } from './attribution-had-figure';
import { firstConjunct } from './attribution-coordinated';
import { closesOnTheFigure, findings } from './attribution-findings';
import { deniesVerb, endsInAbility, withoutAbility } from './attribution-modality';
import { lastWords } from './attribution-last-words';
import { invertedSpeakerPhrase, pastSpokenWhen } from './attribution-inverted';
import {
  ACCOUNT_NOUNS,
  HONORIFICS,
  OUTLET_LEADING_WORDS,
  REPORT_ADJECTIVES,
  REPORT_NOUNS,
  REPORT_PARTICIPLES,
  OUTLET_NAMES,
  OUTLET_WORDS,
  REPORT_NOUN_ADJECTIVES,
  GOVERNMENT_WORDS,
  GROUP_KINDS,
  SPEAKER_COUNTS,
  SPEAKER_HEADS,
  TITLE_WORDS,
  ROLE_HEADS,
  NAME_PARTICLES,
} from './source-words';
import { matchesOf } from './attribution-matches';

const WEEKDAY = anyOf(WEEKDAYS);

const VERB =
  '(?:said|says|say|told|tells|reported|reports|report|announced|announces|stated|states|added|adding|confirmed|confirms|claimed|claims|claiming|estimated|estimates|noted|wrote|writes|tweeted|posted|declared|informed|revealed|disclosed|explained|warned|cautioned|acknowledged|admitted|insisted|insists|insist|asserted|asserts|assert|reiterated|clarified|suggested|suggests|suggest|suggesting|putting|believe|believes|believed|put|set|counted|recorded|registered|updated|released|published|cited|quoted|citing|quoting|announcing|saying|says|showed|shows|show|documented|tallied|logged|revised|revises|revise|raised|lowered|listed|lists|puts|gave|gives|pegged|pegs|confirm|alleged|alleges|allege|indicates|indicated|indicate|fears|fear|read|reads|mentioned|mentions|indicating|detailed|described|spoke|speak|speaks|spoken|talked|talk|talks|accused|accuses|accuse|reporting|pointed out|points out|verified|verify|verifies)';
const SPEECH = new RegExp(`\\b${VERB}\\b`, 'gi');

// A cheap first look before sourcesInSentence: word stems, wider than VERB ("announc", "compil",
// "according"), so a sentence that might name a source is never skipped. Keep it a superset of VERB.
const SOURCE_CUE =
  /\b(?:said|says|say|told|tell|report|announc|stated|added|adding|confirm|claim|estimat|noted|wrote|tweeted|posted|declared|informed|revealed|disclosed|explained|warned|caution|acknowledg|admit|insist|assert|reiterat|clarif|suggest|believ|put|set|counted|recorded|registered|updated|released|published|cit|quot|according|show|document|tallied|compil|collat|logged|revis|list|raised|lowered|gave|gives|pegged|pegs|alleg|indicat|fear|read|mention|detail|describ|spok|speak|talk|accus|points? out|pointed out|verif|found|finds|conclud|offered|given|provided|issued|shared|presented|supplied|increased|corrected|adjusted|statement|bulletin|tally|figures|data|records|briefing|releas|assessment|update|counts?\b|ha(?:d|s|ve) (?:a|an|the|its|their|his|her) )/i;
/** Lower-case sources that "per" names ("3 dead here per police"); "per day", "per cent" name none. */
const PER_SOURCE_NOUNS = [
  'police',
  'officials',
  'authorities',
  'organisers',
  'organizers',
  'rescuers',
  'medics',
  'doctors',
  'state media',
  'local media',
  'witnesses',
  'residents',
];
const PER_TARGET = `(?:the\\s|@|[A-Z]|${anyOf(PER_SOURCE_NOUNS)}\\b)`;
const PER_CUE = new RegExp(`(?:^|\\s)[Pp]er\\s+${PER_TARGET}`);

// Words that end the source named by "according to": a preposition or relative starting the
// next phrase, or the verb of the clause the phrase sits in, when no comma closes it ("the toll
// according to the home minister is 132", "the number of injured according to police stands at 30").
const ACCORDING_TO_ENDS = [
  ...['on', 'in', 'at', 'who', 'which', 'as of', 'based on', 'compiled', 'drawn', 'that'],
  ...['is', 'are', 'was', 'were', 'stands', 'stood', 'stand', 'remains', 'remained'],
  ...['rose', 'climbed', 'has', 'have', 'had', 'reached', 'numbers', 'numbered', 'totals'],
  ...['totalled', 'totaled'],
  // the verb of the clause the phrase sits in: "the killings according to the rights group took place in …"
  ...['took', 'happened', 'occurred', 'began', 'started', 'continued', 'came', 'include'],
  ...['includes', 'included', 'will', 'would', 'could', 'may', 'might', 'can', 'should'],
  // who reached the sources: "according to security sources contacted by Le Monde"
  ...['contacted', 'interviewed', 'consulted', 'questioned', 'polled', 'surveyed'],
];
/** "contacted by Le Monde": the outlet that reached the sources carries their words, a name only. */
const CONTACTED_BY = new RegExp(
  String.raw`^\s+(?:${anyOf(['contacted', 'interviewed', 'consulted', 'questioned'])})\s+by\s+` +
    String.raw`((?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s*){1,5}?)(?=\s*(?:[,.;:(]|$))`,
  'u',
);
const ACCORDING_TO = new RegExp(
  `\\b[Aa]ccording to\\s+(.+?)(?=[,.;:(“"]|\\s+${anyOf(ACCORDING_TO_ENDS)}\\b|$)`,
  'g',
);
const PER_SOURCE = new RegExp(
  `(?:[,;(]\\s*|\\s[–—-]\\s*|^|\\s)[Pp]er\\s+(?=${PER_TARGET})(?!Cent\\b)(.+?)(?=[,.;:()]|\\s+(?:on|in|at|who|which|as of)\\b|$)`,
  'g',
);

/** Whether a sentence could name a source at all (most figure-free sentences cannot). */
export function mayNameSource(sentence: string): boolean {
  return SOURCE_CUE.test(sentence) || PER_CUE.test(sentence);
}
const INNER =
  /^\s*,?\s*(?:(?:while |when )?(?:quoting|citing|cited|cites|as quoted by|in reference to|referring to|with reference to|on the basis of|based on (?:data from|figures from)?)\s+)(.+?)(?=\s+(?:as saying|as reporting|that|on|in|who|which)\b|[,.;:“"”]|$)/i;
// "police have since put": "since" after a perfect's auxiliary is an adverb, not a clause start
const ADVERBS = new RegExp(
  `\\b(?:(?<=\\b(?:has|have|had)\\s+)since|also|earlier|later|previously|separately|reportedly|then|now|had|has|have|further|(?:on|this|last) ${WEEKDAY}|${WEEKDAY}|yesterday|today|tonight|in a statement|in a (?:facebook|telegram|twitter|social media) post|on (?:facebook|twitter|telegram)|late|early|officially|publicly|initially|formally|independently|originally|subsequently|jointly)\\b`,
  'gi',
);
const PRONOUN =
  /^(?:he|she|they|it|we|i|the official|the minister|the spokesman|the spokeswoman|the spokesperson|the chief|the head|the prosecutor|the governor|the mayor)$/i;
const NOT_SOURCE =
  /^(?:that|this|it|there|which|who|what|these|those|and|but|as|so|if|when|while|the|a|an|number|figure|figures|toll|data|attendance|turnout|crowd|crowds|casualty|casualties|death|deaths|death toll|latest data|the latest data|reportedly|reporters|journalists|(?:official|latest|new|government|preliminary|updated|available|provisional|revised) (?:figures|data|statistics|tally|count|numbers|tolls?|death tolls?)|(?:the )?(?:(?:preliminary|initial|latest|available|first) )?information(?: (?:gathered|received|collected|available|obtained))?(?: so far)?|(?:a |the )?(?:news|press|media) (?:conference|briefing)s?|(?:a |the )?(?:statement|briefing|news release|press release)|they|them|he|she|we|i|you|one|some|others|many|official|spokesman|spokeswoman|spokesperson|minister|chief|head|source|sources)$/i;

/** Words that name no source however they are placed: "new toll", "official figures", "they". */
export function namesNoSource(words: string): boolean {
  return NOT_SOURCE.test(words.trim());
}

/** What an outlet's kind may follow without a name: "State TV", "Local radio", "Public broadcaster". */
const OUTLET_OWNERS = ['state', 'local', 'national', 'public', 'private', 'regional'];
const OWNER_ONLY = new RegExp(`^${anyOf(OUTLET_OWNERS)}$`, 'i');
/** What is left of "Initial estimates" without its noun: a word of when, naming no one. */
const REPORT_ADJECTIVE_ONLY = new RegExp(`^(?:${anyOf(REPORT_ADJECTIVES)}|early)$`, 'i');

/** Words that compare a figure with others: what follows them is a count, not who speaks. */
const COMPARED_WITH = [
  'below',
  'above',
  'fewer than',
  'less than',
  'more than',
  'higher than',
  'lower than',
  'compared (?:with|to)',
];

/**
 * What a clause boundary can leave in a source slot and is never a source: a lone preposition ("At"),
 * a participle clause ("saying it received credible", "viewed more than 2 million times"), a relative
 * phrase ("some of whom were"), the figures themselves ("official figures and to every aid agency").
 */
const JUNK_SOURCE = new RegExp(
  [
    '^(?:at|in|on|by|for|from|with|of|to|into|after|before|during|since|amid|despite|following|over|under|having|when|while)$',
    '^(?:saying|adding|noting|claiming|stating|reporting|explaining|warning|insisting|arguing|viewed|shared|watched|seen|liked|retweeted|reposted|uploaded)\\b',
    '^(?:(?:some|many|most|all|none|several|each|one|two|three)\\s+)?of\\s+(?:whom|which|them|those)\\b',
    '^(?:(?:official|latest|new|government|preliminary|updated|available|final)\\s+)?(?:figures|data|statistics|numbers|tolls?)\\b',
    '\\b\\d[\\d,.]*\\s+(?:(?:million|thousand)\\s+)?(?:times|views|shares|likes)\\b',
    '^(?:it|he|she|they|we)\\s',
    // a speaker in the first or second person, the quotation's own: "At this moment I (can confirm)"
    '(?:^|\\s)(?:i|we|you)$',
    // a possessive cut from its noun: "His (friend called me …) and told me"
    '^(?:his|her|their|our|my|your)$',
    // a clause, not a noun phrase: "725 people been arrested in nearly all 50", "number hurt rose to 934"
    '\\b(?:is|are|was|were|been|being|rose|risen|rises|fell|fallen)\\b',
    '\\s(?:to|at)\\s+[\\d,.]+$',
    // the count a verb takes as its object, never its subject: "estimated the death toll from a blast"
    '^(?:(?:death|casualty|injury|final|official|overall)\\s+)?(?:toll|number|count|tally|crowd|turnout|attendance)\\s+(?:of|from|in|at|for|among)\\b',
    // a comparison with earlier counts: "below the levels (reported in January)", "fewer than the numbers"
    `\\b${anyOf(COMPARED_WITH)}\\s+(?:the|its|their|those|these|that)\\b`,
    // "55 as against the 50 earlier confirmed": the count compared with, not who confirmed it
    '^against\\s+(?:the|its|their|those|these|that)\\b',
  ].join('|'),
  'i',
);

/** A word boundary that knows letters beyond ASCII ("Erdoğan said" has no word "an"). */
const B = "(?<![\\p{L}\\p{N}_'’-])";
// Built once here, not at each call: these run for every speech verb of every sentence.
/** The last clause start before a subject: "… were killed, officials said that" → after "that". */
const LAST_CLAUSE_START = new RegExp(
  `^.*${B}(?:that|,\\s*and|but|while|when|after|as|where|which|who|because|(?<!\\b(?:has|have|had)\\s+)since|if|although|though|so|then|before|until|once|whereas)\\s`,
  'isu',
);
/** Text ending in a determiner: the verb that follows is a noun ("news reports said", "the claims"). */
const AFTER_DETERMINER = new RegExp(`${B}(?:a|an|the|its|their|this|these|those)\\s*$`, 'iu');
/** Text ending in a word that makes "report", "claims", "count" … a noun: "unconfirmed reports". */
const AFTER_NOUN_MODIFIER = new RegExp(
  `${B}(?:the|a|an|its|their|his|her|this|that|these|those|news|media|such|in|to|of|credible|unconfirmed|conflicting|initial|early|first|local|several|multiple|separate|reliable|verified|eyewitness|witness|${anyOf(REPORT_NOUN_ADJECTIVES)})\\s*$`,
  'iu',
);
/** Text ending where a verb has no speaker: "was said", "than previously announced", "as reported". */
const AFTER_NO_SPEAKER = new RegExp(
  `${B}(?:than|as|been|be|was|were|is|are|being|to)\\s+(?:\\w+ly\\s+)?$`,
  'iu',
);
/** The auxiliary of a progressive: "were reporting", "is saying". */
const PROGRESSIVE_AUXILIARY = new RegExp(`${B}(?:is|are|was|were)\\s+$`, 'iu');
/** After a quotation, the inverted order: "”, said police spokesman X". */
const SPEAKER_AFTER_QUOTE = new RegExp(
  `^\\s*,?\\s*${VERB}\\s+(.+?)(?=[,.;:(]|\\s+(?:who|on|in|at|during)\\b|$)`,
  'i',
);
/** After a quotation, the direct order: "”, the minister said". */
const SPEAKER_VERB_AFTER_QUOTE = new RegExp(`^\\s*,?\\s*(.+?)\\s+${VERB}\\b`, 'i');
/**
 * "estimated by", "published overnight by", "announced this Wednesday, December 18 by": a passive
 * verb's agent follows "by".
 */
const AGENT_AFTER_VERB = new RegExp(
  // "32 people reported missing by the agency", "confirmed dead by": the state the verb reports may
  // come first (not "killed by", "displaced by", whose agent is the harm's)
  `^(?:\\s+(?:missing|dead))?` +
    `(?:\\s+(?:overnight|today|yesterday|earlier|later|late|jointly|separately|officially|(?:(?:on|this|last)\\s+)?${WEEKDAY}(?:,?\\s+(?:[A-Z][a-z]+\\s+\\d{1,2}|\\d{1,2}\\s+[A-Z][a-z]+))?))?\\s+by\\b`,
  'i',
);
/** The agent itself, up to a clause boundary or the speech verb of the document it names ("… by the committee said"). */
const AGENT = new RegExp(
  `^\\s+(.+?)(?=[,.;:(]|\\s+(?:at|as|on|in|to|and|who|which)\\b|\\s+${VERB}\\b|\\s+(?:include[sd]?|rose|risen|climbed|stood|stands|were|was|is|are|has|have|had)\\b|\\s+\\d|` +
    // the dates it covers: "verified by the Criminal Court from July 29 to August 6"
    `\\s+from\\s+(?:[A-Z][a-z]+\\s+)?\\d|$)`,
  'i',
);
/** Before a quotation: "X said: “…”", "…, adding: “…”". */
const SPEAKER_BEFORE_QUOTE = new RegExp(
  `(?:^|[.!?]\\s+)(?:[A-Z][a-z]+,\\s*)?(.+?)\\s+(?:[a-z]+ed\\b.*?,?\\s*)?${VERB}:?\\s*$`,
  'i',
);
/** Text ending in a figure or a quantifier: "states", "reports" after it are nouns ("all 50 states"). */
const AFTER_COUNT = new RegExp(
  `(?:\\d|${B}(?:all|many|several|other|both|some|most|few))\\s+$`,
  'iu',
);
/** Bodies spoken of in the plural, that "they" can refer back to, with where they are ("Authorities in Florida"). */
const PLURAL_BODY =
  /\b(?:police|officials|authorities|organi[sz]ers|rescuers|investigators|prosecutors|forces|troops|doctors|medics)(?:\s+(?:in|of|at|from)\s+[^,;]+)?$/i;
/** "they" as a body: one named as many, or the body that was the last source named. */
function theyBody(ctx: AttributionContext): string | null {
  const org = ctx.lastOrg;
  return org && (PLURAL_BODY.test(org) || org === ctx.lastSource) ? org : null;
}
const ANAPHORIC_ORG = /^(?:group|organi[sz]ation|ngo|monitor|watchdog|body|charity|network|team)$/i;

/** "with unverified reports", "amid social media posts": the accounts are the source, not the preposition. */
const WITH_ACCOUNTS = new RegExp(
  String.raw`^(?:with|amid|amidst)\s+(?=(?:[\p{L}-]+\s+){0,2}${anyOf(ACCOUNT_NOUNS)}\b)`,
  'iu',
);
/** "Mr Ronda", "Dr. Gameti": a courtesy title and a surname. */
const HONOURED_SURNAME = new RegExp(
  String.raw`^${anyOf(HONORIFICS)}\.?\s+(\p{Lu}[\p{L}'’-]+)$`,
  'u',
);

const TITLE_WORD = new Set(TITLE_WORDS);
/** Title words that join a title's parts, never a title alone: "Minister of the Interior". */
const TITLE_JOINERS = new Set(['of', 'for', 'the', 'and']);
/** "Governor Namadi", "Brig. Mathe": a capitalised title and a surname, the surname or null. */
function titledSurname(s: string): string | null {
  const words = s.split(/\s+/);
  const surname = words.pop() ?? '';
  if (!words.length || words.length > 3 || !/^\p{Lu}/u.test(words[0])) return null;
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(surname)) return null;
  const title = words.map((w) => w.toLowerCase().replace(/\.$/, ''));
  return title.every((w) => TITLE_WORD.has(w) && !TITLE_JOINERS.has(w)) ? surname : null;
}

/**
 * "Mr Ronda said", "Governor Namadi said" after "Interior Minister Pascoal Ronda said", "the state
 * governor, Umar Namadi, said": the person named in full before.
 */
function namedBefore(s: string, ctx: AttributionContext): string | null {
  const surname = HONOURED_SURNAME.exec(s)?.[1] ?? titledSurname(s);
  if (!surname) return null;
  const ends = new RegExp(String.raw`(?<![\p{L}])${surname}$`, 'u');
  return lastNamedWhere(ctx.people ?? [], (p) => p !== s && ends.test(p)) ?? null;
}

/** Heads of a body's description: "the disaster bureau", "the health agency". */
const BODY_HEADS = [
  ...['bureau', 'agency', 'council', 'office', 'body', 'authority', 'department', 'service'],
  ...['commission', 'committee', 'ministry', 'directorate', 'administration'],
];
const DESCRIBED_BODY = new RegExp(
  String.raw`^(?:[Tt]he\s+)?((?:[\p{Ll}-]+\s+){1,2})(${anyOf(BODY_HEADS)})$`,
  'u',
);
/** Heads that name a kind of body only loosely: any named body may be "the disaster bureau". */
const LOOSE_HEADS = new Set(['bureau', 'agency', 'body', 'authority', 'administration']);
/**
 * Patterns built from words a text gives, each compiled once for the process: describedOrg tries
 * every word of a description on every organisation named so far, titledPerson a title on every
 * person, for each source that may name them (a RegExp built per call was a share of the time of
 * each body claim). The words are mostly lower case, so the sets stay small; each is cleared past
 * a bound all the same, as a long-running worker reads many texts.
 */
const COMPILED_BOUND = 2000;
function compiledOnce(build: (words: string) => RegExp): (words: string) => RegExp {
  const built = new Map<string, RegExp>();
  return (words) => {
    let pattern = built.get(words);
    if (!pattern) {
      if (built.size >= COMPILED_BOUND) built.clear();
      pattern = build(words);
      built.set(words, pattern);
    }
    return pattern;
  };
}
/** A word of a description as a whole word: "health" in "Ministry of Health", not in "healthcare". */
const wholeWord = compiledOnce(
  (word) => new RegExp(String.raw`(?<![\p{L}])${word}(?![\p{L}])`, 'iu'),
);
/** A title and the first character of what follows it: "Chief Secretary P…". */
const titleBeforeName = compiledOnce(
  (title) => new RegExp(`(?<![\\p{L}])${title.replace(/\s+/g, '\\s+')}\\s+(\\S)`, 'iu'),
);

/**
 * "The disaster bureau also recorded 294" after "the National Disaster Risk Reduction and
 * Management Council (NDRRMC) has recorded 72": a body described by a word of the name of one the
 * text named as a source before is that body.
 */
function describedOrg(s: string, ctx: AttributionContext): string | null {
  const m = DESCRIBED_BODY.exec(s);
  if (!m || !ctx.orgs?.length) return null;
  // "the health ministry" is a ministry: never the World Health Organization
  const words = [...m[1].trim().split(/\s+/), ...(LOOSE_HEADS.has(m[2]) ? [] : [m[2]])];
  const patterns = words.map(wholeWord);
  const named = (org: string) => patterns.every((p) => p.test(org));
  const org = lastNamedWhere(ctx.orgs, (o) => o.toLowerCase() !== s.toLowerCase() && named(o));
  return org && /\p{Lu}/u.test(org) ? org : null;
}

/**
 * A report that names no one: "a new provisional report", "the latest update", "information
 * provided", "the final assessment" (figures and data name themselves: "official data").
 */
const REPORT_ONLY = new RegExp(
  String.raw`^(?:according to\s+)?(?:(?:a|an|the)\s+)?(?:${anyOf(REPORT_ADJECTIVES)}\s+){0,3}` +
    String.raw`${anyOf(REPORT_NOUNS)}(?:\s+${anyOf(REPORT_PARTICIPLES)})?$`,
  'i',
);
/**
 * "According to a new provisional report announced this Wednesday, December 18 by the French
 * Ministry of the Interior": a report's issuer, after the participle that issues it.
 */
const REPORT_ISSUED_BY = new RegExp(
  String.raw`^according to\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,3}${anyOf(REPORT_NOUNS)}\s+` +
    String.raw`(?:${anyOf(REPORT_PARTICIPLES)}|announced|compiled)\b([^.;:]{0,50}?)\s+by\s+(.+?)(?=[,.;:(]|\s+(?:on|in|at)\b|$)`,
  'iu',
);
/** The issuer a report phrase names, remembered for the next report that names none. */
function reportIssuer(phrase: string, ctx: AttributionContext): string | null {
  const m = REPORT_ISSUED_BY.exec(phrase);
  if (!m || /\d{3,}/.test(m[1])) return null;
  const issuer = clean(m[2], ctx);
  if (issuer) ctx.lastReporter = issuer;
  return issuer;
}
/** A speaker, a speech verb and the words after it (see clean). */
const SAID_CLAUSE = /^([^,;]+?)\s+(?:said|says|told|added|reported)\s+(\p{Ll}.*)$/u;
/** Words that are only speakers: "authorities", "local officials", "officials in the town". */
const SPEAKERS_ONLY = new RegExp(
  String.raw`^(?:the\s+)?(?:[\p{L}-]+\s+){0,2}${anyOf(SPEAKER_HEADS)}(?:\s+(?:in|of|at|from)\s+[^,;]+)?$`,
  'iu',
);
/** "the same source", "the source", "the same sources": the source named last, whoever it was. */
const SAME_SOURCE =
  /^the\s+(?:same\s+)?sources?$|^(?:the\s+)?same\s+(?:sources?|officials?|report)$/i;
/** "a number of witnesses", "dozens of residents": a count of speakers before their noun. */
const COUNT_OF_SPEAKERS = new RegExp(
  String.raw`^(?:a\s+)?${anyOf(SPEAKER_COUNTS)}\s+of\s+(?=(?:[\p{Ll}-]+\s+){0,2}${anyOf(SPEAKER_HEADS)}$)`,
  'iu',
);
/**
 * "the rights group", "the aid agency", "the monitoring group": a kind of group with one word of
 * what it does is the non-governmental body named as a source last (the words "Rights groups"
 * with no article name groups of their own) ("Amnesty International said
 * … The killings, according to the rights group, …"); never a ministry or police, that the words
 * do not describe.
 */
const DESCRIBED_KIND = new RegExp(
  String.raw`^the\s+(?:[\p{Ll}-]+\s+){1,2}${anyOf(GROUP_KINDS)}$`,
  'iu',
);
const GOVERNMENT_BODY = new RegExp(String.raw`\b${anyOf(GOVERNMENT_WORDS)}\b`, 'i');
function describedKind(s: string, ctx: AttributionContext): string | null {
  const org = ctx.lastOrg;
  if (!org || !DESCRIBED_KIND.test(s) || GOVERNMENT_BODY.test(org)) return null;
  return /^\p{Lu}/u.test(org) ? org : null;
}

/** Words of a speaker in the inverted order ("…, said a police spokesman"), see SPEAKER_HEADS. */
const SPEAKER_HEAD = new RegExp(String.raw`(?<![\p{L}])${anyOf(SPEAKER_HEADS)}(?![\p{L}])`, 'iu');
/** An inverted order's subject: a name (a capital after the article) or a speaker's noun. */
function mayBeInvertedSpeaker(np: string): boolean {
  return /\p{Lu}/u.test(np.replace(/^(?:the|a|an)\s+/i, '')) || SPEAKER_HEAD.test(np);
}

/** "Now" in "Myanmar Now", "Today" in "USA Today": a capitalised word after a capitalised word is part of a name. */
function isNamePart(word: string, before: string): boolean {
  return /^\p{Lu}/u.test(word) && /[\p{Lu}][\p{L}'’-]*\s+$/u.test(before);
}

function clean(np: string | undefined | null, ctx: AttributionContext): string | null {
  if (!np) return null;
  let s = np
    // a live blog's list marker is no part of the name: "• The CGT union"
    .replace(/^[\s•·▪‣*]+/u, '')
    .replace(/[“”"]/g, '')
    .replace(ADVERBS, (adverb, at: number, all: string) =>
      isNamePart(adverb, all.slice(0, at)) ? adverb : ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
  s = s.replace(
    /^(?:and|but|while|as|so far|thus far|far|to date|by now|so|that|meanwhile|however|for its part|in turn|in addition|moreover|reportedly|both)\b[,\s]*/i,
    '',
  );
  // "with unverified reports suggesting 60": the reports, not "with"
  s = s.replace(WITH_ACCOUNTS, '');
  const honoured = namedBefore(s, ctx);
  if (honoured) return honoured;
  // "in a likely reference to organizers claiming …": the organizers
  s = s.replace(
    /^(?:in|with)\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}(?:reference|response|reply|answer)\s+to\s+/iu,
    '',
  );
  s = s
    .replace(/^[\p{Lu}\s,.'-]{3,}(?:\([^)]{1,40}\))?\s[–—-]+\s*/u, '')
    .replace(/[,;:.…\s]+$/, '');
  // "said the same source", "the source added": whoever was named as a source last
  if (SAME_SOURCE.test(s)) return ctx.lastSource ?? null;
  // "A number of witnesses told …": the witnesses, not a count of them
  s = s.replace(COUNT_OF_SPEAKERS, '');
  // "it said", "its report said", "one of its posts": the organisation that spoke last;
  // "his office said": whoever spoke last
  const possessed = possessiveSource(s, ctx);
  if (possessed !== undefined) return possessed;
  // "Police added …. So far they have confirmed …": "they" is a body named as many (police, officials),
  // or the body that was the last source named ("The NPS reported 11 deaths. ¶ They said 52 …")
  if (/^they$/i.test(s)) return theyBody(ctx);
  if (/^(?:we|i|you)$/i.test(s)) return null;
  const titled = titledPerson(s, ctx);
  if (titled) return titled;
  if (PRONOUN.test(s)) {
    if (ctx.lastPerson || /^(?:he|she)$/i.test(s)) return ctx.lastPerson ?? ctx.spokePerson ?? null;
  }
  // "the group said" after a named group: that group
  // (or its possessive: "the group’s latest count")
  const anaphor = /^(?:[Tt]he\s+)?([\p{Ll}-]+?)(?:['’]s)?$/u.exec(s);
  if (anaphor && ANAPHORIC_ORG.test(anaphor[1]) && ctx.lastOrg) return ctx.lastOrg;
  const described = describedOrg(s, ctx) ?? describedKind(s, ctx) ?? shortNamedOrg(s, ctx);
  if (described) return described;
  // with no group named before, "the group’s" (its figures, its estimates) names no one
  if (anaphor && ANAPHORIC_ORG.test(anaphor[1]) && /['’]s$/.test(s)) return null;
  // "figures from Y", "data released by Y", "a Friday evening update from the Commission": Y (the
  // Commission named before, when a short name)
  const given = s.replace(REPORT_FROM, '');
  if (given !== s) s = shortNamedOrg(given, ctx) ?? given;
  // "in a post on X", "writing on Facebook": the platform is no source
  s = s.replace(
    /^(?:in an?\s+(?:[\w-]+\s+)?(?:post|statement|message|video|interview)(?:\s+on\s+[\w-]+)?|writing on\s+[\w-]+|on (?:X|Twitter|Facebook|Telegram|Instagram))\s*,?\s*/i,
    '',
  );
  s = s
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[,;:.…\s]+$/, '')
    .replace(/^[,;:.\s]+/, '');
  // "the ministry's latest figures" → the ministry
  s =
    s.replace(
      /['’]s?\s+(?:(?:latest|official|own|new|updated|preliminary|final|daily)\s+)?(?:figures|data|statistics|numbers|tally|count|toll|estimates?|report|statement|records|information|bulletin)$/i,
      '',
    ) || s;
  // the outlet's name without its kind: "Khabar-24 TV channel" → "Khabar-24"; but "State TV",
  // "Local TV" keep it, the word before naming no outlet
  if (/^[\p{Lu}\d]/u.test(s)) {
    const named = s.replace(
      /\s(?<=[\p{Lu}\d][\p{L}\d'’-]*\s)\s*(?:(?:state\s+)?(?:TV|television|news|radio)\s+)?(?:TV|channels?|agency|broadcaster|newspapers?|daily|outlets?|website|portal|tally|count|figures|estimates?|data)$/u,
      '',
    );
    // "Initial estimates put …", "Early reports said …": a report of no one, no source
    if (REPORT_ADJECTIVE_ONLY.test(named)) return null;
    if (named && !OWNER_ONLY.test(named)) s = named;
  }
  s = s.replace(/\s+(?:there|here)$/i, '');
  // "Vucic said authorities (estimated)": the speakers of a clause opened without "that"; but
  // "the Archive said attendance (estimates)": the speaker ends where its verb begins
  s = s.replace(SAID_CLAUSE, (all, speaker: string, rest: string) =>
    SPEAKERS_ONLY.test(rest) ? rest : /^\p{Lu}/u.test(speaker) ? speaker : all,
  );
  // "According to a final provisional report", "information provided on Wednesday": a report
  // named by no one is the report of the source named last, whose figures it goes on with
  const went = ctx.lastReporter ?? ctx.lastSource;
  if (REPORT_ONLY.test(s) && went && !REPORT_ONLY.test(went)) return went;
  // "the WHO": an acronym in capitals is an organisation, never the pronoun it spells
  const acronym = /^\p{Lu}{2,}$/u.test(s);
  if (!s || s.length > 90 || (NOT_SOURCE.test(s) && !acronym) || JUNK_SOURCE.test(s)) return null;
  // a title before a name: "police spokesman Saltanat Azirbek" → keep whole, it contains the name
  return s;
}

/** ", the Living Forces of Guinea (FVG), " right before a verb: an apposition that names its subject. */
const NAMED_APPOSITION = /,\s*the\s+\p{Lu}[^,]{0,80},\s*$/u;
/** ", which is chaired by the minister, ", ", a monitor that tracks casualties, ": an aside about the subject. */
const DESCRIBING_APPOSITION =
  /,\s*(?:which|who|a|an|the|its|his|her|their)\s+[^,]{1,120},(?:\s*(?:(?:on\s+)?\p{Lu}\p{Ll}+day|still|also|later|earlier|then|now|yesterday|today|\p{Ll}+ly|has|have|had|will|would|could|may|might))*\s*$/iu;
/** What a comma can leave before a verb that is no part of its subject: "…, had insisted", "…, also said". */
const AUXILIARY_ONLY = /^\s*(?:(?:had|has|have|also|earlier|later|then|now)\s*)+$/i;
/** The noun phrase that ends right before index `at` in `s` (the subject of "X said"). */
/** Nouns of speakers a "that" clause may describe: "the police chief that oversees security … told". */
const SPEAKER_NOUNS = [
  'chief',
  'official',
  'officials',
  'officer',
  'officers',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'minister',
  'agency',
  'ministry',
  'group',
  'department',
  'office',
  'authority',
  'authorities',
  'committee',
  'commission',
  'monitor',
  'team',
  'source',
  'sources',
];
// (the first space comes first and the noun is a lookbehind from it: a lookbehind first was tried
// at every character of the text before each speech verb)
const SPEAKER_THAT_CLAUSE = new RegExp(
  String.raw`\s(?<=\b${anyOf(SPEAKER_NOUNS)}\s)\s*that\s+[^,;:“”"]{1,100}$`,
  'u',
);

/** Words that may date a speech verb: "said Wednesday morning", "said late on Tuesday". */
const SPOKEN_WHEN = [
  ...'on late early today yesterday morning afternoon evening night'.split(' '),
  ...WEEKDAYS,
];
/**
 * A speaker whose own verb comes first: "The office said (Wednesday morning) it had counted 132" →
 * the counting verb's subject is "it", the office; the speech verb and pronoun are cut.
 */
const SAID_IT = new RegExp(
  String.raw`\s+(?:said|says|told\s+\S+|added|announced|stated|confirmed)` +
    String.raw`(?:\s+${anyOf(SPOKEN_WHEN)})*(?:\s+that)?\s+(?:it|they|he|she)` +
    String.raw`(?:\s+(?:had|has|have|would|was|were|is|are|now|also|already))*\s*$`,
  'iu',
);

/** "… two diplomats who coordinated the response": a relative clause ending the text (space first, as above). */
const RELATIVE_CLAUSE_AT_END = /\s(?<=[\p{L}.'’]\s)\s*(?:who|which)\s+[^,;:“”"]{1,100}$/u;
/** An acronym in capitals ("WHO", "AS"), from its first capital: the lookbehind only at capitals. */
const ACRONYM = /\p{Lu}(?<!\p{L}\p{Lu})\p{Lu}+(?!\p{L})/gu;

/** Whether `text` holds two commas, as an aside between commas needs. */
function hasTwoCommas(text: string): boolean {
  const first = text.indexOf(',');
  return first >= 0 && text.includes(',', first + 1);
}

function npBefore(s: string, at: number): string | null {
  // a relative clause between commas says who the subject is, not where it starts:
  // "the council, which is chaired by the minister, said" → "the council, said"
  // so does an apposition: "the Observatory, a monitor that tracks casualties, said" → "the Observatory, said"
  // so does a restrictive one: "two diplomats who coordinated the response told" → "two diplomats"
  // but an apposition that is a name is the name to keep: "the opposition alliance, the Living Forces of Guinea, said"
  // (each clause's words are looked for first, most texts have none: two commas, "who" or
  // "which", "that")
  let left = s.slice(0, at);
  if (hasTwoCommas(left) && !NAMED_APPOSITION.test(left))
    left = left.replace(DESCRIBING_APPOSITION, ', ');
  if (left.includes('who') || left.includes('which'))
    left = left.replace(RELATIVE_CLAUSE_AT_END, ' ');
  if (left.includes('that')) left = left.replace(SPEAKER_THAT_CLAUSE, ' ');
  left = left.replace(SAID_IT, ' ');
  // clause start: last of sentence start, a comma-led clause, "that", a quote mark, a colon
  let cut = Math.max(
    left.lastIndexOf(';'),
    left.lastIndexOf(':'),
    left.lastIndexOf('“'),
    left.lastIndexOf('”'),
    left.lastIndexOf('"'),
  );
  // acronyms are no conjunctions: "WHO spokeswoman X", "AS Roma" (masked, same length)
  const masked = left.replace(ACRONYM, (m) => 'Q'.repeat(m.length));
  const that = LAST_CLAUSE_START.exec(masked);
  if (that && that[0].length - 1 > cut) cut = that[0].length - 1;
  // "and" before a lower-case word joins clauses ("and says"), before a capital it joins a name ("Disaster and Emergency")
  const and = /^.*(?<![\p{L}])and\s+(?=\p{Ll}|$)/su.exec(left);
  if (and && and[0].length - 1 > cut) cut = and[0].length - 1;
  let seg = left.slice(cut + 1);
  // "Minister X and police chief Y told": both speak
  const first = seg.includes(',') ? null : firstConjunct(left.slice(0, cut + 1));
  if (first) return `${first} and ${seg.trim()}`;
  // "Serik Shalabayev, head of the …, said" → the name before the apposition
  const parts = seg.split(',');
  // "X of Lagos State earlier on Tuesday, had insisted": an auxiliary alone after the comma is no subject
  if (AUXILIARY_ONLY.test(parts[parts.length - 1])) parts[parts.length - 1] = '';
  if (
    parts.length >= 3 &&
    isApposition(parts[parts.length - 2]) &&
    parts[parts.length - 1].trim() === ''
  ) {
    // the name right before the apposition, not the clause before it: "…were killed, the Observatory, a monitor, said"
    seg = parts[parts.length - 3];
  } else if (parts.length >= 2) {
    const last = parts[parts.length - 1];
    seg = last.trim() ? last : parts[parts.length - 2];
  }
  return contactRelativeSubject(seg) ?? (seg.trim() || null);
}

/**
 * A figure and what follows it up to a speech verb: "the 41 people …", "a group of 76 people …",
 * "the dozens of people …" (group 1 what follows the figure's noun's first word).
 */
const CONTACT_RELATIVE =
  /(?:^|\s)(?:(?:the|those|these|all|of|for)\s+[\d,.]+|the\s+(?:dozens|scores|hundreds|thousands)\s+of)\s+(.+)$/iu;
/** Words that open a contact relative clause's subject: "the 41 people [the agency] lists as missing". */
const RELATIVE_SUBJECT_OPENERS = /^(?:the|a|an|its|their|his|her|they|he|she|it|we|\p{Lu})/u;
/**
 * "the 41 people the search and rescue agency", "the 58 they", "the 30 people police": a figure,
 * its noun, then the subject of a clause about it with no "that" (the speaker of the verb after).
 */
function contactRelativeSubject(seg: string): string | null {
  const m = CONTACT_RELATIVE.exec(seg);
  if (!m) return null;
  const words = m[1].split(/\s+/);
  for (let k = 0; k < Math.min(words.length, 4); k++) {
    const opens = RELATIVE_SUBJECT_OPENERS.test(words[k]) || (k > 0 && SPEAKER_HEAD.test(words[k]));
    if (opens) return words.slice(k).join(' ');
  }
  return null;
}

/**
 * Whether `left` (the text before a speech verb) ends in a contact relative clause's subject
 * (the clause's own test first: it rarely holds, and the subject is read only then).
 */
function inContactRelative(left: string): boolean {
  const end = left.slice(-120);
  return (
    CONTACT_RELATIVE.test(end) &&
    contactRelativeSubject(end) !== null &&
    !!npBefore(left, left.length)
  );
}

/** "the Police Spokesperson in Jigawa", "the State Governor": a role in capitals, no body's name. */
const TITLED_ROLE = new RegExp(
  String.raw`^\s*the\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}${anyOf(ROLE_HEADS.map(capitalised))}` +
    String.raw`(?:\s+(?:in|of|for|at)\s+[^,]+)?\s*$`,
  'u',
);
function capitalised(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}

/**
 * The words between two commas that describe the name before them: "head of the …", "the
 * minister", or a country's title for them: "Mozambique's interior minister" (not "the Living Forces"),
 * or a role in capitals: "Head of Basarnas".
 */
function isApposition(words: string): boolean {
  if (/^\s*[a-z]/.test(words))
    return !/^\s*(?:the|a|an)\s+\p{Lu}/u.test(words) || TITLED_ROLE.test(words);
  return (
    /^\s*\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,2}['’]s\s+\p{L}/u.test(words) || isCapitalisedRole(words)
  );
}

/** A capitalised opening, with the particles names keep: "Rio de Janeiro Governor Cláudio Castro". */
const NAME_SUBJECT = new RegExp(
  String.raw`^((?:the\s+|a\s+)?(?:(?:[\p{Lu}][\p{L}’'-]*|of|the|and|for|${anyOf(NAME_PARTICLES)})\s+)*[\p{Lu}][\p{L}’'-]*)`,
  'u',
);

/** The sentence's opening noun phrase: "Earlier, the President of Kazakhstan ordered …" → "the President of Kazakhstan". */
function sentenceSubject(s: string): string | null {
  const body = s
    .replace(/^(?:[A-Z][a-z]+(?: [a-z]+){0,3},\s*)/, '')
    .replace(
      /^(?:At|In|On|During|After|Before|Speaking|From|Following|Despite|Amid|With|Late|Early|Earlier|Later)\b[^,]{0,120},\s*/,
      '',
    );
  // "junta spokesman Brigadier General X gave a lower figure, saying …": the words before the main verb
  const lower =
    /^((?:[\p{L}’'.-]+\s+){0,7}?[\p{L}’'.-]+)\s+(?:gave|give|gives|said|says|told|put|puts|announced|reported|issued|released|published|posted|wrote|confirmed|added|offered|provided|cited|has|had|was|is)\b/u.exec(
      body,
    );
  if (lower) return lower[1];
  const m = NAME_SUBJECT.exec(body);
  return m ? m[1] : null;
}

function innerOf(s: string, from: number, ctx: AttributionContext): string | null {
  const m = INNER.exec(s.slice(from));
  return m ? clean(m[1], ctx) : null;
}

/**
 * A link or a handle glued after a name is no part of it: "according to Plataforma Eleitoral Decide
 * https://www.facebook.com/…", "Fire chief Ana Lopez @analopez_fd told". Blanked, same length, so
 * offsets hold; a handle alone ("@NDRRMC_OpCen said") is kept, it is the only name there is.
 */
function withoutLinks(s: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  // each pattern needs its literal ("http", "@"), and the handle's starts on its "(" or "@" with
  // the name a lookbehind from there (lookbehinds first were tried at every character)
  const unlinked = s.includes('http') ? s.replace(LINK, blank) : s;
  return unlinked.includes('@') ? unlinked.replace(HANDLE_AFTER_NAME, blank) : unlinked;
}
const LINK = /\(?\bhttps?:\/\/[^\s)]+\)?/g;
const HANDLE_AFTER_NAME = /\((?<=[\p{L}.)]\s*\()@\w+\)|@(?<=\p{Lu}[\p{L}\d.'’-]*\s+@)\w+/gu;

const COMPILED_BY =
  /\b(?:compiled|tallied|collated)\s+by\s+(.+?)(?=[,.;:()]|\s+(?:on|in|at|from|who|which|were|was)\b|$)/g;

const PRONOUN_BELIEVER = /\b(?:they|he|she|we|it|i)\s+(?:(?:still|also|now|\w+ly)\s+)*$/i;

// "told Radio Dabanga", "told Channel News Asia": an outlet's kind may come first, its name after
const OUTLET_AUDIENCE = new RegExp(
  String.raw`^\s+(?:[Tt]he\s+)?(${anyOf(OUTLET_NAMES)}(?![\p{L}])|${anyOf(OUTLET_LEADING_WORDS)}(?:\s+\p{Lu}[\p{L}'’-]+){1,2}|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}${anyOf(OUTLET_WORDS)}(?![\p{L}]))`,
  'u',
);
/** The news outlet a source "told", if the audience is one ("told the Associated Press"). */
function outletTold(after: string): string | null {
  return OUTLET_AUDIENCE.exec(after)?.[1] ?? null;
}

/**
 * Each "according to Y" of a sentence: where it starts and ends and Y's words. Read on a copy whose
 * initials' and titles' dots are masked ("according to state Gov. Claudio Castro and police"), Y
 * itself taken from the sentence.
 */
function accordingTo(s: string): { index: number; end: number; 1: string }[] {
  return matchesOf(ACCORDING_TO, maskInitials(s)).map((m) => {
    const end = m.index + m[0].length;
    return { index: m.index, end, 1: s.slice(end - m[1].length, end) };
  });
}

/** Sources named in one sentence, each with where its speech verb is. */
export function sourcesInSentence(sentence: string, ctx: AttributionContext): SpeechHit[] {
  const s = withoutLinks(sentence);
  const hits: SpeechHit[] = [];
  let openingCited: string | null = null;
  // "according to Y[, quoted by X]"; case-sensitive, so "the WHO" is a name and "who" a relative
  // each scan below needs its literal words: a sentence without them skips it
  for (const m of s.includes('ccording to') ? accordingTo(s) : []) {
    // "according to Y cited by X" within the phrase, or "according to Y, quoted by X" after it
    const within =
      /^(.+?)\s+(?:as\s+)?(?:quoted|cited|reported|carried|published|released) by\s+(.+)$/i.exec(
        m[1],
      );
    const issuer = reportIssuer(s.slice(m.index, m.index + 240), ctx);
    const y0 = issuer ?? clean(within ? within[1] : m[1], ctx);
    const rest = within ? `, cited by ${within[2]}` : s.slice(m.end);
    const q =
      /^\s*,?\s*(?:as )?(?:quoted|cited|reported|carried|published|released) by\s+(.+?)(?=[,.;:(]|$)/i.exec(
        rest,
      );
    const contacted = q ? null : CONTACTED_BY.exec(rest);
    const x = q ? clean(q[1], ctx) : contacted ? clean(contacted[1], ctx) : null;
    // "according to official figures cited by state TV": the carrier alone when the figures are unnamed
    if (x && !y0) {
      hits.push({ chain: [x], at: m.index, trailingOk: true });
      continue;
    }
    // "according to official data" with no carrier: the data is the source
    const data = !y0 && !x ? dataNamed(m[1]) : null;
    if (data) hits.push({ chain: [data], at: m.index, trailingOk: true });
    if (!y0) continue;
    const y = y0;
    hits.push({ chain: x ? [x, y] : [y], at: m.index, trailingOk: true });
  }
  // "…, per the coast guard" / "… – per police": per as "according to", not "per cent" or "per day"
  for (const m of s.includes('per') || s.includes('Per') ? matchesOf(PER_SOURCE, s) : []) {
    const y = clean(m[1], ctx);
    if (y) hits.push({ chain: [y], at: m.index, trailingOk: true });
  }
  // "The other deaths, compiled by Agence France Presse, were …": who compiled a count is its source
  for (const m of s.includes('by') ? matchesOf(COMPILED_BY, s) : []) {
    const y = clean(m[1], ctx);
    if (y) hits.push({ chain: [y], at: m.index, trailingOk: true });
  }
  // "A balance offered by President Maduro of 15 dead": who gave a report is its source
  for (const r of reportsGivenBy(s)) {
    const y = clean(r.giver, ctx);
    if (y) hits.push({ chain: [y], at: r.at, trailingOk: true });
  }
  // "was later updated to 16 dead by the Secretary": the agent of the revision, right after its figure
  for (const r of revisedBy(s)) {
    const y = clean(r.agent, ctx);
    if (y) hits.push({ chain: [y], at: r.at, trailingOk: true, passive: true });
  }
  // "detailed in KNCHR's Tuesday evening statement": the report's owner
  for (const r of reportOwners(s)) {
    const y = clean(r.owner, ctx);
    if (y) hits.push({ chain: [y], at: r.at, trailingOk: true });
  }
  // "Tarek William Saab, the General Prosecutor, had a way higher number: 749": the verb's subject
  for (const at of hadFigures(s)) {
    const y = clean(npBefore(s, at), ctx);
    if (y) hits.push({ chain: [y], at, trailingOk: false });
  }
  // "an investigation by a news outlet has found": what finds a figure is its source
  for (const f of findings(s)) {
    const y = clean(f.words, ctx);
    if (y) hits.push({ chain: [y], at: f.at, trailingOk: f.closing });
  }
  for (const m of matchesOf(SPEECH, s)) {
    const verb = m[0].toLowerCase();
    const at = m.index;
    // the patterns read right before the verb end there and span two words at most
    const near = lastWords(s.slice(0, at), 2);
    const after = at + m[0].length;
    if (/^(?:citing|quoting)$/.test(verb)) {
      // "X reported, citing Y" is handled from X's verb; a bare ", citing Y" names Y under an earlier source
      const prevVerb = hits.length ? hits[hits.length - 1] : null;
      // "X revised the toll to 9, citing Y": Y is X's source however far the verb is
      if (
        prevVerb &&
        prevVerb.at < at &&
        prevVerb.chain.length === 1 &&
        /,\s*$/.test(s.slice(0, at))
      ) {
        const y = innerOf(s, at, ctx);
        if (y && y !== prevVerb.chain[0]) prevVerb.chain = [prevVerb.chain[0], y];
        continue;
      }
      if (prevVerb && prevVerb.at < at && at - prevVerb.at < 60) continue;
      const y = innerOf(s, at, ctx);
      // "Citing hospital sources, the agency said …": Y is the source of the speaker after it
      if (y && OPENING_CITE.test(s.slice(0, at))) openingCited = y;
      else if (y) hits.push({ chain: [y], at, trailingOk: true });
      continue;
    }
    if (isNotSpeech(verb, s.slice(after))) {
      rememberSpeaker(s.slice(0, at), verb, ctx);
      continue;
    }
    // "Police say they believe …", "80 people who they believe died": the pronoun restates a speaker
    if (/^believ/.test(verb) && PRONOUN_BELIEVER.test(s.slice(0, at))) continue;
    // "put the toll at", "revised the toll to", "gave the number of dead as": verbs that report only with such an object
    // "raised to 136 Saturday the number of …" names the quantity after its new value
    if (
      /^(?:put|puts|putting|set|gave|gives|raised|lowered|revised|revises|revise|listed|lists)$/.test(
        verb,
      ) &&
      !/^\s+(?:(?:up|down|upward|downward)\s+)?(?:to\s+[\d,.]+\s+(?:[\w-]+\s+){0,3})?(?:the |its |a |their |her |his )?(?:[\w-]+ ){0,2}(?:toll|tolls|number|figure|crowd|turnout|attendance|count|tally|total|estimate|losses|casualties|dead|fatalities)/i.test(
        s.slice(after),
      ) &&
      // "still listed 101 deaths": a list gives its figures bare
      !(
        /^list/.test(verb) &&
        /^\s+(?:as\b|(?:(?:at least|more than|about|some|over|nearly)\s+)?\d)/i.test(s.slice(after))
      )
    )
      continue;
    // "showed", "indicates": only data, figures or a count show a figure
    if (
      /^(?:show|shows|showed|indicates|indicated|indicate|indicating)$/.test(verb) &&
      !/\b(?:data|figures|statistics|numbers|records|tally|count|reports?|list|survey|estimates?|footage|graphic|chart|map|table|infographic)\b[^,;]{0,60}$/i.test(
        s.slice(0, at),
      )
    )
      continue;
    // a participle before a noun: "the number of confirmed deaths", "reported cases"
    if (
      /^(?:confirmed|reported|recorded|registered|estimated|updated|released|published|verified)$/.test(
        verb,
      ) &&
      /^\s+(?:deaths?|dead|cases|fatalities|figures?|tolls?|victims|injuries|casualties|number)\b/i.test(
        s.slice(after),
      ) &&
      // "confirmed dead by the coroner": a state, then its agent
      !AGENT_AFTER_VERB.test(s.slice(after))
    )
      continue;
    // a participle after the counted noun or its figure: "the number of deaths registered in many countries", "863 recorded"
    if (
      /^(?:confirmed|reported|recorded|registered|estimated|updated|released|published|counted|documented|logged|tallied|verified)$/.test(
        verb,
      ) &&
      /(?:\b(?:deaths|dead|cases|fatalities|figures|tolls?|victims|injuries|casualties|bodies)|\d)\s+$/i.test(
        s.slice(0, at),
      ) &&
      // "a new toll published overnight by the committee": its agent is the source
      !AGENT_AFTER_VERB.test(s.slice(after))
    )
      continue;
    // a noun, not a verb: "news reports said", "the claims", "its report"
    if (AFTER_DETERMINER.test(near)) continue;
    // an adjective, not a verb: "outrage over alleged police brutality", "an inquiry into reported abuses"
    if (participleAsAdjective(verb, near, s.slice(after))) continue;
    // "the United States", "in nearly all 50 states", "several reports": counted or named, a noun
    if (
      /^(?:states|reports|claims|estimates|updates)$/.test(verb) &&
      (m[0] === 'States' || AFTER_COUNT.test(near))
    )
      continue;
    if (
      /^(?:report|reports|claims|estimates|says|set|put|puts|count|quote|quotes|cites|updates|show|shows)$/.test(
        verb,
      ) &&
      AFTER_NOUN_MODIFIER.test(near)
    )
      continue;
    // passive: "estimated by organizers at 500,000" names the source after "by";
    // "according to Y, quoted by X" is read above
    const agentAt = AGENT_AFTER_VERB.exec(s.slice(after));
    if (agentAt) {
      if (
        /according to[^.;]*$/i.test(s.slice(0, at)) ||
        (/^(?:quoted|cited)$/.test(verb) && /,\s*(?:as\s+)?$/.test(s.slice(0, at)))
      )
        continue;
      const agent = AGENT.exec(s.slice(after + agentAt[0].length));
      const src = agent ? clean(agent[1], ctx) : null;
      if (src) hits.push({ chain: [src], at, trailingOk: true, passive: true });
      continue;
    }
    // "newspapers were reporting that …": a progressive is active, its subject before the auxiliary
    const progressive = /ing$/.test(verb) && PROGRESSIVE_AUXILIARY.test(near);
    // "could not verify", "did not confirm": no one reports the figure
    if (deniesVerb(s.slice(0, at))) continue;
    // "has been able to verify": words of ability before the verb, its speaker before them
    const able = endsInAbility(s.slice(0, at));
    // no speaker: "was said", "than previously announced", "as reported"
    if (!progressive && !able && AFTER_NO_SPEAKER.test(near)) continue;
    const before = progressive
      ? s.slice(0, at).replace(PROGRESSIVE_AUXILIARY, ' ')
      : able
        ? withoutAbility(s.slice(0, at))
        : s.slice(0, at);
    let source: string | null = null;
    let inverted = false;
    // "X, citing Y, said": Y is X's source
    let cited: string | null = null;
    const citeApp =
      /,\s*(?:(?:citing|quoting|in reference to)|(as\s+)?(?:quoted|cited) by)\s+([^,]{2,90}),\s*$/i.exec(
        before,
      );
    // "X, quoted by Y, said": Y carries X's words, so Y is the outer source
    const carrier =
      citeApp && /(?:quoted|cited) by\s+[^,]*,\s*$/i.test(citeApp[0])
        ? clean(citeApp[2], ctx)
        : null;
    if (citeApp && !carrier) cited = clean(citeApp[2], ctx);
    const subjectLeft = citeApp ? before.slice(0, citeApp.index) + ' ' : before;
    // inverted: "…,” said X" / ", said X." / ", reports RIA News"; never "told": "X told reporters" names the audience
    if (
      !citeApp &&
      !/^(?:told|tells|informed)$/.test(verb) &&
      /(?:[,”"]\s*|^\s*)$/.test(before) &&
      // "X, confirmed this in an interview": a pronoun after the verb is its object, not its subject
      !/^\s*(?:that|on|in|to|it|this|these|those|them|him)\b/i.test(pastSpokenWhen(s.slice(after)))
    ) {
      const np = invertedSpeakerPhrase(s, after);
      if (
        np &&
        !/\d/.test(np) &&
        mayBeInvertedSpeaker(np) &&
        np.split(/\s+/).length <= 9 &&
        !/\b(?:were|was|have|had|killed|dead|injured|wounded|died)\b/i.test(np)
      )
        source = clean(np, ctx);
      inverted = !!source;
    }
    // "as saying", "X said, adding": only a participle after a comma names the sentence's subject
    if (
      /^(?:adding|saying|citing|quoting|announcing|reporting)$/.test(verb) &&
      !progressive &&
      !/,\s*$/.test(before)
    )
      continue;
    // "…, police officer Vaibhav Krishna told reporters, adding 60 were injured": the speaker of the
    // verb before goes on; else the sentence's subject ("The ministry, adding …")
    if (!source && !progressive && /^(?:adding|saying|reporting)$/.test(verb) && hits.length) {
      hits.push({ ...hits[hits.length - 1], at, passive: false });
      continue;
    }
    if (!source && !progressive && /^(?:adding|saying|reporting)$/.test(verb))
      source = clean(sentenceSubject(s), ctx);
    // "…, provided by the ministry, which said 15 …": the relative pronoun's antecedent
    if (!source && /,\s*(?:which|who)\s+(?:also\s+)?$/i.test(before)) {
      const ante =
        /^(?:.*(?:\b(?:by|from|with|to)\s+|,\s*))?((?:the\s+)?[^,]{1,60}?)\s*,\s*(?:which|who)\s+(?:also\s+)?$/is.exec(
          before,
        );
      if (ante) source = clean(ante[1], ctx);
    }
    if (!source) source = clean(npBefore(subjectLeft, subjectLeft.length), ctx);
    // "X puts the toll at 9 and says 12 …": a second verb shares the first one's subject
    if (!source && /(?:,|(?:^|[^\p{L}])(?:and|but))\s+(?:also\s+)?$/u.test(before) && hits.length) {
      const prev = hits[hits.length - 1];
      hits.push({ ...prev, at, passive: false });
      continue;
    }
    // "Reuters sent teams to the route and estimated that …": the named subject of the first verb
    if (!source && !hits.length && /(?:^|[^\p{L}])and\s+$/u.test(before)) {
      const subject = clean(sentenceSubject(s), ctx);
      if (subject && /^\p{Lu}/u.test(subject)) source = subject;
    }
    if (!source) continue;
    // "Its director, Jane Doe, told …": the person speaks for the organisation that spoke last
    const org =
      /^\s*(?:[\p{Lu}][\p{Ll}]+,\s*)?its\s+[\p{Ll}\s-]{2,40},\s*[^,]+,\s*$/iu.test(subjectLeft) &&
      looksLikePerson(source)
        ? ctx.lastOrg
        : null;
    // "X cited Y as saying", "X said quoting Y", "X reported, citing Y"
    let inner: string | null;
    if (/^(?:cited|quoted)$/.test(verb)) {
      const o = /^\s+(.+?)(?=\s+as (?:saying|reporting)|[,.;:]|$)/.exec(s.slice(after));
      inner = o ? clean(o[1], ctx) : null;
    } else {
      inner = cited ?? innerOf(s, after, ctx);
    }
    // "named in the official message of the Ministry of Defense …, reports RIA News"
    if (!inner) {
      const msg =
        /\b(?:message|statement|report|data|figures|bulletin|briefing|release) (?:of|from|by) (?:the )?(.+?)(?=[,.;:]|\s+(?:of the country|on|in)\b|$)/i.exec(
          before,
        );
      if (msg) inner = clean(msg[1], ctx);
    }
    let chain =
      inner && inner !== source
        ? [source, inner]
        : org && org !== source
          ? [org, source]
          : [source];
    if (carrier && carrier !== source) chain = [carrier, ...chain];
    // "a hospital official told Reuters": the outlet told carries the words on, outermost
    const outlet = /^(?:told|tells)$/.test(verb) ? outletTold(s.slice(after)) : null;
    if (outlet && !chain.includes(outlet)) chain = [outlet, ...chain];
    // a source after the figure must close the sentence: "…, news reports said." not "… declared their mission complete"
    const trailingOk =
      !!source &&
      ((inverted && /(?:[,”"]\s*)$/.test(before)) ||
        // "…, officials confirmed the increase in the death toll."
        closesOnTheFigure(s.slice(after)) ||
        /^\s*(?:[,.;!?]|$|citing|quoting|on\b|in\b|at\b|during|late|earlier|yesterday|today|tonight|[A-Z]\w*day\b)/.test(
          s.slice(after),
        ) ||
        (/^(?:told|tells|said|says|wrote|reported|stated|added|announced|confirmed|tweeted|posted)$/.test(
          verb,
        ) &&
          /^(?:\s+[^\s\d,;]+){1,3}\s*[.!?]?["”]?\s*$/.test(s.slice(after))) ||
        // "…, officials told The Daily News." — the audience may take more words
        (/^(?:told|tells)$/.test(verb) &&
          /^(?:\s+[^\s\d,;]+){1,8}\s*[.!?]?["”]?\s*$/.test(s.slice(after)) &&
          !/\bthat\b/i.test(s.slice(after))) ||
        // "…, a police spokesman told reporters, adding that …": the audience, then the next clause
        (/^(?:told|tells)$/.test(verb) &&
          // (a day of the month may close it: "told reporters on December 21, describing …")
          /^(?:\s+(?!that\b)(?:[^\s\d,;]+|\d{1,2}(?=,))){1,8}\s*,/i.test(s.slice(after))));
    hits.push({
      chain,
      at,
      trailingOk: trailingOk || inContactRelative(subjectLeft),
    });
  }
  if (openingCited) citedBySpeakerAfter(hits, openingCited);
  // remember the last named person (two capitalised words, not an institution)
  for (const h of hits) {
    const name = h.chain[h.chain.length - 1];
    ctx.lastSource = name;
    if (looksLikePerson(name) || isSurname(name)) rememberPerson(ctx, name);
    else if (
      !/^\p{Ll}/u.test(name) ||
      ANAPHORIC_ORG.test(name.split(/\s+/).pop() ?? '') ||
      INSTITUTION.test(name)
    ) {
      ctx.lastOrg = name;
      (ctx.orgs ??= []).push(name);
    }
  }
  return hits;
}

/** Prepositions a participle may follow as an adjective of the noun after it. */
const AFTER_PREPOSITION = new RegExp(
  `${B}(?:over|into|about|against|despite|amid|amidst|of|for|with|on|in)\\s+$`,
  'iu',
);
/**
 * "outrage over alleged police brutality", "an inquiry into reported abuses", "the list of confirmed
 * victims", "in updated figures": a participle between a preposition and a lower-case noun.
 */
function participleAsAdjective(verb: string, near: string, after: string): boolean {
  return (
    /ed$/.test(verb) &&
    AFTER_PREPOSITION.test(near) &&
    /^\s+\p{Ll}/u.test(after) &&
    !/^\s+(?:that|by|to|as|at|in|on|it|this|these|those|them)\b/i.test(after)
  );
}

/** "Citing …" opening the sentence (after a connective at most). */
const OPENING_CITE = /^\s*(?:(?:but|and|however|meanwhile|separately|also),?\s+)?$/i;

/** The source a sentence-opening "Citing Y," names sits under the first speaker after it. */
function citedBySpeakerAfter(hits: SpeechHit[], cited: string): void {
  const speaker = hits.find((h) => h.chain.length === 1 && !h.passive);
  if (speaker && speaker.chain[0] !== cited) speaker.chain = [speaker.chain[0], cited];
  else if (!speaker) hits.unshift({ chain: [cited], at: 0, trailingOk: true });
}

/**
 * "According to official data, 180 are missing": after "according to", a body of data is the
 * source it names (elsewhere "official figures" name no speaker).
 */
const DATA_SOURCE =
  /^(?:the\s+)?(?:latest\s+)?(?:official|government|provisional|preliminary)\s+(?:data|figures|records|statistics|tally|count)$/i;
function dataNamed(phrase: string): string | null {
  const p = phrase.trim();
  return DATA_SOURCE.test(p) ? p.replace(/^the\s+/i, '') : null;
}

/** Outlets that news copy names in one word, as it names people after their first mention. */
const ONE_WORD_OUTLETS = new Set([
  'reuters',
  'bloomberg',
  'xinhua',
  'tass',
  'interfax',
  'ria',
  'yonhap',
  'kyodo',
  'bernama',
  'anadolu',
  'afp',
  'ap',
]);

/** "Vucic said …": news copy names a person by surname after the first mention. */
function isSurname(name: string): boolean {
  return (
    /^\p{Lu}\p{Ll}{2,}$/u.test(name) &&
    !ONE_WORD_OUTLETS.has(name.toLowerCase()) &&
    !INSTITUTION.test(name) &&
    !resolvePlace(name)
  );
}

const INSTITUTION =
  /\b(?:ministry|office|agency|agencies|service|department|police|government|committee|council|media|news|reports?|officials?|authorities|channel|tv|press|organi[sz]ation|administration|embassy|court|army|forces|guard|ombudsman|prosecutor|commandant|headquarters|centre|center|hospital|republic|state|kremlin|union|nations|cross|crescent|group|rights|watch|international|federation|team|authority|directorate|commission|bureau|unit|fund|programme|program|foundation|institute|network|coalition|association|society|societies|party|alliance|front|movement|monitor|observatory|council|agency|county|province|district|municipality|archives?|assembly|collective|trust|project|initiative|board|corps|company|university|college|times|post|express|journal|herald|tribune|gazette|daily)\b/i;
function looksLikePerson(s: string): boolean {
  return (
    /\b[\p{Lu}][\p{Ll}’'-]+\s+[\p{Lu}][\p{Ll}’'-]+$/u.test(s) &&
    !INSTITUTION.test(s.split(/\s+/).slice(-2).join(' '))
  );
}
/** Verbs of speaking that name no figure but a person "he" or "she" may refer to next. */
const SPOKE = /^(?:spoke|speaks|talked|talks)$/;
/**
 * "Interior Minister Ana Costa spoke to reporters on Monday. She said 45 people had died": who spoke
 * to anyone is the person "she" or "he" says the figure next, when no speaker was named before.
 */
function rememberSpeaker(left: string, verb: string, ctx: AttributionContext): void {
  if (!SPOKE.test(verb) || ctx.lastPerson) return;
  const subject = clean(npBefore(left, left.length), ctx);
  if (subject && looksLikePerson(subject)) ctx.spokePerson = personName(subject);
}
function rememberPerson(ctx: AttributionContext, source: string): void {
  ctx.lastPerson = personName(source);
  (ctx.people ??= []).push(source);
}

/**
 * "the Chief Secretary", "the mayor": the last person named with that title ("Odisha Chief Secretary
 * Pradeep Jena", "Miami-Dade Mayor Daniella Levine Cava"), or null.
 */
function titledPerson(s: string, ctx: AttributionContext): string | null {
  if (!ctx.people?.length) return null;
  const title = /^the\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)$/iu.exec(s)?.[1];
  if (!title) return null;
  const named = titleBeforeName(title);
  const hasTitle = (p: string) => /^\p{Lu}/u.test(named.exec(p)?.[1] ?? '');
  return lastNamedWhere(ctx.people, hasTitle) ?? null;
}

function personName(s: string): string {
  const m = /((?:[\p{Lu}][\p{Ll}’'-]+\s+)*[\p{Lu}][\p{Ll}’'-]+)$/u.exec(s);
  return m ? m[1] : s;
}

/** Speaker of a quotation that a paragraph closes with: "“…” Serik Shalabayev told a news conference". */
/** "”, a new toll published overnight by the committee said": the document's agent, the committee. */
function passiveAgent(rest: string, dir: RegExpExecArray, ctx: AttributionContext): string | null {
  const after = rest.slice(dir.index + dir[0].length);
  const by = AGENT_AFTER_VERB.exec(after);
  const agent = by ? AGENT.exec(after.slice(by[0].length)) : null;
  return agent ? clean(agent[1], ctx) : null;
}

export function quoteSpeakers(
  par: string,
  ctx: AttributionContext,
): { start: number; end: number; chain: string[] }[] {
  const out: { start: number; end: number; chain: string[] }[] = [];
  for (const m of par.matchAll(/[“"]([^“”"]{10,}?)[”"]/g)) {
    const start = m.index!;
    const end = start + m[0].length;
    const rest = par.slice(end, end + 200);
    let src: string | null = null;
    const inv = SPEAKER_AFTER_QUOTE.exec(rest);
    if (inv) src = clean(inv[1], ctx);
    if (!src) {
      const dir = SPEAKER_VERB_AFTER_QUOTE.exec(rest);
      if (dir && dir[1].split(/\s+/).length <= 8)
        src = passiveAgent(rest, dir, ctx) ?? clean(dir[1], ctx);
    }
    if (!src) {
      // "…, adding: “…”" / "X said: “…”": the speaker comes before
      const lead = par.slice(Math.max(0, start - 200), start);
      const colon = SPEAKER_BEFORE_QUOTE.exec(lead);
      if (colon)
        src = clean(colon[1].split(/\s+(?:ordered|urged|asked|told|called|warned)\b/)[0], ctx);
    }
    if (src) {
      out.push({ start, end, chain: [src] });
      if (looksLikePerson(src)) rememberPerson(ctx, src);
    }
  }
  return out;
}
