import { detectDiscrepancies } from './detect-discrepancies';
import type { ComparableClaim } from './comparable-claim';
import { originValues } from './origin-values';
import { saysCountRose } from './rise-words';
import { claim, places } from './test-claims.fixture';

const killed = (value: number, over: Partial<ComparableClaim> = {}) =>
  claim({ metric: 'killed', subject: 'people', value, ...over });
const injured = (value: number, over: Partial<ComparableClaim> = {}) =>
  claim({ metric: 'injured', subject: 'people', value, ...over });
const ministry = { originKey: 'origin:health ministry', attribution: ['Health Ministry'] };

describe('originValues: one series per origin', () => {
  it("marks an origin's earlier figure superseded by its later one, not another origin's", () => {
    const values = originValues([
      killed(40, { ...ministry, asOf: '2023-01-05' }),
      killed(90, { ...ministry, asOf: '2023-01-07' }),
      killed(60, { asOf: '2023-01-08' }),
    ]);
    expect(values.map((v) => [v.value, v.superseded])).toEqual([
      [40, true],
      [90, false],
      [60, false],
    ]);
  });

  describe("an undated figure overtaken by its origin's count worded as risen is superseded", () => {
    const undated = { ...ministry, asOf: null, asOfPrecision: null };
    it.each([
      ['landslide', 'the death toll has risen to 69, the ministry said', 60, 69],
      ['police raid', 'the toll climbed to 121, according to the ministry', 64, 121],
      ['ferry', 'the number of dead has reached 87, the ministry said', 78, 87],
      ['floods', 'the ministry said the toll rose to 205 overnight', 158, 205],
      ['quake', 'deaths jumped to 2,012, the ministry said', 820, 2012],
    ])('%s: "%s"', (_event, quote, before, after) => {
      const values = originValues([
        killed(before, undated),
        killed(after, { ...undated, rose: saysCountRose(quote) }),
      ]);
      expect(values.map((v) => [v.value, v.superseded])).toEqual([
        [before, true],
        [after, false],
      ]);
    });

    it('not by a figure worded as risen from another origin, nor by one below it', () => {
      const values = originValues([
        killed(60, undated),
        killed(69, { asOf: null, asOfPrecision: null, rose: true }),
        killed(50, { ...undated, asOf: '2023-01-05', rose: true }),
      ]);
      expect(values.every((v) => !v.superseded)).toBe(true);
    });

    it('dates still order the figures: a dated later figure is current whatever the wording', () => {
      const values = originValues([
        killed(69, { ...ministry, asOf: '2023-01-05', rose: true }),
        killed(60, { ...ministry, asOf: '2023-01-07' }),
      ]);
      expect(values.map((v) => [v.value, v.superseded])).toEqual([
        [69, true],
        [60, false],
      ]);
    });
  });

  it("supersedes only within one scope: a union's city count is no earlier national count", () => {
    // "the CGT counted 119,000 in Paris" (23 Mar), then "3.5 million across France, the CGT said" (24 Mar)
    const cgt = { originKey: 'origin:cgt', attribution: ['CGT'] };
    const values = originValues([
      claim({
        metric: 'participants',
        subject: 'protesters',
        value: 119000,
        ...cgt,
        location: 'Almaty',
        asOf: '2023-03-23',
      }),
      claim({
        metric: 'participants',
        subject: 'protesters',
        value: 450000,
        ...cgt,
        asOf: '2023-03-23',
      }),
      claim({
        metric: 'participants',
        subject: 'protesters',
        value: 3500000,
        ...cgt,
        asOf: '2023-03-24',
      }),
    ]);
    expect(values.map((v) => [v.value, v.location, v.superseded])).toEqual([
      [119000, 'Almaty', false],
      [450000, null, true],
      [3500000, null, false],
    ]);
  });

  it('keeps two figures of one origin on the same day both current (it contradicts itself)', () => {
    const values = originValues([killed(40, ministry), killed(90, ministry)]);
    expect(values.map((v) => v.superseded)).toEqual([false, false]);
  });
});

