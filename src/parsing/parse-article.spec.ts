import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from './parse-article';
import { page } from './fixtures/embeds';

// Signatures and dates of the six tweets in the seed article (facts reused; texts shortened).
const SEED_LIKE = [
  ' date 2022-01-06 Brussels 06.01.2022 Anna van Densky The CSTO Collective Security Council approved sending peacekeeping forces to Kazakhstan, Prime Minister of Armenia Nikol Pashinyan said on Thursday, January 6.',
  '',
  'Russia has sent paratroopers into Kazakhstan, the CSTO said today, Reuters reported. pic.twitter.com/wruGldcbv8 — TOLOnews (@TOLOnews) January 6, 2022',
  '',
  '“The Council made the decision to send CSTO peacekeeping forces,” Pashinyan wrote in Facebook.',
  '',
  'Kazakhstan: Very strong piece here on CSTO affair, by @joshuakucera https://t.co/0KDyc5WaBH — Peter Leonard (@Peter__Leonard) January 5, 2022',
  '',
  'BREAKING: Armenia agrees to deploy peacekeeping troops to Kazakhstan. pic.twitter.com/D8q5wsfqoF — Conflict News (@Conflicts) January 5, 2022',
  '',
  'NOW – Situation in #Almaty spirals out of control. pic.twitter.com/AZIsZlhEYd — Disclose.tv (@disclosetv) January 4, 2022',
  '',
  'Tokayev considers it external aggression https://t.co/H3uwEO0TpZ pic.twitter.com/gAiNd8Ybko — Liveuamap (@Liveuamap) January 5, 2022',
  '',
  'Reportedly 353 members of law enforcement were injured in Almaty, 12 were killed, the Khabar-24 TV channel said.',
  '',
  'So far 8 police and national guards have been killed while 317 injured. pic.twitter.com/2VVd3gmfBG — Security & Threat Matrix (@_Stmatrix) January 6, 2022',
].join('\n');

const EXPECTED_SEED_POSTS = [
  ['TOLOnews', 'TOLOnews', '2022-01-06'],
  ['Peter Leonard', 'Peter__Leonard', '2022-01-05'],
  ['Conflict News', 'Conflicts', '2022-01-05'],
  ['Disclose.tv', 'disclosetv', '2022-01-04'],
  ['Liveuamap', 'Liveuamap', '2022-01-05'],
  ['Security & Threat Matrix', '_Stmatrix', '2022-01-06'],
];

function checkSeed(content: string) {
  const r = parseArticle({
    format: 'text',
    content,
    url: 'https://europediplomatic.com/x',
    publishedAt: '2022-01-06',
  });
  const embedded = r.posts.filter((p) => p.kind === 'embedded');
  expect(embedded.map((p) => [p.authorName, p.handle, p.postedAt])).toEqual(EXPECTED_SEED_POSTS);
  expect(embedded.every((p) => p.platform === 'twitter' && p.postedAtPrecision === 'day')).toBe(
    true,
  );
  expect(r.article).toMatchObject({
    author: 'Anna van Densky',
    publishedAt: '2022-01-06',
    place: 'Brussels',
  });
  // the tweets' figures are the tweets', not the article's
  expect(r.body).not.toContain('317');
  expect(r.body).not.toContain('pic.twitter.com');
  expect(r.body).toContain('353 members');
  const stmatrix = embedded[5];
  expect(stmatrix.text).toContain(
    '8 police and national guards have been killed while 317 injured',
  );
  expect(stmatrix.media).toEqual(['https://pic.twitter.com/2VVd3gmfBG']);
  expect(
    r.posts.filter((p) => p.kind === 'referenced').map((p) => [p.platform, p.authorName]),
  ).toEqual([['facebook', 'Pashinyan']]);
  return r;
}

