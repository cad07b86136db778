// Words of the vocabulary (DESIGN.md §3): what marks a metric, what names a subject.
import type { Metric, Subject } from '../../domain/vocabulary';

/** A metric word reached after the figure: "12 were killed", "18 dead", "225 deaths", "40 lives". */
export const RIGHT_CUES: { re: RegExp; metric: Metric | 'among_prev' }[] = [
  {
    re: /\bamong (?:those|the people|the \d[\d,]* people|people) (?:who )?(?:were )?(?:killed|died|dead|who died|who were killed)\b/i,
    metric: 'killed',
  },
  {
    re: /\bamong (?:those|the people|people) (?:who )?(?:were )?(?:injured|wounded|hurt)\b/i,
    metric: 'injured',
  },
  { re: /\bamong (?:them|those|these|the victims|whom|the casualties)\b/i, metric: 'among_prev' },
  { re: /\bamong (?:the )?(?:dead|deceased|killed|fatalities|bodies)\b/i, metric: 'killed' },
  { re: /\bamong (?:the )?(?:injured|wounded|hurt)\b/i, metric: 'injured' },
  { re: /\bamong (?:the )?(?:detained|arrested|detainees)\b/i, metric: 'detained' },
  {
    re: /\b(?:killed|dead|died|die|dies|deaths?|deceased|slain|murdered|perish|perished|perishes|fatalities|fatally (?:shot|wounded|injured)|lost their lives|lives (?:were|have been|had been)? ?(?:lost|claimed)|lives\b|bodies|corpses|eliminated|liquidated|executed|shot dead|killings|dying|succumbed|drowned|crushed to death|burned to death|confirmed dead|pronounced dead|(?:have|has|had) been buried|were buried)\b/i,
    metric: 'killed',
  },
  {
    re: /\b(?:injured|wounded|hurt|injuries|injury|hospitali[sz]ed|hospitali[sz]ations?|sought (?:medical )?treatment|needed (?:medical )?treatment|received (?:medical )?treatment|(?:still )?receiving (?:medical |hospital )?treatment|treated (?:for|in|at)|admitted (?:with|for) (?:[\w-]+ ){0,2}(?:wounds|injuries|burns|fractures)|(?:were|are|was|is) (?:being |still )?treated\b|(?:taken|rushed|admitted|brought) to (?:a |the )?hospitals?|in hospital|casualties with injuries|(?:sustained|suffered|received) (?:\w+ )?(?:injuries|wounds|burns)|trampled)\b/i,
    metric: 'injured',
  },
  {
    re: /\b(?:detained|arrested|arrests|detentions|apprehended|taken into custody|in(?:to)? (?:[\w-]+ )?(?:custody|detention)|under (?:[\w-]+ )?(?:arrest|detention)|behind bars|(?:were|are|being|was) held\b|jailed|imprisoned|rounded up|detainees)\b/i,
    metric: 'detained',
  },
  // "32 cases of enforced disappearances", "40 people who had been taken from their homes": abductions are missing people
  {
    re: /\b(?:missing|unaccounted for|(?:yet|still) to be (?:traced|found|located)|untraced|disappeared|(?:cases of )?(?:[\w/-]+ (?:or [\w-]+ )?)?disappearances|abducted|kidnapped|abductions|(?:been|were|was) (?:taken|seized)(?! (?:to|into|in|for|under|part|over|off|up|down|on|as|hostages?|captives?|prisoners?|by (?:ambulance|helicopter))\b))\b/i,
    metric: 'missing',
  },
  {
    re: /\b(?:displaced|evacuated|evacuations|fled|fleeing|homeless|(?:taken|took|sought|seeking|taking) (?:refuge|shelter)|in (?:temporary |emergency |government )?(?:shelters|camps)|(?:forced|driven) (?:from|out of) (?:their )?(?:[\w-]+ )?homes|(?:lost|lose|losing) their homes|left (?:without (?:a )?(?:home|homes|shelter)|homeless)|(?:living|staying|sleeping|sheltering) in (?:tents|shelters|camps|temporary)|(?:living|staying|sleeping|sheltering) (?:outdoors|outside|in the open|in (?:their )?cars)|(?:need|needs|needed|needing) (?:emergency )?(?:shelter|housing)|spen[dt] (?:a |the |another |their )?(?:[\w-]+ )?nights? (?:in|at|under) (?:[\w-]+ )?(?:tents|shelters|camps|the open|cars|tarpaulins|evacuation cent(?:er|re)s)|(?:have been|are|were|had been) (?:leaving|abandoning|streaming out of)|(?:tried|trying|tries|try|scrambled|scrambling|rushed|rushing|raced|racing) to (?:leave|get out|escape|flee)|into the open|refugees|relocated|(?:moved|taken|relocated|transferred|brought) to (?:temporary |emergency )?(?:shelters|camps|safety|evacuation cent(?:er|re)s|higher ground))\b/i,
    metric: 'displaced',
  },
  {
    re: /\b(?:(?:were|was|have been|has been|had been|are being|being|will be) (?:deployed|sent|dispatched|mobili[sz]ed|activated|called up|called in|stationed|flown(?: in)?)|arrived|deployed|dispatched|landed|answered the call|(?:are|were|is|was|have been|had been) (?:now )?(?:assisting|helping|supporting|reinforcing|backing up) (?:the )?(?:local )?(?:police|officers|troops|authorities|firefighters|responders))\b/i,
    metric: 'deployed',
  },
  // responders at work: "are now working in the quake zone", "are taking part in rescue operations", "have joined the search"
  {
    re: /\b(?:(?:are|were|have been|had been|is|was)\s+(?:now\s+|still\s+)?(?:working|deployed|operating|searching|engaged)\s+(?:in|at|on|across)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:zone|area|region|site|operations?|efforts?|provinces?)|(?:are|were|is|was|have been|had been)\s+(?:now\s+)?(?:taking|took) part in (?:the\s+)?(?:[\w-]+\s+){0,3}(?:operations?|efforts?|work)|(?:took|take|participated|participating|participate) (?:part )?in (?:the\s+)?(?:[\w-]+\s+){0,3}(?:rescue|relief|search|recovery)(?:\s+(?:operations?|efforts?|work|mission))?|(?:were|was|are|is|have been|had been)\s+involved in (?:the\s+)?(?:[\w-]+\s+){0,3}(?:operations?|efforts?|mission)|(?:have|has|had)\s+joined (?:the\s+)?(?:[\w-]+\s+){0,2}(?:operations?|efforts?|search|rescue))\b/i,
    metric: 'deployed',
  },
  {
    re: /\b(?:took to the streets?|take to the streets?|taking to the streets?|(?:onto|into|on) the streets|gathered|gathering|rallied|rallying|marched|marching|protested|protesting|demonstrated|demonstrating|participated|took part|taking part|joined|attended|clashed|stormed|flooding|flooded|flocked|converging on|converged on|(?:were|was) converging|poured into|turned out|packed(?! (?:the |a |an )?(?:[\w-]+ )?(?:boat|vessel|ship|bus|train|truck|lorry|trawler|dinghy|van)\b)|thronged|crowded|(?:were|was) (?:at|in) the (?:march|rally|protest|demonstration|vigil|sit-in)|entered the (?:building|compound|chamber|premises|grounds)|(?:got|get|gone|went|made it|forced their way|pushed their way|broke|broken) (?:inside|into the (?:building|compound|chamber|premises))|breached)\b/i,
    metric: 'participants',
  },
];

