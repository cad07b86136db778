// Small text helpers shared by the post extractors.

/** Collapses runs of spaces (not newlines) and trims every line; drops empty lines at the ends. */
export function cleanText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t\f\v ]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line: all whitespace collapsed to single spaces. */
export function oneLine(value: string): string {
  return value.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

const URL_RE = /\b(?:https?:\/\/|www\.|pic\.twitter\.com\/|t\.co\/)[^\s<>"'”“‘’)\]]+/gi;

export function extractLinks(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(URL_RE)) {
    let link = m[0].replace(/[.,;:!?…]+$/, '');
    if (!/^https?:\/\//i.test(link)) link = 'https://' + link;
    if (!out.includes(link)) out.push(link);
  }
  return out;
}

export function extractMentions(text: string): string[] {
  const out: string[] = [];
  const withoutUrls = text.replace(URL_RE, ' ');
  for (const m of withoutUrls.matchAll(
    /(^|[^\w@.])@([A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?(?:@[A-Za-z0-9.-]+\.[A-Za-z]{2,})?)/g,
  )) {
    const h = m[2];
    if (!out.includes(h)) out.push(h);
  }
  return out;
}

export function extractHashtags(text: string): string[] {
  const out: string[] = [];
  const withoutUrls = text.replace(URL_RE, ' ');
  for (const m of withoutUrls.matchAll(
    /(^|[^\p{L}\p{N}_&#/])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu,
  )) {
    const tag = m[2];
    if (!out.includes(tag)) out.push(tag);
  }
  return out;
}

/**
 * Length as Twitter counts it: attached media links (pic.twitter.com) count nothing, other URLs 23
 * characters, CJK characters two.
 */
export function tweetLength(text: string): number {
  const t = text
    .replace(/(?:https?:\/\/)?pic\.(?:twitter|x)\.com\/\w+/gi, '')
    .replace(URL_RE, 'x'.repeat(23))
    .replace(/\s+/g, ' ')
    .trim();
  let n = 0;
  for (const ch of t)
    n += /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return n;
}

/** Words that stay in lower case inside a place's name: "Rio de Janeiro", "Stratford-upon-Avon". */
export const PLACE_NAME_PARTICLES: ReadonlySet<string> = new Set(
  'de da do dos das del della di du es la las los le les el al of on upon en sur am an der im'.split(
    ' ',
  ),
);

/**
 * "ALMATY" → "Almaty", "RIO DE JANEIRO" → "Rio de Janeiro", "N'DJAMENA" → "N'Djamena", "SANA'A" →
 * "Sana'a" (an apostrophe after a single letter starts a word, after a word it is inside one); mixed
 * case is kept.
 */
export function titleCasePlace(value: string): string {
  if (value !== value.toUpperCase()) return value;
  return value
    .toLowerCase()
    .replace(/(^|[\s\-'’(])(\p{L}+)/gu, (_m, sep: string, word: string, at: number, all: string) =>
      (sep && PLACE_NAME_PARTICLES.has(word)) || insideWord(sep, all.slice(0, at))
        ? sep + word
        : sep + word[0].toUpperCase() + word.slice(1),
    );
}

function insideWord(sep: string, before: string): boolean {
  return /['’]/.test(sep) && /\p{L}{2,}$/u.test(before);
}
