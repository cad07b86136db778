// Words of the vocabulary (DESIGN.md §3): what marks a metric, what names a subject.
import type { Metric, Subject } from '../../domain/vocabulary';
import { anyOf, wordsBefore, wordsRe } from './word-pattern';
import { earliestMatcher } from './earliest-match';

const AMONG_KILLED_GROUPS = ['those', 'the people', String.raw`the \d[\d,]* people`, 'people'];
/** Nouns "death" qualifies without counting the dead: "300 death threats", "12 death sentences". */
const NOT_DEATHS = [
  'threats?',
  'sentences?',
  'penalty',
  'penalties',
  'row',
  'certificates?',
  'warrants?',
  'squads?',
  'notices?',
];
/** "12 were killed", "18 dead", "40 lives", "bodies". */
const KILLED_AFTER = [
  'killed',
  'dead',
  'died',
  'die',
  'dies',
  String.raw`deaths?(?!\s+${anyOf(NOT_DEATHS)}\b)`,
  'deceased',
  'slain',
  'murdered',
  'perish',
  'perished',
  'perishes',
  'fatalities',
  'fatally (?:shot|wounded|injured)',
  'lost their lives',
  'lives (?:were|have been|had been)? ?(?:lost|claimed)',
  String.raw`lives\b`,
  'bodies',
  'corpses',
  'eliminated',
  'liquidated',
  'executed',
  'shot dead',
  // "12 were gunned down", "mown down by the gunmen"
  '(?:gunned|mowed|mown) down',
  'killings',
  // "resulted in six murders committed by security forces"
  'murders',
  'dying',
  'succumbed',
  'drowned',
  'crushed to death',
  'burned to death',
  'confirmed dead',
  'pronounced dead',
  '(?:have|has|had) been buried',
  'were buried',
];
/** "30 injured", "taken to hospital", "suffered burns". */
const INJURED_AFTER = [
  'injured',
  'wounded',
  'hurt',
  'injuries',
  'injury',
  'hospitali[sz]ed',
  'hospitali[sz]ations?',
  'sought (?:medical )?treatment',
  'needed (?:medical )?treatment',
  // "27 residents needed medical help", "required hospital care": care for an injury, however said
  String.raw`(?:needed|need|needing|required|requiring|received|receiving|sought|seeking|given) (?:emergency |urgent |immediate )?(?:medical (?:help|care|attention|assistance)|hospital (?:care|treatment))`,
  'received (?:medical )?treatment',
  '(?:still )?receiving (?:medical |hospital )?treatment',
  String.raw`(?:are|were|is|was|remain|remained) (?:still )?under (?:medical )?treatment`,
  'treated (?:for|in|at)',
  String.raw`admitted (?:with|for) (?:[\w-]+ ){0,2}(?:wounds|injuries|burns|fractures)`,
  String.raw`(?:were|are|was|is) (?:being |still )?treated\b`,
  // "For 22 of them, transport to hospital was necessary", "were transferred to hospital"
  '(?:taken|rushed|admitted|brought|transported|transport|transferred) to (?:a |the )?hospitals?',
  'in hospital',
  'casualties with injuries',
  String.raw`(?:sustained|suffered|received) (?:\w+ )?(?:injuries|wounds|burns)`,
  'trampled',
  // "nine people were fighting for their lives in hospital": alive and gravely hurt, not dead
  String.raw`(?:fighting|battling|struggling) for (?:their|his|her) lives`,
];
/** "200 arrested", "taken into custody", "behind bars". */
const DETAINED_AFTER = [
  'detained',
  'arrested',
  'arrests',
  'detentions',
  'apprehended',
  'taken into custody',
  String.raw`in(?:to)? (?:[\w-]+ )?(?:custody|detention)`,
  String.raw`under (?:[\w-]+ )?(?:arrest|detention)`,
  'behind bars',
  String.raw`(?:were|are|being|was) held\b`,
  // a headline's bare participle: "86 protesters held after anti-graft march" (not "held a vigil")
  String.raw`held (?:after|over|following|during|amid|in connection with)\b`,
  'jailed',
  'imprisoned',
  'rounded up',
  // "2,229 terrorists captured": the authorities' word for those they hold
  'captured',
  'detainees',
];
/** "12 missing", "unaccounted for", "were taken" (abducted; not "taken to hospital"). */
const MISSING_AFTER = [
  'missing',
  // a doubled n is a common misspelling: "29 unnaccounted for"
  'unn?accounted for',
  '(?:yet|still) to be (?:traced|found|located)',
  // "32 people have not been found", "12 were still not located"
  String.raw`(?:have|has|had|were|was|are|is) (?:still )?not (?:yet )?(?:been )?(?:found|located|traced)`,
  'untraced',
  'disappeared',
  String.raw`(?:cases of )?(?:[\w/-]+ (?:or [\w-]+ )?)?disappearances`,
  'abducted',
  'kidnapped',
  'abductions',
  String.raw`(?:been|were|was) (?:taken|seized)(?! (?:to|into|in|for|under|part|over|off|up|down|on|as|care|hostages?|captives?|prisoners?|by (?:ambulance|helicopter))\b)`,
];
/** Not yet able to say where people are: they are missing. */
const UNACCOUNTED_BEFORE = [
  String.raw`(?:not (?:yet )?(?:been )?able to|unable to|yet to|could not|cannot|can't|couldn't|have not|has not|had not|haven't|hasn't)(?: yet)? (?:account|accounted) for`,
  // "search teams have yet to find 44 passengers", "rescuers could not locate 12 fishermen"
  String.raw`(?:yet to|unable to|could not|cannot|can't|couldn't|failed to)(?: yet)? (?:find|locate|trace)`,
  String.raw`(?:have|has|had|haven't|hasn't) (?:still )?not (?:yet )?(?:found|located|traced)`,
];
/** "fled", "in shelters", "lost their homes", "spent the night in tents". */
const DISPLACED_AFTER = [
  'displaced',
  'evacuated',
  'evacuations',
  // "85,000 residents have been uprooted", "12,000 uprooted by the floods"
  'uprooted',
  // people still travelling away from the danger: "5,000 people are on the move"
  '(?:are|were|is|was|have been|had been) (?:now |still )?on the move',
  'fled',
  'fleeing',
  'homeless',
  // "6,000 survivors who walked for hours, seeking safety"
  '(?:taken|took|sought|seeking|taking) (?:refuge|shelter|safety)',
  'in (?:temporary |emergency |government )?(?:shelters|camps)',
  String.raw`(?:forced|driven|ordered|told) (?:from|out of|to leave) (?:their )?(?:[\w-]+ )?homes`,
  '(?:lost|lose|losing) their homes',
  // leaving one's home is being displaced, however it is said: "have left their homes", "were moved
  // out of their homes", "had to abandon their homes", "were forced to flee their homes"
  String.raw`(?:left|leave|leaving|abandoned|abandon|abandoning|vacated|vacate|deserted|quit) (?:their|his|her|the) (?:[\w-]+ )?(?:homes?|houses?|villages?|neighbou?rhoods?)`,
  String.raw`(?:moved|taken|evacuated|pulled|relocated|removed|rescued) (?:out of|from) (?:their|his|her|the) (?:[\w-]+ )?(?:homes?|houses?|villages?)`,
  String.raw`(?:forced|driven|made|had|compelled|ordered) to (?:flee|leave|abandon|evacuate|vacate) (?:their|his|her|the) (?:[\w-]+ )?(?:homes?|houses?|villages?|area|region|town|city)`,
  'left (?:without (?:a )?(?:home|homes|shelter)|homeless)',
  // "are staying in evacuation centres", "sheltering in schools and relief camps"
  String.raw`(?:live|lives|lived|living|stay|stayed|staying|sleep|slept|sleeping|sheltering) in (?:[\w-]+ ){0,3}?(?:tents|shelters|camps|evacuation cent(?:er|re)s|relief cent(?:er|re)s|temporary)`,
  // sheltering from the danger anywhere but at home ("sheltering in place" is staying put)
  String.raw`(?:are|were|is|was|have been|had been) (?:now |still )?sheltering in (?!place\b)`,
  '(?:living|staying|sleeping|sheltering) (?:outdoors|outside|in the open|in (?:their )?cars)',
  '(?:need|needs|needed|needing) (?:emergency )?(?:shelter|housing)',
  String.raw`spen[dt] (?:a |the |another |their )?(?:[\w-]+ )?nights? (?:in|at|under) (?:[\w-]+ )?(?:tents|shelters|camps|the open|cars|tarpaulins|evacuation cent(?:er|re)s)`,
  '(?:have been|are|were|had been) (?:leaving|abandoning|streaming out of)',
  '(?:tried|trying|tries|try|scrambled|scrambling|rushed|rushing|raced|racing) to (?:leave|get out|escape|flee)',
  'into the open',
  'refugees',
  // "thousands of evacuees", "many evacuees, including 3,000 in Bologna"
  'evacuees',
  'relocated',
  // "were moved to cyclone shelters", "taken to temporary relief camps"
  String.raw`(?:moved|taken|relocated|transferred|brought) to (?:[\w-]+ ){0,2}?(?:shelters|camps|safety|evacuation cent(?:er|re)s|higher ground)`,
];
/** "were deployed", "arrived", "are assisting the police". */
const DEPLOYED_AFTER = [
  '(?:were|was|have been|has been|had been|are being|being|will be) (?:deployed|sent|dispatched|mobili[sz]ed|activated|called up|called in|stationed|flown(?: in)?|drafted in(?:to)?|massed)',
  // a force at work in the streets: "2,500 soldiers are patrolling Quito", "were guarding the square"
  '(?:are|were|is|was|have been|had been) (?:now |still )?(?:patrolling|guarding|policing|manning|securing)',
  // the force's task ahead: "1,500 members of the defence force will patrol the Cape Flats"
  '(?:will|would|are to|is to|are set to|are due to) (?:help )?(?:patrol|guard|police|man|secure)',
  // a force in its post: "1,100 troops are now stationed in Culiacán", "800 police are posted around"
  '(?:are|is|remain|remained) (?:now |still |already )?(?:stationed|posted|garrisoned) (?:in|at|around|across|along|near|on)',
  'arrived',
  // a headline's present tense: "1,100 soldiers arrive in Culiacán"
  '(?:arrive|arrives|arriving) (?:in|at)',
  'deployed',
  'dispatched',
  'landed',
  'answered the call',
  // a force counted at its post: "1,200 officers would be on duty", "were on the streets"
  '(?:would be|will be|were|are|was|is|had been|have been) (?:on duty|on the streets|on standby)',
  '(?:are|were|is|was|have been|had been) (?:now )?(?:assisting|helping|supporting|reinforcing|backing up) (?:the )?(?:local )?(?:police|officers|troops|authorities|firefighters|responders)',
  // a force in place that others reinforce: "to bolster the 1,200 already on site"
  'already (?:on site|on the ground|in place|at the scene|stationed)',
];
/** Responders at work: "are now working in the quake zone", "have joined the search". */
const AT_WORK_AFTER = [
  String.raw`(?:are|were|have been|had been|is|was)\s+(?:now\s+|still\s+)?(?:working|deployed|operating|searching|engaged)\s+(?:in|at|on|across)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:zone|area|region|site|operations?|efforts?|provinces?)`,
  String.raw`(?:are|were|is|was|have been|had been)\s+(?:now\s+)?(?:taking|took) part in (?:the\s+)?(?:[\w-]+\s+){0,3}(?:operations?|efforts?|work)`,
  String.raw`(?:took|take|participated|participating|participate) (?:part )?in (?:the\s+)?(?:[\w-]+\s+){0,3}(?:rescue|relief|search|recovery)(?:\s+(?:operations?|efforts?|work|mission))?`,
  String.raw`(?:were|was|are|is|have been|had been)\s+involved in (?:the\s+)?(?:[\w-]+\s+){0,3}(?:operations?|efforts?|mission)`,
  String.raw`(?:have|has|had)\s+joined (?:the\s+)?(?:[\w-]+\s+){0,2}(?:operations?|efforts?|search|rescue)`,
  // "joined the search operations": the work, not a crowd (a crowd's "joined" is GATHERED_AFTER's)
  String.raw`joined (?:the\s+)?(?:search|rescue|relief|recovery)(?:\s+and\s+(?:search|rescue|relief|recovery))?\s+(?:operations?|efforts?|work|mission)`,
];
/** Where a crowd gathers that an event may strike: "were in the club when the fire broke out". */
const VENUES = [
  ...['club', 'nightclub', 'disco', 'discotheque', 'bar', 'venue', 'hall', 'concert', 'festival'],
  ...['stadium', 'arena', 'theatre', 'theater', 'cinema', 'auditorium', 'church', 'mosque'],
  ...['temple', 'shrine', 'mall', 'market', 'square', 'ground', 'grounds', 'show', 'party'],
  ...['match', 'game', 'ceremony', 'celebration', 'wedding', 'service', 'event', 'gathering'],
];
/** A crowd's verbs: "took to the streets", "marched", "packed" (not a boat), "breached". */
const GATHERED_AFTER = [
  // a headline's present tense: "Thousands protest in Berlin", "Thousands of students battle police"
  '(?:protest|march|rally|gather|demonstrate|clash|battle|throng|flock|converge|pour) (?:in|on|at|into|against|with|to|through|outside|across|for|over|near|police|the streets?)',
  '(?:battled|battling)',
  '(?:were|was|are|had|have) concentrated',
  'took to the streets?',
  'take to the streets?',
  'taking to the streets?',
  '(?:onto|into|on) the streets',
  'gathered',
  'gathering',
  'rallied',
  'rallying',
  'marched',
  'marching',
  'protested',
  'protesting',
  'demonstrated',
  'demonstrating',
  'participated',
  'took part',
  'taking part',
  'joined',
  'attended',
  'clashed',
  'stormed',
  'flooding',
  'flooded',
  'flocked',
  'converging on',
  'converged on',
  '(?:were|was) converging',
  'poured into',
  '(?:poured|pouring|streamed|streaming) (?:in|into|onto|on to)',
  'turned out',
  '(?:turned|turning|turn|showed|showing|show) up',
  // "came to the stadium", "had come out for the rally": not to hospital, nor to an end
  String.raw`(?:came|come|coming) (?:out )?(?:to|into|for|from)\b(?! (?:the )?(?:hospitals?|clinics?|harm|power|light|an end|a halt|a standstill|blows|terms|grief|the aid)\b)`,
  'flocking',
  'thronging',
  '(?:descended|descending) on',
  'lined the (?:streets|route|roads|roadside|banks)',
  'assembled',
  'congregated',
  String.raw`packed(?! (?:the |a |an )?(?:[\w-]+ )?(?:boat|vessel|ship|bus|train|truck|lorry|trawler|dinghy|van)\b)`,
  'thronged',
  'crowded',
  '(?:were|was) (?:at|in) the (?:march|rally|protest|demonstration|vigil|sit-in)',
  // a crowd counted where it was when the event struck: "were present at a concert", "were inside at
  // the time", "were in the club when", "were attending the festival when"
  String.raw`(?:were|was) (?:present|in attendance)\b`,
  String.raw`(?:were|was) inside(?: (?:the|a|an) (?:[\w-]+ )?${anyOf(VENUES)})?(?: at the time| when| as| during)\b`,
  String.raw`(?:were|was) (?:in|at|attending) (?:the|a|an) (?:[\w-]+ )?${anyOf(VENUES)} (?:at the time|when|as|during)\b`,
  'entered the (?:building|compound|chamber|premises|grounds)',
  '(?:got|get|gone|went|made it|forced their way|pushed their way|broke|broken) (?:inside|into the (?:building|compound|chamber|premises))',
  'breached',
];