describe('parseArticle on plain text', () => {
  it('reads a hard-wrapped text as the paragraphs it was wrapped from', () => {
    const paragraphs = [
      'Flooding kills five',
      'Five people have died in the province of Northshire due to the torrential rain and flooding that hit the region, sources said on Wednesday.',
      'In addition, Civil Protection Minister Jane Doe said so far at least 5,000 people have been evacuated to safety in the region.',
    ];
    const wrapped = [
      'Flooding kills five',
      '',
      'Five people have died in the province of Northshire due to the',
      'torrential rain and flooding that hit the region, sources said on',
      'Wednesday.',
      '',
      'In addition, Civil Protection Minister Jane Doe said so far at least',
      '5,000 people have been evacuated to safety in the region.',
    ].join('\n');
    const r = parseArticle({ format: 'text', content: wrapped });
    expect(r.article.title).toBe(paragraphs[0]);
    expect(r.body).toBe(parseArticle({ format: 'text', content: paragraphs.join('\n') }).body);
    expect(r.body).toContain('at least 5,000 people have been evacuated');
  });

  it('finds the six seed-style tweets, the signature at the very end, and the dateline', () => {
    const r = checkSeed(SEED_LIKE);
    expect(r.posts[2].handle).toBe('Peter__Leonard'); // order: TOLOnews, Pashinyan (referenced), Peter__Leonard…
    expect(r.posts[1].kind).toBe('referenced');
  });

  it('parses the seed article committed in seeds/', () => {
    const dir = join(__dirname, '..', '..', 'seeds');
    const file = existsSync(dir)
      ? readdirSync(dir).find((f: string) => f.endsWith('.txt'))
      : undefined;
    if (!file) return; // seeds/ belongs to the backbone; nothing to check without it
    const r = checkSeed(readFileSync(join(dir, file), 'utf8'));
    expect(
      r.posts
        .find((p) => p.handle === '_Stmatrix')!
        .text.startsWith('Kazakhstan crisis:CSTO states'),
    ).toBe(true);
  });

  it('several signatures in one paragraph, underscores, "&" in names, a signature ending the file without newline', () => {
    const text =
      'Lead sentence of the article. First tweet text here — A & B News (@a_b_news) March 3, 2023 Second tweet with #tag — Jane O’Neil (@jane__o) 4 March 2023';
    const r = parseArticle({ format: 'text', content: text });
    expect(r.posts.map((p) => [p.authorName, p.handle, p.postedAt])).toEqual([
      ['A & B News', 'a_b_news', '2023-03-03'],
      ['Jane O’Neil', 'jane__o', '2023-03-04'],
    ]);
    expect(r.posts[1].text).toBe('Second tweet with #tag');
    expect(r.posts[1].hashtags).toEqual(['tag']);
  });

  // When paragraph + tweet are longer than a tweet can be, the tweet starts at the earliest sentence
  // boundary that leaves at most 280 characters: the article keeps what cannot be the tweet, and the
  // tweet's figures never stay in the body.
  it('a tweet glued to a long article paragraph starts at a sentence boundary', () => {
    const article =
      'The ministry said the situation had stabilised across the region after a week of unrest. '.repeat(
        4,
      );
    const tweet =
      'Update: 26 protesters and 18 officers were killed, officials say. pic.twitter.com/abcDEF123';
    const r = parseArticle({
      format: 'text',
      content: `${article}${tweet} — Desk (@desk) January 9, 2022`,
    });
    expect(r.posts[0].text.endsWith(tweet)).toBe(true);
    expect(r.posts[0].text.startsWith('The ministry said')).toBe(true);
    expect(r.body.length + r.posts[0].text.length + 1).toBe(article.length + tweet.length);
    expect(r.body).not.toContain('26 protesters');
    expect(r.body).toContain('situation had stabilised');
  });

  it('a status link after the signature gives the id and the exact time', () => {
    const r = parseArticle({
      format: 'text',
      content:
        'Alert text — Hayes Brown (@HayesBrown) September 19, 2016 https://twitter.com/HayesBrown/status/777838543783751680',
    });
    expect(r.posts[0]).toMatchObject({
      externalId: '777838543783751680',
      postedAt: '2016-09-19T11:55:35.036Z',
      postedAtPrecision: 'ms',
    });
  });

  it('an em dash in prose with a parenthesised @mention mid-paragraph is not a tweet', () => {
    const r = parseArticle({
      format: 'text',
      content: 'The reporter — Jane (@jane) — said the count was wrong, and more text followed.',
    });
    expect(r.posts.filter((p) => p.kind === 'embedded')).toEqual([]);
  });

  it('reads Reuters, ANI and Washington Post style datelines and bylines', () => {
    expect(
      parseArticle({
        format: 'text',
        content: 'ALMATY, Jan 6 (Reuters) - Security forces said 18 were killed.',
      }).article.place,
    ).toBe('Almaty');
    expect(
      parseArticle({
        format: 'text',
        content:
          'Headline here\nJan 15, 2022\nAlmaty [Kazakhstan], January 15 : The wave of unrest left 225 dead.',
      }).article,
    ).toMatchObject({ place: 'Almaty', publishedAt: '2022-01-15', title: 'Headline here' });
    const wp = parseArticle({
      format: 'text',
      content:
        ' date 2022-10-29 By Michelle Ye Hee Lee, Kelly Kasulis Cho and Bryan Pietsch Washington Post\n\nSEOUL – At least 146 people died.',
    });
    expect(wp.article).toMatchObject({
      author: 'Michelle Ye Hee Lee',
      authors: ['Michelle Ye Hee Lee', 'Kelly Kasulis Cho', 'Bryan Pietsch'],
      place: 'Seoul',
      publishedAt: '2022-10-29',
    });
    expect(wp.body).toBe('SEOUL – At least 146 people died.');
    expect(
      parseArticle({ format: 'text', content: 'SEOUL, South Korea -- South Koreans mourned.' })
        .article.place,
    ).toBe('Seoul');
  });

  it('uses the submitted date and url only when the content has none', () => {
    const r = parseArticle({
      format: 'text',
      content: 'Plain text.',
      url: 'https://example.com/a?utm_source=x',
      publishedAt: '2022-01-09',
    });
    expect(r.article).toMatchObject({
      publishedAt: '2022-01-09',
      url: 'https://example.com/a',
      author: null,
      place: null,
    });
    const r2 = parseArticle({
      format: 'text',
      content: ' date 2022-01-06 Text.',
      publishedAt: '2022-02-01',
    });
    expect(r2.article.publishedAt).toBe('2022-01-06');
  });

  it('referenced posts: wrote on Facebook, said in a tweet, posted on Telegram, In a Facebook post', () => {
    const r = parseArticle({
      format: 'text',
      content: [
        'In a Facebook post, Armenian Prime Minister Nikol Pashinian confirmed the deployment.',
        'Kassym-Jomart Tokayev said in a tweet that order was restored.',
        'Ramzan Kadyrov posted on his Telegram channel that troops were ready.',
      ].join('\n'),
    });
    expect(r.posts.map((p) => [p.kind, p.platform, p.authorName, p.url])).toEqual([
      ['referenced', 'facebook', 'Nikol Pashinian', null],
      ['referenced', 'twitter', 'Kassym-Jomart Tokayev', null],
      ['referenced', 'telegram', 'Ramzan Kadyrov', null],
    ]);
  });
});

