import {
  compareRevisions,
  diffRevisions,
  latestRevisions,
  type RevisionFigure,
} from './revision-diff';

const fig = (
  metric: string,
  subject: string,
  location: string | null,
  value: number,
  extra: Partial<RevisionFigure> = {},
): RevisionFigure => ({
  metric,
  subject,
  location,
  value,
  low: value,
  high: value,
  quote: `${value} ${subject} ${metric}`,
  ...extra,
});

describe('diffRevisions', () => {
  it('reports changed, added and removed figures keyed by metric, subject and location', () => {
    const before = [
      fig('killed', 'law_enforcement', 'Almaty', 12),
      fig('injured', 'law_enforcement', 'Almaty', 317),
      fig('detained', 'people', null, 40),
    ];
    const after = [
      fig('killed', 'law_enforcement', 'Almaty', 18),
      fig('injured', 'law_enforcement', 'Almaty', 317),
      fig('missing', 'people', null, 3),
    ];
    const changes = diffRevisions(before, after);
    expect(
      changes.map((c) => [
        c.key,
        c.change,
        c.before.map((f) => f.value),
        c.after.map((f) => f.value),
      ]),
    ).toEqual([
      ['detained|people|', 'removed', [40], []],
      ['killed|law_enforcement|Almaty', 'changed', [12], [18]],
      ['missing|people|', 'added', [], [3]],
    ]);
  });

  it('sees a changed interval ("at least 12" became 12) as a change, a rewording as none', () => {
    expect(
      diffRevisions(
        [fig('killed', 'people', null, 12, { high: null })],
        [fig('killed', 'people', null, 12)],
      )[0].change,
    ).toBe('changed');
    expect(
      diffRevisions(
        [fig('killed', 'people', null, 12, { quote: 'twelve died' })],
        [fig('killed', 'people', null, 12, { quote: '12 were killed' })],
      ),
    ).toEqual([]);
  });

  it('keeps the same quantity in two places apart', () => {
    const changes = diffRevisions(
      [fig('killed', 'people', 'Almaty', 5)],
      [fig('killed', 'people', 'Astana', 5)],
    );
    expect(changes.map((c) => c.change).sort()).toEqual(['added', 'removed']);
  });

  it('is empty between identical revisions', () => {
    const figures = [fig('killed', 'people', null, 5), fig('killed', 'people', null, 7)];
    expect(diffRevisions(figures, [...figures].reverse())).toEqual([]);
  });
});

describe('revision order', () => {
  const rev = (
    id: string,
    submittedAt: string,
    modifiedAt: string | null = null,
    publishedAt: string | null = null,
    url: string | null = 'u',
  ) => ({ id, submittedAt, modifiedAt, publishedAt, url });

  it("orders by the page's own dates when both give one, else by submission", () => {
    expect(
      compareRevisions(rev('a', '2024-02-01', '2022-01-07'), rev('b', '2024-01-01', '2022-01-08')),
    ).toBeLessThan(0);
    expect(
      compareRevisions(rev('a', '2024-02-01', null, '2022-01-06'), rev('b', '2024-01-01')),
    ).toBeGreaterThan(0);
    expect(
      compareRevisions(rev('a', '2024-01-01', '2022-01-07'), rev('b', '2024-02-01', '2022-01-07')),
    ).toBeLessThan(0);
  });

  it('picks the latest revision of each URL', () => {
    const ids = latestRevisions([
      rev('a', '2024-01-01'),
      rev('b', '2024-01-02'),
      rev('c', '2024-01-01', null, null, 'other'),
      rev('d', '2024-01-01', null, null, null),
    ]);
    expect([...ids].sort()).toEqual(['b', 'c', 'd']);
  });
});
