// The figure frames' words, as data (issue 9): a new word is a one-line change here, never a
// new branch in a rule. Keys are lower-case lemmas or words as wink-nlp gives them.
import type { Metric, Subject } from '../../../domain/vocabulary';

/** Nouns (and nominal adjectives: "the dead") that name a counted quantity by themselves. */
export const QUANTITY_NOUNS: Readonly<Record<string, Metric>> = {
  dead: 'killed',
  death: 'killed',
  deaths: 'killed',
  fatality: 'killed',
  fatalities: 'killed',
  toll: 'killed',
  killed: 'killed',
  // an army's or a force's own dead: "the army put its losses at 12 soldiers"
  losses: 'killed',
  // a relative clause names the count too: "the number of citizens who died … has reached 464"
  died: 'killed',
  // "the total number of bodies found" (only the plural: "a governing body")
  bodies: 'killed',
  injured: 'injured',
  injury: 'injured',
  injuries: 'injured',
  wounded: 'injured',
  hurt: 'injured',
  arrest: 'detained',
  arrests: 'detained',
  detention: 'detained',
  detentions: 'detained',
  detainee: 'detained',
  detainees: 'detained',
  detained: 'detained',
  arrested: 'detained',
  missing: 'missing',
  disappearance: 'missing',
  evacuee: 'displaced',
  evacuees: 'displaced',
  displaced: 'displaced',
  evacuated: 'displaced',
  refugee: 'displaced',
  refugees: 'displaced',
};

/** Nouns that count whatever the words around them name: "the total", "the number of …". */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'number',
  'total',
  'tally',
  'count',
  'figure',
  'toll',
]);

/** Words that set a count against another: "a higher number: 749", "a different figure of 40". */
export const COMPARING_WORDS: ReadonlySet<string> = new Set([
  ...['higher', 'highest', 'lower', 'lowest', 'larger', 'largest', 'smaller', 'bigger'],
  ...['biggest', 'different', 'separate', 'revised', 'updated', 'latest', 'new', 'official'],
]);

/** Verbs (lemmas) that give a quantity its current level: "stand at", "number", "topped". */
export const LEVEL_VERBS: ReadonlySet<string> = new Set([
  'stand',
  'number',
  'total',
  'reach',
  'top',
  'pass',
  'exceed',
  'surpass',
  'rise',
  'climb',
  'jump',
  'increase',
  'grow',
  'hit',
  'near',
  'cross',
  'soar',
  'mount',
  'surge',
  'swell',
]);

/** Words between the quantity and its level verb that change nothing: "has now risen to". */
export const VERB_FILLERS: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'now',
  'already',
  'also',
  'further',
  'since',
  'so',
  'far',
  'reportedly',
  'officially',
  'then',
  'later',
  'sharply',
  'steadily',
  'quickly',
]);

/** Words before a level verb that make it a forecast, not a count: "the toll could exceed 10,000". */
export const FORECASTS: ReadonlySet<string> = new Set([
  'could',
  'may',
  'might',
  'would',
  'will',
  'should',
  'can',
  'to',
  'likely',
  'expected',
  'feared',
]);

/** Words that link a quantity to a vague amount as its size: "in the hundreds", "into the thousands". */
export const AMOUNT_LINKS: ReadonlySet<string> = new Set(['in', 'into']);

/**
 * The verb chain between a quantity and the vague amount it is put at, said or foreseen (words as
 * written; adverbs in -ly pass too): "would be", "are feared to be", "could run", "now number".
 */
export const AMOUNT_VERBS: ReadonlySet<string> = new Set([
  ...['be', 'is', 'are', 'was', 'were', 'been', 'being', 'has', 'have', 'had'],
  ...['could', 'would', 'may', 'might', 'will', 'should', 'can', 'to'],
  ...['run', 'runs', 'ran', 'running', 'number', 'numbers', 'numbered', 'numbering'],
  ...['reach', 'reaches', 'reached', 'reaching', 'go', 'goes', 'went', 'going'],
  ...['expected', 'feared', 'thought', 'believed', 'estimated', 'said', 'reported', 'now', 'still'],
  ...['already', 'even', 'well'],
]);

/** Verbs (lemmas) by which someone sets a count: "revised the death toll up to 2,122", "bringing the total to 143". */
export const SETTING_VERBS: ReadonlySet<string> = new Set([
  'revise',
  'raise',
  'lower',
  'update',
  'bring',
  'take',
  'push',
  'lift',
  'put',
  'set',
  'place',
  'increase',
]);

