// Deterministic news pages for the benchmark: the weight of a real article page (50–500 KB) comes
// from what is not the article — inline scripts and app state, styles, navigation, related boxes,
// comment threads — so a page is a short article wrapped in a lot of markup, with several embeds of
// different platforms and figures both in the body and in the posts. Invented events only.

/** A small seeded PRNG (mulberry32): the same seed gives the same page on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
const int = (rnd: Random, low: number, high: number): number =>
  low + Math.floor(rnd() * (high - low + 1));

const PLACES = ['Valparaíso', 'Porto Alegre', 'Chittagong', 'Mombasa', 'Cebu', 'Tbilisi'];
const SUBJECTS = ['people', 'police officers', 'protesters', 'civilians', 'soldiers'];
const OUTCOMES = ['killed', 'injured', 'detained', 'missing', 'evacuated'];
const QUALIFIERS = ['', 'at least ', 'more than ', 'about ', 'nearly '];
const SOURCES = ['the interior ministry said', 'the health ministry said', 'officials said'];
const FILLER = [
  'Residents described long queues outside the main hospital through the night.',
  'Roads into the centre remained closed on Tuesday as crews cleared debris.',
  'The regional governor called an emergency meeting with city officials.',
  'Shops in the old town stayed shut and public transport ran a reduced service.',
  'Aid groups said they had sent teams with water, food and medical supplies.',
  'Witnesses said the crowd grew quickly after word spread on messaging apps.',
];
const WORDS = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor'.split(
  ' ',
);

function sentence(rnd: Random, place: string): string {
  const figure = int(rnd, 3, 900);
  return `${pick(rnd, QUALIFIERS)}${figure} ${pick(rnd, SUBJECTS)} were ${pick(rnd, OUTCOMES)} in ${place}, ${pick(rnd, SOURCES)}.`;
}

function paragraph(rnd: Random, place: string): string {
  const parts = [pick(rnd, FILLER), sentence(rnd, place), pick(rnd, FILLER)];
  const text = parts.join(' ');
  return `<p>${text.charAt(0).toUpperCase()}${text.slice(1)}</p>`;
}

const tweetId = (rnd: Random): string =>
  `14787${String(int(rnd, 10000000, 99999999))}${String(int(rnd, 100000, 999999))}`;

/** Official embed codes of several platforms, each post carrying a figure of its own. */
const EMBEDS: ((rnd: Random, place: string) => string)[] = [
  (rnd, place) =>
    `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${sentence(rnd, place)} <a href="https://twitter.com/hashtag/${place.replace(/\W/g, '')}">#${place.replace(/\W/g, '')}</a></p>&mdash; City Desk (@citydesk${int(rnd, 1, 99)}) <a href="https://twitter.com/citydesk/status/${tweetId(rnd)}?ref_src=twsrc%5Etfw">January 5, 2022</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>`,
  (rnd, place) =>
    `<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/B${int(rnd, 100000, 999999)}xY/" data-instgrm-version="12"><div style="padding:16px;"><a href="https://www.instagram.com/p/B${int(rnd, 100000, 999999)}xY/" target="_blank">View this post on Instagram</a><p><a href="https://www.instagram.com/p/B1/">${sentence(rnd, place)}</a></p><p>A post shared by <a href="https://www.instagram.com/reporter.on.scene/">Reporter</a> (@reporter.on.scene) on <time datetime="2022-01-05T16:24:19+00:00">Jan 5, 2022</time></p></div></blockquote> <script async src="//www.instagram.com/embed.js"></script>`,
  (rnd, place) =>
    `<div class="fb-post" data-href="https://www.facebook.com/cityhall/posts/${int(rnd, 100000000, 999999999)}" data-width="500"><blockquote cite="https://www.facebook.com/cityhall/posts/1" class="fb-xfbml-parse-ignore"><p>${sentence(rnd, place)}</p>Posted by <a href="https://www.facebook.com/cityhall">City Hall</a> on&nbsp;<a href="https://www.facebook.com/cityhall/posts/1">Wednesday, January 5, 2022</a></blockquote></div>`,
  (rnd, place) =>
    `<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@onthestreet/video/70066946647241${int(rnd, 10000, 99999)}" data-video-id="70066946647241${int(rnd, 10000, 99999)}"><section><a target="_blank" title="@onthestreet" href="https://www.tiktok.com/@onthestreet">@onthestreet</a><p>${sentence(rnd, place)}</p></section></blockquote> <script async src="https://www.tiktok.com/embed.js"></script>`,
  (rnd, place) =>
    `<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc${int(rnd, 1000, 9999)}/app.bsky.feed.post/3lbq7mxsiek2v"><p lang="en">${sentence(rnd, place)}</p>&mdash; Field Notes (<a href="https://bsky.app/profile/fieldnotes.bsky.social">@fieldnotes.bsky.social</a>) <a href="https://bsky.app/profile/fieldnotes.bsky.social/post/3lbq7mxsiek2v">January 5, 2022 at 10:58 AM</a></blockquote><script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>`,
  (rnd) =>
    `<iframe width="560" height="315" src="https://www.youtube.com/embed/VQgO5g${int(rnd, 10000, 99999)}" title="Footage from the scene" frameborder="0" allowfullscreen></iframe>`,
  (rnd) =>
    `<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="citynews/${int(rnd, 10, 9999)}" data-width="100%"></script>`,
];

