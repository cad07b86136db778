// Datelines and bylines in article text:
//   "Brussels 06.01.2022 Anna van Densky The Collective …"   → place, date, author
//   "ALMATY, Jan 6 (Reuters) - …", "SEOUL, South Korea -- …", "SEOUL – …" → place
//   "Almaty [Kazakhstan], January 15 : …"                    → place
//   "Bhubaneshwar (Odisha) [India], June 3 (ANI): …"          → place
//   "Beirut (AFP) - …", "Paris, France (AFP) — …"             → place (an agency in brackets marks it)
//   "Hathras (UP), Jul 2 (PTI) A stampede …"                 → place (a day and an agency mark it)
//   "Herat, MINA – …"                                        → place (a known place and an agency)
//   "Balasore, June 4" or "Khartoum" on a line of its own     → place
//   "Hathras (Uttar Pradesh): In one …"                      → place (a bracketed region marks it)
//   "Bengaluru, India - Landslides …"                        → place (a country or region marks it)
//   "Malang. The …", "Port Moresby: Papua …" (lead paragraph only, see findLeadPlace) → place
//   "By Michelle Ye Hee Lee, Kelly Kasulis Cho and Bryan Pietsch Washington Post" → authors
import { MONTH_NAME, parseDateText } from '../util/dates';
import { PLACE_NAME_PARTICLES, titleCasePlace } from '../util/text';
import { findPlaces, mainCountry, resolvePlace } from '../../geo/gazetteer';
import { isPhotoCaption } from '../util/photo-caption';

export interface Dateline {
  place: string | null;
  date: string | null;
  author: string | null;
}

const NOT_PLACES = new Set([
  'BREAKING',
  'UPDATE',
  'UPDATED',
  'WATCH',
  'EXCLUSIVE',
  'NOW',
  'LIVE',
  'ANALYSIS',
  'OPINION',
  'EDITORIAL',
  'VIDEO',
  'PHOTOS',
  'PHOTO',
  'NEW',
  'URGENT',
  'FLASH',
  'ALERT',
  'JUST',
  'READ',
  'NOTE',
  'WARNING',
  'REPORT',
  'FACT',
  'CHECK',
  'LISTEN',
  'EXPLAINER',
  'COMMENT',
  'REVIEW',
  'FEATURE',
  'INTERVIEW',
  'THE',
  'A',
  'AN',
  'AND',
  'BUT',
  'NB',
  'PS',
  'FAQ',
  'Q',
  'TV',
  'US',
  'UK',
  'EU',
  'UN',
]);
const STOP_NAME_WORDS = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'As',
  'After',
  'Before',
  'While',
  'When',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'According',
  'Prime',
  'President',
  'Minister',
  'Police',
  'Officials',
  'Authorities',
  'Russia',
  'Russian',
  'Kazakh',
  'Kazakhstan',
  'Following',
  'During',
  'Despite',
  'Amid',
  'Reportedly',
  'Some',
  'More',
  'At',
  'For',
  'Today',
  'Yesterday',
  'On',
  'Thousands',
  'Hundreds',
  'Dozens',
  'Several',
  'Many',
  'Two',
  'Three',
  'Four',
  'Five',
  'Photo',
  'Image',
  'Video',
]);
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'del',
  'della',
  'al',
  'el',
  'bin',
  'ibn',
  'la',
  'le',
  'du',
  'dos',
  'das',
  'ten',
  'ter',
]);

// upper-case letters of any script: "BRASÍLIA", "SÃO PAULO", "Ávila"
const PLACE_WORD = "\\p{Lu}[\\p{L}'’.-]+";
const CAPS_WORD = "\\p{Lu}[\\p{Lu}'’.-]+";

/** "Anna van Densky The Collective…" → "Anna van Densky". */
export function leadingName(text: string): string | null {
  const tokens = text.trim().split(/\s+/).slice(0, 6);
  const name: string[] = [];
  for (const t of tokens) {
    const w = t.replace(/[,;:]$/, '');
    if (STOP_NAME_WORDS.has(w) && name.length) break;
    if (PARTICLES.has(w) && name.length) {
      name.push(w);
      continue;
    }
    if (/^[A-Z][\p{Ll}'’-]+\.?$/u.test(w) || /^[A-Z]\.$/.test(w)) {
      if (STOP_NAME_WORDS.has(w)) break;
      name.push(w);
      if (t !== w) break; // punctuation ended the name
      if (name.filter((n) => !PARTICLES.has(n)).length >= 4) break;
      continue;
    }
    break;
  }
  while (name.length && PARTICLES.has(name[name.length - 1])) name.pop();
  const real = name.filter((n) => !PARTICLES.has(n));
  return real.length >= 2 ? name.join(' ') : null;
}

/**
 * "BREAKING:", "LIVE UPDATES —": a flag word in capitals is no place, unless the words make a place
 * the gazetteer knows ("NEW YORK (AP)", "NEW DELHI (Reuters)", "NEW ORLEANS, La.").
 */
function isHeadlineFlag(words: string[], place: string): boolean {
  const flagged = words.some(
    (w) => NOT_PLACES.has(w.toUpperCase().replace(/[^A-Z]/g, '')) && w === w.toUpperCase(),
  );
  return flagged && !resolvePlace(titleCasePlace(place.split(',')[0]));
}

/** Words that open a date line, never a place: "Monday, June 4 –", "Updated, June 4, 2023". */
const DATE_LINE_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'published',
  'updated',
  'posted',
  'modified',
  'last',
  'today',
  'yesterday',
]);

function okPlace(raw: string): string | null {
  // "MAKKAH. KAZINFORM: …": a full stop after a word (not an abbreviation such as "ST.") ends the place
  const place = raw
    .trim()
    .replace(/(\p{L}{3,})\.(?:\s.*)?$/u, '$1')
    .replace(/[,\s]+$/, '');
  const words = place.split(/\s+/);
  if (!place || words.length > 4 || isHeadlineFlag(words, place)) return null;
  if (DATE_LINE_WORDS.has(words[0].toLowerCase())) return null;
  // "The Associated Press, Aug. 13, 2007" is an outlet's credit line, not a dateline; nor is a
  // section label before one ("World Reuters Nov 03, 2019")
  if (outletByline(place) || words.some((w) => outletByline(w))) return null;
  return titleCasePlace(place);
}

/** A capitalised name word, maybe abbreviated: "Raman", "Jr.". */
const NAME_WORD = `[A-Z][\\p{Ll}'’-]+\\.?`;
const PARTICLE = [...PARTICLES].join('|');
/** Two to five name words before the first all-capitals word. */
const NAME_BEFORE_CAPS_RE = new RegExp(
  `^((?:${NAME_WORD}|${PARTICLE})(?:\\s+(?:${NAME_WORD}|[A-Z]\\.|${PARTICLE})){1,4})` +
    `\\s+(?=[A-Z]{2}[A-Z'’.-]*\\b)`,
  'u',
);