/** A crowd's verb right after a bare figure: a headline's "130,000 march in Valencia" counts the crowd. */
const BARE_CROWD_VERBS = [
  ...['protest', 'march', 'rally', 'demonstrate', 'protested', 'marched', 'rallied'],
  ...['demonstrated', 'gathered', 'turned out', 'took to the streets', 'take to the streets'],
];
export const BARE_CROWD_VERB = new RegExp(String.raw`^${anyOf(BARE_CROWD_VERBS)}\b`, 'i');
/** A crowd's participle on a noun names who they are: "86 people protesting against corruption were …". */
const CROWD_PARTICIPLES = ['protesting', 'marching', 'demonstrating', 'rallying', 'rioting'];
export const CROWD_PARTICIPLE = new RegExp(String.raw`^${anyOf(CROWD_PARTICIPLES)}\b`, 'i');

/** A metric word reached after the figure: "12 were killed", "18 dead", "225 deaths", "40 lives". */
export const RIGHT_CUES: { re: RegExp; metric: Metric | 'among_prev' }[] = [
  {
    re: new RegExp(
      String.raw`\bamong ${anyOf(AMONG_KILLED_GROUPS)} (?:who )?(?:were )?${anyOf(['killed', 'died', 'dead', 'who died', 'who were killed'])}\b`,
      'i',
    ),
    metric: 'killed',
  },
  {
    re: new RegExp(
      String.raw`\bamong ${anyOf(['those', 'the people', 'people'])} (?:who )?(?:were )?${anyOf(['injured', 'wounded', 'hurt'])}\b`,
      'i',
    ),
    metric: 'injured',
  },
  { re: /\bamong (?:them|those|these|the victims|whom|the casualties)\b/i, metric: 'among_prev' },
  { re: /\bamong (?:the )?(?:dead|deceased|killed|fatalities|bodies)\b/i, metric: 'killed' },
  { re: /\bamong (?:the )?(?:injured|wounded|hurt)\b/i, metric: 'injured' },
  { re: /\bamong (?:the )?(?:detained|arrested|detainees)\b/i, metric: 'detained' },
  {
    re: wordsRe(KILLED_AFTER),
    metric: 'killed',
  },
  {
    re: wordsRe(INJURED_AFTER),
    metric: 'injured',
  },
  {
    re: wordsRe(DETAINED_AFTER),
    metric: 'detained',
  },
  // "32 cases of enforced disappearances", "40 people who had been taken from their homes": abductions are missing people
  {
    re: wordsRe(MISSING_AFTER),
    metric: 'missing',
  },
  {
    re: wordsRe(DISPLACED_AFTER),
    metric: 'displaced',
  },
  {
    re: wordsRe(DEPLOYED_AFTER),
    metric: 'deployed',
  },
  // responders at work: "are now working in the quake zone", "are taking part in rescue operations", "have joined the search"
  {
    re: wordsRe(AT_WORK_AFTER),
    metric: 'deployed',
  },
  {
    re: wordsRe(GATHERED_AFTER),
    metric: 'participants',
  },
];