/** A metric word right before the figure: "killed 225", "the death of 225", "death toll … at 26". */
export const LEFT_CUES: { re: RegExp; metric: Metric | 'deploy_verb' | 'participants_noun' }[] = [
  {
    re: /\b(?:(?:death|casualty|fatality|the|[A-Za-z-]+(?<!injury|injured|arrest|detention|road|bridge)) toll|(?:combined|overall|total|national) (?:death )?(?:toll|total|tally)|number of (?:the )?(?:confirmed |recorded |reported |official |known )?(?:dead(?: bodies)?|deaths|fatalities|people killed|those killed|victims|[\w-]+ (?:[\w-]+ )?killed))\b(?:[^.;:]|(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|St|Mr|Dr|No))\.){0,110}?\b(?:at|to|of|was|is|(?:could|may|might|would|will) be|(?:given|put|listed|reported|recorded|estimated|confirmed) as|as (?:high|many|much|low) as|stands at|stood at|reached|hit|passed|exceeded|surpassed|topped|climbed|rose|risen|jumped|increased|grew|soared|surged|neared|approached|crossed|now|reaches|rises|climbs|hits|tops|passes|exceeds|nears|crosses|jumps|soars)\s*$/i,
    metric: 'killed',
  },
  { re: /\b(?:death|casualty|fatality) (?:toll|tally)\s*:\s*$/i, metric: 'killed' },
  {
    re: /\b(?:number of (?:the )?(?:injured|wounded)|injury toll)\b[^.;:]{0,60}?\b(?:at|to|of|was|is|reached|hit|passed|exceeded)\s*$/i,
    metric: 'injured',
  },
  {
    re: /\b(?:number of (?:the )?(?:people )?(?:missing|unaccounted for))\b[^.;:]{0,60}?\b(?:at|to|of|was|is|reached|hit|passed|exceeded|rose|risen|climbed)\s*$/i,
    metric: 'missing',
  },
  {
    re: /\b(?:number of (?:people )?(?:detained|arrested|detentions|arrests|detainees))\b[^.;:]{0,60}?\b(?:at|to|of|was|is|reached|hit|passed|exceeded)\s*$/i,
    metric: 'detained',
  },
  {
    re: /\b(?:among (?:the |those )?(?:dead|killed|deceased|fatalities)(?:\s+(?:in|at|from)\s+[^,.;]{1,40}?)?\s+(?:were|are|was|is)|(?:the )?(?:dead|fatalities|deaths|deceased|those killed) (?:include|included|includes|including))\s*$/i,
    metric: 'killed',
  },
  {
    re: /\b(?:among (?:the |those )?(?:injured|wounded)(?:\s+(?:in|at|from)\s+[^,.;]{1,40}?)?\s+(?:were|are|was|is)|(?:the )?(?:injured|wounded) (?:include|included|includes|including))\s*$/i,
    metric: 'injured',
  },
  {
    re: /\bamong (?:the )?(?:detained|arrested|detainees)(?:\s+(?:in|at|from)\s+[^,.;]{1,40}?)?\s+(?:were|are|was|is)\s*$/i,
    metric: 'detained',
  },
  {
    re: /\b(?:killed|killing|kills|kill|deaths? of|(?:fatal |deadly )?(?:shootings?|killings?|shooting deaths?) of|bodies of|remains of|lives of|murdered|murder of|massacred|slaughtered|executed|shot dead|dead (?:at|to)|claimed|claiming)\s*$/i,
    metric: 'killed',
  },
  {
    re: /\b(?:wounded|wounding|injured|injuring|injures|injure|injury of|injuries (?:of|to)|hospitali[sz]ed|hospitali[sz]ing|treated|treating)\s*$/i,
    metric: 'injured',
  },
  {
    re: /\b(?:arrested|arresting|arrests|arrest|detained|detaining|detain|detains|detention of|arrest of|arrests of|rounded up|jailed|apprehended|apprehending|held|holding|taken into custody)\s*$/i,
    metric: 'detained',
  },
  {
    re: /\b(?:evacuated|evacuating|evacuate|evacuation of|displaced|displacing|displace|displacement of|forced)\s*$/i,
    metric: 'displaced',
  },
  {
    re: /\b(?:deployed|deploying|deploy|deploys|activated|activating|sent|sending|send|sends|sent in|dispatched|dispatching|dispatch|mobili[sz]ed|mobili[sz]ing|(?:flown|flew|flying|flies|fly) in|airlifted|assigned|assigning|airlifting|deployment of|dispatch of|contingent of|force of|team of|(?:a )?total of)\s*$/i,
    metric: 'deploy_verb',
  },
  {
    re: /\b(?:crowds?|turnout|attendance|number of (?:protesters|demonstrators|participants)(?!\s+(?:detained|arrested|held|killed|dead|injured|wounded|missing)\b))\b[^.;:]{0,40}?\b(?:at|to|of|was|reached|numbered(?: in the| in)?|swelled to|grew to|totall?ed|rang(?:e|es|ed|ing) from)\s*$/i,
    metric: 'participants_noun',
  },
  {
    re: /\b(?:crowds? of|rally of|protest of|gathering of|march of|demonstration of|turnout of|attended by|joined by|(?:packed|filled|crammed|crowded) with|thronged by)\s*$/i,
    metric: 'participants_noun',
  },
];

