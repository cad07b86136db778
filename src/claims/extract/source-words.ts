// Words the attribution pass reads a source with, as data: a new word is a one-line change here.

/**
 * Nouns of speakers that may follow a verb in the inverted order ("…, said a police spokesman",
 * "…, said residents"). A lower-case phrase after the verb with none of them is the verb's object,
 * not its subject: "X, the interior minister, acknowledged the tragic loss of life".
 */
export const SPEAKER_HEADS: readonly string[] = [
  ...['official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'minister'],
  ...['ministry', 'police', 'authorities', 'authority', 'agency', 'office', 'department'],
  ...['government', 'governor', 'mayor', 'chief', 'head', 'director', 'commander', 'officer'],
  ...['officers', 'source', 'sources', 'witness', 'witnesses', 'resident', 'residents'],
  ...['doctor', 'doctors', 'medic', 'medics', 'rescuer', 'rescuers', 'survivor', 'survivors'],
  ...['organiser', 'organisers', 'organizer', 'organizers', 'reporter', 'reporters'],
  ...['correspondent', 'journalist', 'journalists', 'expert', 'experts', 'activist', 'activists'],
  ...['lawyer', 'lawyers', 'group', 'groups', 'committee', 'council', 'service', 'services'],
  ...['media', 'television', 'tv', 'radio', 'agency', 'newspaper', 'broadcaster', 'channel'],
  ...['report', 'reports', 'statement', 'military', 'army', 'forces', 'troops', 'prosecutor'],
  ...['prosecutors', 'investigators', 'relatives', 'family', 'families', 'hospital', 'staff'],
  ...['coroner', 'sheriff', 'commissioner', 'president', 'secretary', 'representative', 'leader'],
  ...['leaders', 'member', 'members', 'monitor', 'observatory', 'union', 'unions', 'people'],
  ...['attorney', 'general'],
];

/** Courtesy titles before a surname: "Mr Ronda" is the Pascoal Ronda named before. */
export const HONORIFICS: readonly string[] = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof'];

/**
 * Adjectives that make "reports", "claims", "posts" a noun, not a verb: "with unverified reports
 * suggesting 60", "unofficial claims". (The pass also knows "unconfirmed", "local", "news" …;
 * not "police" nor "official", that say or put a figure themselves: "Police put turnout at 17,000".)
 */
export const REPORT_NOUN_ADJECTIVES: readonly string[] = [
  ...['unverified', 'unofficial', 'anecdotal', 'online', 'press', 'preliminary', 'latest'],
  ...['further', 'similar', 'varying', 'provisional', 'final', 'new', 'interim', 'updated'],
];

/**
 * Nouns of second-hand accounts that "with" or "amid" introduces as a source: "with unverified
 * reports suggesting up to 60", "amid social media posts claiming 100".
 */
export const ACCOUNT_NOUNS: readonly string[] = [
  ...['report', 'reports', 'post', 'posts', 'claim', 'claims', 'account', 'accounts'],
  ...['estimate', 'estimates', 'figure', 'figures', 'rumour', 'rumours', 'rumor', 'rumors'],
];

/**
 * Words that make a capitalised audience of "told" a news outlet: "told Reuters", "told the
 * Associated Press", "told Al Jazeera", "told The New York Times". The outlet carries the words on.
 */
export const OUTLET_NAMES: readonly string[] = [
  ...['Reuters', 'AFP', 'AP', 'Bloomberg', 'Xinhua', 'TASS', 'Interfax', 'RIA', 'Yonhap', 'Kyodo'],
  ...['Bernama', 'Anadolu', 'BBC', 'CNN', 'NBC', 'ABC', 'CBS', 'NPR', 'Al Jazeera', 'Euronews'],
  ...['Agence France-Presse', 'Agence France Presse', 'Associated Press', 'Deutsche Welle', 'DW'],
];
export const OUTLET_WORDS: readonly string[] = [
  ...['Press', 'News', 'Times', 'Post', 'Agency', 'TV', 'Radio', 'Television', 'Journal'],
  ...['Herald', 'Tribune', 'Guardian', 'Telegraph', 'Gazette', 'Broadcasting', 'Daily', 'Channel'],
];

/**
 * Abbreviated titles whose dot ends no phrase: "according to state Gov. Claudio Castro", "said
 * Sen. Ana Ruiz", "per Insp. Gen. Musa Adamu". A source read up to a full stop reads past them.
 */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  ...['Gov', 'Sen', 'Rep', 'Dr', 'Gen', 'Col', 'Lt', 'Sgt', 'Capt', 'Cpl', 'Maj', 'Brig', 'Adm'],
  ...['Cmdr', 'Supt', 'Insp', 'Det', 'Prof', 'Mr', 'Mrs', 'Ms', 'Pres', 'Atty', 'Hon', 'Rev'],
  ...['Amb', 'Cllr', 'Lt-Gen', 'Maj-Gen', 'St', 'Mt', 'Jr', 'Sr', 'No'],
];

