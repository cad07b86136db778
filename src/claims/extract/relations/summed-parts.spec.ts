import { extractClaims } from '../extract-claims';
import { summedParts } from './summed-parts';

const brief = (text: string) =>
  extractClaims(text, { publishedAt: '2025-01-15' }).map(
    (c) => `${c.metric} ${c.value}${c.part ? ' part' : ''}`,
  );

describe(summedParts.name, () => {
  it('marks a day-by-day list that adds up to the stated total, and keeps the total', () => {
    expect(brief(summedParts.examples[0])).toEqual([
      'detained 26 part',
      'detained 106 part',
      'detained 34 part',
      'detained 166',
    ]);
    expect(brief(summedParts.examples[1])).toEqual([
      'killed 9 part',
      'killed 51 part',
      'killed 18 part',
    ]);
  });

  it('leaves places, two figures and figures that add up to no total alone', () => {
    expect(brief(summedParts.counterexamples[0]).filter((c) => c.endsWith('part'))).toEqual([]);
    expect(brief(summedParts.counterexamples[1])).toEqual(['detained 26', 'detained 106']);
    expect(brief(summedParts.counterexamples[2]).filter((c) => c.endsWith('part'))).toEqual([]);
  });
});
