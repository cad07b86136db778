import { extractClaims } from './extract-claims';

const placesOf = (text: string) =>
  extractClaims(text, { publishedAt: '2024-12-02' }).map((c) => [c.value, c.location]);

describe('a place is scoped in the spelling its text uses', () => {
  it('keeps the accents the text writes', () => {
    expect(placesOf('At least 56 people were killed in a stampede in Nzérékoré, Guinea.')).toEqual([
      [56, 'Nzérékoré'],
    ]);
  });

  it('keeps the newsroom spelling where the text has no accents', () => {
    expect(placesOf('At least 56 people were killed in a stampede in Nzerekore, Guinea.')).toEqual([
      [56, 'Nzerekore'],
    ]);
  });

  it('never swaps a name for another one the gazetteer knows it by', () => {
    expect(placesOf('Police said 12 people were detained in Alma-Ata.')).toEqual([[12, 'Almaty']]);
  });
});
