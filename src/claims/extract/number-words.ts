// Words findNumbers reads around a figure, as data: numbers.ts builds its patterns from these
// lists, so a new word is a one-line change here. An entry may hold pattern syntax ("years?",
// "kilomet(?:er|re)s?"); the order is the order the patterns try them in.

export const MONTH_NAMES: readonly string[] = [
  ...['jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun'],
  ...['june', 'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october'],
  ...['nov', 'november', 'dec', 'december'],
];

/** "700 may still be missing": adverbs between the modal "may" and its verb. */
export const MAY_ADVERBS: readonly string[] = [
  'still',
  'also',
  'yet',
  'now',
  'well',
  'not',
  'never',
];
/** Verbs after "may" that make it the modal, not the month ("700 may rise", "may exceed"). */
export const MAY_VERBS: readonly string[] = [
  ...['be', 'have', 'rise', 'climb', 'grow', 'increase', 'exceed', 'need', 'remain', 'die'],
  ...['take', 'number', 'reach'],
];

/**
 * Words after a figure that make it a measure of something else, not a count of people: shares,
 * durations, distances, money, clock times, and things counted that are not people ("5 homes").
 */
export const UNIT_WORDS: readonly string[] = [
  // shares
  ...['%', 'per ?cent', 'percent', 'percentage', String.raw`pc\b`],
  // durations
  ...['years?', 'yrs?', 'months?', 'weeks?', 'days?', 'hours?', 'hrs?', 'minutes?', 'mins?'],
  ...['seconds?', 'secs?', 'decades?', 'centuries', 'century', 'nights?'],
  // distances and weights
  ...['km', 'kilomet(?:er|re)s?', 'kilos?', 'kg', 'miles?', 'mph', 'met(?:er|re)s?', 'feet'],
  ...['ft', 'inches', 'cm', 'mm', 'tonnes?', 'tons?'],
  // money
  ...['dollars?', 'euros?', 'pounds sterling', 'rubles?', 'roubles?', 'tenge', 'yuan', 'yen'],
  ...['won', 'rupees?', 'shillings?', 'kyats?', 'dirhams?', 'rupiah', 'naira', 'rand', 'pesos?'],
  ...['lira', 'liras', 'hryvnias?', 'taka', 'baht', 'ringgits?', 'dinars?', 'riyals?', 'dollars'],
  // volumes, areas, degrees, multiples
  ...['liters?', 'litres?', 'gallons?', 'acres?', 'hectares?', 'sq', 'square', 'degrees?'],
  ...['times', 'fold'],
  // clock times
  ...[String.raw`a\.m\.`, String.raw`p\.m\.`, String.raw`am\b`, String.raw`pm\b`, "o'clock"],
  ...['gmt', 'utc'],
  // sums of money in words
  ...['bn', 'billion dollars', 'million dollars'],
  // storeys and scores
  ...['storey', 'story', 'floors?', 'points?'],
  // places counted
  ...['countries', 'nations', 'provinces', 'cities', 'towns', 'villages', 'districts'],
  ...['regions', 'states', 'governorates', 'municipalities', 'neighbou?rhoods'],
  // things counted
  ...['buildings', 'houses', 'homes', '(?:hotel |motel |spare )?rooms', 'beds', 'cots', 'tents'],
  ...['blankets', 'meals', 'vehicles', 'cars', 'planes', 'aircraft', 'ships', 'helicopters'],
  ...['trucks', 'tonnes', 'sentences', 'death (?:sentences?|penalties|row)'],
];
/** The same joined to the figure by a hyphen: "a 12-year", "a 5-storey", "a 10-member". */
export const HYPHEN_UNITS: readonly string[] = [
  ...['year', 'month', 'week', 'day', 'hour', 'minute', 'storey', 'point', 'page', 'member'],
  ...['nation', 'country', 'state'],
];