const RESPONDERS_SRC =
  /\b(?:(?:(?:urban )?search[- ](?:and|&)[- ]rescue|rescue|relief|aid|humanitarian|medical|emergency|civil (?:security|defen[cs]e|protection)|disaster[- ]response)\s+(?:personnel|workers?|teams?|specialists?|experts?|staff|crews?|members|officers|volunteers)|rescuers|rescue workers|(?:first |emergency )?responders|medics|paramedics|doctors|nurses|firefighters|aid workers|volunteers)\b/i;
/** Rescue, relief and medical people a government or agency sends: deployable, and `other`. */
export const RESPONDERS = RESPONDERS_SRC;

/** Subject words; the earliest in the noun phrase wins ("police and National Guard troops" → police). */
export const SUBJECT_WORDS: { re: RegExp; subject: Subject }[] = [
  {
    re: /\b(?:police(?:men|women| officers?)?|policemen|policewomen|cops?|officers?|national guard(?:s|smen|sman)?|guardsmen|guards?|law[- ]enforcement(?: officers?| officials?| personnel| agents?)?|security (?:forces?|officers?|officials?|personnel|service personnel|services?|agents?|staff|men|troops)|interior (?:ministry )?troops|gendarmes?|riot police|border guards?|special forces|servicemen and police|members of (?:the )?(?:police|security forces|law enforcement|national guard))\b/i,
    subject: 'law_enforcement',
  },
  {
    re: /\b(?:soldiers?|troops?|servicem[ae]n|service members?|servicewomen|military personnel|military|army|peacekeep(?:ers|ing (?:troops|forces|personnel))|paratroopers?|marines?|sailors?|airmen|conscripts?|reservists?|militaries|(?:armed )?forces|personnel)\b/i,
    subject: 'military',
  },
  {
    re: /\b(?:protest(?:e|o)rs?|demonstrators?|rioters?|assailants?|bandits?|terrorists?|militants?|insurgents?|rebels?|looters?|gunmen|armed (?:men|people|groups?|individuals)|attackers?|extremists?|participants|agitators|provocateurs|fighters|marchers|activists?|opposition supporters)\b/i,
    subject: 'protesters',
  },
  // responders sent to a disaster: rescue, relief and medical teams ("search and rescue personnel", "civil defence staff")
  { re: RESPONDERS_SRC, subject: 'other' },
  {
    re: /\b(?:journalists?|reporters?|media workers?|photographers?|photojournalists?|camera(?:men|man)|correspondents?)\b/i,
    subject: 'journalists',
  },
  {
    re: /\b(?:aged under (?:18|eighteen|16|15)|under the age of 18|children|child|minors|(?<=\b(?:a|one|another)\s)minor\b|kids?|infants?|babies|baby|toddlers?|teenagers?|schoolchildren|students?|pupils|boys?|girls?)\b/i,
    subject: 'children',
  },
  // residents, citizens, villagers are everyone living there: `people`, as analysts code them ("117 citizens", "3,000 displaced residents")
  {
    re: /\b(?:civilians?|bystanders?|passers-?by|foreigners?|foreign (?:nationals?|citizens?|visitors?)|tourists?)\b/i,
    subject: 'civilians',
  },
  {
    re: /\b(?:people|persons?|individuals?|residents?|citizens?|villagers?|inhabitants|locals?|others|victims?|deceased|casualties|dead|lives|those|adults?|(?:young |old |elderly )?(?:men|women)|patients|officials|partygoers|revellers|revelers|pilgrims|spectators|fans|worshippers|passengers|campers|hikers|climbers)\b/i,
    subject: 'people',
  },
  {
    re: /\b(?:workers?|miners?|prisoners?|inmates?|migrants?|doctors?|nurses?|medics?|firefighters?|rescuers?|staff|employees?|crew)\b/i,
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

export function subjectOf(np: string): { subject: Subject; index: number } | null {
  let best: { subject: Subject; index: number } | null = null;
  for (const { re, subject } of SUBJECT_WORDS) {
    const m = re.exec(np);
    if (m && (!best || m.index < best.index)) best = { subject, index: m.index };
  }
  return best;
}

export const PEOPLE_NOUN =
  /\b(?:people|persons|individuals|protest(?:e|o)rs|demonstrators|residents|citizens|rioters|participants|supporters|activists|marchers|partygoers|revell?ers|pilgrims|spectators|fans|worshippers|workers|students|women|men|terrorists|militants|bandits)\b/i;

/** Things, not people, that a vague amount may count: "dozens of towns had been flooded" is no crowd. */
export const COUNTED_THINGS =
  /\bof\s+(?:[\p{L}-]+\s+)?(?:towns|villages|cities|homes|houses|businesses|buildings|shops|cars|vehicles|roads|streets|bridges|hectares|acres|farms|schools|hospitals|animals|livestock|boats|tents)\b/iu;

/**
 * Head nouns of figures that count animals or things, never people: "killed 23 cattle", "300
 * homes were destroyed", "lost 40 vehicles". Lower case; a plural is listed as written.
 */
export const THING_NOUNS: ReadonlySet<string> = new Set([
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
]);

/** Whether a figure's noun (the words right after it) counts animals or things ("23 stray dogs"). */
export function countsThings(np: string): boolean {
  const words = np.toLowerCase().match(/[a-z]+/g) ?? [];
  return (
    words.slice(0, 2).some((w) => THING_NOUNS.has(w)) && !subjectOf(words.slice(0, 2).join(' '))
  );
}
