import { extractClaims } from './extract-claims';

/** Each claim as "metric value source / source". */
const sources = (text: string) =>
  extractClaims(text, { publishedAt: '2023-12-21' }).map(
    (c) => `${c.metric} ${c.value} ${c.attribution.join(' / ')}`,
  );

describe('two speakers joined by "and" are both the source', () => {
  it.each([
    [
      'A gunman killed 14 people at a university in Prague, Interior Minister Vit Rakusan and police chief Martin Vondrasek told reporters on December 21, describing a tragedy.',
      'killed 14 Interior Minister Vit Rakusan and police chief Martin Vondrasek',
    ],
    [
      'The main opposition party, CHADEMA, and several human rights activists have claimed that security forces killed over 1,000 people.',
      'killed 1000 CHADEMA and several human rights activists',
    ],
    [
      'Doctors and local officials said 35 people were injured in the blast.',
      'injured 35 Doctors and local officials',
    ],
    [
      'Amnesty International and the Kenya Medical Association said 23 protesters were killed.',
      'killed 23 Amnesty International and the Kenya Medical Association',
    ],
  ])('%s', (text, claim) => {
    expect(sources(text)).toEqual([claim]);
  });

  it.each([
    ['Two people died in Kabul and officials said 40 were injured.', 'injured 40 officials'],
    [
      'The blast hit Kabul, Afghanistan and officials said 40 were injured.',
      'injured 40 officials',
    ],
  ])('takes no clause or place for a speaker: %s', (text, claim) => {
    expect(sources(text)).toContain(claim);
  });
});

describe('a name with its particles opens the sentence', () => {
  it('takes "Rio de Janeiro Governor Cláudio Castro" whole for a second verb', () => {
    expect(
      sources(
        'Rio de Janeiro Governor Cláudio Castro called the raid a success and stated that four police officers were killed.',
      ),
    ).toEqual(['killed 4 Rio de Janeiro Governor Cláudio Castro']);
  });
});
