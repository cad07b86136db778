import { extractClaims } from './extract-claims';
import { isSlipOf } from './place-spelling';

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

  it('writes a space for the hyphen, or a hyphen for the space, as the text mostly does', () => {
    const spaced =
      'At least 8 people died in Emilia Romagna, Italy. Rivers burst their banks across ' +
      'Emilia Romagna, and the Emilia-Romagna council met.';
    expect(placesOf(spaced)).toEqual([[8, 'Emilia Romagna']]);
    const hyphened = 'Floods killed at least 14 people in Emilia-Romagna, Italy, officials said.';
    expect(placesOf(hyphened)).toEqual([[14, 'Emilia-Romagna']]);
  });

  it('writes the apostrophe the text writes', () => {
    expect(
      placesOf("A fire in the Rohingya camps in Cox's Bazar left 3,400 people homeless."),
    ).toEqual([[3400, "Cox's Bazar"]]);
  });

  it('takes no spelling from a name in capitals or in other case', () => {
    const text =
      'EMILIA ROMAGNA, Italy — Floods killed at least 14 people in Emilia-Romagna, Italy.';
    expect(placesOf(text)).toEqual([[14, 'Emilia-Romagna']]);
  });

  it('never swaps a name for another one the gazetteer knows it by', () => {
    expect(placesOf('Police said 12 people were detained in Alma-Ata.')).toEqual([[12, 'Almaty']]);
  });
});

describe('a town named by its event that is a slip of a place the text also names', () => {
  it.each([
    ['Wayand', 'Wayanad', true],
    ['Kerela', 'Kerala', true],
    ['Hatras', 'Hathras', true],
    ['Malapuram', 'Malappuram', true],
    ['Kodgau', 'Kodagu', true],
    ['Kolwara', 'Kollam', false],
    ['Goma', 'Gome', false],
    ['Hathras', 'Hathras', false],
  ])('%s for %s: %s', (written, name, slip) => expect(isSlipOf(written, name)).toBe(slip));

  it.each([
    [
      'Malappuram: Rescuers dug through the mud after the landslide at Malapuram.\n\nAt least 12 people died.',
      'Malappuram',
    ],
    [
      'Teams from Kodagu joined the search.\n\nThe landslide at Kodgu buried 30 homes, and 14 people were killed.',
      'Kodagu',
    ],
    [
      'Hathras: The stampede at Hatras left devotees trampled.\n\nPolice said 40 people died.',
      'Hathras',
    ],
    [
      'Roads to Thrissur were cut.\n\nThe flood disaster in Trissur has killed 9 people, officials said.',
      'Thrissur',
    ],
  ])('%s', (text, place) =>
    expect(extractClaims(text, { defaultCountry: 'India' })[0]?.location).toBe(place),
  );
});