describe('the lead pair', () => {
  it('leads with current figures of independent on-the-record origins, not a superseded one', () => {
    const [f] = detectDiscrepancies(
      [
        killed(5, { ...ministry, asOf: '2023-01-05' }),
        killed(90, { ...ministry, asOf: '2023-01-07' }),
        killed(60, {
          originKey: 'origin:red cross',
          attribution: ['Red Cross'],
          asOf: '2023-01-07',
        }),
        killed(2, { originKey: 'site:blog.example', asOf: '2023-01-07' }),
      ],
      places,
    );
    expect(f.kind).toBe('conflict');
    expect(f.pair.map((v) => v.value).sort((a, b) => a - b)).toEqual([60, 90]);
    expect(f.values.find((v) => v.value === 5)?.superseded).toBe(true);
    // grouped by origin: the pair's origins first, each origin's figures in time order
    expect(f.values.map((v) => v.origin)).toEqual([
      'origin:red cross',
      'origin:health ministry',
      'origin:health ministry',
      'site:blog.example',
    ]);
    expect(f.values.map((v) => v.value)).toEqual([60, 5, 90, 2]);
  });

  it('leads with figures worded as totals before a tally of bodies recovered the same day', () => {
    const [f] = detectDiscrepancies(
      [
        killed(132, { originKey: 'origin:public defender', asOf: '2025-10-28' }),
        killed(121, { originKey: 'origin:state authorities', asOf: '2025-10-29' }),
        killed(63, { originKey: 'origin:police', asOf: '2025-10-29', tally: true }),
      ],
      places,
    );
    expect(f.pair.map((v) => v.value)).toEqual([132, 121]);
  });

  it('leads with figures worded as totals before a subset of the dead (women among them)', () => {
    const [f] = detectDiscrepancies(
      [
        killed(10, { originKey: 'origin:un rights office', asOf: null, subset: true }),
        killed(20, { originKey: 'origin:local radio', asOf: null }),
        killed(70, { originKey: 'origin:un', low: 70, high: null, asOf: null }),
      ],
      places,
    );
    expect(f.pair.map((v) => v.value)).toEqual([20, 70]);
  });

  it('leads with stated counts before a feared figure (hedge-words.ts)', () => {
    const [f] = detectDiscrepancies(
      [
        killed(100, { originKey: 'site:breakinglatest.news', asOf: '2023-02-27', hedged: true }),
        killed(65, { originKey: 'origin:provincial office', asOf: '2023-02-28' }),
        killed(58, { originKey: 'origin:manuela curra', asOf: null }),
        killed(60, { originKey: 'site:newsrnd.com', asOf: null }),
      ],
      places,
    );
    // the two on the record, undated against dated: no date orders them
    expect(f.pair.map((v) => v.value)).toEqual([58, 65]);
  });

  it('leads with current counts before one the text says was reported earlier (hedge-words.ts)', () => {
    const [f] = detectDiscrepancies(
      [
        injured(24, { originKey: 'origin:authorities', asOf: null, reportedEarlier: true }),
        injured(25, { originKey: 'origin:martin vondrasek', asOf: '2023-12-21' }),
        injured(30, { originKey: 'site:thedailyhorn.com', asOf: null }),
      ],
      places,
    );
    expect(f.pair.map((v) => v.value)).toEqual([25, 30]);
  });

  it('a tally leads when the flag has nothing else to lead with', () => {
    const [f] = detectDiscrepancies(
      [
        killed(13, { originKey: 'origin:eyewitnesses', asOf: null, tally: true }),
        killed(30, { originKey: 'origin:ocha', asOf: null }),
      ],
      places,
    );
    expect(f.pair.map((v) => v.value)).toEqual([13, 30]);
  });

  it("treats one origin's growth over days as an update", () => {
    const found = detectDiscrepancies(
      [
        killed(12, { ...ministry, asOf: '2023-01-05' }),
        killed(4353, { ...ministry, asOf: '2023-01-09' }),
      ],
      places,
    );
    expect(found.map((f) => [f.kind, f.rule])).toEqual([['update', 'growth_over_time']]);
  });
});

describe('two origins quoted in one text', () => {
  const oneArticle = { sourceKey: 'article:a1', articleId: 'a1', asOf: '2023-08-12' };
  it('compares them with each other', () => {
    const found = detectDiscrepancies(
      [
        killed(106, { ...oneArticle, originKey: 'origin:governor', attribution: ['the governor'] }),
        killed(101, { ...oneArticle, originKey: 'origin:county', attribution: ['Maui County'] }),
      ],
      places,
    );
    expect(found.map((f) => [f.kind, f.pair.map((v) => v.value)])).toEqual([
      ['conflict', [101, 106]],
    ]);
    expect(found[0].explanation).toBe(
      'People killed on 12 Aug 2023: 101 (Maui County) against 106 (the governor).',
    );
  });

  it('does not set its vague amount against its exact figure', () => {
    const detained = (value: number, over: Partial<ComparableClaim>) =>
      claim({ metric: 'detained', subject: 'people', value, ...oneArticle, ...over });
    const found = detectDiscrepancies(
      [
        detained(100, { qualifier: 'vague', low: 100, high: 999, originKey: 'origin:police' }),
        detained(5969, { originKey: 'origin:interior ministry' }),
      ],
      places,
    );
    expect(found.filter((f) => f.kind === 'conflict')).toEqual([]);
  });
});