/**
 * "Meera Srinivasan COLOMBO, April 21 — …": a byline run into an upper-case dateline (a story's meta
 * line flattened to one line). The mixed-case name before the first all-capitals word is the author,
 * the rest is read as a dateline on its own. Names that are places ("Cape Town SOUTH AFRICA") are not
 * taken as bylines.
 */
function bylineThenDateline(p: string): Dateline | null {
  const m = NAME_BEFORE_CAPS_RE.exec(p);
  if (!m) return null;
  const name = leadingName(m[1]);
  if (!name || name !== m[1].trim() || resolvePlace(name)) return null;
  const rest = findDateline(p.slice(m[0].length));
  if (!rest?.place) return null;
  return { ...rest, author: rest.author ?? name };
}

/** One way a dateline opens a paragraph: the pattern that finds it and the dateline a match gives. */
interface DatelineForm {
  name: string;
  examples: { text: string; place: string }[];
  pattern: RegExp;
  /** The dateline of a match, or null when what stands in the place's position is no place. */
  read(m: RegExpExecArray): Dateline | null;
}

/** One to three place words: "Almaty", "New York", "Rio de Janeiro". */
const PLACE_PHRASE = `${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,2}`;
/** A printed day: "06.01.2022", "6 January 2022", "January 6, 2022". */
const DAY_FORMS = [
  `\\d{1,2}[./]\\d{1,2}[./]\\d{4}`,
  `\\d{1,2}\\s+${MONTH_NAME}\\.?\\s+\\d{4}`,
  `${MONTH_NAME}\\.?\\s+\\d{1,2},?\\s+\\d{4}`,
];
/**
 * A bracketed agency of one to three words without digits: "(AFP)", "(dpa)", "(Thomson Reuters)";
 * or the publishing site's own domain, which small sites print where an agency would stand
 * ("(diplomat.so)", "(news-hub.co.ke)").
 */
const AGENCY =
  `\\((?:(?:[A-Z][A-Za-z.&'’-]*|dpa)(?:[\\s/-]+[A-Z][A-Za-z.&'’-]*){0,2}` +
  `|[a-z][a-z-]*(?:\\.[a-z]{2,6}){1,2})\\)`;

function placeOnly(m: RegExpExecArray): Dateline | null {
  const place = okPlace(m[1]);
  return place ? { place, date: null, author: null } : null;
}

const PLACE_AND_DAY: DatelineForm = {
  name: 'place and printed day, then the author',
  examples: [
    {
      text: 'Brussels 06.01.2022 Anna van Densky The Collective …',
      place: 'Brussels',
    },
    {
      text: 'Brussels, 6 January 2022 – The Commission said …',
      place: 'Brussels',
    },
    { text: 'Morbi (Gujarat), October 31, 2022', place: 'Morbi' },
  ],
  // the place's state or region may follow in round brackets: "Morbi (Gujarat), October 31, 2022"
  pattern: new RegExp(
    `^(${PLACE_PHRASE})(?:\\s*\\([^()\\d]{2,30}\\))?,?\\s+(${DAY_FORMS.join('|')})\\s*[-–—:,]?\\s*(.*)$`,
    'u',
  ),
  read(m) {
    const place = okPlace(m[1]);
    if (!place) return null;
    return {
      place,
      date: parseDateText(m[2])?.day ?? null,
      author: leadingName(m[3]),
    };
  },
};

/** A state or region in round brackets after the place: "(Odisha)", "(UP)", "(Uttar Pradesh)". */
const BRACKETED_REGION = String.raw`\([^()\d]{2,30}\)`;
/** A month and day: "June 3", "Jul. 2". */
const MONTH_DAY = `${MONTH_NAME}\\.?\\s+\\d{1,2}`;
/** A day as a dateline prints it, maybe with its year: "Jan 6", "Jan. 6, 2022", "4 October 2005". */
const MONTH_DAY_OR_DAY_MONTH = `${MONTH_DAY}(?:,\\s*\\d{4})?|\\d{1,2}\\s+${MONTH_NAME}\\.?(?:,?\\s+\\d{4})?`;
/** Where the lead-in ends and the story begins: a dash or colon, or none before a capital. */
const STORY_STARTS = String.raw`\s*(?:\.?(?:[-–—]{1,2}|:)\s*)?(?=["“‘']?\p{Lu})`;

const PLACE_AND_BRACKETED_COUNTRY: DatelineForm = {
  name: 'place and its country in square brackets',
  examples: [
    {
      text: 'Almaty [Kazakhstan], January 15 : Protesters gathered …',
      place: 'Almaty',
    },
    {
      text: 'Bhubaneshwar (Odisha) [India], June 3 (ANI): Odisha Chief Secretary said …',
      place: 'Bhubaneshwar',
    },
  ],
  pattern: new RegExp(
    `^(${PLACE_PHRASE})\\s*(?:${BRACKETED_REGION}\\s*)?\\[[^\\]]{2,40}\\]\\s*,?\\s*` +
      `(?:(${MONTH_DAY}(?:,?\\s+\\d{4})?)\\s*)?(?:${AGENCY}\\s*)?[-–—:]`,
    'u',
  ),
  read: placeOnly,
};

