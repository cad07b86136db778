// Posts cited without an embed: "Pashinyan wrote on Facebook", "said in a tweet", "posted on Telegram",
// "In a Facebook post, Prime Minister Nikol Pashinian confirmed …". Kept as kind "referenced".
import type { ParsedPost } from '../parsed-article';
import type { Platform } from '../../domain/vocabulary';
import { buildPost } from './post-builder';

const PLATFORM_WORDS: [RegExp, Platform][] = [
  [/^(?:facebook|fb)$/i, 'facebook'],
  [/^(?:twitter|x|tweet|tweets|twitter\/x|x\/twitter)$/i, 'twitter'],
  [/^telegram$/i, 'telegram'],
  [/^instagram$/i, 'instagram'],
  [/^tiktok$/i, 'tiktok'],
  [/^youtube$/i, 'youtube'],
  [/^mastodon$/i, 'mastodon'],
  [/^bluesky$/i, 'bluesky'],
  [/^threads$/i, 'threads'],
  [/^reddit$/i, 'reddit'],
];

function platformOf(word: string): Platform | null {
  for (const [re, p] of PLATFORM_WORDS) if (re.test(word.trim())) return p;
  return null;
}

const PLAT =
  '(Facebook|Twitter|X|Telegram|Instagram|TikTok|YouTube|Mastodon|Bluesky|Threads|Reddit)';
const NAME_TOKEN = "[A-Z][\\p{L}'’.-]*[\\p{L}.]";
const PARTICLE = '(?:van|von|de|der|den|da|di|del|al|el|bin|ibn|la|le|du|dos)';
const NAME = `(${NAME_TOKEN}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_TOKEN}){0,4})`;
const VERB =
  '(?:wrote|said|posted|announced|stated|declared|added|commented|confirmed|shared|published|noted|claimed|reported|warned|revealed|explained|insisted|tweeted|replied)';
const POSS =
  '(?:(?:his|her|their|its|the|an?|my|our)\\s+)?(?:(?:official|personal|verified|own)\\s+)?';

const PATTERNS: { re: RegExp; name: number; platform: number | Platform }[] = [
  // Pashinyan wrote on/in Facebook; X said on his Telegram channel
  {
    re: new RegExp(
      `${NAME}\\s+(?:has\\s+|had\\s+)?${VERB}\\s+(?:on|in|via)\\s+${POSS}${PLAT}\\b`,
      'gu',
    ),
    name: 1,
    platform: 2,
  },
  // X said in a tweet / in a Facebook post / in a Telegram message
  {
    re: new RegExp(
      `${NAME}\\s+(?:has\\s+|had\\s+)?${VERB}\\s+in\\s+an?\\s+(?:${PLAT}\\s+(?:post|message|video|statement|story|update)|(tweet))\\b`,
      'gu',
    ),
    name: 1,
    platform: 2,
  },
  // X tweeted
  {
    re: new RegExp(`${NAME}\\s+(?:has\\s+|had\\s+)?(?:tweeted|retweeted)\\b`, 'gu'),
    name: 1,
    platform: 'twitter',
  },
  // In a Facebook post, (title) Name verb
  {
    re: new RegExp(
      `\\b(?:In|On)\\s+an?\\s+${PLAT}\\s+(?:post|message|video|statement|update)\\s*,\\s*(?:[\\p{L}’'-]+\\s+){0,6}?${NAME}\\s+(?:has\\s+)?${VERB}`,
      'gu',
    ),
    name: 2,
    platform: 1,
  },
  // announced on Facebook by the president of the alliance, the Armenian Prime Minister Nikol Pashinyan
  {
    re: new RegExp(
      `\\b${VERB}\\s+(?:on|in)\\s+${POSS}${PLAT}\\s+by\\s+[^.;:]{0,120}?${NAME}(?=\\s*[,.;:)]|\\s+(?:who|explaining|saying|adding)\\b)`,
      'gu',
    ),
    name: 2,
    platform: 1,
  },
];

const TITLE_WORDS = new Set([
  'president',
  'prime',
  'minister',
  'deputy',
  'foreign',
  'secretary',
  'general',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'mayor',
  'governor',
  'senator',
  'chairman',
  'chair',
  'head',
  'chief',
  'ceo',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'the',
  'former',
  'acting',
  'interim',
  'vice',
  'king',
  'queen',
  'pope',
  'ambassador',
  'representative',
  'rep',
  'sen',
  'gov',
  'pres',
]);
const LEADING_NOISE = new Set([
  'in',
  'on',
  'at',
  'and',
  'but',
  'yesterday',
  'today',
  'later',
  'earlier',
  'meanwhile',
  'then',
  'also',
  'when',
  'as',
  'after',
  'before',
  'while',
  'however',
  'this',
  'that',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'a',
  'an',
]);

export function cleanAuthor(raw: string): string | null {
  const tokens = raw.trim().split(/\s+/);
  while (
    tokens.length &&
    (LEADING_NOISE.has(tokens[0].toLowerCase()) ||
      TITLE_WORDS.has(tokens[0].toLowerCase().replace(/\.$/, '')))
  )
    tokens.shift();
  // nationality adjectives before a title ("Armenian Prime Minister Nikol Pashinian")
  const lastTitle = tokens
    .map((t) => TITLE_WORDS.has(t.toLowerCase().replace(/\.$/, '')))
    .lastIndexOf(true);
  const rest = lastTitle >= 0 ? tokens.slice(lastTitle + 1) : tokens;
  const name = rest
    .join(' ')
    .replace(/[’']s$/, '')
    .trim();
  if (!name || name.length < 2 || platformOf(name)) return null;
  return name;
}

const ANY_PLATFORM =
  /facebook|\bfb\b|twitter|tweet|telegram|instagram|tiktok|youtube|mastodon|bluesky|threads|reddit|\bX\b/i;

export function findReferencedPosts(para: string): { post: ParsedPost; start: number }[] {
  const out: { post: ParsedPost; start: number }[] = [];
  if (!ANY_PLATFORM.test(para)) return out;
  for (const { re, name, platform } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of para.matchAll(re)) {
      const word = typeof platform === 'string' ? platform : (m[platform] ?? m[platform + 1] ?? '');
      const plat: Platform | null =
        typeof platform === 'string' ? platform : word === 'tweet' ? 'twitter' : platformOf(word);
      // "X" alone is only the platform after "on"/"in" (pattern 1); elsewhere it is too ambiguous
      if (!plat) continue;
      const author = cleanAuthor(m[name] ?? '');
      if (!author) continue;
      if (out.some((o) => o.post.platform === plat && o.post.authorName === author)) continue;
      out.push({
        start: m.index!,
        post: buildPost({
          kind: 'referenced',
          platform: plat,
          authorName: author,
          text: '',
          markup: null,
        }),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