/** Nouns that name the death toll ("the death toll", "the number of people killed"). */
const DEATH_TOLL_NOUNS = [
  '(?:death|casualty|fatality|the|[A-Za-z-]+(?<!injury|injured|arrest|detention|road|bridge)) toll',
  // "the casualty figure is about 105": a count of the dead, as the death toll is
  '(?:death|casualty|fatality) (?:figures?|count)',
  '(?:combined|overall|total|national) (?:death )?(?:toll|total|tally)',
  // "the number of deaths", "the figure for deaths in Dar es Salaam", "the count of the dead",
  // "the number of people known to have been killed"
  String.raw`(?:number|figure|count|tally) (?:of|for) (?:the )?(?:confirmed |recorded |reported |official |known )?(?:dead(?: bodies)?|deaths|fatalities|people killed|those killed|victims|[\w-]+ (?:[\w-]+ ){0,4}?killed)`,
];
/** Between a toll's noun and its verb: no clause break (an abbreviation's dot is none: "Sept."). */
const TOLL_GAP = String.raw`(?:[^.;:]|(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|St|Mr|Dr|No))\.){0,110}?`;
/** What gives a toll its figure: "stood at", "rose to", "was put as", "topped". */
const TOLL_VERBS = [
  'at',
  'to',
  'of',
  'was',
  'is',
  '(?:could|may|might|would|will) be',
  '(?:given|put|listed|reported|recorded|estimated|confirmed) as',
  'as (?:high|many|much|low) as',
  'stands at',
  'stood at',
  'reached',
  'hit',
  'passed',
  'exceeded',
  'surpassed',
  'topped',
  'climbed',
  'rose',
  'risen',
  'jumped',
  'increased',
  'grew',
  'soared',
  'surged',
  'neared',
  'approached',
  'crossed',
  'now',
  'reaches',
  'rises',
  'climbs',
  'hits',
  'tops',
  'passes',
  'exceeds',
  'nears',
  'crosses',
  'jumps',
  'soars',
];
/** Between a count's noun and its verb. */
const COUNT_GAP = String.raw`[^.;:]{0,60}?`;
const FIGURE_LINKS = ['at', 'to', 'of', 'was', 'is', 'reached', 'hit', 'passed', 'exceeded'];
/** A crowd's size named as a noun ("the turnout was"), not a count of protesters arrested. */
const CROWD_NOUNS = [
  'crowds?',
  'turnout',
  'attendance',
  String.raw`number of (?:protesters|demonstrators|participants|marchers)(?!\s+(?:detained|arrested|held|killed|dead|injured|wounded|missing)\b)`,
];
const CROWD_LINKS = [
  'at',
  'to',
  'of',
  'was',
  // "the crowd was (probably) in the thousands"
  String.raw`(?:was|were|is|are)\s*["“]?(?:\w+ly\s+)?in the`,
  'reached',
  'numbered(?: in the| in)?',
  'swelled to',
  'grew to',
  'totall?ed',
  'rang(?:e|es|ed|ing) from',
];
/** A count named, then its figure: "the death toll … rose to". */
function countGiven(nouns: readonly string[], gap: string, links: readonly string[]): RegExp {
  return new RegExp(String.raw`\b${anyOf(nouns)}\b${gap}\b${anyOf(links)}\s*$`, 'i');
}
/** Where a set's members were: "among the dead in Kerr County were". */
const SET_PLACE = String.raw`(?:\s+(?:in|at|from)\s+[^,.;]{1,40}?)?`;
/** "among the dead were", "among those injured in X are". */
function amongTheSet(nouns: readonly string[]): string {
  return String.raw`among (?:the |those )?${anyOf(nouns)}${SET_PLACE}\s+(?:were|are|was|is)`;
}
/** "the dead include". */
function setIncludes(nouns: readonly string[]): string {
  return `(?:the )?${anyOf(nouns)} (?:include|included|includes|including)`;
}
/** "killed 225", "the deaths of 12", "claimed" (lives: checked by the reader). */
const KILLED_BEFORE = [
  'killed',
  'killing',
  'kills',
  'kill',
  'deaths? of',
  '(?:fatal |deadly )?(?:shootings?|killings?|shooting deaths?) of',
  'bodies of',
  'remains of',
  'lives of',
  'murdered',
  'murder of',
  'massacred',
  'slaughtered',
  'executed',
  'shot dead',
  // "militants gunned down scores", "mowed down 30 worshippers"
  '(?:gunned|mowed|mown) down',
  'dead (?:at|to)',
  'claimed',
  'claiming',
];
/** "injuring 40", "treated 120". */
const INJURED_BEFORE = [
  'wounded',
  'wounding',
  'injured',
  'injuring',
  'injures',
  'injure',
  'injury of',
  'injuries (?:of|to)',
  'hospitali[sz]ed',
  'hospitali[sz]ing',
  'treated',
  'treating',
];
/** "arrested 200", "rounded up 40", "held 12". */
const DETAINED_BEFORE = [
  'arrested',
  'arresting',
  'arrests',
  'arrest',
  'detained',
  'detaining',
  'detain',
  'detains',
  'detention of',
  'arrest of',
  'arrests of',
  'rounded up',
  'jailed',
  'apprehended',
  'apprehending',
  'held',
  'holding',
  'taken into custody',
];
/** "evacuated 3,000", "forced" (to flee). */
const DISPLACED_BEFORE = [
  'evacuated',
  'evacuating',
  'evacuate',
  'evacuation of',
  'displaced',
  'displacing',
  'displace',
  'displacement of',
  'forced',
  'uprooted',
  'uprooting',
  'uproots',
];
/** "sent 70 soldiers", "a team of 12"; who is sent is checked by the reader. */
const DEPLOYING_BEFORE = [
  'deployed',
  'deploying',
  'deploy',
  'deploys',
  'activated',
  'activating',
  'sent',
  'sending',
  'send',
  'sends',
  'sent in',
  // "drafted in 1,500 troops": brought from elsewhere to reinforce
  'drafted in',
  'drafting in',
  'dispatched',
  'dispatching',
  'dispatch',
  'mobili[sz]ed',
  'mobili[sz]ing',
  '(?:flown|flew|flying|flies|fly) in',
  'airlifted',
  'assigned',
  'assigning',
  'airlifting',
  'deployment of',
  'dispatch of',
  // an operation's strength: "the security operation in Munich involves 5,000 police"
  'involv(?:es|ed|ing)',
  'contingent of',
  'force of',
  'team of',
  '(?:a )?total of',
];
/** "crowds of 10,000", "attended by 5,000". */
const CROWD_OF_BEFORE = [
  'crowds? of',
  'rally of',
  'protest of',
  'gathering of',
  'march of',
  'demonstration of',
  'turnout of',
  'attended by',
  'joined by',
  '(?:packed|filled|crammed|crowded) with',
  'thronged by',
];

