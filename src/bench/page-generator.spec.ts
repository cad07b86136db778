import { extractArticle } from '../pipeline/extract-article';
import { generatePage, generatePages } from './page-generator';

describe('generated bench pages', () => {
  it('are the same page for the same seed, and another page for another seed', () => {
    expect(generatePage(7, 60_000).html).toBe(generatePage(7, 60_000).html);
    expect(generatePage(8, 60_000).html).not.toBe(generatePage(7, 60_000).html);
  });

  it('span the sizes asked for', () => {
    const sizes = generatePages(3, 50_000, 500_000).map((p) => p.html.length);
    expect(sizes[0]).toBeGreaterThanOrEqual(50_000);
    expect(sizes[0]).toBeLessThan(60_000);
    expect(sizes[2]).toBeGreaterThanOrEqual(500_000);
    expect(sizes[2]).toBeLessThan(520_000);
  });

  it('read as a news article with embeds of several platforms and figures in body and posts', () => {
    const result = extractArticle({ format: 'html', content: generatePage(3, 200_000).html });
    expect(result.article.title).toMatch(/^Unrest in /);
    expect(new Set(result.posts.map((p) => p.platform)).size).toBeGreaterThanOrEqual(4);
    expect(result.claims.some((c) => c.source.kind === 'article')).toBe(true);
    expect(result.claims.some((c) => c.source.kind === 'post')).toBe(true);
    // the page's weight is markup and code: its main text is a small share of it
    expect(result.body.length).toBeLessThan(20_000);
  });
});