/** Counts before a speakers' noun that are no part of who speaks: "A number of witnesses told …". */
export const SPEAKER_COUNTS: readonly string[] = [
  ...['number', 'handful', 'couple', 'group', 'dozens', 'scores', 'hundreds', 'thousands'],
];

/** Kinds of non-governmental body that a text refers back to with a word of what they do. */
export const GROUP_KINDS: readonly string[] = [
  ...['group', 'organisation', 'organization', 'ngo', 'charity', 'watchdog', 'monitor'],
  ...['network', 'coalition', 'alliance', 'union', 'association', 'agency', 'body'],
];

/** Words of a government body's name: "the rights group" never refers back to one of them. */
export const GOVERNMENT_WORDS: readonly string[] = [
  ...['ministry', 'minister', 'police', 'government', 'office', 'department', 'authorities'],
  ...['army', 'military', 'forces', 'governor', 'mayor', 'president', 'prosecutor', 'state'],
  ...['county', 'province', 'city', 'municipality', 'directorate'],
];

/** An outlet's kind that its name follows: "told Radio Dabanga", "told Radio Free Asia", "told Channel News Asia". */
export const OUTLET_LEADING_WORDS: readonly string[] = ['Radio', 'Television', 'Channel', 'Agence'];

/** Heads of a role a person holds, singular: "the governor", "a top police official", "the prefect". */
export const ROLE_HEADS: readonly string[] = [
  ...['governor', 'minister', 'official', 'officer', 'chief', 'prefect', 'spokesman', 'mayor'],
  ...['spokeswoman', 'spokesperson', 'commissioner', 'president', 'director', 'commander'],
  ...['sheriff', 'secretary', 'administrator', 'superintendent', 'inspector', 'premier'],
  ...['prosecutor', 'coroner'],
  // "the attorney general", "the secretary general"
  'general',
];
/** Role heads that say only that a person holds some office: any titled person may be "a top official". */
export const GENERIC_ROLE_HEADS: readonly string[] = ['official', 'officer'];
/**
 * Words of a title before a name, lower case: "Interior Minister Pascoal Ronda", "Rajkot Range
 * Inspector General of Police Ashok Yadav", "Vice Governor Ekuka Lipopo". A name ends the run.
 */
export const TITLE_WORDS: readonly string[] = [
  ...ROLE_HEADS,
  ...['vice', 'deputy', 'acting', 'general', 'police', 'interior', 'home', 'health', 'defence'],
  ...['defense', 'foreign', 'state', 'range', 'district', 'regional', 'provincial', 'county'],
  ...['chief', 'head', 'gov', 'sen', 'rep', 'gen', 'col', 'lt', 'maj', 'capt', 'supt', 'insp'],
  ...['prime', 'assistant', 'under', 'senior', 'fire', 'emergency', 'security', 'public'],
  ...['civil', 'protection', 'of', 'for', 'the', 'and', 'minister-president', 'lieutenant'],
  ...['brigadier', 'brig', 'colonel', 'captain', 'major', 'sergeant', 'sgt', 'admiral'],
];

/** A report that names no source of its own ("a new provisional report"): see REPORT_ONLY. */
export const REPORT_NOUNS: readonly string[] = [
  ...['report', 'information', 'update', 'bulletin', 'assessment', 'balance', 'review'],
];
export const REPORT_ADJECTIVES: readonly string[] = [
  ...['new', 'final', 'provisional', 'preliminary', 'latest', 'updated', 'previous', 'earlier'],
  ...['initial', 'interim', 'revised', 'daily', 'first', 'second', 'third', 'last', 'most recent'],
];
export const REPORT_PARTICIPLES: readonly string[] = [
  ...['provided', 'released', 'published', 'issued', 'shared', 'given', 'presented'],
];

/** Lower-case words inside names: "Rio de Janeiro", "Secretaría de Salud", "Ludwig van Beethoven". */
export const NAME_PARTICLES: readonly string[] = [
  ...['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'van', 'von'],
  ...['al', 'el', 'bin', 'ibn'],
];

/** What finds a figure, as its source: "an investigation by a news outlet has found", "a tally found". */
export const FINDING_NOUNS: readonly string[] = [
  ...['investigation', 'study', 'report', 'review', 'analysis', 'survey', 'inquiry', 'probe'],
  ...['audit', 'count', 'census', 'tally', 'assessment', 'investigations', 'studies'],
];