const CAPITALS_PLACE: DatelineForm = {
  name: 'place in capitals, then a dash or colon',
  examples: [
    { text: 'ALMATY, Jan 6 (Reuters) - Protesters stormed …', place: 'Almaty' },
    { text: 'SEOUL, South Korea -- Crowds surged …', place: 'Seoul' },
    { text: 'SEOUL – Crowds surged …', place: 'Seoul' },
    { text: 'ST. LOUIS (AP) — Police said …', place: 'St. Louis' },
    { text: 'BRASÍLIA – At least 132 people were killed …', place: 'Brasília' },
    {
      text: 'RIO DE JANEIRO (Reuters) -More than 60 bodies …',
      place: 'Rio de Janeiro',
    },
    { text: 'CEBU CITY—The death toll rose …', place: 'Cebu City' },
    { text: 'MANILA—Rescuers searched …', place: 'Manila' },
    { text: 'BOGO CITY, Cebu—At least 30 people died …', place: 'Bogo City' },
    { text: 'SKOPJE, March 16 (Reuters) – A fire killed …', place: 'Skopje' },
    {
      text: 'HARARE, October 17. /TASS/. The death toll rose …',
      place: 'Harare',
    },
    { text: 'MOSCOW, March 3. /TASS/. Rescuers found …', place: 'Moscow' },
    { text: 'KYIV, May 2. /TASS/. Two people died …', place: 'Kyiv' },
    {
      text: 'PORTO ALEGRE, Brazil, May 5, 2024 (BSS/AFP) - The toll rose …',
      place: 'Porto Alegre',
    },
    {
      text: 'NEW DELHI, India (AP) _ More than 100 people …',
      place: 'New Delhi',
    },
    { text: 'ABUJA. – More than 100 people have drowned …', place: 'Abuja' },
    {
      text: 'DATIYA, India, 4 October 2005 — At least 18 people were killed …',
      place: 'Datiya',
    },
    { text: 'DUBAI, 12 March — Rescuers pulled …', place: 'Dubai' },
    { text: "SANA'A // Yemen's security forces fired …", place: "Sana'a" },
    { text: 'ABU DHABI // Two workers died …', place: 'Abu Dhabi' },
  ],
  pattern: new RegExp(
    `^(${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3})(?:,\\s*(?:${PLACE_PHRASE}))?` +
      `(?:,\\s*(?:${MONTH_DAY_OR_DAY_MONTH}))?\\s*` +
      // TASS closes the day with a stop and sets its name between slashes: "HARARE, October 17. /TASS/."
      `(?:\\.\\s*\\/[A-Z]{2,12}\\/\\.?\\s+(?=["“‘']?\\p{Lu})|` +
      // wire copy may run the story into the dash after its agency: "(Reuters) -More than …"
      `\\([^)]{1,40}\\)\\s*[-–—]{1,2}(?=["“‘']?\\p{Lu})|` +
      // Philippine and Latin American papers glue an em or en dash to both: "CEBU CITY—The toll …"
      `[—–](?=["“‘']?\\p{Lu}\\p{Ll})|` +
      // archived AP copy types the dash as an underscore: "NEW DELHI, India (AP) _ More than …"
      // The National sets two slashes after the place: "SANA'A // Yemen's forces …"
      `(?:\\([^)]{1,40}\\))?\\s*(?:[-–—]{1,2}|_|:(?=\\s)|\\/\\/)\\s+\\S)`,
    'u',
  ),
  // three capitals in a row, so a two-letter abbreviation ("UN –", "AP –") makes no dateline
  read: (m) => (/\p{Lu}{3,}/u.test(m[1]) ? placeOnly(m) : null),
};

/** The day a dateline's bracketed credit carries: "(UrduPoint / Sputnik - 04th April, 2020)". */
function creditDay(credit: string): string | null {
  return /\d{4}/.test(credit) ? (parseDateText(credit)?.day ?? null) : null;
}

const CAPITALS_PLACE_AND_DATED_CREDIT: DatelineForm = {
  name: 'place in capitals, then a bracketed credit with the day, the story run on after it',
  examples: [
    {
      text: 'MOSCOW (UrduPoint News / Sputnik - 04th April, 2020) One person has been confirmed …',
      place: 'Moscow',
    },
    {
      text: 'MOSCOW, (UrduPoint / Pakistan Point News - 20th Sep, 2023 ) :At least four people …',
      place: 'Moscow',
    },
    {
      text: 'LAGOS, Nigeria (NAN - May 2, 2020) Police said …',
      place: 'Lagos',
    },
  ],
  pattern: new RegExp(
    `^(${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3})(?:,\\s*${PLACE_PHRASE})?,?\\s*\\(([^()]{2,80}\\d{4}\\s*)\\)` +
      `\\s*(?::\\s*)?(?=["“‘']?\\p{Lu}\\p{Ll})`,
    'u',
  ),
  read(m) {
    const dateline = /\p{Lu}{3,}/u.test(m[1]) ? placeOnly(m) : null;
    return dateline && { ...dateline, date: creditDay(m[2]) };
  },
};

const BRACKETED_CAPITALS_PLACE: DatelineForm = {
  name: 'place in capitals inside round brackets, then a dash',
  examples: [
    {
      text: '(LAGOS, Nigeria) — An overturned oil tanker exploded …',
      place: 'Lagos',
    },
    {
      text: '(NEW DELHI) - Rescuers reached the villages …',
      place: 'New Delhi',
    },
  ],
  pattern: new RegExp(
    `^\\((${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3})(?:,\\s*${PLACE_PHRASE})?\\)` +
      `\\s*[-–—]{1,2}\\s*(?=["“‘']?\\p{Lu})`,
    'u',
  ),
  read: (m) => (/\p{Lu}{3,}/u.test(m[1]) ? placeOnly(m) : null),
};

const CAPITALS_PLACE_AGENCY_DAY: DatelineForm = {
  name: 'place in capitals, its agency and the day, on a line of its own',
  examples: [{ text: 'GUWAHATI, India (AFP) Oct 11, 2004', place: 'Guwahati' }],
  pattern: new RegExp(
    `^(${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3})(?:,\\s*${PLACE_PHRASE})?\\s*${AGENCY}\\s*` +
      `(${MONTH_NAME}\\.?\\s+\\d{1,2},?\\s+\\d{4})$`,
    'u',
  ),
  read(m) {
    const dateline = /\p{Lu}{3,}/u.test(m[1]) ? placeOnly(m) : null;
    return dateline && { ...dateline, date: parseDateText(m[2])?.day ?? null };
  },
};

const MIXED_CASE_PLACE_DAY_AGENCY: DatelineForm = {
  name: 'place in mixed case, marked by a day and a bracketed agency',
  examples: [
    { text: 'Seoul, Oct 29 (Reuters) - Crowds surged …', place: 'Seoul' },
    {
      text: 'Hathras (UP), Jul 2 (PTI) A stampede at a congregation …',
      place: 'Hathras',
    },
    { text: 'New Delhi, July 2 (IANS): The toll rose …', place: 'New Delhi' },
    { text: 'San José, Dec 5 (EFE).- Rescuers reached …', place: 'San José' },
  ],
  // PTI and IANS copy runs the story on after the agency with no dash
  pattern: new RegExp(
    `^(${PLACE_PHRASE})\\s*(?:${BRACKETED_REGION})?,\\s*${MONTH_DAY}\\s*\\([^)]{1,40}\\)${STORY_STARTS}`,
    'u',
  ),
  read: placeOnly,
};

const MIXED_CASE_PLACE_AGENCY: DatelineForm = {
  name: 'place in mixed case, marked by a bracketed agency and a dash',
  examples: [
    { text: 'Beirut (AFP) - Rescuers searched …', place: 'Beirut' },
    { text: 'Paris, France (AFP) — Police said …', place: 'Paris' },
    {
      text: 'Port-Au-Prince (diplomat.so) - The government condemned …',
      place: 'Port-Au-Prince',
    },
    { text: 'Nairobi (news-hub.co.ke) – Floods swept …', place: 'Nairobi' },
    { text: 'Lagos (dailysite.com) — Police said …', place: 'Lagos' },
    { text: 'Caracas, Venezuela (EFE).- Police said …', place: 'Caracas' },
    { text: 'Maiduguri (Nigeria) (AFP) - Gunmen killed …', place: 'Maiduguri' },
  ],
  pattern: new RegExp(
    `^(${PLACE_PHRASE})(?:,\\s*${PLACE_PHRASE})?\\s*(?:${BRACKETED_REGION}\\s*)?${AGENCY}` +
      // EFE closes its agency with a stop before the dash: "Caracas, Venezuela (EFE).- …"
      `\\.?\\s*[-–—]{1,2}\\s*(?=["“‘']?\\p{Lu})`,
    'u',
  ),
  read: placeOnly,
};