/** A metric word right before the figure: "killed 225", "the death of 225", "death toll … at 26". */
export const LEFT_CUES: { re: RegExp; metric: Metric | 'deploy_verb' | 'participants_noun' }[] = [
  {
    re: countGiven(DEATH_TOLL_NOUNS, TOLL_GAP, TOLL_VERBS),
    metric: 'killed',
  },
  { re: /\b(?:death|casualty|fatality) (?:toll|tally)\s*:\s*$/i, metric: 'killed' },
  {
    re: countGiven(
      ['number of (?:the )?(?:people |those |persons )?(?:injured|wounded|hurt)', 'injury toll'],
      COUNT_GAP,
      FIGURE_LINKS,
    ),
    metric: 'injured',
  },
  {
    re: countGiven(
      ['number of (?:the )?(?:people |those |persons )?(?:missing|unaccounted for)'],
      COUNT_GAP,
      [...FIGURE_LINKS, 'rose', 'risen', 'climbed'],
    ),
    metric: 'missing',
  },
  // "the number of people forced to flee the rising water reached 64,000"
  {
    re: countGiven(
      [
        String.raw`number of (?:the )?(?:people |those |persons |residents )?(?:displaced|evacuated|evacuees|refugees|uprooted|made homeless|(?:forced|ordered) (?:to (?:flee|leave|evacuate)|from their homes)|who (?:have |had )?fled)`,
      ],
      COUNT_GAP,
      [...FIGURE_LINKS, 'rose', 'risen', 'climbed'],
    ),
    metric: 'displaced',
  },
  // "officials have not been able to account for 41 people", "authorities cannot account for 12"
  {
    re: wordsBefore(UNACCOUNTED_BEFORE),
    metric: 'missing',
  },
  {
    re: countGiven(
      ['number of (?:people )?(?:detained|arrested|detentions|arrests|detainees)'],
      COUNT_GAP,
      FIGURE_LINKS,
    ),
    metric: 'detained',
  },
  {
    re: new RegExp(
      String.raw`\b${anyOf([amongTheSet(['dead', 'killed', 'deceased', 'fatalities']), setIncludes(['dead', 'fatalities', 'deaths', 'deceased', 'those killed'])])}\s*$`,
      'i',
    ),
    metric: 'killed',
  },
  {
    re: new RegExp(
      String.raw`\b${anyOf([amongTheSet(['injured', 'wounded']), setIncludes(['injured', 'wounded'])])}\s*$`,
      'i',
    ),
    metric: 'injured',
  },
  {
    re: new RegExp(
      String.raw`\bamong (?:the )?${anyOf(['detained', 'arrested', 'detainees'])}${SET_PLACE}\s+(?:were|are|was|is)\s*$`,
      'i',
    ),
    metric: 'detained',
  },
  {
    re: wordsBefore(KILLED_BEFORE),
    metric: 'killed',
  },
  {
    re: wordsBefore(INJURED_BEFORE),
    metric: 'injured',
  },
  {
    re: wordsBefore(DETAINED_BEFORE),
    metric: 'detained',
  },
  {
    re: wordsBefore(DISPLACED_BEFORE),
    metric: 'displaced',
  },
  {
    re: wordsBefore(DEPLOYING_BEFORE),
    metric: 'deploy_verb',
  },
  {
    re: countGiven(CROWD_NOUNS, String.raw`[^.;:]{0,40}?`, CROWD_LINKS),
    metric: 'participants_noun',
  },
  {
    re: wordsBefore(CROWD_OF_BEFORE),
    metric: 'participants_noun',
  },
];