/** Currency codes and abbreviations written before a figure ("Rs 300,000", "KSh 1,000"). */
export const CURRENCY_CODES: readonly string[] = [
  ...['Rs', 'INR', 'LKR', 'PKR', 'NPR', 'BDT', 'KES', 'KSh', 'Ksh', 'Kshs', 'Sh', 'MMK', 'MAD'],
  ...['Dh', 'Dhs', 'DH', 'NGN', 'ZAR', 'AED', 'SAR', 'EGP', 'UAH', 'RUB', 'CHF', 'JPY', 'CNY'],
  ...['RMB', 'KRW', 'PHP', 'IDR', 'Rp', 'TL', 'TRY', 'IRR', 'IQD', 'SYP', 'LBP', 'AFN'],
];
/** Letters before "$" that name a dollar: "R$" (real), "A$", "C$", "NZ$", "HK$", "S$". */
export const DOLLAR_PREFIXES: readonly string[] = ['R', 'A', 'C', 'NZ', 'HK', 'S'];

/** Currency signs and codes before a figure: "$5", "€3", "US$ 40", "USD 12". */
export const MONEY_SIGNS: readonly string[] = ['[$€£¥₹₽]', String.raw`US\$`, 'USD', 'EUR', 'GBP'];
/** Words a number labels rather than counts: "Article 4", "Route 66", "Phase 2", "aged 12". */
export const NUMBER_LABELS: readonly string[] = [
  ...['article', 'section', 'chapter', 'paragraph', 'para', 'clause', 'resolution', 'room'],
  ...['route', 'flight', 'highway', 'channel', 'page', 'line', 'item', 'rule', 'point', 'level'],
  ...['grade', 'category', 'phase', 'stage', 'round', 'gate', 'terminal', 'platform'],
  ...['district', 'zone', 'ward', 'block', 'unit', 'building', 'apartment', 'floor', 'episode'],
  ...['season', 'vol', 'volume', 'part', 'act', 'law', 'decree', 'aged'],
];
/** "children under 5", "people over 60": the figure is an age limit of these groups. */
export const AGE_GROUPS: readonly string[] = [
  ...['children', 'minors', 'kids', 'youths?', 'teens', 'teenagers', 'people', 'persons'],
  ...['those', 'anyone', 'victims'],
];
export const AGE_BOUNDS: readonly string[] = [
  ...['under', 'over', 'above', 'below', 'younger than', 'older than'],
];
/** Other words a number labels or dates: "ages 5", "born in 1990", "pp 12", "COVID 19", "No. 3". */
export const OTHER_NUMBER_LABELS: readonly string[] = [
  'aged (?:between|from)',
  String.raw`aged (?:between |from )?\d+ (?:and|to)`,
  ...['age', 'ages', 'born in', 'in the year', 'pp', 'version', 'model', 'covid'],
  ...[String.raw`no\.`, String.raw`nos\.`],
];
/** "the dead now number 40": after these words "number" is the verb of a count, not a label. */
export const NUMBER_VERB_SUBJECTS: readonly string[] = [
  ...['now', 'still', 'dead', 'deaths', 'injured', 'wounded', 'missing', 'arrests', 'detainees'],
  ...['casualties', 'fatalities', 'victims', 'evacuees'],
];

/** "one police officer had been killed": nouns of a person "one" may head. */
export const PERSON_NOUNS: readonly string[] = [
  ...['person', 'man', 'woman', 'child', 'boy', 'girl', 'officer', 'policeman', 'policewoman'],
  ...['soldier', 'journalist', 'reporter', 'photographer', 'protester', 'demonstrator'],
  ...['civilian', 'student', 'resident', 'worker', 'member', 'guard', 'medic', 'doctor', 'nurse'],
  ...['foreigner', 'national', 'tourist', 'citizen'],
];
/** What may befall that person for "one" to count: "one officer was killed", "… went missing". */
export const CASUALTY_PARTICIPLES: readonly string[] = [
  ...['killed', 'shot dead', 'died', 'injured', 'wounded', 'hurt', 'arrested', 'detained'],
  ...['abducted', 'missing'],
];