function navigation(rnd: Random, links: number): string {
  const items = Array.from(
    { length: links },
    (_, i) => `<li><a href="/section/${i}">${pick(rnd, WORDS)} ${pick(rnd, WORDS)}</a></li>`,
  );
  return `<nav class="site-nav"><ul>${items.join('')}</ul></nav>`;
}

/** Minified-looking app code and state, the bulk of a modern news page. */
function script(rnd: Random, bytes: number): string {
  const chunks: string[] = [];
  let size = 0;
  while (size < bytes) {
    const chunk = `function f${int(rnd, 0, 1e6)}(a,b){return a.${pick(rnd, WORDS)}<b?"${pick(rnd, WORDS)}":b*${int(rnd, 1, 999)}};`;
    chunks.push(chunk);
    size += chunk.length;
  }
  return `<script>${chunks.join('')}</script>`;
}

function comments(rnd: Random, count: number, place: string): string {
  const items = Array.from(
    { length: count },
    (_, i) =>
      `<li class="comment"><span class="comment-author">reader${i}</span><p>${pick(rnd, FILLER)} ${rnd() < 0.3 ? sentence(rnd, place) : ''}</p></li>`,
  );
  return `<section class="comments" id="comments"><h3>Comments</h3><ol>${items.join('')}</ol></section>`;
}

function related(rnd: Random, count: number): string {
  const items = Array.from(
    { length: count },
    (_, i) =>
      `<article class="card"><a href="/news/${i}"><img src="/img/${i}.jpg" alt=""><h4>${pick(rnd, FILLER)}</h4></a></article>`,
  );
  return `<aside class="related"><h3>Related stories</h3>${items.join('')}</aside>`;
}

function head(place: string, id: number): string {
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: `Unrest in ${place} leaves many hurt`,
    datePublished: '2022-01-05T14:30:00Z',
    author: [{ '@type': 'Person', name: 'Jane Example' }],
    publisher: { '@type': 'Organization', name: 'Example Times' },
  });
  return `<head><meta charset="utf-8"><title>Unrest in ${place} leaves many hurt | Example Times</title>
<meta property="og:title" content="Unrest in ${place} leaves many hurt"><meta property="og:site_name" content="Example Times">
<meta property="article:published_time" content="2022-01-05T14:30:00Z"><meta name="author" content="Jane Example">
<link rel="canonical" href="https://news.example.com/world/${id}"><script type="application/ld+json">${jsonLd}</script>
<style>${'.c{margin:0;padding:0}'.repeat(200)}</style></head>`;
}

function articleBody(rnd: Random, place: string, paragraphs: number, embeds: number): string {
  const parts: string[] = [
    `<h1>Unrest in ${place} leaves many hurt</h1><p class="byline">By Jane Example</p>`,
    `<p>${place.toUpperCase()} (Example Times) — ${sentence(rnd, place)}</p>`,
  ];
  const every = Math.max(1, Math.floor(paragraphs / Math.max(1, embeds)));
  let placed = 0;
  for (let i = 0; i < paragraphs; i++) {
    parts.push(paragraph(rnd, place));
    if (placed < embeds && i % every === every - 1) {
      parts.push(`<figure class="embed">${EMBEDS[placed % EMBEDS.length](rnd, place)}</figure>`);
      placed++;
    }
  }
  return `<article class="story"><div class="article-body">${parts.join('\n')}</div></article>`;
}

export interface GeneratedPage {
  name: string;
  html: string;
}

/**
 * A page of about `targetBytes` of HTML (it is at least that large). The article itself grows
 * slowly with the page (a long read is longer, but most of a heavy page is markup and code).
 */
export function generatePage(seed: number, targetBytes: number): GeneratedPage {
  const rnd = seededRandom(seed);
  const place = pick(rnd, PLACES);
  const scale = Math.max(1, targetBytes / 50_000);
  const paragraphs = Math.round(12 * Math.sqrt(scale));
  const embeds = Math.min(EMBEDS.length, 3 + Math.round(scale / 2));
  const fixed = [
    head(place, seed),
    navigation(rnd, Math.round(60 * Math.sqrt(scale))),
    articleBody(rnd, place, paragraphs, embeds),
    related(rnd, Math.round(8 * Math.sqrt(scale))),
    comments(rnd, Math.round(15 * Math.sqrt(scale)), place),
    `<footer class="site-footer"><p>© Example Times</p>${navigation(rnd, 30)}</footer>`,
  ];
  const used = fixed.reduce((n, part) => n + part.length, 0);
  const code = script(rnd, Math.max(0, targetBytes - used));
  const html = `<!doctype html><html lang="en">${fixed[0]}<body>${fixed[1]}${fixed[2]}${fixed[3]}${fixed[4]}${code}${fixed[5]}</body></html>`;
  return { name: `page-${seed}-${Math.round(targetBytes / 1000)}kb`, html };
}

/**
 * `count` pages spread evenly over `minBytes`–`maxBytes`; seeds from `firstSeed` on, so two sets with
 * different first seeds are different articles (with different URLs) of the same sizes.
 */
export function generatePages(
  count: number,
  minBytes = 50_000,
  maxBytes = 500_000,
  firstSeed = 1000,
): GeneratedPage[] {
  return Array.from({ length: count }, (_, i) => {
    const share = count === 1 ? 0 : i / (count - 1);
    return generatePage(firstSeed + i, Math.round(minBytes + share * (maxBytes - minBytes)));
  });
}