describe("a smaller figure beside its own text's total", () => {
  const displaced = (value: number, over: Partial<ComparableClaim>) =>
    claim({ metric: 'displaced', subject: 'people', value, ...over });
  // "Erdogan says more than a million people are now staying in tents … and about 158,000 people
  // have been evacuated from the quake zone" (13 Feb), after "380,000 … in shelters" (7 Feb)
  const erdogan = {
    originKey: 'origin:erdogan',
    sourceKey: 'article:explainer',
    articleId: 'explainer',
    asOf: '2023-02-13',
  };
  const claims = [
    displaced(380_000, {
      originKey: 'origin:oktay',
      asOf: '2023-02-07',
      low: 342_000,
      high: 418_000,
    }),
    displaced(1_000_000, { ...erdogan, low: 1_000_000, high: null, qualifier: 'more_than' }),
    displaced(158_000, { ...erdogan, low: 142_200, high: 173_800, qualifier: 'approx' }),
  ];

  it('is not set against other sources as a fall in the count', () => {
    const found = detectDiscrepancies(claims, places);
    expect(found.map((f) => [f.kind, f.rule])).toEqual([['update', 'growth_over_time']]);
    expect(found[0].pair.map((v) => v.value)).toEqual([380_000, 1_000_000]);
    expect(found[0].values.map((v) => [v.value, v.superseded])).toEqual([
      [380_000, false],
      [1_000_000, false],
      [158_000, true],
    ]);
  });

  it('stays current when two named origins speak in one text', () => {
    const found = detectDiscrepancies(
      [claims[0], claims[1], { ...claims[2], originKey: 'origin:afad' }],
      places,
    );
    expect(found.map((f) => f.kind)).toEqual(['conflict']);
  });

  it('is no total when the larger figure is a possibility or an earlier report (hedge-words.ts)', () => {
    // "So far there are 59 confirmed victims … There could be 100 people who died"
    const outlet = { originKey: 'site:pledgetimes.com', sourceKey: 'article:p', articleId: 'p' };
    const dead = (value: number, over: Partial<ComparableClaim>) =>
      claim({ metric: 'killed', subject: 'people', value, asOf: '2023-02-27', ...outlet, ...over });
    for (const wording of [{ hedged: true }, { reportedEarlier: true }]) {
      const values = detectDiscrepancies(
        [dead(59, {}), dead(100, wording), dead(63, { originKey: 'site:other', sourceKey: 'x' })],
        places,
      )[0].values;
      expect(values.find((v) => v.value === 59)?.superseded).toBe(false);
    }
  });
});

describe('crowds: an origin counts each gathering (CROWD_PER_GATHERING)', () => {
  const crowd = (value: number, asOf: string) =>
    claim({
      metric: 'participants',
      subject: 'protesters',
      value,
      asOf,
      asOfPrecision: 'day',
      originKey: 'origin:police',
    });

  it("leaves the police's count of a march a week earlier current beside the later march's", () => {
    const values = originValues([crowd(240000, '2019-06-10'), crowd(338000, '2019-06-17')]);
    expect(values.map((v) => [v.value, v.superseded])).toEqual([
      [240000, false],
      [338000, false],
    ]);
  });

  it("lets the next morning's count revise the march day's", () => {
    const values = originValues([crowd(80000, '2023-01-19'), crowd(112000, '2023-01-20')]);
    expect(values.map((v) => [v.value, v.superseded])).toEqual([
      [80000, true],
      [112000, false],
    ]);
  });

  it('keeps superseding other quantities across days', () => {
    const deaths = originValues([
      killed(40, { ...ministry, asOf: '2022-01-02' }),
      killed(90, { ...ministry, asOf: '2022-01-09' }),
    ]);
    expect(deaths.map((v) => v.superseded)).toEqual([true, false]);
  });
});
