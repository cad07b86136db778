// Data: words any news story uses, so sharing them says nothing about being the same event. Grammar
// words, the calendar, newsroom verbs, and the casualty vocabulary every disaster story repeats
// ("death toll", "killed", "injured"). Kept lower-case and singular (story-terms.ts folds plurals).

const GRAMMAR =
  'the a an and but or nor so yet for of to in on at by from with without within into onto upon over under ' +
  'about above below after before during since until till via per than then thus also too very just only even ' +
  'still again more most much many some any all both each every few other others another such same own ' +
  'this that these those there here where when while what which who whom whose why how ' +
  'he she it its they them their theirs we us our you your his her hers him i me my mine ' +
  'is are was were be been being am has have had having do does did doing done ' +
  'will would shall should can could may might must not no nor yes ' +
  'one two three four five six seven eight nine ten eleven twelve hundred thousand million billion ' +
  'first second third last next least further later earlier ago around among against between across ' +
  'because although though however therefore meanwhile whether if unless ' +
  'mr mrs ms dr st us uk';

const CALENDAR =
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
  'august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
  'today yesterday tomorrow tonight morning afternoon evening night day week month year hour minute time ' +
  'weekend date';

const NEWSROOM =
  'said say says saying told tell tells according report reported reporting reports reporter ' +
  'news update updated latest live breaking photo video image picture read share comment follow ' +
  'story article press statement spokesperson spokesman spokeswoman source official officials ' +
  'authority authorities government minister ministry president agency agencies afp reuters ' +
  'associated copyright rights reserved subscribe newsletter email advertisement click sign ' +
  'added announced confirmed including include includes included new old number numbers figure ' +
  'figures total people person man woman men women local national international world country ' +
  'city area region state public make made take taken give given get got come came go went ' +
  'know known see seen say well way part place case cause caused continue continued remain ' +
  'remained early late major large small high low long help need want call called use used ' +
  'like many least nearly almost around approximately estimate estimated rise rose risen rising';

const CASUALTIES =
  'death deaths dead die died dying toll kill killed killing injured injury injuries wounded hurt ' +
  'missing victim casualty fatality arrest arrested detained displaced evacuated';

/** Lower-case words no story owns. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  [GRAMMAR, CALENDAR, NEWSROOM, CASUALTIES].join(' ').split(/\s+/),
);
