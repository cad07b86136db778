import fc from 'fast-check';
import { WORD_RE, words } from './words';

const byRegex = (text: string) => [...text.matchAll(WORD_RE)].map((m) => [m.index, m[0]]);
const byScan = (text: string) => words(text).map((w) => [w.index, w.text]);

describe('words', () => {
  it.each([
    ['plain ASCII', 'At least 12 people died in Tbilisi on Tuesday.'],
    ['possessives and initials', "Kyiv's mayor, the U.S. envoy and O'Brien's aide"],
    ['accents and a curly apostrophe', 'São Paulo, Zoë, Valparaíso’s port and Düsseldorf'],
    ['combining marks', 'Sa\u0303o Tome\u0301 and Ha\u0300 No\u0323i'],
    ['other scripts and digits', 'Москва 12 中文 ٣٤ killed'],
    ['astral letters, emoji and lone surrogates', '𝐀𝐁c 😀x a\ud800b \udc00z 1—2'],
    ['a word running from ASCII into accents', 'Mexico’s Tlaxcala-Cuauhtémoc road'],
  ])('reads %s as the regex does', (_name, text) => {
    expect(byScan(text)).toEqual(byRegex(text));
  });

  it('reads any text as the regex does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(byScan(text)).toEqual(byRegex(text));
      }),
      { numRuns: 500 },
    );
  });

  it('reads mixes of ASCII, marks, apostrophes and surrogates as the regex does', () => {
    const unit = fc.constantFrom(..."aZ9'’.- ,é\u0301中😀\ud800\udc00".split(''));
    fc.assert(
      fc.property(fc.string({ unit }), (text) => {
        expect(byScan(text)).toEqual(byRegex(text));
      }),
      { numRuns: 1000 },
    );
  });
});