/** Verbs (lemmas) that make people leave: "forced 10,000 to flee", "drove 250,000 people from their homes". */
export const UPROOTING_VERBS: ReadonlySet<string> = new Set([
  'force',
  'drive',
  'send',
  'push',
  'compel',
  'prompt',
  // "moved 310,000 people out of coastal villages": with a departure after it, a move is an evacuation
  'move',
]);

/** What follows the uprooted people: the departure itself. */
export const DEPARTURES: readonly string[] = [
  'to flee',
  'to leave',
  'to evacuate',
  'to abandon',
  'to seek shelter',
  'to seek refuge',
  'fleeing',
  'from their homes',
  'from homes',
  'out of their homes',
  'from the area',
  'from the region',
  'into shelters',
  'into exile',
  'out of',
  'away from',
  // a rescue that moves people out of danger: "firefighters moved 6,500 people to safety"
  'to safety',
  'to higher ground',
  'to shelters',
  'to evacuation centres',
  'to evacuation centers',
  'to relief camps',
];

/** Departures that say only where from: the figure must name people ("moved 310,000 people out of"). */
export const PLACE_ONLY_DEPARTURES: ReadonlySet<string> = new Set(['out of', 'away from']);

/** Modifiers and nouns that name who was counted: "the civilian death toll", "police casualties". */
export const SUBJECT_MODIFIERS: Readonly<Record<string, Subject>> = {
  civilian: 'civilians',
  civilians: 'civilians',
  police: 'law_enforcement',
  policeman: 'law_enforcement',
  officer: 'law_enforcement',
  officers: 'law_enforcement',
  military: 'military',
  army: 'military',
  soldier: 'military',
  soldiers: 'military',
  troop: 'military',
  troops: 'military',
  child: 'children',
  children: 'children',
  protest: 'protesters',
  protester: 'protesters',
  protesters: 'protesters',
  demonstrator: 'protesters',
  demonstrators: 'protesters',
  journalist: 'journalists',
  journalists: 'journalists',
  media: 'journalists',
  press: 'journalists',
};

/**
 * What a force does, after the force's name: "the toll of the police raid", "army operation deaths"
 * count the raid's dead, not the police or the army.
 */
export const FORCE_ACTIONS: ReadonlySet<string> = new Set(
  'raid operation crackdown action shooting firing attack assault offensive brutality violence bombardment strike'.split(
    ' ',
  ),
);

/**
 * How a crowd is said to take part, as lemma sequences after a bare figure: "17,000 marched",
 * "40,000 turned out", "1.08m were involved in protests". The words wink-nlp gives: "involved" is
 * its own lemma. A form of "be" before the verb keeps it a crowd's ("were protesting").
 */
export const TAKING_PART: readonly string[][] = [
  ['march'],
  ['rally'],
  ['attend'],
  ['gather'],
  ['protest'],
  ['demonstrate'],
  ['take', 'part'],
  ['turn', 'out'],
  ['take', 'to', 'the', 'street'],
  ['be', 'involved', 'in'],
  // the crowd at it: "thousands were protesting", "hundreds have been marching" (not "were attended")
  ['be', 'march'],
  ['be', 'rally'],
  ['be', 'gather'],
  ['be', 'protest'],
  ['be', 'demonstrate'],
];

/** Words that may stand between a crowd's figure and its verb: "have", "reportedly", "again". */
export const TAKING_PART_FILLERS: ReadonlySet<string> = new Set([
  'have',
  'had',
  'also',
  'reportedly',
  'again',
  'then',
  'later',
  'peacefully',
]);

/** Prepositions of a place between the figure and its verb: "1.08m across France were involved". */
export const CROWD_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'across',
  'in',
  'throughout',
  'nationwide',
]);

/** Verbs of people at work on an operation: "have worked", "are working", "took part in", "engaged in". */
export const WORKING_VERBS: ReadonlySet<string> = new Set([
  'work',
  'worked',
  'working',
  'engage',
  'engaged',
  'take',
  'participate',
  'join',
  'assist',
  'help',
]);

/** Kinds of operation responders are sent to: "search and rescue operations", "relief work". */
export const RESCUE_WORK: ReadonlySet<string> = new Set(['rescue', 'search', 'relief', 'recovery']);
