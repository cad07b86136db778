import fc from 'fast-check';
import { sentenceAround } from './sentence-around';

const text =
  'Clashes went on overnight.\nThe Khabar-24 TV channel said 12 members of the police were killed in Almaty. Dozens more were hurt.';

describe('sentenceAround', () => {
  it('returns the whole sentence around a quote and its offset', () => {
    const start = text.indexOf('12 members');
    const span = sentenceAround(text, start, start + 21);
    expect(span).toEqual({
      sentence: 'The Khabar-24 TV channel said 12 members of the police were killed in Almaty.',
      start: text.indexOf('The Khabar-24'),
    });
  });

  it('works on a window cut out of a longer text, keeping offsets absolute', () => {
    const window = text.slice(10);
    const start = text.indexOf('Dozens');
    expect(sentenceAround(window, start, start + 6, 10)).toEqual({
      sentence: 'Dozens more were hurt.',
      start,
    });
  });

  it('gives null for offsets outside the text', () => {
    expect(sentenceAround(text, 5000, 5010)).toBeNull();
    expect(sentenceAround('', 0, 1)).toBeNull();
  });

  it('never throws on junk', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer(), fc.integer(), (s, a, b) => {
        const span = sentenceAround(s, a, b);
        if (span) expect(s).toContain(span.sentence);
      }),
    );
  });
});