const PLACE_AND_AGENCY_WORD: DatelineForm = {
  name: 'a known place in mixed case, its agency in capitals after a comma, then a dash',
  examples: [
    {
      text: 'Herat, MINA – The death toll from the earthquake rose …',
      place: 'Herat',
    },
    { text: 'Tehran, IRNA - Rescuers reached the villages …', place: 'Tehran' },
  ],
  pattern: new RegExp(`^(${PLACE_PHRASE}),\\s*[A-Z]{2,8}\\s*[-–—]{1,2}\\s+(?=["“‘']?\\p{Lu})`, 'u'),
  // an unbracketed word in capitals may be no agency ("Officials, NATO – …"): the place must be known
  read: (m) => (resolvePlace(m[1]) ? placeOnly(m) : null),
};

const PLACE_AND_DAY_ALONE: DatelineForm = {
  name: 'place and a day without a year, on a line of its own or before a dash or colon',
  examples: [
    { text: 'Balasore, June 4', place: 'Balasore' },
    { text: 'Kandy (Sri Lanka), March 3:', place: 'Kandy' },
    {
      text: 'Tromsø, Feb. 12 — Avalanche warnings were raised …',
      place: 'Tromsø',
    },
  ],
  pattern: new RegExp(
    `^(${PLACE_PHRASE})\\s*(?:${BRACKETED_REGION})?,\\s*${MONTH_DAY}` +
      String.raw`\s*(?:$|[-–—:]$|(?:[-–—]{1,2}|:)\s+(?=["“‘']?\p{Lu}))`,
    'u',
  ),
  read: placeOnly,
};

/**
 * A region, or a country by its own name or another name of two words or more: "Uttar Pradesh",
 * "India", "Czech Republic" (not the nationality "Indian").
 */
function isRegionName(words: string): boolean {
  const place = resolvePlace(words);
  if (place?.kind === 'country')
    return place.name.toLowerCase() === words.toLowerCase() || /\s/.test(words.trim());
  return place?.kind === 'region';
}

/** The kind of region a dateline may name after the region: "Kaduna state", "Sindh province". */
const REGION_KIND = String.raw`(?:\s+(?:state|province|region|district|county|governorate))?`;

const PLACE_AND_REGION_IN_BRACKETS: DatelineForm = {
  name: 'place in mixed case, marked by its region in brackets and a colon or dash',
  examples: [
    {
      text: 'Hathras (Uttar Pradesh): In one of the worst tragedies …',
      place: 'Hathras',
    },
    { text: 'Pune (Maharashtra) – Heavy rain flooded …', place: 'Pune' },
  ],
  pattern: new RegExp(
    `^(${PLACE_PHRASE})\\s*\\(([^()\\d]{2,30})\\)\\s*(?:[-–—]{1,2}|:)\\s+(?=["“‘']?\\p{Lu})`,
    'u',
  ),
  read: (m) => (isRegionName(m[2]) ? placeOnly(m) : null),
};

const PLACE_AND_REGION_DASH: DatelineForm = {
  name: 'place in mixed case, marked by its country or region and a spaced dash',
  examples: [
    {
      text: 'Bengaluru, India - Landslides in India triggered by rains struck …',
      place: 'Bengaluru',
    },
    {
      text: 'Kerrville, Texas — Crews searched the river banks …',
      place: 'Kerrville',
    },
    {
      text: 'Prague, Czech Republic – A student opened fire …',
      place: 'Prague',
    },
    {
      text: 'Tudun Biri, Kaduna state - Many villagers are feared dead …',
      place: 'Tudun Biri',
    },
  ],
  pattern: new RegExp(
    `^(${PLACE_PHRASE}),\\s*(${PLACE_PHRASE}${REGION_KIND})\\s+[-–—]{1,2}\\s+(?=["“‘']?\\p{Lu})`,
    'u',
  ),
  // "Kenya, Uganda – …" names two countries, not a town and its country
  read: (m) => (isRegionName(m[2]) && resolvePlace(m[1])?.kind !== 'country' ? placeOnly(m) : null),
};

const CAPITALS_PLACE_AND_REGION: DatelineForm = {
  name: 'place in capitals and its region, the story run on without a dash (print editions)',
  examples: [
    {
      text: 'HUNTINGTON, Utah A cave-in killed three miners …',
      place: 'Huntington',
    },
    {
      text: 'MAIDUGURI, Nigeria Gunmen killed 12 people …',
      place: 'Maiduguri',
    },
    {
      text: 'BATON ROUGE, Louisiana Floodwaters rose overnight …',
      place: 'Baton Rouge',
    },
  ],
  // the region in mixed case, shortest first, then the story's first capitalised word
  pattern: new RegExp(
    `^(${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3}),\\s*(${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,2}?)` +
      `\\s+(?=["“‘']?\\p{Lu})`,
    'u',
  ),
  read: (m) => (/\p{Lu}{3,}/u.test(m[1]) && isRegionName(m[2]) ? placeOnly(m) : null),
};

const PLACE_REGION_AND_CREDIT: DatelineForm = {
  name: 'place and its country, then a bracketed credit that may hold the day, then a colon or dash',
  examples: [
    {
      text: 'Kano, Nigeria, (UrduPoint / Pakistan Point News - APP - 15th Jul, 2019 ) :About 300 …',
      place: 'Kano',
    },
    {
      text: 'Islamabad, Pakistan, (APP - 3rd Mar, 2021 ) : The cabinet …',
      place: 'Islamabad',
    },
    {
      text: 'Lagos, Nigeria (NAN, May 2, 2020) - Police said …',
      place: 'Lagos',
    },
  ],
  pattern: new RegExp(
    `^(${PLACE_PHRASE}),\\s*(${PLACE_PHRASE}),?\\s*\\(([^()]{2,80})\\)\\s*(?:[-–—]{1,2}|:)\\s*` +
      `(?=["“‘']?\\p{Lu})`,
    'u',
  ),
  read(m) {
    const ok = isRegionName(m[2]) && resolvePlace(m[1])?.kind !== 'country';
    const place = ok ? okPlace(m[1]) : null;
    return place ? { place, date: creditDay(m[3]), author: null } : null;
  },
};

