import { extractClaims } from './extract-claims';
import { textIssuer } from './attribution-issuer';

/** Each claim as "metric value source / source". */
const sources = (text: string) =>
  extractClaims(text, { publishedAt: '2024-10-07' }).map(
    (c) => `${c.metric} ${c.value} ${c.attribution.join(' / ')}`,
  );

describe('a reprinted statement speaks in the voice of the issuer its header names', () => {
  it.each([
    [
      'Comment By UN Human Rights Office Spokesperson Jane Roe On Killings In Haiti\n\nWe are horrified by the attacks. Gang members killed at least 70 people.',
      'killed 70 UN Human Rights Office Spokesperson Jane Roe',
    ],
    [
      'Statement by the Red Cross Society on the floods in the north\n\nAt least 45 people have died in the valley.',
      'killed 45 Red Cross Society',
    ],
    [
      'Press Release: Ministry of Health\n\nAt least 12 people died and 30 were injured in the blast.',
      'killed 12 Ministry of Health',
    ],
    [
      'Press briefing notes from the Human Rights Office about Sudan\n\nWe have documented 150 deaths since Friday.',
      'killed 150 Human Rights Office',
    ],
  ])('%s', (text, claim) => {
    expect(sources(text)).toContain(claim);
  });

  it('prefers the issuer a header names with "by" to the publisher after a colon', () => {
    expect(
      textIssuer('Comment by City Fire Service on the blaze\nPress Release: City Council\n\nText.'),
    ).toBe('City Fire Service');
  });

  it('keeps a figure another source gives, and names no issuer in an ordinary report', () => {
    expect(
      sources('Statement by the Mayor on the storm\n\nPolice said 9 people died in the storm.'),
    ).toEqual(['killed 9 Police']);
    expect(
      sources(
        'Storm kills 9\n\nThe mayor issued a statement by phone on the storm. 9 people died.',
      ),
    ).toEqual(['killed 9 ', 'killed 9 ']);
  });
});
