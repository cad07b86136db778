import { sameClaimSet } from './claim-set';
import { claim } from './test-claims.fixture';

describe('sameClaimSet', () => {
  const a = claim({ id: 'x1', metric: 'killed', subject: 'people', value: 8, articleId: 'A' });
  const b = claim({ id: 'x2', metric: 'injured', subject: 'people', value: 30, articleId: 'A' });

  it('ignores ids and order (re-processing an unchanged article)', () => {
    expect(
      sameClaimSet(
        [a, b],
        [
          { ...b, id: 'y2' },
          { ...a, id: 'y1' },
        ],
      ),
    ).toBe(true);
  });

  it('sees a changed figure, a missing claim and a repeated one', () => {
    expect(sameClaimSet([a, b], [a, { ...b, value: 31, low: 31, high: 31 }])).toBe(false);
    expect(sameClaimSet([a, b], [a])).toBe(false);
    expect(sameClaimSet([a, a], [a, b])).toBe(false);
  });
});
