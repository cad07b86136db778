import * as cheerio from 'cheerio';
import fc from 'fast-check';
import { textLength, textOf, type AnyNode } from './dom';

const bodyOf = (html: string) => cheerio.load(html)('body').get(0) as unknown as AnyNode;

describe('textLength', () => {
  it.each([
    ['a paragraph', '<p>At least 12  people died.</p>'],
    ['line breaks and blocks', '<div> one <br> two<p>three</p>\n<p> </p><p>four</p></div>'],
    ['blank lines at most one', '<p>a</p><div></div><div><br><br></div><p>b</p>'],
    ['hidden subtrees', '<p>shown<script>var x = 1;</script><style>p{}</style> too</p>'],
    ['other whitespace', '<p>\u00a0a\u2003\tb\u3000</p>'],
  ])('is the length of textOf: %s', (_name, html) => {
    const body = bodyOf(html);
    expect(textLength(body)).toBe(textOf(body).length);
  });

  it('is the length of textOf on any markup of text, whitespace and tags', () => {
    const piece = fc.constantFrom(
      ...['a', 'Zé', ' ', '  ', '\n', '\t', '\u00a0', '<br>', '<p>', '</p>', '<div>', '</div>'],
      ...['<span>', '</span>', '<li>', '<b>', '</b>', '<script>x y</script>', '<svg>s</svg>'],
      '<!-- c -->',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const $ = cheerio.load(pieces.join(''));
        for (const node of [$('body').get(0), ...$('body *').toArray()] as AnyNode[])
          expect(textLength(node)).toBe(textOf(node).length);
      }),
      { numRuns: 500 },
    );
  });
});