/** Kinds of work a disaster's responders do. */
const RESPONSE_KINDS = [
  '(?:urban )?search[- ](?:and|&)[- ]rescue',
  'rescue',
  'relief',
  'aid',
  'humanitarian',
  'medical',
  'emergency',
  'civil (?:security|defen[cs]e|protection)',
  'disaster[- ]response',
];
const RESPONSE_STAFF = [
  'personnel',
  'workers?',
  'teams?',
  'specialists?',
  'experts?',
  'staff',
  'crews?',
  'members',
  'officers',
  'volunteers',
];
const RESPONDER_WORDS = [
  String.raw`${anyOf(RESPONSE_KINDS)}\s+${anyOf(RESPONSE_STAFF)}`,
  'rescuers',
  'rescue workers',
  '(?:first |emergency )?responders',
  'medics',
  'paramedics',
  'doctors',
  'nurses',
  'firefighters',
  'aid workers',
  'volunteers',
];
/** Rescue, relief and medical people a government or agency sends: deployable, and `other`. */
export const RESPONDERS = wordsRe(RESPONDER_WORDS);

const LAW_ENFORCEMENT_WORDS = [
  // Brazil's Polícia Militar, France's gendarmerie: police that a "military" before them does not make troops
  'military police(?:men|women| officers?)?',
  'police(?:men|women| officers?)?',
  'policemen',
  'policewomen',
  'cops?',
  'officers?',
  'national guard(?:s|smen|sman)?',
  'guardsmen',
  'guards?',
  'law[- ]enforcement(?: officers?| officials?| personnel| agents?)?',
  'security (?:forces?|officers?|officials?|personnel|service personnel|services?|agents?|staff|men|troops)',
  'interior (?:ministry )?troops',
  'gendarmes?',
  'riot police',
  'border guards?',
  'special forces',
  'servicemen and police',
  'members of (?:the )?(?:police|security forces|law enforcement|national guard)',
];
const MILITARY_WORDS = [
  'soldiers?',
  'troops?',
  'servicem[ae]n',
  'service members?',
  'servicewomen',
  'military personnel',
  'military',
  'army',
  'peacekeep(?:ers|ing (?:troops|forces|personnel))',
  'paratroopers?',
  'marines?',
  'sailors?',
  'airmen',
  'conscripts?',
  // South Africa's SANDF and others name their army so: "members of the defence force"
  'defen[cs]e forces?',
  'reservists?',
  'militaries',
  '(?:armed )?forces',
  'personnel',
];
const PROTESTER_WORDS = [
  'protest(?:e|o)rs?',
  'demonstrators?',
  'rioters?',
  'assailants?',
  'bandits?',
  'terrorists?',
  'militants?',
  'insurgents?',
  'rebels?',
  'looters?',
  'gunmen',
  'armed (?:men|people|groups?|individuals)',
  'attackers?',
  'extremists?',
  'participants',
  'agitators',
  'provocateurs',
  'fighters',
  'marchers',
  'activists?',
  'opposition supporters',
];
const JOURNALIST_WORDS = [
  'journalists?',
  'members of the (?:press|media)',
  'reporters?',
  'media workers?',
  'photographers?',
  'photojournalists?',
  'camera(?:men|man)',
  'correspondents?',
];
const CHILD_WORDS = [
  'aged under (?:18|eighteen|16|15)',
  'under the age of 18',
  'children',
  'child',
  'minors',
  String.raw`(?<=\b(?:a|one|another)\s)minor\b`,
  'kids?',
  'infants?',
  'babies',
  'baby',
  'toddlers?',
  'teenagers?',
  'schoolchildren',
  'students?',
  'pupils',
  'boys?',
  'girls?',
];
const CIVILIAN_WORDS = [
  'civilians?',
  'bystanders?',
  'passers-?by',
  'foreigners?',
  'foreign (?:nationals?|citizens?|visitors?)',
  'tourists?',
  // people who take no part in the fighting: "14 non-combatants were killed"
  'non-?combatants?',
];
const PEOPLE_WORDS = [
  'people',
  'persons?',
  'individuals?',
  'residents?',
  'citizens?',
  'villagers?',
  'inhabitants',
  'locals?',
  'others',
  'victims?',
  'deceased',
  'casualties',
  'dead',
  'lives',
  'those',
  'adults?',
  '(?:young |old |elderly )?(?:men|women)',
  'patients',
  'officials',
  'partygoers',
  'revellers',
  'revelers',
  'pilgrims',
  'spectators',
  'fans',
  'worshippers',
  'passengers',
  'campers',
  'hikers',
  // people at a place struck: "37 diners and staff", "shoppers", "commuters"
  ...['diners', 'customers', 'shoppers', 'guests', 'commuters', 'occupants', 'motorists'],
  'climbers',
  // miners caught in a mine's collapse or a police siege are the people the event struck, not
  // responders or criminals ("51 bodies of illegal miners", "1,576 illegal miners were arrested")
  'miners?',
  // people on the move are counted as people, as analysts code them ("a shipwreck killed 78 migrants")
  'migrants?',
  'immigrants?',
  'asylum[- ]seekers?',
  // the people at work where the event struck ("Eight employees were injured", "One worker remained
  // unaccounted for", "241 passengers and crew"); responders sent there ("rescue workers", "aid
  // workers", "medical staff") are named earlier in the phrase by RESPONDERS and stay `other`
  'workers?',
  'employees?',
  'staff(?: members)?',
  'crew(?: members)?',
  'crewmen',
];
const OTHER_WORDS = [
  'prisoners?',
  'inmates?',
  'doctors?',
  'nurses?',
  'medics?',
  'firefighters?',
  'rescuers?',
  // killed or held in a raid on a gang: neither the public nor protesters
  'criminals?',
  'gang members?',
  'gangsters?',
  'gang leaders?',
  // drug traffickers are a gang's people; people smugglers held after a shipwreck are people
  'drug traffickers?',
  'drug dealers?',
  'cartel members?',
];