const CITY_GLUED_TO_DASH: DatelineForm = {
  name: 'a known city in mixed case, glued to an em or en dash and the story',
  examples: [
    { text: 'Cebu City—Rescuers searched the rubble …', place: 'Cebu City' },
    { text: 'Manila–The death toll rose …', place: 'Manila' },
    { text: 'Bogo, Cebu—At least 30 people died …', place: 'Bogo' },
    { text: 'Skopje—“We have no words,” the minister said …', place: 'Skopje' },
  ],
  pattern: new RegExp(
    `^(${PLACE_PHRASE})(?:,\\s*${PLACE_PHRASE})?[—–](?=["“‘']?\\p{Lu}\\p{Ll})`,
    'u',
  ),
  // a headline may glue a dash to a name too ("Marcos—The man …"): the place must be a known city
  read: (m) => (resolvePlace(m[1])?.kind === 'city' ? placeOnly(m) : null),
};

const CITY_GLUED_TO_STORY: DatelineForm = {
  name: "a known city glued to the story's first word",
  examples: [
    {
      text: 'BarcelonaAt least 59 people died and 155 were injured …',
      place: 'Barcelona',
    },
  ],
  pattern: /^((?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+)(?=\p{Lu}\p{Ll}*\s)/u,
  read: (m) => (resolvePlace(m[1])?.kind === 'city' ? placeOnly(m) : null),
};

const CITY_ALONE: DatelineForm = {
  name: 'a city the gazetteer knows, on a line of its own, maybe closed by a colon or dash',
  examples: [
    { text: 'Khartoum', place: 'Khartoum' },
    { text: 'Port Moresby', place: 'Port Moresby' },
    { text: 'JAKARTA:', place: 'Jakarta' },
  ],
  pattern: new RegExp(`^(${PLACE_PHRASE})\\s*[:–—]?$`, 'u'),
  // a city only: a lone country or region ("India", "Kerala") is a section label
  read: (m) => (resolvePlace(m[1])?.kind === 'city' ? placeOnly(m) : null),
};

/** How far down a dateline in capitals is looked for: below summary bullets and photo credits. */
const CAPITALS_DEPTH = 12;

/**
 * "STILFONTEIN — More bodies …" as the tenth paragraph, under a headline, summary bullets and a
 * photo credit: a known place in capitals opening a paragraph is the dateline, even below the first
 * paragraphs where the other forms are looked for (deep down, a mixed-case "Paris:" may be a
 * heading; an unknown word in capitals, "RELATED —", may be a page's label).
 */
export function findCapitalsDateline(paragraphs: string[]): string | null {
  for (const p of paragraphs.slice(0, CAPITALS_DEPTH)) {
    const m = CAPITALS_PLACE.pattern.exec(p.trim());
    const place = m && CAPITALS_PLACE.read(m)?.place;
    if (place && resolvePlace(place)) return place;
  }
  return null;
}

/** The forms in the order they are tried: the first that gives a place wins. */
export const DATELINE_FORMS: DatelineForm[] = [
  PLACE_AND_DAY,
  PLACE_AND_BRACKETED_COUNTRY,
  CAPITALS_PLACE,
  CAPITALS_PLACE_AND_DATED_CREDIT,
  BRACKETED_CAPITALS_PLACE,
  CAPITALS_PLACE_AGENCY_DAY,
  MIXED_CASE_PLACE_DAY_AGENCY,
  MIXED_CASE_PLACE_AGENCY,
  PLACE_AND_AGENCY_WORD,
  PLACE_AND_DAY_ALONE,
  PLACE_AND_REGION_IN_BRACKETS,
  PLACE_AND_REGION_DASH,
  CAPITALS_PLACE_AND_REGION,
  PLACE_REGION_AND_CREDIT,
  CITY_GLUED_TO_DASH,
  CITY_GLUED_TO_STORY,
  CITY_ALONE,
];

export function findDateline(paragraph: string): Dateline | null {
  const p = paragraph.trim();
  const bylined = bylineThenDateline(p);
  if (bylined) return bylined;
  for (const form of DATELINE_FORMS) {
    const m = form.pattern.exec(p);
    const dateline = m && form.read(m);
    if (dateline) return dateline;
  }
  return null;
}

/** A lead paragraph long enough to be the story's first paragraph, not a title or a byline. */
const LEAD_MIN = 80;

/** Words a headline in Title Case leaves in lower case. */
const HEADLINE_SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on']);
const HEADLINE_MORE_SMALL_WORDS = ['or', 'the', 'to', 'vs', 'with', 'from', 'after', 'over'];
HEADLINE_MORE_SMALL_WORDS.forEach((w) => HEADLINE_SMALL_WORDS.add(w));

/**
 * A headline the page repeats above its lead, or one taken for a section label: no closing stop and
 * every word but the small ones capitalised ("Maha Kumbh Stampede: Congress Slams BJP, Asks Why Govt
 * Not Revealing Actual Number Of Deaths"). A lead sentence ends with a stop or has lower-case words.
 */
export function isHeadlineShaped(paragraph: string): boolean {
  const text = paragraph.trim();
  if (/[.!?…"”]$/u.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const lower = words.filter(
    (w) => /^\p{Ll}/u.test(w) && !HEADLINE_SMALL_WORDS.has(w.toLowerCase()),
  );
  return words.length >= 4 && lower.length === 0;
}

const CAPITALISED_WORD = String.raw`\p{Lu}[\p{Ll}'’-]+`;
/** Lower-case words inside a place's name: "Rio de Janeiro", "Port of Spain", "Ciudad del Este". */
const NAME_PARTICLE = String.raw`(?:${[...PLACE_NAME_PARTICLES].join('|')})\s+`;
const ONE_OR_TWO_WORDS = String.raw`${CAPITALISED_WORD}(?:\s+(?:${NAME_PARTICLE})?${CAPITALISED_WORD})?`;
/**
 * One or two capitalised words (maybe in Markdown emphasis), maybe with their country or region
 * after a comma, closed by a full stop, a colon or a spaced dash.
 */
const LEAD_PLACE_RE = new RegExp(
  String.raw`^[*_]{0,2}(${ONE_OR_TWO_WORDS})(?:,\s+(${ONE_OR_TWO_WORDS}))?(?:\.|:|\s+(?:[–—]|--?))` +
    String.raw`[*_]{0,2}\s+[*_]{0,2}(?=["“‘']?\p{Lu})`,
  'u',
);

/**
 * The place a lead-in word names: a country only by its own name (a nationality or an alias is no
 * dateline), a city or region, or a district of the country the paragraphs are about ("Wayanad").
 */
function leadInPlace(words: string, paragraphs: string[]): string | null {
  const place = resolvePlace(words);
  if (place) {
    const ownName = place.name.toLowerCase() === words.toLowerCase();
    return place.kind !== 'country' || ownName ? titleCasePlace(words) : null;
  }
  const country = mainCountry(paragraphs.join('\n'));
  const district = country ? findPlaces(words, country)[0] : undefined;
  return district && district.start === 0 && district.end === words.length
    ? titleCasePlace(words)
    : null;
}

/**
 * "Malang. The National Police …", "**Malang.** The …", "Nairobi — A week after …", "Port Moresby:
 * Papua New Guinea's …", "Ahmedabad, India. Search teams …": a place word or two closed by a full
 * stop, a colon or a spaced dash opens the lead paragraph. The first few paragraphs long enough to
 * be the lead (not the title, a photo caption or a summary's bullet) are looked at, and the words must name a known
 * place (not a nationality), followed by its country or region if any ("Kenya, Uganda." names two
 * countries), so "Police. The …", "Meanwhile. The …", "Warning: The …" or "Jena said: …" are not
 * taken.
 */
export function findLeadPlace(paragraphs: string[], title: string | null = null): string | null {
  const leads = paragraphs
    .map((p) => p.trim())
    .filter(
      (p) =>
        p.length >= LEAD_MIN &&
        p !== title?.trim() &&
        !SUMMARY_BULLET.test(p) &&
        !(isPhotoCaption(p) && !LINK_LABEL.test(p)) &&
        !isHeadlineShaped(p),
    );
  const lead = leads.slice(0, LEAD_TRIES).find(readsAsLead);
  return lead ? leadPlace(lead, paragraphs) : null;
}

/**
 * A link's label in brackets closing a paragraph, in words no credit has: "(Latest developments)",
 * "(Watch video)", "(Read more)". A photo credit names people and agencies: "(AP Photo/Rafiq Maqbool)".
 */
const LINK_LABEL = /\(\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)+\)$/u;

/** A summary's bullet point above the lead: "- Several people were killed …", "• Unions have …". */
const SUMMARY_BULLET = /^[-–•·▪*]\s/;

/** A promotion's label in capitals: "CHECK OUT: …", "READ ALSO: …", "PAY ATTENTION: …". */
const PROMO_LABEL = /^(\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}):\s/u;

