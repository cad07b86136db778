// Words extract-claims.ts reads protests, sources and figures with, as data: its patterns are
// built from these lists, so a new word is a one-line change here. An entry may hold pattern
// syntax ("protest\w*", "organi[sz]ation"); the order is the order the patterns try them in.

/** Words a closing "…: Police" cannot be a source with: a verb, a metric word, a preposition. */
export const NOT_CLOSING_SOURCE_WORDS: readonly string[] = [
  ...['were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'be', 'killed', 'died', 'dead'],
  ...['injured', 'wounded', 'hurt', 'arrested', 'detained', 'missing', 'in', 'on', 'at'],
  // "… four the next day — the most to date", "— a record": a comment on the figure, no one's name
  ...['most', 'highest', 'worst', 'deadliest', 'largest', 'biggest', 'record', 'date', 'far'],
];

/** Words of a protest: "protesters", "demonstrations", "marched", "rallies", "sit-ins", "riots". */
export const PROTEST_TERMS: readonly string[] = [
  ...[String.raw`protest\w*`, String.raw`demonstrat\w*`, 'march(?:ed|es|ers|ing)?'],
  ...['rall(?:y|ies|ied|ying)', 'strikes?', 'uprising', 'revolution', 'sit-ins?'],
  ...['civil disobedience', 'riots?', 'rioting', 'rioters?', 'insurrectionists?'],
];
/** Crowds that are no protesters: "spectators", "pilgrims", "festival-goers", "fans". */
export const NOT_PROTESTER_CROWDS: readonly string[] = [
  ...['spectators', 'fans', 'partygoers', 'revell?ers', 'pilgrims', 'worshippers', 'mourners'],
  ...['tourists', 'visitors', 'shoppers', 'attendees', 'concert-?goers', 'festival-?goers'],
  'supporters of the (?:club|team)',
];

/** "This new figure", "the latest toll": a sentence that opens on the figure just read. */
export const ANAPHOR_DETERMINERS: readonly string[] = ['this', 'that', 'the', 'these'];
export const ANAPHOR_UPDATES: readonly string[] = [
  ...['new', 'latest', 'updated', 'revised', 'overall', 'official', 'total'],
];
export const ANAPHOR_NOUNS: readonly string[] = [
  ...['figures?', 'numbers?', 'tolls?', 'count', 'tally', 'data'],
];

/** Nouns of a body that holds, sends or counts people on its own authority. */
export const AUTHORITY_WORDS: readonly string[] = [
  ...['ministry', 'office', 'agency', 'service', 'department', 'police', 'government'],
  ...['committee', 'council', 'authority', 'authorities', 'prosecutor', 'prosecutors'],
  ...['prosecution', 'court', 'judiciary', 'army', 'military', 'guard', 'gendarmerie', 'forces'],
  ...['administration', 'commission', 'directorate', 'federation', 'red cross', 'red crescent'],
  ...['organi[sz]ation', 'agencies', 'team'],
];
/** "The agency has sent 35 specialists": verbs of an agency sending its own staff. */
export const SENDING_VERBS: readonly string[] = [
  ...['sent', 'deployed', 'dispatched', 'flown in', 'mobili[sz]ed'],
];
/** "16 officials were detained by the prosecutor": verbs of holding people. */
export const HOLDING_VERBS: readonly string[] = [
  ...['detained', 'arrested', 'held', 'taken into custody', 'charged'],
];
/** "Police arrested 45 people", "took 45 people into custody": active verbs of holding people. */
export const ARRESTING_VERBS: readonly string[] = [
  ...['arrested', 'detained', 'held', 'took', 'rounded up', 'apprehended', 'picked up'],
];
/** Words that end a holder's name: "detained by the police in Almaty". */
export const AFTER_HOLDER_WORDS: readonly string[] = [
  ...['in', 'on', 'at', 'after', 'since', 'during', 'over', 'for', 'following'],
];

/** Capitalised words that make a name a body's: "Assistance Association for Political Prisoners". */
export const ORG_NAME_WORDS: readonly string[] = [
  ...['Association', 'Commission', 'Group', 'Network', 'Council', 'Committee', 'Organi[sz]ation'],
  ...['Watch', 'Monitor', 'Observatory', 'Society', 'Union', 'Federation', 'Institute', 'Centre'],
  ...['Center', 'League', 'Coalition', 'Foundation', 'Alliance', 'Office', 'Agency', 'Bureau'],
  'Service',
];
/** Roles a source given without a name holds: "a top law-enforcement official", "the governor". */
export const ROLE_NOUNS: readonly string[] = [
  ...['official', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'chief', 'head'],
  ...['director', 'commander', 'governor', 'mayor', 'prosecutor', 'investigator'],
];
/** Nouns of a group a source may be given as: "an NGO said", "a monitoring group said". */
export const GROUP_NOUNS: readonly string[] = [
  ...['group', 'NGO', 'organi[sz]ation', 'monitor', 'watchdog', 'charity', 'body', 'commission'],
];
/** Abbreviations whose full stop ends no sentence: "Dec. 12", "Mr. Ronda", "No. 3". */
export const STOP_ABBREVIATIONS: readonly string[] = [
  ...['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'],
  ...['Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Gen', 'No'],
];
/** Joining words inside a body's name: "Association for Political Prisoners". */
export const NAME_JOINERS: readonly string[] = ['of', 'for', 'on', 'and', 'the'];
/** Openers of an apposition after a body's name: ", a rights group based in Oslo,". */
export const APPOSITION_OPENERS: readonly string[] = ['a', 'an', 'the', 'which', 'who'];
/** Verbs a body that opens a sentence gives its figures with: "The AAPP said", "… has counted". */
export const BODY_VERBS: readonly string[] = [
  ...['said', 'says', 'reported', 'reports', 'stated', 'counted', 'has', 'had'],
];

/** "Health Minister X announced the new figure": verbs of giving out a figure. */
export const ANNOUNCING_VERBS: readonly string[] = [
  ...['announced', 'gave', 'released', 'confirmed', 'reported', 'published', 'issued'],
  ...['disclosed', 'revealed'],
];
export const ANNOUNCED_DETERMINERS: readonly string[] = ['the', 'this', 'these', 'that'];
export const ANNOUNCED_UPDATES: readonly string[] = [
  ...['new', 'latest', 'updated', 'revised', 'higher', 'lower', 'official', 'grim', 'final'],
  ...['death', 'casualty', 'provisional', 'preliminary', 'rising'],
];
export const ANNOUNCED_NOUNS: readonly string[] = [
  ...['figures?', 'toll', 'numbers?', 'tally', 'count', 'increase', 'rise'],
];
/**
 * What "confirmed this" may go on with when "this" is the figure just read, not a determiner:
 * "confirmed this in an interview", "confirmed this on Wednesday", "confirmed this." (not "this week").
 */
export const AFTER_ANNOUNCED_PRONOUN: readonly string[] = [
  ...['in', 'on', 'at', 'to', 'during', 'while', 'when', 'after', 'via', 'through', 'with'],
];
