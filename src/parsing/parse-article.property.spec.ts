import fc from 'fast-check';
import * as F from './fixtures/embeds';
import { parseArticle } from './parse-article';
import type { ParsedArticle } from './parsed-article';

const ALL_EMBEDS = Object.entries(F)
  .filter(([k, v]) => k !== 'page' && typeof v === 'string')
  .map(([, v]) => v as string);
const CORPUS = F.page(
  `<article><p>SEOUL – Lead.</p>${ALL_EMBEDS.join('<p>Between embeds, 12 killed.</p>')}</article>`,
);
const TEXT =
  'Brussels 06.01.2022 Anna van Densky Text. pic.twitter.com/x — Security & Threat Matrix (@_Stmatrix) January 6, 2022\n\nPashinyan wrote in Facebook.';

function wellFormed(r: ParsedArticle): void {
  expect(typeof r.body).toBe('string');
  expect(Array.isArray(r.posts)).toBe(true);
  for (const p of r.posts) {
    expect(typeof p.text).toBe('string');
    if (p.postedAt)
      expect(
        Number.isNaN(Date.parse(p.postedAt.length === 16 ? p.postedAt + 'Z' : p.postedAt)),
      ).toBe(false);
  }
}

/** Deletes, duplicates or inserts random slices: broken tags, unclosed quotes, stray dashes. */
const mutated = (base: string) =>
  fc
    .array(
      fc.tuple(
        fc.nat({ max: base.length }),
        fc.nat({ max: 200 }),
        fc.constantFrom(
          '',
          '<',
          '>',
          '"',
          '</blockquote>',
          '<p>',
          '—',
          '(@',
          ')',
          '&',
          '<script>',
          '<!--',
        ),
      ),
      { maxLength: 12 },
    )
    .map((edits) => {
      let s = base;
      for (const [at, len, ins] of edits) {
        const i = Math.min(at, s.length);
        s = s.slice(0, i) + ins + s.slice(Math.min(s.length, i + len));
      }
      return s;
    });

describe('parseArticle never throws', () => {
  it('random strings, as HTML and as text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.boolean(), (s, html) => {
        wellFormed(parseArticle({ format: html ? 'html' : 'text', content: s }));
      }),
      { numRuns: 200 },
    );
  });

  it('mutated embed HTML', () => {
    fc.assert(
      fc.property(mutated(CORPUS), (s) => {
        wellFormed(parseArticle({ format: 'html', content: s, url: 'https://example.com/a' }));
      }),
      { numRuns: 150 },
    );
  });

  it('mutated plain text with signatures', () => {
    fc.assert(
      fc.property(mutated(TEXT), fc.string({ maxLength: 50 }), (s, junk) => {
        wellFormed(parseArticle({ format: 'text', content: s + junk, publishedAt: junk }));
      }),
      { numRuns: 300 },
    );
  });

  it('adversarial repetition never throws', () => {
    const inputs = [
      '— '.repeat(20000) + '(@a) January 1, 2020',
      'A '.repeat(50000) + 'wrote on Facebook',
      '<div>'.repeat(5000) + 'x',
      '<blockquote class="twitter-tweet">'.repeat(2000),
      ('Name (@handle) ' + '— x '.repeat(50)).repeat(500),
      'In a Facebook post, ' + 'Big '.repeat(20000) + 'said',
    ];
    for (const content of inputs) {
      for (const format of ['html', 'text'] as const) {
        wellFormed(parseArticle({ format, content }));
      }
    }
  });

  it('non-string content does not crash', () => {
    wellFormed(parseArticle({ format: 'html', content: undefined as unknown as string }));
    wellFormed(parseArticle({ format: 'text', content: null as unknown as string }));
  });
});
