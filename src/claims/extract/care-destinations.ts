import { anyOf, anyPhrase } from './word-pattern';

/** Verbs that move the hurt to where they are treated. */
const MOVED = [
  'taken',
  'rushed',
  'transferred',
  'transported',
  'flown',
  'airlifted',
  'brought',
  'sent',
  'referred',
  'admitted',
  'moved',
  'evacuated',
];
/** Where the hurt are treated. */
const CARE_SITES = [
  'hospitals?',
  'clinics?',
  'medical cent(?:er|re)s?',
  'burns? units?',
  'trauma cent(?:er|re)s?',
  'intensive care units?',
  'morgues?',
  'mortuar(?:y|ies)',
  'health(?:care)? (?:facilit(?:y|ies)|cent(?:er|re)s?)',
];
/** Movers that say the victims were taken there rather than hurt there. */
const TAKEN_THERE = ['taken', 'transferred', 'flown', 'airlifted', 'rushed', 'sent', 'evacuated'];
/** Up to six words, commas between allowed: "around the country, including the capital, ". */
const WORDS_BETWEEN = String.raw`(?:[\p{L}-]+,?\s+){0,6}?`;
/** "taken to hospitals in the capital, ", "transferred to the hospital in ", "airlifted to ". */
const MOVED_TO = new RegExp(
  String.raw`\b${anyOf(MOVED)}\s+(?:\w+\s+)?(?:to|into)\s+${WORDS_BETWEEN}$`,
  'iu',
);
/** "hospitals in", "clinics across the country, including the capital, ": after a mover, a place of care. */
const CARE_IN = new RegExp(
  String.raw`\b${anyOf(TAKEN_THERE)}\b[^.;]{0,80}\b${anyOf(CARE_SITES)}\s+(?:in|at|across|around|of)\s+${WORDS_BETWEEN}$`,
  'iu',
);
/**
 * Words for the hurt and the dead: a mover's destination is a place of care (or of the morgue) only
 * when they are the ones moved ("bodies were taken to Kalamata" moves no toll there).
 */
const HURT =
  /\b(?:injured|wounded|hurt|patients?|victims?|casualties|survivors?|burns?|critically|bodies|corpses|remains)\b/i;
/** "a Skopje hospital", "to Manila's hospitals": a town named as where the hurt are treated. */
const CARE_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+${anyPhrase(CARE_SITES)}\b`, 'iu');
/** "to a ", "outside the ": a care site named by its town that someone went to or waits at. */
const CARE_SITE_ARTICLE = /\b(?:to|into|outside)\s+(?:a|an|the|other|several)\s+$/i;
/** "a blast at a Gaza hospital", "a strike outside a Kabul hospital": the site of the event itself. */
const EVENT_AT_SITE =
  /\b(?:blast|explosion|strike|airstrike|attack|bombing|fire|shelling|raid)\b[^.;]{0,30}$/i;

/**
 * A place the hurt were taken to for treatment ("The injured have been taken to hospitals around the
 * country, including the capital, Skopje"; "118 people were transferred to the hospital in Skopje"):
 * where they are treated, not where they were hurt, so it scopes no figure and is no text's focus.
 */
export const careDestination = {
  name: 'a place the hurt were taken to for treatment',
  examples: [
    'The injured have been taken to hospitals around the country, including the capital, Skopje.',
    'Some 40 of the injured were transferred to the hospital in Skopje.',
    'Twelve critically injured patients were airlifted to Skopje.',
    'At least 20 burn victims were rushed to a Skopje hospital.',
    'A woman waiting outside a Skopje hospital told reporters her son was missing.',
    'Of the wounded, 30 were flown to hospitals in Manila.',
    'Hundreds of wounded were evacuated to healthcare facilities in the city of Skopje.',
  ],
  /** Whether the place at [start, end) of `text` is where the hurt were taken. */
  test(text: string, p: { start: number; end: number }): boolean {
    const before = text.slice(Math.max(0, p.start - 140), p.start);
    // "1,000 troops were sent to Cebu" is where they serve: only the hurt are taken somewhere for care
    if ((MOVED_TO.test(before) && HURT.test(before)) || CARE_IN.test(before)) return true;
    return (
      CARE_AFTER.test(text.slice(p.end, p.end + 30)) &&
      CARE_SITE_ARTICLE.test(before.slice(-14)) &&
      !EVENT_AT_SITE.test(before.slice(-50))
    );
  },
};

/** Verbs of people leaving a place for safety, before "to": "fled to", "walked west to", "evacuated to". */
const LEFT_FOR = [
  'fled',
  'flee',
  'fleeing',
  'walked',
  'trekked',
  'escaped',
  'evacuated',
  'relocated',
  'headed',
];
/** "the coastal city of ", "a camp in ": the kind of the destination, between "to" and its name. */
const KIND_OF = String.raw`(?:(?:[\p{Ll}-]+\s+){0,2}(?:city|town|village|camps?|shelters?|schools?)\s+(?:of|in|at)\s+)?`;
/** "fled to", "walked west for hours to the coastal city of", "sought refuge in", "sheltering in". */
const REFUGE_BEFORE = new RegExp(
  String.raw`(?:\b${anyOf(LEFT_FOR)}\b(?:\s+[\p{L}-]+){0,4}\s+(?:to|towards?|into)|` +
    String.raw`\b(?:sought|seek|seeking|took|taken|taking|found|finding)\s+(?:refuge|shelter|safety)\s+(?:in|at)|` +
    String.raw`\b(?:sheltering|sheltered|housed|camped|camping)\s+(?:in|at))\s+(?:the\s+|an?\s+)?${KIND_OF}$`,
  'iu',
);

/**
 * A place people fled to ("Thousands walked west to the coastal city of Saint-Marc", "families
 * sought refuge in Kaya"): where the displaced went, not where the event happened, so it scopes no
 * figure of the event and is no text's focus.
 */
export const refugeDestination = {
  name: 'a place people fled to',
  examples: [
    'Thousands walked west to the coastal city of Saint-Marc.',
    'More than 6,200 survivors have fled to Saint-Marc.',
    'Families who escaped the attack sought refuge in Saint-Marc.',
    'About 3,000 residents were evacuated to schools in Saint-Marc.',
    'Survivors are sheltering in Saint-Marc, 20 km away.',
  ],
  /** Whether the place at `start` of `text` is where people fled to. */
  test(text: string, p: { start: number }): boolean {
    return REFUGE_BEFORE.test(text.slice(Math.max(0, p.start - 100), p.start));
  },
};
