import { extractClaims } from './extract-claims';

/** Each claim as "metric value source / source". */
const sources = (text: string) =>
  extractClaims(text, { publishedAt: '2024-12-15' }).map(
    (c) => `${c.metric} ${c.value} ${c.attribution.join(' / ')}`,
  );

describe('"his office", "her spokesman": the person who spoke last', () => {
  it.each([
    [
      'Interior Minister Bruno Retailleau said 11 people had died. He will travel on Monday, his office said, with 160 soldiers to reinforce the 110 already deployed.',
      "deployed 110 Bruno Retailleau's office",
    ],
    [
      'Governor Ana Lima said 20 people were killed. Her spokesman later said 45 people were injured.',
      "injured 45 Ana Lima's spokesman",
    ],
    [
      'Mayor Tom Reed said 12 people died. His own office said 30 people were evacuated.',
      "displaced 30 Tom Reed's office",
    ],
    [
      'Prime Minister Sara Holm said 8 people died. According to her ministry, 40 were injured.',
      "injured 40 Sara Holm's ministry",
    ],
  ])('%s', (text, claim) => {
    expect(sources(text)).toContain(claim);
  });

  it('keeps "his office" as written when no person spoke before', () => {
    expect(sources('A fire killed at least 22 people on Monday, his office said.')).toEqual([
      'killed 22 his office',
    ]);
  });
});