/** A numbered body's own words after its number: "Region 7 police", "OCD 7 said". */
export const NAME_BODY_WORDS: readonly string[] = [
  ...['police', 'director', 'chief', 'office', 'officials?', String.raw`spokes\w+`, 'head'],
  ...['commander', 'personnel', 'said', 'says', 'reported', 'confirmed', 'recorded'],
];

/**
 * Words after a vague amount that make it a count of people: "hundreds were hurt", "thousands
 * marched", "thousands in Paris". (Before "of …" or "more" it counts too.)
 */
export const VAGUE_FOLLOWERS: readonly string[] = [
  ...['were', 'have', 'had', 'are', 'was', 'injured', 'wounded', 'hurt', 'killed', 'dead'],
  ...['died', 'arrested', 'detained', 'held', 'missing', 'fled', 'evacuated', 'took', 'taking'],
  ...['joined', 'joining', 'marching', 'rallying', 'protesting', 'gathered', 'gathering'],
  ...['marched', 'rallied', 'protested', 'tried', 'trying', 'demonstrating', 'chanting', 'dead'],
  ...['displaced', 'homeless', 'march', 'protest', 'rally', 'gather', 'demonstrate', 'battle'],
  ...['clash', 'throng', 'flock', 'converge', String.raw`in\s+(?=\p{Lu})`],
  // a state that lasts: "hundreds still missing", "scores remain unaccounted for"
  ...['still', 'remain', 'remained', 'remaining'],
  // a guess: "hundreds may have been killed", "dozens are feared dead"
  ...['may', 'might', 'could', 'feared'],
];

/** Scale words written after digits: "1.5 million", "20k", "2.5 lakh", "3 crores". */
export const DIGIT_SCALES: readonly string[] = [
  ...['million', 'thousand', 'billion', 'mln', 'mn', 'bn', 'k', 'lakhs?', 'crores?'],
];
/**
 * People a whole number of millions written "4m" counts: "4m people", "2m refugees". A whole "m"
 * stands for millions only before such a noun ("a 10m drop", "the 100m final" measure metres).
 */
export const MILLION_M_NOUNS: readonly string[] = [
  ...['people', 'persons', 'residents', 'refugees', 'civilians', 'children', 'migrants'],
  ...['citizens', 'inhabitants', 'voters', 'pilgrims', 'visitors', 'workers', 'displaced'],
];
/** Words after "2.5m" that make the m metres, not millions: "2.5m high", "1.5m deep". */
export const METRE_WORDS: readonly string[] = [
  ...['high', 'tall', 'deep', 'long', 'wide', 'above', 'below', 'away'],
];

/** Words that offer a larger guess beside a vague amount: "hundreds, if not thousands,". */
export const GUESS_WORDS: readonly string[] = [
  ...['if not', 'perhaps', 'possibly', 'maybe', 'probably', 'or even', 'or possibly', 'or perhaps'],
  ...['and possibly', 'and perhaps', 'and maybe', 'even', 'or'],
];
/** The vague words such a guess names. */
export const GUESSED_AMOUNTS: readonly string[] = [
  ...['tens of thousands', 'hundreds of thousands', 'tens', 'dozens', 'scores', 'hundreds'],
  ...['thousands', 'millions'],
];
/** Report verbs a source gives a bare vague amount with: "while the church suggests hundreds,". */
export const VAGUE_REPORT_VERBS: readonly string[] = [
  ...['says', 'said', 'claims', 'claimed', 'suggests', 'suggested', 'estimates', 'estimated'],
  ...['counts', 'counted', 'reports', 'reported', 'puts it at', 'put it at'],
];

/** Number words from one to twelve, the ones a share or a count is often spelled in. */
export const ONE_TO_TWELVE: readonly string[] = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