/**
 * A page's notice to its reader: "We’re sorry, this feature is currently unavailable. We’re working
 * to restore it. Please try again later.", "Sorry, this video has expired", "Please enable
 * JavaScript to view the comments."
 */
const PAGE_NOTICE = /^(?:we['’]re sorry|sorry, this|please (?:try again|enable|note that))\b/i;

/** How many long paragraphs are looked at for the lead. */
const LEAD_TRIES = 4;

/**
 * The lead is a story's sentence: closed by a stop, not a promotion. A photo caption without its
 * credit ("Villagers return to Chhatrapur after the cyclone"), an advertisement ("CHECK OUT: …
 * Enroll Today!") or a page's notice may stand above it.
 */
function readsAsLead(p: string): boolean {
  if (PAGE_NOTICE.test(p)) return false;
  const promo = PROMO_LABEL.exec(p);
  if (promo && !resolvePlace(titleCasePlace(promo[1]))) return false;
  return /[.!?…"”'’)]$/u.test(p);
}

/** The place word or two that open one paragraph, or null. */
function leadPlace(lead: string, paragraphs: string[]): string | null {
  const m = LEAD_PLACE_RE.exec(lead);
  if (!m) return null;
  const [, word, region] = m;
  if (STOP_NAME_WORDS.has(word.split(/\s+/)[0]) || NOT_PLACES.has(word.toUpperCase())) return null;
  if (region && (!isRegionName(region) || resolvePlace(word)?.kind === 'country')) return null;
  return leadInPlace(word, paragraphs);
}

/** News organisations a byline may end with: "By Jane Doe, Associated Press". */
const BYLINE_ORGANISATIONS = [
  'Washington Post',
  'New York Times',
  'Associated Press',
  'Wall Street Journal',
  'Los Angeles Times',
  'Financial Times',
  'Reuters',
  'AFP',
  'AP',
  'Bloomberg',
  'CNN',
  'BBC',
  'Al Jazeera',
  'TASS',
  'Xinhua',
  'Yonhap',
  'Kyodo',
  'Interfax',
  'United Press International',
  'UPI',
  'Agence France-Presse',
];

/** Masthead and desk words a byline may end with, alone or after a word: "Staff", "Daily Post". */
const BYLINE_MASTHEAD_WORDS = [
  'Post',
  'Times',
  'News',
  'Press',
  'Journal',
  'Herald',
  'Tribune',
  'Guardian',
  'Telegraph',
  'Agency',
  'Staff',
  'Correspondent',
  'Reporter',
  'Writer',
];

/** The organisation or masthead that closes a byline, to be cut from the names. */
const ORG_TAIL = new RegExp(
  String.raw`\s+(?:(?:The\s+)?(?:${BYLINE_ORGANISATIONS.join('|')})` +
    String.raw`|(?:[A-Z][a-z]+\s+)?(?:${BYLINE_MASTHEAD_WORDS.join('|')}))$`,
);

/** Credits after the writers that name no writer: "…, Graphics by Chris Essig and Edison Wu". */
const BYLINE_OTHER_CREDITS =
  /[,;]?\s*(?:graphics|photos?|photography|video|illustrations?|additional reporting|editing|edited)\s+by\b.*$/i;

/**
 * What opens a byline: "By", "Written by", "By:", a reprint's "Article by" (aggregators may print it
 * before the source's own "By": "Article by By Mark Stevenson"), or a label ("Reporter: Aung Min").
 */
const BYLINE_OPENING = new RegExp(
  String.raw`^(?:(?:by|written by|words by|(?:article|story) by(?: by)?|von|par|por):?` +
    String.raw`|(?:author|reporter|writer)\s*:)\s+(.{3,200})$`,
  'i',
);

/** A desk's name in place of a writer's: "By Staff Reporter", "By Our Correspondent". */
function isDeskName(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => !/^(?:our|the)$/i.test(w));
  return words.every((w) => BYLINE_MASTHEAD_WORDS.includes(w));
}

/** "By A, B and C Org" → ["A", "B", "C"]; null when the line is not a byline. */
export function parseByline(line: string): string[] | null {
  const m = BYLINE_OPENING.exec(line.trim());
  if (!m) return null;
  let rest = m[1]
    .replace(/\s*[|•·].*$/, '')
    // the agency after a slash or a dash closing the line: "By SAM OLUKOYA / AP", "By Jane Doe -"
    .replace(/\s+\/\s+.*$/, '')
    .replace(/\s*[-–—]+$/, '')
    .replace(/\s+(?:on|updated|published)\s+.*$/i, '')
    // a date or time after a dash: "By AP - 08/07/23 6:55 AM ET", "By Jane Doe — March 3, 2023"
    .replace(/\s+[-–—]\s+(?=.*\d).*$/, '')
    .replace(BYLINE_OTHER_CREDITS, '')
    // a reprint's copyright after the names: "… and Peter Orsi (c) Page One News - Read full story"
    .replace(/\s*(?:\(c\)|©).*$/i, '')
    .trim();
  rest = rest.replace(ORG_TAIL, '').replace(/,\s*$/, '');
  const names = rest
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/)
    .map((n) => n.replace(ORG_TAIL, '').trim())
    .filter((n) => /^[A-Z\p{Lu}]/u.test(n) && n.split(/\s+/).length <= 5 && !isDeskName(n));
  return names.length ? names : null;
}

/**
 * A writer named by a role word opening a paragraph: "(from correspondent Elvira Terranova) – There
 * could be …", "Legit.ng journalist Ridwan Adeola Yusuf has over 9 years' experience …".
 */
const ROLE_BYLINE_RE =
  /^\(?(?:from\s+)?(?:(?:our|the)\s+)?(?:[\p{L}.-]+\s+)?(?:correspondent|journalist|reporter)\s+(.{3,80})/iu;

export function roleByline(paragraph: string): string | null {
  const m = ROLE_BYLINE_RE.exec(paragraph.trim());
  const name = m && leadingName(m[1].replace(/\).*$/, ''));
  return name && !resolvePlace(name) ? name : null;
}

/**
 * The writer's biography in the head, opening with the name and a role at a site: "Amos Khaemba, a
 * journalist at TUKO.co.ke, brings over three years of experience …", "Jane Wanjiru, a senior
 * reporter with the Nation, covers …", "Ali Musa, our correspondent in Kano, reports …".
 */
const BIO_BYLINE_RE = new RegExp(
  String.raw`^([^,]{5,60}),\s+(?:an?|the|our)\s+(?:[\p{L}-]+\s+){0,2}` +
    String.raw`(?:journalist|reporter|correspondent|writer)\s+(?:at|with|for|in)\s`,
  'iu',
);

export function bioByline(paragraph: string): string | null {
  const m = BIO_BYLINE_RE.exec(paragraph.trim());
  const name = m && leadingName(m[1]);
  return name && name === m[1] && !resolvePlace(name) ? name : null;
}

/**
 * A byline glued to the text before it, as flattened pages print it: "Yoon visits site of battery
 * plant fire that killed at least 22By Yonhap", "6 commentsBy: Mithil Aggarwal and Minyvonne Burke".
 */
export function gluedByline(paragraph: string): { before: string; authors: string[] } | null {
  const m = /^(.*[\p{Ll}\d])By:?\s+(\p{Lu}.{2,120})$/u.exec(paragraph.trim());
  const authors = m && parseByline(`By ${m[2]}`);
  return m && authors ? { before: m[1].trim(), authors } : null;
}

export interface MetaLine {
  authors: string[];
  place: string | null;
  date: string | null;
}

/**
 * Short words a date line may hold besides the date: "Published On: Sun, Jul 9th, 2017", "Posted:
 * August 3, 2014 at 3:30 a.m.", "Updated on 4 June 2023".
 */
const DATE_LINE_SMALL_WORDS = /\b(?:on|at)\b|(?<=\d)(?:st|nd|rd|th)\b|\b[ap]\.m\./gi;

/**
 * Text that is only a date and time: "June 10, 2019, 06:24 PM", "Friday 8 January 2021",
 * "2019/11/14 | 18:15".
 */
export function dateOnly(raw: string): string | null {
  // a day written year first with slashes: "2019/11/14 | 18:15"
  const part = raw.replace(/\b(\d{4})\/(\d{2})\/(\d{2})\b/, '$1-$2-$3');
  const d = /\d{4}/.test(part) ? parseDateText(part) : null;
  const rest = part.replace(DATE_LINE_SMALL_WORDS, '');
  return d && rest.replace(/[\d,.:\s]|am|pm|[A-Za-z]{3,9}/gi, '').length <= 3 ? d.day : null;
}

/** A part of a meta line that is a person's name and nothing else (not a place such as "New York"). */
function nameOnly(part: string): string | null {
  const name = leadingName(part);
  return name && name === part && !resolvePlace(name) ? name : null;
}

/**
 * A short line under the headline made only of names, a place and a date, with no "By":
 *   "Tom Ashcroft, Washington"                          → author, place
 *   "Emily Lo | Matthias Ang | June 10, 2019, 06:24 PM" → authors, date
 *   "Jane Doe · 3 March 2023"                           → author, date
 *   "Jane Doe |"                                        → author (the part after the bar was cut)
 * It must name someone and have at least two parts, or end with a separator, so a bare name on its
 * own line is not taken; any part that is not a name, a known place or a date rejects the line.
 */
const MONTH_WORD = new RegExp(`^${MONTH_NAME}\\.?$`, 'i');

/** A word of a date line, not of a name: "Last Updated 12 March 2023", "Monday March 6". */
function isDateWord(word: string): boolean {
  return DATE_LINE_WORDS.has(word.toLowerCase()) || MONTH_WORD.test(word);
}

/** A time of day on its own: "02:18 PM", "18:15", "6.55 a.m. IST". */
const TIME_ONLY = /^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i;

/** How long ago a page says it was posted: "3 minutes ago", "57 seconds ago", "2 hrs ago". */
const TIME_AGO = /^\d+\s+(?:sec|second|min|minute|hr|hour|day)s?\s+ago\b\s*/i;

/**
 * A writer's name and the day in one part, maybe with how long ago between them: "Muhammad Irfan 3
 * minutes ago Mon 15th July 2019", "Jane Doe 12 March 2023". The name goes into `found`.
 */
function nameAndDate(segment: string, found: MetaLine): string | null {
  const name = leadingName(segment);
  if (!name || resolvePlace(name) || name.split(' ').some(isDateWord)) return null;
  const date = dateOnly(segment.slice(name.length).trim().replace(TIME_AGO, ''));
  if (date) found.authors.push(name);
  return date;
}

export function parseMetaLine(line: string): MetaLine | null {
  const text = line.trim();
  if (text.length > 120 || /[.!?]$/.test(text)) return null;
  const found: MetaLine = { authors: [], place: null, date: null };
  const segments = text.split(/\s*[|•·]\s*/);
  // a separator closing the line shows it is a meta line, as a second part would
  let parts = segments.length > 1 && segments[segments.length - 1] === '' ? 1 : 0;
  for (const segment of segments.filter(Boolean)) {
    // the name first: dateOnly lets words through ("Muhammad Irfan … 15th July 2019")
    const named = found.authors.length ? null : nameAndDate(segment, found);
    const date = named ?? dateOnly(segment);
    if (date) {
      found.date = found.date ?? date;
      parts += named ? 2 : 1;
      continue;
    }
    if (TIME_ONLY.test(segment)) {
      parts++;
      continue;
    }
    for (const part of segment.split(/\s*,\s*/)) {
      const name = nameOnly(part);
      // "Jane Doe, Reuters": the names' outlet may follow them
      const isOutlet = found.authors.length > 0 && !!outletByline(part);
      if (name && !found.place) found.authors.push(name);
      else if (!isOutlet && found.authors.length && !found.place && resolvePlace(part))
        found.place = titleCasePlace(part);
      else if (!isOutlet) return null;
      parts++;
    }
  }
  return found.authors.length && parts >= 2 ? found : null;
}

/**
 * An author box near the foot: the writer's name on a line of its own, then a short biography that
 * opens with the name ("Laurence Dollimore" / "Laurence has a BA and MA in …", "Jane Doe" / "Jane Doe
 * is a reporter at …"). A name line followed by anything else is not taken.
 */
function authorBox(paragraphs: string[]): string | null {
  const start = Math.max(0, paragraphs.length - 6);
  for (let i = paragraphs.length - 2; i >= start; i--) {
    const line = paragraphs[i].trim();
    const name = line.length <= 40 ? leadingName(line) : null;
    if (!name || name !== line || name.split(/\s+/).length < 2 || resolvePlace(name)) continue;
    const first = name.split(/\s+/)[0];
    const bio = paragraphs[i + 1].trim();
    if (bio.startsWith(`${name} `) || new RegExp(`^${first}\\s+\\p{Ll}`, 'u').test(bio))
      return name;
  }
  return null;
}

/** A news organisation's name alone on a line under the headline: its byline ("Al Jazeera"). */
export function outletByline(line: string): string | null {
  // "The Associated Press" as printed; otherwise the organisation's own spelling
  const text = line.trim();
  const name = text.replace(/^the\s+/i, '').toLowerCase();
  const outlet = BYLINE_ORGANISATIONS.find((o) => o.toLowerCase() === name);
  return outlet && name !== text.toLowerCase() ? text : (outlet ?? null);
}

/**
 * An outlet's name, maybe with "The" and in brackets, maybe after the page's section label ("World
 * Reuters Nov 03, 2019"), a separator, then text with a year.
 */
const OUTLET_DATE_LINE_RE = new RegExp(
  String.raw`^(?:(?!the\s)[A-Z][a-z]+\s+)?\(?((?:the\s+)?(?:${BYLINE_ORGANISATIONS.join('|')}))\)?` +
    String.raw`\s*[,|·•-]?\s+(.*\d{4}.*)$`,
  'i',
);

/**
 * An outlet's name and the day on one line under the headline, the name maybe in brackets:
 * "AFP , Wednesday 16 Oct 2013", "(Xinhua) 15:58, October 21, 2023", "Reuters | March 3, 2023",
 * "The Associated Press, Aug. 13, 2007", "World Reuters Nov 03, 2019 02:10:30 IST".
 */
export function outletDateLine(line: string): { author: string; date: string } | null {
  const m = OUTLET_DATE_LINE_RE.exec(line.trim());
  const author = m && outletByline(m[1]);
  const date = m && m[2].length <= 40 ? dateOnly(m[2]) : null;
  return author && date ? { author, date } : null;
}

/**
 * A wire credit on its own line among the last paragraphs: the writer and the outlet ("Ashwini
 * Bhatia, The Associated Press", "Jane Doe, Reuters"), else the outlet alone ("The Associated
 * Press", "AFP"). A reprint's own name below it ("The Canadian Press") is no outlet a wire names.
 */
function footCredit(tail: string[]): string | null {
  const lines = tail.map((p) => p.trim()).filter((p) => p.length <= 60);
  for (const line of lines) {
    const [name, outlet, ...rest] = line.split(/\s*,\s*/);
    if (!rest.length && outlet && outletByline(outlet) && nameOnly(name)) return name;
  }
  return lines.map(outletByline).find((o) => o) ?? null;
}

/** A byline closing the story, with a reprint's credit after the names ("… (c) Page One News"). */
const FOOT_BYLINE_MAX = 160;

/** A copyright notice closing a page: "© MMI The Associated Press. All Rights Reserved." */
const COPYRIGHT_LINE = /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b/i;

/**
 * Wire credit lines at the foot of a story: "(Reporting by A and B in Nairobi; Writing by C; Editing
 * by D)", or a "By A" line that closes the story. Returns the reporters ("Reporting by", else
 * "Writing by"); editors and "additional reporting" contributors are not authors. Only the last
 * paragraphs are searched.
 */
export function findCreditAuthors(paragraphs: string[]): string[] {
  const boxed = authorBox(paragraphs);
  if (boxed) return [boxed];
  const tail = paragraphs
    .slice(-4)
    .reverse()
    .filter((p) => !COPYRIGHT_LINE.test(p));
  // "By Naila Huseynova" as the story's last line (above any copyright line): a byline moved to the foot
  const last = tail[0]?.trim() ?? '';
  const foot =
    last.length <= FOOT_BYLINE_MAX ? parseByline(last)?.filter((n) => leadingName(n) === n) : null;
  if (foot?.length) return foot;
  const credit = footCredit(tail) ?? gluedCredit(tail);
  return credit ? [credit] : reportingCredit(tail);
}

/** "(Reporting by A and B in Nairobi; Writing by C; Editing by D)": the reporters, else the writers. */
function reportingCredit(tail: string[]): string[] {
  for (const role of ['report(?:ing|ed)', 'writ(?:ing|ten)']) {
    const re = new RegExp(`(?:^|[(;]\\s*)(?<!additional\\s)${role}\\s+by\\s+([^;()]{3,200})`, 'i');
    for (const p of tail) {
      const m = re.exec(p.trim());
      if (!m) continue;
      const names = m[1]
        .split(/\s*,\s*|\s+and\s+|\s*&\s*/)
        .map((n) => leadingName(n.replace(/\s+in\s+\p{Lu}.*$/u, '').trim()))
        .filter((n): n is string => !!n);
      if (names.length) return names;
    }
  }
  return [];
}

/** An outlet's name after a dash closing the last sentence: "… on Nigerian waterways. – Reuters". */
const GLUED_CREDIT_RE = /[.!?"”’]\s*[–—-]{1,2}\s*\(?([\p{L}][\p{L}.&' -]{1,40}?)\)?$/u;

/**
 * A wire credit run on after the story's last sentence, as reprints print it: "… waterways. –
 * Reuters", "… in the southern city of Volgograd. — AFP". Only an outlet a wire names is taken.
 */
function gluedCredit(tail: string[]): string | null {
  for (const p of tail) {
    const m = GLUED_CREDIT_RE.exec(p.trim());
    const outlet = m && outletByline(m[1].trim());
    if (outlet) return outlet;
  }
  return null;
}
