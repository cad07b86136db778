import {
  compareByTime,
  conservativeFigure,
  distinctValues,
  envelopeOf,
  summariseHistory,
  type HistoryClaimInput,
} from './claim-history';
import { saysCountRose } from '../../discrepancies/rules/rise-words';

let n = 0;
const claim = (
  value: number,
  asOf: string | null,
  originKey: string,
  extra: Partial<HistoryClaimInput> = {},
): HistoryClaimInput => ({
  id: `c${++n}`,
  value,
  low: value,
  high: value,
  asOf,
  recordedAt: '2024-01-01T00:00:00.000Z',
  originKey,
  ...extra,
});

describe('claim history', () => {
  it('orders claims by asOf, undated last, then by when they were recorded', () => {
    const late = claim(18, '2022-01-08', 'a');
    const undated = claim(5, null, 'b');
    const early = claim(8, '2022-01-06T10:00:00Z', 'c');
    const sameDayRecordedFirst = claim(12, '2022-01-07', 'd', {
      recordedAt: '2023-01-01T00:00:00Z',
    });
    const sameDayRecordedLater = claim(13, '2022-01-07', 'e', {
      recordedAt: '2023-06-01T00:00:00Z',
    });
    const { timeline } = summariseHistory([
      late,
      undated,
      sameDayRecordedLater,
      early,
      sameDayRecordedFirst,
    ]);
    expect(timeline.map((c) => c.value)).toEqual([8, 12, 13, 18, 5]);
    expect(compareByTime(early, early)).toBe(0);
  });

  it('gives each distinct figure the time it was first seen and how many origins assert it', () => {
    const values = distinctValues([
      claim(8, '2022-01-06', 'post:1'),
      claim(12, '2022-01-06', 'origin:ministry'),
      claim(8, '2022-01-07', 'origin:tass'),
      claim(8, '2022-01-08', 'post:1'),
    ]);
    expect(values.map((v) => [v.value, v.firstSeenAt, v.origins, v.claimIds.length])).toEqual([
      [8, '2022-01-06', 2, 3],
      [12, '2022-01-06', 1, 1],
    ]);
  });

  it('keeps "at least 12" apart from an exact 12', () => {
    const values = distinctValues([
      claim(12, '2022-01-06', 'a'),
      claim(12, '2022-01-06', 'b', { high: null }),
    ]);
    expect(values).toHaveLength(2);
  });

  it('takes the interval envelope over the claims, null where one is unbounded', () => {
    expect(envelopeOf([claim(8, null, 'a'), claim(12, null, 'b', { low: 10, high: 14 })])).toEqual({
      low: 8,
      high: 14,
    });
    expect(envelopeOf([claim(8, null, 'a'), claim(12, null, 'b', { high: null })])).toEqual({
      low: 8,
      high: null,
    });
    expect(envelopeOf([claim(8, null, 'a', { low: null })])).toEqual({ low: null, high: 8 });
    expect(envelopeOf([])).toBeNull();
  });

  it('takes the lowest figure an independent origin currently asserts', () => {
    const fig = conservativeFigure([
      claim(12, '2022-01-06', 'origin:ministry'),
      claim(8, '2022-01-06', 'post:1'),
      claim(8, '2022-01-07', 'origin:tass'),
    ]);
    expect(fig).toMatchObject({ value: 8, originKeys: ['post:1', 'origin:tass'] });
    expect(fig!.claimIds).toHaveLength(2);
  });

  it("uses each origin's latest figure: an origin that updated 8 to 18 no longer asserts 8", () => {
    const fig = conservativeFigure([
      claim(8, '2022-01-06', 'origin:ministry'),
      claim(18, '2022-01-08', 'origin:ministry'),
      claim(12, '2022-01-07', 'post:1'),
    ]);
    expect(fig).toMatchObject({ value: 12, originKeys: ['post:1'] });
  });

  it('counts an origin saying two figures for one time as the lower, and an undated origin by all it said', () => {
    expect(
      conservativeFigure([
        claim(20, '2022-01-06', 'a'),
        claim(15, '2022-01-06', 'a'),
        claim(30, null, 'b'),
      ])?.value,
    ).toBe(15);
    expect(
      conservativeFigure([claim(30, null, 'b'), claim(25, null, 'b'), claim(40, '2022-01-06', 'c')])
        ?.value,
    ).toBe(25);
    expect(conservativeFigure([])).toBeNull();
  });

  it('leaves out figures their outlet corrected in a later revision', () => {
    expect(
      conservativeFigure([
        claim(8, '2022-01-06', 'site:a', { superseded: true }),
        claim(12, '2022-01-06', 'site:a'),
        claim(15, '2022-01-06', 'b'),
      ])?.value,
    ).toBe(12);
  });
});

