import { findNumbers } from './numbers';

const values = (s: string) => findNumbers(s).map((n) => n.value);

describe('findNumbers', () => {
  it.each([
    ['1,000 people', [1000]],
    ['4 353 wounded', [4353]],
    ['1 000 000 people', [1000000]],
    ['1.5 million people', [1500000]],
    ['2 million pilgrims', [2000000]],
    ['eight police', [8]],
    ['twenty-five people', [25]],
    ['Twenty five people', [25]],
    ['a dozen people', [12]],
    ['two dozen people', [24]],
    ['half a dozen people', [6]],
    ['half a million people', [500000]],
    ['half a thousand people', [500]],
    ['a quarter of a million people', [250000]],
    ['nearly a quarter of a million people', [250000]],
    ['three-quarters of a million people', [750000]],
    ['three quarters of a million pilgrims', [750000]],
    ['a third of a million people', [333333]],
    ['two-thirds of a million people', [666667]],
    ['one quarter of a million people', [250000]],
    ['a quarter of the 400 victims', [400]],
    ['three quarters of the town', []],
    ['two hundred people', [200]],
    ['two hundred and fifty people', [250]],
    ['three thousand people', [3000]],
    ['a hundred people', [100]],
    ['ninety-nine people', [99]],
    ['10-15 people', [10, 15]],
    ['between 10 and 15 people', [10, 15]],
    ['5969 participants', [5969]],
    ['164 people', [164]],
  ])('%s → %j', (s, want) => expect(values(s)).toEqual(want));

  it.each([
    ['dozens of people', 12, 12, 99],
    ['scores of people', 20, 20, 99],
    ['tens of people', 10, 10, 99],
    ['hundreds of people', 100, 100, 999],
    ['thousands of people', 1000, 1000, 9999],
    ['tens of thousands of people', 10000, 10000, 99999],
    ['hundreds of thousands of people', 100000, 100000, 999999],
    ['several hundred people', 100, 100, 999],
    ['millions of people', 1000000, 1000000, 9999999],
    ['tens of millions of pilgrims', 10000000, 10000000, 99999999],
    ['Tens of millions gathered', 10000000, 10000000, 99999999],
    ['hundreds of millions of viewers', 100000000, 100000000, 999999999],
    ['a few million people', 1000000, 1000000, 9999999],
    ['hundreds were hurt', 100, 100, 999],
    ['killed thousands.', 1000, 1000, 9999],
  ])('vague %s', (s, value, low, high) => {
    const [n] = findNumbers(s);
    expect(n.value).toBe(value);
    expect(n.vague).toEqual({ low, high });
  });

  it.each([
    'in 2022',
    'January 6, 2022',
    '6 January',
    'Jan. 13',
    'on the 5th of May',
    'a 28-year-old man',
    'aged 34',
    'a four-year-old girl',
    '80% of the dead',
    '20 percent',
    '$212 million',
    '€5 million',
    '120 tenge',
    'Article 4 of the treaty',
    'Khabar-24',
    'COVID-19',
    'a two-week state of emergency',
    'the first victim',
    'the 2nd day',
    'in their 20s and 30s',
    'at 7:45',
    'call 9-1-1',
    '+7 727 250 1234',
    '15 minutes',
    'six times',
    'two-thirds of those killed',
    'F-16 jets',
    'one of the victims',
    'no one was hurt',
    'one more person',
    'Dozens',
    '7.8-magnitude',
    '3.5 km',
  ])('not a count: %s', (s) => expect(values(s)).toEqual([]));

  it('keeps offsets exact', () => {
    const s = 'Police said 4,353 people and twenty-five others';
    for (const n of findNumbers(s)) expect(/\d|twenty/.test(s.slice(n.start, n.end))).toBe(true);
    expect(findNumbers(s).map((n) => s.slice(n.start, n.end))).toEqual(['4,353', 'twenty-five']);
  });
});

describe('scale words after digits', () => {
  it('reads lakhs, crores and a millions "m" after a decimal', () => {
    expect(values('Over 2.5 lakh people attended')).toEqual([250_000]);
    expect(values('1.5 crore pilgrims')).toEqual([15_000_000]);
    expect(values('Up to 1.08m people marched')).toEqual([1_080_000]);
  });

  it('never reads a height in metres as millions, nor a figure cut out of a decimal', () => {
    expect(values('waves up to 2.5m high')).toEqual([]);
    expect(values('a 1.08m-wide gap')).toEqual([]);
  });

  it('reads a whole millions "m" before people, "mn", and a scale joined by a hyphen', () => {
    expect(values('Fighting has displaced 4m people')).toEqual([4_000_000]);
    expect(values('More than 2m refugees')).toEqual([2_000_000]);
    expect(values('More than 3.4mn people')).toEqual([3_400_000]);
    expect(values('About 1.5-million people')).toEqual([1_500_000]);
  });

  it('never reads a whole "m" before anything else as millions', () => {
    expect(values('a 10m drop')).toEqual([]);
    expect(values('the 100m final')).toEqual([]);
  });

  it('reads dots that group thousands, but a dot before a scale word is a decimal point', () => {
    expect(values('3.200 people were detained')).toEqual([3200]);
    expect(values('1.200.000 people marched')).toEqual([1_200_000]);
    expect(values('1.500 million people')).toEqual([1_500_000]);
    expect(values('a 0.500 share')).toEqual([]);
  });

  it('reads a figure before a lower-case "march" as a crowd, and a day before a month as a date', () => {
    expect(values('130,000 march in Valencia')).toEqual([130_000]);
    expect(values('on 12 March 2024')).toEqual([]);
  });
});

describe('lakhs and crores in words, and a scale a range writes once', () => {
  it.each([
    ['eight lakh people', [800_000]],
    ['Eight lakhs of devotees', [800_000]],
    ['a lakh people', [100_000]],
    ['one crore pilgrims', [10_000_000]],
    ['two crore devotees', [20_000_000]],
    ['three hundred crore visitors', [3_000_000_000]],
    ['seven to eight lakh people', [700_000, 800_000]],
    ['7-8 lakh people', [700_000, 800_000]],
    ['between 7 and 8 lakh people', [700_000, 800_000]],
    ['two or three thousand people', [2000, 3000]],
    ['2 to 3 million people', [2_000_000, 3_000_000]],
    ['1.5 to 2 million people', [1_500_000, 2_000_000]],
    ['300 to 1.2 million people', [300, 1_200_000]],
    ['500 to 2 thousand people', [500, 2000]],
  ])('%s → %j', (s, want) => expect(values(s)).toEqual(want));

  it.each([
    ['lakhs of devotees', 100_000, 999_999],
    ['Crores of pilgrims', 10_000_000, 99_999_999],
  ])('vague %s', (s, low, high) => {
    const [n] = findNumbers(s);
    expect(n.value).toBe(low);
    expect(n.vague).toEqual({ low, high });
  });

  it.each([['Rs 5 lakh compensation'], ['₹10 lakh to the kin'], ['Rs 2 crore grant']])(
    'money is no count: %s',
    (s) => expect(values(s)).toEqual([]),
  );
});
