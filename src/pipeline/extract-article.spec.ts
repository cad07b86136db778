import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from './extract-article';

const seed = readFileSync(join(__dirname, '..', '..', 'seeds', '000_5d0714ddfb954547.txt'), 'utf8');

describe('extractArticle on the seed', () => {
  const result = extractArticle({ format: 'text', content: seed, publishedAt: '2022-01-06' });

  it('reads the dateline: author, date and place', () => {
    expect(result.article).toMatchObject({ author: 'Anna van Densky', place: 'Brussels' });
    expect(result.article.publishedAt?.slice(0, 10)).toBe('2022-01-06');
  });

  it('finds the six tweets in order, the last at the very end of the file', () => {
    expect(
      result.posts
        .filter((p) => p.kind === 'embedded')
        .map((p) => [p.handle, p.authorName, p.postedAt?.slice(0, 10)]),
    ).toEqual([
      ['TOLOnews', 'TOLOnews', '2022-01-06'],
      ['Peter__Leonard', 'Peter Leonard', '2022-01-05'],
      ['Conflicts', 'Conflict News', '2022-01-05'],
      ['disclosetv', 'Disclose.tv', '2022-01-04'],
      ['Liveuamap', 'Liveuamap', '2022-01-05'],
      ['_Stmatrix', 'Security & Threat Matrix', '2022-01-06'],
    ]);
  });

  it('takes the body figures from the body and the tweet figures from the tweet, each once', () => {
    const stmatrix = result.posts.findIndex((p) => p.handle === '_Stmatrix');
    const figures = result.claims.map((c) => [
      c.metric,
      c.subject,
      c.value,
      c.source.kind === 'post' ? c.source.index : 'article',
    ]);
    expect(figures).toEqual(
      expect.arrayContaining([
        ['injured', 'law_enforcement', 353, 'article'],
        ['killed', 'law_enforcement', 12, 'article'],
        ['killed', 'law_enforcement', 8, stmatrix],
        ['injured', 'law_enforcement', 317, stmatrix],
      ]),
    );
    expect(result.claims).toHaveLength(4);
  });

  it('attributes the body figures to Khabar-24 quoting the commandant’s office, in Almaty', () => {
    const killed = result.claims.find((c) => c.value === 12)!;
    expect(killed.attribution.length).toBeGreaterThanOrEqual(2);
    expect(killed.attribution[0]).toMatch(/Khabar-24/);
    expect(killed.attribution[1]).toMatch(/commandant/);
    expect(killed.location).toBe('Almaty');
    expect(killed.country).toBe('Kazakhstan');
  });

  it('quotes are exact substrings of their source text', () => {
    for (const claim of result.claims) {
      const text =
        claim.source.kind === 'post' ? result.posts[claim.source.index].text : result.body;
      expect(text.slice(claim.start, claim.end)).toBe(claim.quote);
    }
  });

  it('knows the article is about Kazakhstan', () => {
    expect(result.mainCountry).toBe('Kazakhstan');
  });
});

describe('extractArticle on hostile text', () => {
  const figures = (input: Parameters<typeof extractArticle>[0]) =>
    extractArticle(input).claims.map((c) => [c.metric, c.value]);

  it('reads figures split by zero-width and bidi characters whole', () => {
    const text = 'ALMATY, Jan 6 - 1\u200b5 people were killed and 4\u200d0 injured, police said.';
    expect(figures({ format: 'text', content: text })).toEqual([
      ['killed', 15],
      ['injured', 40],
    ]);
  });

  it('reads them whole in HTML too, written as characters or references', () => {
    const html =
      '<html><body><article><p>ALMATY, Jan 6 - 1&#8203;5 people were killed and 4\u200e0 injured, police said.</p></article></body></html>';
    expect(figures({ format: 'html', content: html })).toEqual([
      ['killed', 15],
      ['injured', 40],
    ]);
  });

  it('reads text with NUL and other control characters', () => {
    const text = 'ALMATY, Jan 6 - 1\u00002 people\u0000were killed\u0007in Almaty, police said.';
    const result = extractArticle({ format: 'text', content: text });
    expect(result.claims.map((c) => [c.metric, c.value])).toEqual([['killed', 12]]);
    expect(result.body).not.toContain('\u0000');
    expect(result.body).not.toContain('\u0007');
  });
});
