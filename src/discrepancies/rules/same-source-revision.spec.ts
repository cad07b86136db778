import type { ComparableClaim, DiscrepancyFinding } from './comparable-claim';
import { detectDiscrepancies } from './detect-discrepancies';
import { saysCountRose } from './rise-words';
import { claim, places } from './test-claims.fixture';

/** One figure an outlet (`article`) quotes from `who`, dated `asOf` (null: the text gives no date). */
const quoted = (value: number, who: string, article: string, asOf: string | null) =>
  claim({
    metric: 'detained',
    subject: 'people',
    value,
    asOf,
    asOfPrecision: asOf ? 'day' : null,
    originKey: `origin:${who.toLowerCase()}`,
    attribution: [who],
    articleId: article,
    sourceKey: `article:${article}`,
  });

const judged = (claims: ComparableClaim[]) =>
  detectDiscrepancies(claims, places).map((f: DiscrepancyFinding) => [
    f.kind,
    f.rule,
    f.pair.map((v) => v.value).sort((x, y) => x - y),
  ]);

describe('one named origin quoted with two figures by two outlets', () => {
  // The shape: "Interior Minister Pascoal Ronda said 78 were arrested" in one outlet and "Ronda
  // said 71" in another, with nothing placing one figure after the other. The outlets disagree
  // about what the origin said: a conflict a desk checks, not the origin revising its count.
  it.each([
    ['the same day', '2024-12-24', '2024-12-24', 'same_day_disagreement'],
    ['two undated texts', null, null, 'disjoint_intervals'],
    ['a dated and an undated text', '2024-12-24', null, 'disjoint_intervals'],
    ['an undated and a dated text', null, '2024-12-24', 'disjoint_intervals'],
  ])('is a conflict on %s', (_, first, second, rule) => {
    const claims = [
      quoted(78, 'Interior Minister Pascoal Ronda', 'aljazeera', first),
      quoted(71, 'Ronda', 'fluxdaily', second),
    ];
    expect(judged(claims)).toEqual([['conflict', rule, [71, 78]]]);
  });

  it('is a conflict under one full name in both outlets, the same day', () => {
    const claims = [
      quoted(13, 'Sheriff Ana Costa', 'outlet-a', '2025-03-16'),
      quoted(12, 'Sheriff Ana Costa', 'outlet-b', '2025-03-16'),
    ];
    expect(judged(claims)).toEqual([['conflict', 'same_day_disagreement', [12, 13]]]);
  });

  it("is the origin's update when a later day brings the other figure", () => {
    const claims = [
      quoted(71, 'Interior Minister Pascoal Ronda', 'aljazeera', '2024-12-24'),
      quoted(78, 'Ronda', 'fluxdaily', '2024-12-25'),
    ];
    expect(judged(claims)).toEqual([['update', 'same_source_revision', [71, 78]]]);
  });
});

describe('explaining one origin quoted by two outlets', () => {
  it('names each outlet before the origin it cites', () => {
    const [f] = detectDiscrepancies(
      [
        {
          ...quoted(78, 'Interior Minister Pascoal Ronda', 'a1', '2024-12-24'),
          outlet: 'aljazeera.com',
        },
        { ...quoted(71, 'Ronda', 'a2', '2024-12-24'), outlet: 'fluxdaily.news' },
      ],
      places,
    );
    expect(f.explanation).toBe(
      'People detained on 24 Dec 2024: 71 (fluxdaily.news, citing Ronda) against ' +
        '78 (aljazeera.com, citing Interior Minister Pascoal Ronda).',
    );
  });
});

describe('one named origin whose larger figure is worded as a count that rose', () => {
  // The shape: "the death toll has risen to 69, Alejandro said" in one outlet and "Alejandro said 60
  // had died" in another, neither dated: the wording itself puts 69 after 60 (an update).
  it.each([
    'the death toll has risen to 78',
    'the number of people arrested climbed to 78',
    'arrests already reached 78',
    'arrests rose to 78, up from 71',
  ])('is the origin revising its count when the larger reads "%s"', (quote) => {
    const claims = [
      { ...quoted(78, 'Interior Minister Pascoal Ronda', 'a1', null), rose: saysCountRose(quote) },
      quoted(71, 'Ronda', 'a2', null),
    ];
    expect(judged(claims)).toEqual([['update', 'same_source_revision', [71, 78]]]);
  });

  it('stays a conflict when only the smaller figure is worded as a rise', () => {
    const claims = [
      quoted(78, 'Interior Minister Pascoal Ronda', 'a1', null),
      { ...quoted(71, 'Ronda', 'a2', null), rose: saysCountRose('arrests rose to 71') },
    ];
    expect(judged(claims)).toEqual([['conflict', 'disjoint_intervals', [71, 78]]]);
  });

  it('reads no rise in a plain count', () => {
    expect(saysCountRose('78 people were arrested')).toBe(false);
    expect(saysCountRose('the toll stood at 78')).toBe(false);
  });
});
