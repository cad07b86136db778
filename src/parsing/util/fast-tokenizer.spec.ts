import * as cheerio from 'cheerio';
import fc from 'fast-check';
import { generatePages } from '../../bench/page-generator';
import { IndexOfTokenizer, SCANS_WITH_FAST_FORWARD } from './fast-tokenizer';

const OPTIONS = {
  xmlMode: false,
  decodeEntities: true,
  encodeEntities: 'utf8',
  emptyAttrs: true,
  selfClosingTags: false,
} as const;

/** The document htmlparser2 builds from `html`, printed, with its own tokenizer or ours. */
function parsed(html: string, ours: boolean): string {
  const xml = ours ? { ...OPTIONS, Tokenizer: IndexOfTokenizer } : OPTIONS;
  return cheerio.load(html, { xml }).html();
}

/** Pieces where the tokenizer's scans start and stop: ends of scripts, styles, comments, tags. */
const PIECES = [
  '<script>',
  '<script type="text/javascript">',
  '</script>',
  '</SCRIPT >',
  '</script',
  '<style>',
  '</style>',
  '<title>',
  '</title>',
  '<textarea>',
  '</textarea>',
  '<!--',
  '-->',
  '--->',
  '--!>',
  '<![CDATA[',
  ']]>',
  '<!DOCTYPE html>',
  '<?xml ?>',
  '<p class="a">',
  '</p>',
  "<div data-x='1<2'>",
  '</div>',
  '<br/>',
  '<',
  '</',
  '>',
  '-',
  '&amp;',
  '&lt;',
  'a<b',
  'if (a < b) x = "</scr" + "ipt>";',
  ' ',
  '\n',
  'text',
];

describe('IndexOfTokenizer', () => {
  it('replaces the scan of the installed htmlparser2 (an upgrade that drops it is seen here)', () => {
    expect(SCANS_WITH_FAST_FORWARD).toBe(true);
  });

  it('builds the same document as htmlparser2 on the bench pages', () => {
    for (const page of generatePages(3, 5_000, 60_000)) {
      expect(parsed(page.html, true)).toBe(parsed(page.html, false));
    }
  });

  it.each([
    [
      'a script holding "<" and a closing tag in a string',
      '<p>a</p><script>if (a<b) s="<\\/script>";</script><p>b</p>',
    ],
    ['an upper-case end tag with a space', '<script>x<y</SCRIPT ><p>after</p>'],
    ['a script never closed', '<p>a</p><script>var a = 1 < 2;'],
    ['comments with dashes', '<!-- a - b -- c ---><p>x</p><!-- unterminated'],
    ['a style and a title with entities', '<style>a>b{}</style><title>A &amp; B</title>'],
    ['CDATA and a closing tag with attributes', '<![CDATA[ x ]]></div class="x"><p>y</p>'],
  ])('builds the same document on %s', (_name, html) => {
    expect(parsed(html, true)).toBe(parsed(html, false));
  });

  it('builds the same document on any sequence of those pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const html = pieces.join('');
        expect(parsed(html, true)).toBe(parsed(html, false));
      }),
      { numRuns: 400 },
    );
  });
});