/** Subject words; the earliest in the noun phrase wins ("police and National Guard troops" → police). */
const SUBJECT_WORDS: { re: RegExp; subject: Subject }[] = [
  {
    re: wordsRe(LAW_ENFORCEMENT_WORDS),
    subject: 'law_enforcement',
  },
  {
    re: wordsRe(MILITARY_WORDS),
    subject: 'military',
  },
  {
    re: wordsRe(PROTESTER_WORDS),
    subject: 'protesters',
  },
  // responders sent to a disaster: rescue, relief and medical teams ("search and rescue personnel", "civil defence staff")
  { re: RESPONDERS, subject: 'other' },
  {
    re: wordsRe(JOURNALIST_WORDS),
    subject: 'journalists',
  },
  {
    re: wordsRe(CHILD_WORDS),
    subject: 'children',
  },
  // residents, citizens, villagers are everyone living there: `people`, as analysts code them ("117 citizens", "3,000 displaced residents")
  {
    re: wordsRe(CIVILIAN_WORDS),
    subject: 'civilians',
  },
  {
    re: wordsRe(PEOPLE_WORDS),
    subject: 'people',
  },
  {
    re: wordsRe(OTHER_WORDS),
    subject: 'other',
  },
];

/** The role that owns "its members", "their crew": the last law-enforcement, military or press body named before. */
export function ownerSubject(left: string): Subject | null {
  let best: { subject: Subject; index: number } | null = null;
  for (const { re, subject } of SUBJECT_WORDS) {
    if (subject !== 'law_enforcement' && subject !== 'military' && subject !== 'journalists')
      continue;
    for (const m of left.matchAll(new RegExp(re.source, 'gi')))
      if (!best || m.index! > best.index) best = { subject, index: m.index! };
  }
  for (const m of left.matchAll(/\b(?:navy|naval|air force|coast guard)\b/gi))
    if (!best || m.index! > best.index)
      best = {
        subject: /coast guard/i.test(m[0]) ? 'law_enforcement' : 'military',
        index: m.index!,
      };
  return best?.subject ?? null;
}

