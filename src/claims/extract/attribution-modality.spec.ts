import { extractClaims } from './extract-claims';

/** Each claim as "metric value source / source". */
const sources = (text: string) =>
  extractClaims(text, { publishedAt: '2024-08-06' }).map(
    (c) => `${c.metric} ${c.value} ${c.attribution.join(' / ')}`,
  );

describe('a speaker able to say a figure says it', () => {
  it.each([
    [
      'The Penal Forum, an independent NGO that documents arbitrary arrests, has been able to verify 835 detainees.',
      'detained 835 Penal Forum',
    ],
    ['The agency could confirm 12 deaths on Monday.', 'killed 12 agency'],
    ['Hospital staff were able to confirm 40 injured.', 'injured 40 Hospital staff'],
    ['The coroner can confirm 7 deaths so far.', 'killed 7 coroner'],
  ])('%s', (text, claim) => {
    expect(sources(text)).toEqual([claim]);
  });

  it('gives "I can confirm" inside a quotation to the quotation’s speaker', () => {
    expect(
      sources(
        '“At this moment I can confirm 25 wounded,” police chief Martin Vondrasek told reporters.',
      ),
    ).toEqual(['injured 25 police chief Martin Vondrasek']);
  });
});

describe('a speaker who could not say a figure says nothing', () => {
  it.each([
    'Residents said 5 soldiers were killed, a figure GlobalWire could not verify.',
    'Residents said 5 soldiers were killed, a figure the army did not confirm.',
  ])('%s', (text) => {
    expect(sources(text)).toEqual(['killed 5 Residents']);
  });
});
