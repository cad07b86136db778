import { extractClaims } from './extract-claims';

const read = (text: string) =>
  extractClaims(text, { publishedAt: '2024-08-01' }).map(
    (c) => `${c.metric} ${c.value} ${c.qualifier} [${c.low}, ${c.high}]`,
  );

describe('the longest qualifier before a figure bounds it', () => {
  it.each([
    ['The ministry said no more than 46 people were killed.', 'killed 46 at_most [0, 46]'],
    ['Not more than 20 people were arrested.', 'detained 20 at_most [0, 20]'],
    ['The unofficial death toll could be as high as 135.', 'killed 135 at_most [0, 135]'],
    ['As much as 400 troops were sent to the border.', 'deployed 400 at_most [0, 400]'],
    ['No fewer than 30 people died.', 'killed 30 at_least [30, null]'],
    ['Well over 300 people were injured.', 'injured 300 more_than [300, null]'],
  ])('%s', (text, claim) => {
    expect(read(text)).toEqual([claim]);
  });
});