describe('parseArticle on HTML', () => {
  const head = `<title>Unrest in Almaty | Example News</title>
<link rel="canonical" href="https://example.com/world/unrest?utm_campaign=x">
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="Unrest in Almaty">
<meta property="article:published_time" content="2022-01-06T10:00:00+06:00">
<meta property="article:modified_time" content="2022-01-07T08:00:00+06:00">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","@id":"#site","name":"Example News"},
{"@type":"NewsArticle","headline":"Unrest in Almaty: 12 police killed","author":[{"@id":"#p1"}],"datePublished":"2022-01-06T09:30:00+06:00","dateline":"ALMATY","inLanguage":"en-GB","publisher":{"@id":"#org"}},
{"@type":"Person","@id":"#p1","name":"Anna Example"},{"@type":"Organization","@id":"#org","name":"Example News Ltd"}]}</script>`;
  const body = `<header class="site-header"><nav><a href="/">Home</a><a href="/world">World</a></nav></header>
<article><h1>Unrest in Almaty</h1><div class="byline">By Anna Example</div>
<div class="article-body"><p>ALMATY (Reuters) — 353 law enforcement officers were injured.</p>
<aside class="related-stories"><h3>Related</h3><ul><li><a href="/a">99 killed elsewhere</a></li></ul></aside>
<p>Twelve were killed, the channel said.</p><div class="ad-slot">Advertisement 300x250</div></div></article>
<section id="comments"><p>Comment: I heard 1,000 were hurt.</p></section><footer><p>© 2022 Example News</p></footer>`;

  it('reads JSON-LD, OpenGraph and canonical; body without navigation, related, ads, comments and footer', () => {
    const r = parseArticle({
      format: 'html',
      content: page(body, head),
      url: 'https://example.com/world/unrest',
    });
    expect(r.article).toEqual({
      title: 'Unrest in Almaty: 12 police killed',
      author: 'Anna Example',
      authors: ['Anna Example'],
      publishedAt: '2022-01-06T09:30:00+06:00',
      modifiedAt: '2022-01-07T08:00:00+06:00',
      place: 'Almaty',
      site: 'Example News',
      url: 'https://example.com/world/unrest',
      language: 'en',
    });
    expect(r.body).toContain('353 law enforcement');
    expect(r.body).toContain('Twelve were killed');
    for (const junk of ['Home', '99 killed', 'Advertisement', '1,000', '©'])
      expect(r.body).not.toContain(junk);
  });

  it('falls back to meta tags, <time> and a byline without JSON-LD', () => {
    const html = page(
      `<article><h1>Title</h1><p class="byline">By John Smith and Mary Jones</p><time datetime="2021-05-02T10:00:00Z">May 2</time><p>SEOUL – Text.</p></article>`,
      '<meta name="description" content="x">',
    );
    const r = parseArticle({ format: 'html', content: html, publishedAt: '2020-01-01' });
    expect(r.article).toMatchObject({
      title: 'Title',
      author: 'John Smith',
      authors: ['John Smith', 'Mary Jones'],
      publishedAt: '2021-05-02T10:00:00Z',
      place: 'Seoul',
      language: 'en',
    });
  });

  it.each([
    ['{"dateline":"Wailuku, Hawaii"}', 'Wailuku'],
    ['{"contentLocation":{"@type":"Place","name":"Paris, France"}}', 'Paris'],
    ['{"dateline":"NAIROBI, Kenya —"}', 'Nairobi'],
  ])('takes the city of a JSON-LD dateline or location %s', (extra, place) => {
    const ld = { '@type': 'NewsArticle', headline: 'Title', ...JSON.parse(extra) };
    const html = page(
      `<article><h1>Title</h1><p>Text.</p></article>`,
      `<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
    );
    expect(parseArticle({ format: 'html', content: html }).article.place).toBe(place);
  });

  it('finds plain-text tweet signatures inside HTML paragraphs and cuts them from the body', () => {
    const html = page(
      '<p>Article text.</p><p>So far 8 police killed. pic.twitter.com/2VVd3gmfBG — Security &amp; Threat Matrix (@_Stmatrix) January 6, 2022</p>',
    );
    const r = parseArticle({ format: 'html', content: html });
    expect(r.posts[0]).toMatchObject({
      handle: '_Stmatrix',
      authorName: 'Security & Threat Matrix',
      postedAt: '2022-01-06',
    });
    expect(r.body).toBe('Article text.');
  });

  it('an identical embed twice is one post', () => {
    const tweet =
      '<blockquote class="twitter-tweet"><p>x</p>&mdash; A (@a) <a href="https://twitter.com/a/status/1478714400442732546">January 5, 2022</a></blockquote>';
    expect(parseArticle({ format: 'html', content: page(tweet + tweet) }).posts).toHaveLength(1);
  });
});