describe('claim history per origin (issue 10)', () => {
  it("supersedes an origin's earlier figures by its later one, and keeps one series per origin", () => {
    const summary = summariseHistory([
      claim(12, '2022-01-05', 'origin:ministry'),
      claim(4353, '2022-01-15', 'origin:ministry'),
      claim(100, '2022-01-06', 'site:blog'),
    ]);
    expect(
      summary.series.map((s) => [s.originKey, s.values.map((v) => [v.value, v.superseded])]),
    ).toEqual([
      [
        'origin:ministry',
        [
          [12, true],
          [4353, false],
        ],
      ],
      ['site:blog', [[100, false]]],
    ]);
    expect(summary.envelope).toEqual({ low: 100, high: 4353 });
  });

  describe("an undated figure overtaken by its origin's count worded as risen", () => {
    it.each([
      ['landslide', 'the death toll has risen to 69, the governor said', 60, 69],
      ['police raid', 'the toll climbed to 121, according to the ministry', 64, 121],
      ['ferry', 'the number of dead has reached 87, officials said', 78, 87],
      ['floods', 'the toll rose to 205 overnight, the agency said', 158, 205],
      ['quake', 'deaths jumped to 2,012, the ministry said', 820, 2012],
    ])(
      '%s: "%s" supersedes it, and the conservative figure is the risen one',
      (_e, quote, a, b) => {
        const before = claim(a, null, 'origin:gov');
        const after = claim(b, null, 'origin:gov', { rose: saysCountRose(quote) });
        const summary = summariseHistory([before, after]);
        expect([...summary.superseded]).toEqual([before.id]);
        expect(summary.conservative?.value).toBe(b);
      },
    );

    it("stands beside another origin's risen figure, and a dated figure beside its own earlier risen one", () => {
      const undated = claim(60, null, 'origin:un');
      const other = claim(69, null, 'origin:red cross', { rose: true });
      const earlier = claim(70, '2024-05-25', 'origin:gov', { rose: true });
      const later = claim(65, '2024-05-27', 'origin:gov');
      expect(summariseHistory([undated, other, earlier, later]).superseded).toEqual(
        new Set([earlier.id]),
      );
    });
  });

  it('says an undated figure is undated instead of using the time it was stored', () => {
    const [value] = distinctValues([claim(8, null, 'origin:police')]);
    expect(value.firstSeenAt).toBeNull();
  });

  it('gives the lowest current figure of the whole area from on-the-record origins', () => {
    const figure = conservativeFigure([
      claim(2, '2022-01-06', 'site:aggregator'), // off the record
      claim(3, '2022-01-06', 'origin:city hospital', { partOfArea: true }), // one town only
      claim(5, '2022-01-05', 'origin:ministry'), // superseded by the ministry's 18
      claim(18, '2022-01-07', 'origin:ministry'),
      claim(25, '2022-01-07', 'post:9'),
    ]);
    expect(figure).toMatchObject({
      value: 18,
      basis: 'on_record',
      originKeys: ['origin:ministry'],
    });
  });

  it("keeps an origin's figures for a part and for the whole apart: neither supersedes the other", () => {
    const almaty = { location: 'Almaty', partOfArea: true };
    const kz = { location: 'Kazakhstan' };
    const summary = summariseHistory([
      claim(8, '2022-01-06', 'origin:ministry', almaty),
      claim(10, '2022-01-07', 'origin:ministry', almaty),
      claim(18, '2022-01-08', 'origin:ministry', kz),
      claim(9, '2022-01-09', 'origin:ministry', { ...almaty, countsPart: true }),
      claim(16, '2022-01-06', 'origin:ministry', kz),
    ]);
    expect(
      summary.series.map((s) => [s.location, s.part, s.values.map((v) => [v.value, v.superseded])]),
    ).toEqual([
      [
        'Almaty',
        false,
        [
          [8, true],
          [10, false],
        ],
      ],
      [
        'Kazakhstan',
        false,
        [
          [16, true],
          [18, false],
        ],
      ],
      ['Almaty', true, [[9, false]]],
    ]);
    // the envelope and the conservative figure speak for the whole area: Almaty's 10 is a part
    expect(summary.envelope).toEqual({ low: 18, high: 18 });
    expect(summary.conservative?.value).toBe(18);
  });

  it('reads the parts as the quantity when no figure is for the whole area', () => {
    const summary = summariseHistory([
      claim(8, '2022-01-06', 'origin:ministry', { location: 'Almaty', partOfArea: true }),
      claim(3, '2022-01-06', 'post:1', { location: 'Aktobe', partOfArea: true }),
    ]);
    expect(summary.envelope).toEqual({ low: 3, high: 8 });
    expect(summary.superseded.size).toBe(0);
  });
});