/** The subject lists read as one: the earliest word of any, the list named first at a tie. */
const earliestSubjectWord = earliestMatcher(SUBJECT_WORDS, 'SUBJECT_WORDS');

/** The subject of the earliest word in `np` that names one. */
export function subjectOf(np: string): { subject: Subject; index: number } | null {
  const word = earliestSubjectWord(np);
  return word ? { subject: word.item.subject, index: word.index } : null;
}

/** Nouns of people a crowd is made of. */
const CROWD_PEOPLE_NOUNS = [
  'people',
  'persons',
  'individuals',
  'protest(?:e|o)rs',
  'demonstrators',
  'residents',
  'citizens',
  'rioters',
  'participants',
  'supporters',
  'activists',
  'marchers',
  'partygoers',
  'revell?ers',
  'pilgrims',
  'spectators',
  'fans',
  'worshippers',
  'devotees',
  'mourners',
  'attendees',
  'onlookers',
  'visitors',
  'tourists',
  '[\\w]+-?goers',
  'workers',
  'students',
  'women',
  'men',
  'terrorists',
  'militants',
  'bandits',
];
export const PEOPLE_NOUN = wordsRe(CROWD_PEOPLE_NOUNS);

/** Places and things a vague amount may count: "dozens of towns had been flooded" is no crowd. */
const PLACES_AND_THINGS = [
  'towns',
  'villages',
  'cities',
  'homes',
  'houses',
  'businesses',
  'buildings',
  'shops',
  'cars',
  'vehicles',
  'roads',
  'streets',
  'bridges',
  'hectares',
  'acres',
  'farms',
  'schools',
  'hospitals',
  'animals',
  'livestock',
  'boats',
  'tents',
];
export const COUNTED_THINGS = new RegExp(
  String.raw`\bof\s+(?:[\p{L}-]+\s+)?${anyOf(PLACES_AND_THINGS)}\b`,
  'iu',
);

