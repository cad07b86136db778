// Each parser on its own, on random and mutated input: it never throws and returns its shape.
// No wall-clock assertions (Jest's timeout bounds a run); numRuns stay modest to keep this fast.
import * as cheerio from 'cheerio';
import fc from 'fast-check';
import * as F from './fixtures/embeds';
import {
  findCreditAuthors,
  findDateline,
  findLeadPlace,
  leadingName,
  parseByline,
} from './metadata/dateline';
import { readHtmlMetadata } from './metadata/html-metadata';
import { isJsonLdScript, readJsonLd } from './metadata/json-ld';
import { readTextMetadata } from './metadata/text-metadata';
import { findMainRoot, streamDocument } from './main-text';
import type { Element } from './util/dom';
import { EMBED_EXTRACTORS, mayBeEmbed } from './posts/embeds';
import { findReferencedPosts } from './posts/referenced';
import { findTextTweets } from './posts/text-tweets';
import {
  blueskyTidToMs,
  mastodonIdToMs,
  shortcodeToMs,
  tiktokIdToMs,
  twitterIdToMs,
} from './posts/post-time';
import { parseDateText, normalizeMachineDate } from './util/dates';
import { canonicalUrl } from './util/url';
import { extractArticle } from '../pipeline/extract-article';

const RUNS = { numRuns: 60 };

/** Text that looks a little like news: datelines, bylines, handles, dates, figures, junk. */
const newsy = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'ALMATY, Jan 6 (Reuters) -',
        'By Anna van Densky',
        '— Name (@handle) January 6, 2022',
        'pic.twitter.com/abc',
        'wrote on Facebook',
        'At least 12 people were killed',
        '(AP) —',
        'Updated: 2022-01-06T10:00:00Z',
        '\u200b',
        '\u0000',
        '«»“”',
        '\n\n',
      ),
      fc.string({ maxLength: 40 }),
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.join(' '));

const EMBEDS = Object.entries(F)
  .filter(([k, v]) => k !== 'page' && typeof v === 'string')
  .map(([, v]) => v as string);

/** An embed's markup with random slices cut out or repeated. */
const mutatedEmbed = fc
  .tuple(
    fc.constantFrom(...EMBEDS),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 80 })), { maxLength: 6 }),
  )
  .map(([markup, cuts]) =>
    cuts.reduce((s, [at, len]) => {
      const i = at % (s.length + 1);
      return s.slice(0, i) + s.slice(Math.min(s.length, i + len));
    }, markup),
  );

const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';

describe('dateline and byline parsers never throw', () => {
  it('findDateline, leadingName, parseByline', () => {
    fc.assert(
      fc.property(newsy, (s) => {
        const dateline = findDateline(s);
        expect(dateline === null || typeof dateline === 'object').toBe(true);
        expect(isStringOrNull(leadingName(s))).toBe(true);
        const byline = parseByline(s);
        expect(byline === null || Array.isArray(byline)).toBe(true);
      }),
      RUNS,
    );
  });

  it('findLeadPlace, findCreditAuthors, readTextMetadata over paragraphs', () => {
    fc.assert(
      fc.property(fc.array(newsy, { maxLength: 8 }), fc.option(newsy), (paragraphs, title) => {
        expect(isStringOrNull(findLeadPlace(paragraphs, title))).toBe(true);
        expect(Array.isArray(findCreditAuthors(paragraphs))).toBe(true);
        const meta = readTextMetadata(paragraphs, title);
        expect(Array.isArray(meta.authors)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('HTML metadata parsers never throw', () => {
  const head = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '<meta property="og:title" content="T">',
          '<meta name="author" content="">',
          '<meta property="article:published_time" content="not a date">',
          '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":1}],',
          '<script type="application/ld+json">[{"@graph":[null,{"datePublished":{}}]}]</script>',
          '<link rel="canonical" href="javascript:alert(1)">',
          '<title>',
          '<html lang="\u0000">',
        ),
        fc.string({ maxLength: 30 }),
      ),
      { maxLength: 10 },
    )
    .map((parts) => parts.join(''));

  it('readHtmlMetadata and readJsonLd', () => {
    fc.assert(
      fc.property(head, fc.option(fc.webUrl()), (markup, base) => {
        const $ = cheerio.load(markup);
        const meta = readHtmlMetadata($, base);
        expect(Array.isArray(meta.authors)).toBe(true);
        const ld = readJsonLd($, $('script').toArray().filter(isJsonLdScript));
        expect(ld === null || typeof ld === 'object').toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('post parsers never throw', () => {
  it.each(EMBED_EXTRACTORS.map((ex, i) => [i, ex]))(
    'embed extractor %i, on every element of mutated embed markup',
    (_i, extractor) => {
      fc.assert(
        fc.property(mutatedEmbed, (markup) => {
          const $ = cheerio.load(markup);
          const ctx = { $, base: 'https://news.example.com/a' };
          $('*').each((_j, el) => {
            if (!extractor.matches(el as Element)) return;
            const post = extractor.extract(el as Element, ctx);
            if (post) expect(typeof post.text).toBe('string');
          });
        }),
        { numRuns: 40 },
      );
    },
  );

  it('every element an extractor recognises may be an embed (the walk asks no other)', () => {
    fc.assert(
      fc.property(mutatedEmbed, (markup) => {
        const $ = cheerio.load(markup);
        $('*').each((_j, el) => {
          if (EMBED_EXTRACTORS.some((extractor) => extractor.matches(el as Element)))
            expect(mayBeEmbed(el as Element)).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('findTextTweets and findReferencedPosts', () => {
    fc.assert(
      fc.property(newsy, (s) => {
        expect(typeof findTextTweets(s).rest).toBe('string');
        expect(Array.isArray(findReferencedPosts(s))).toBe(true);
      }),
      RUNS,
    );
  });

  it('post ids to times', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        for (const decode of [
          twitterIdToMs,
          mastodonIdToMs,
          blueskyTidToMs,
          shortcodeToMs,
          tiktokIdToMs,
        ]) {
          const ms = decode(s);
          expect(ms === null || Number.isFinite(ms)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('main text, dates, URLs and the pipeline never throw', () => {
  it('findMainRoot and streamDocument on mutated pages', () => {
    fc.assert(
      fc.property(mutatedEmbed, newsy, (embed, text) => {
        const $ = cheerio.load(F.page(`<article><p>${text}</p>${embed}<p>${text}</p></article>`));
        findMainRoot($);
        expect(Array.isArray(streamDocument($, null))).toBe(true);
      }),
      RUNS,
    );
  });

  it('parseDateText, normalizeMachineDate, canonicalUrl', () => {
    fc.assert(
      fc.property(newsy, fc.string({ maxLength: 60 }), (s, u) => {
        parseDateText(s);
        expect(isStringOrNull(normalizeMachineDate(s))).toBe(true);
        expect(isStringOrNull(canonicalUrl(u, 'https://news.example.com/'))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('extractArticle, as HTML and as text', () => {
    fc.assert(
      fc.property(newsy, fc.boolean(), fc.option(fc.string({ maxLength: 30 })), (s, html, date) => {
        const result = extractArticle({
          format: html ? 'html' : 'text',
          content: html ? `<article><p>${s}</p></article>` : s,
          publishedAt: date,
        });
        expect(Array.isArray(result.claims)).toBe(true);
        for (const claim of result.claims) expect(Number.isFinite(claim.value)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