/**
 * Head nouns of figures that count animals or things, never people: "killed 23 cattle", "300
 * homes were destroyed", "lost 40 vehicles". Lower case; a plural is listed as written.
 */
const THING_NOUNS: ReadonlySet<string> = new Set([
  'cattle',
  'cows',
  'sheep',
  'goats',
  'pigs',
  'horses',
  'camels',
  'dogs',
  'cats',
  'chickens',
  'poultry',
  'birds',
  'animals',
  'livestock',
  'fish',
  'head',
  'homes',
  'houses',
  'flats',
  'apartments',
  'floors',
  'storeys',
  'rooms',
  'dwellings',
  'buildings',
  'structures',
  'shops',
  'businesses',
  'schools',
  'vehicles',
  'cars',
  'trucks',
  'lorries',
  'buses',
  'boats',
  'tents',
  'hectares',
  'acres',
  'tonnes',
  'tons',
  'villages',
  'towns',
  'roads',
  'bridges',
  'rivers',
  'streets',
  'gates',
]);

/** Whether a figure's noun (the words right after it) counts animals or things ("23 stray dogs"). */
export function countsThings(np: string): boolean {
  const words = np.toLowerCase().match(/[a-z]+/g) ?? [];
  return (
    words.slice(0, 2).some((w) => THING_NOUNS.has(w)) && !subjectOf(words.slice(0, 2).join(' '))
  );
}

/** Words that set a figure somewhere other than the place of the figures around it. */
const ELSEWHERE_WORDS = [
  'in other',
  'elsewhere',
  'in the rest of',
  'in neighbou?ring',
  'in nearby',
  'in surrounding',
  'outside (?:the|of)',
];
const ELSEWHERE = new RegExp(String.raw`^[^,;.]{0,40}?\b${anyOf(ELSEWHERE_WORDS)}\b`, 'i');

/**
 * The words after a figure set it elsewhere, in its own clause: "with another 6,085 in other areas",
 * "11 additional deaths were confirmed in surrounding counties". Such a figure is a count of its
 * own place, not a change of the count before.
 */
export function namesElsewhere(right: string): boolean {
  return ELSEWHERE.test(right);
}

/**
 * Words that count people outside every metric: those who came through unharmed. A figure they
 * name never shares the verb of the figure after it ("Twenty-three survived, four died", "the
 * names of 29 survivors and six people confirmed dead", "40 were rescued alive and 3 died").
 */
const SPARED_WORDS = [
  'survived',
  'survivors?',
  'unharmed',
  'unhurt',
  'uninjured',
  'safe and sound',
  'rescued alive',
  'found alive',
  'alive',
];
export const SPARED = wordsRe(SPARED_WORDS);
