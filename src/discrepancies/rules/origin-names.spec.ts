import type { ComparableClaim } from './comparable-claim';
import { detectDiscrepancies } from './detect-discrepancies';
import { nameOfOrigin, spokespersonOf, withOriginsByName } from './origin-names';
import { claim, places } from './test-claims.fixture';

describe('nameOfOrigin', () => {
  it.each([
    ['Sheriff Larry Leitha', 'larry leitha'],
    ['Texas Lieutenant Gov. Dan Patrick', 'dan patrick'],
    ['Minister of State for Home Harsh Sanghavi', 'harsh sanghavi'],
    ['Gov. Greg Abbott (R)', 'greg abbott'],
    ['Governor Babajide Sanwo-Olu of Lagos State', 'babajide sanwo-olu'],
    ['Mohanbhai Kalyanji Kundariya, BJP MP from Rajkot', 'mohanbhai kalyanji kundariya'],
    ['Senior police official Ashok Kumar Yadav', 'ashok kumar yadav'],
    ['international human rights group Amnesty International', 'amnesty international'],
    ['Leitha', 'leitha'],
    ['main opposition Chadema party', 'chadema'],
    ['the ruling Likud party', 'likud'],
    ['the Catholic Church of Tanzania', 'catholic church'],
    ['International Organisation for Migration (IOM)', 'international organisation'],
    ['Gov. Larry Hogan of Maryland', 'larry hogan'],
    ['officials of Amnesty International', 'amnesty international'],
  ])('%s is %s', (label, name) => {
    expect(nameOfOrigin(label).join(' ')).toBe(name);
  });

  it.each([
    'the Gujarat information department',
    'Metropolitan Police',
    'top police official',
    'Officials',
    'Eyewitnesses at Alausa protest ground',
    'Khabar-24',
    "Tanzania's main opposition party",
    'Living Forces of Guinea',
  ])('names no person or body by name in %s', (label) => {
    expect(nameOfOrigin(label)).toEqual([]);
  });
});

const said = (value: number, who: string, over: Partial<ComparableClaim> = {}) =>
  claim({
    metric: 'killed',
    subject: 'people',
    value,
    asOf: null,
    asOfPrecision: null,
    originKey: `origin:${who.toLowerCase()}`,
    attribution: [who],
    ...over,
  });

describe('withOriginsByName', () => {
  it('gives one key to one person under a title, a full name and a surname', () => {
    const keys = withOriginsByName([
      said(68, 'Sheriff Larry Leitha'),
      said(70, 'Larry Leitha'),
      said(72, 'Leitha'),
    ]).map((c) => c.originKey);
    expect(new Set(keys)).toEqual(new Set(['origin:larry leitha']));
  });

  it('leaves a surname two people share, and bodies, as they are', () => {
    const keys = withOriginsByName([
      said(1, 'Joe Biden'),
      said(2, 'Hunter Biden'),
      said(3, 'Biden'),
      said(4, 'the police'),
    ]).map((c) => c.originKey);
    expect(keys).toEqual([
      'origin:joe biden',
      'origin:hunter biden',
      'origin:biden',
      'origin:the police',
    ]);
  });

  it('returns one object per claim on every call (the pair memo knows claims by identity)', () => {
    const named = said(5, 'Larry Leitha');
    const body = said(6, 'the police');
    const [first, firstBody] = withOriginsByName([named, body]);
    const [again, againBody] = withOriginsByName([named, body]);
    expect(again).toBe(first);
    expect(firstBody).toBe(body);
    expect(againBody).toBe(body);
  });
});

describe('detectDiscrepancies with one origin under two names', () => {
  it("does not set a sheriff's figure against his own later one under his bare name", () => {
    const day = (asOf: string) => ({ asOf, asOfPrecision: 'day' as const });
    const claims = [
      said(68, 'Sheriff Larry Leitha', {
        articleId: 'a1',
        sourceKey: 'article:a1',
        ...day('2025-07-06'),
      }),
      said(79, 'Larry Leitha', {
        articleId: 'a2',
        sourceKey: 'article:a2',
        ...day('2025-07-07'),
      }),
    ];
    const pairs = detectDiscrepancies(claims, places)
      .filter((f) => f.kind === 'conflict')
      .map((f) => f.pair.map((v) => v.value));
    expect(pairs).not.toContainEqual([68, 79]);
  });
});

describe('withOriginsByName: names of several words', () => {
  it('reads a two-word surname as the person whose full name ends in it', () => {
    const keys = withOriginsByName([
      said(68, 'Governor Ramon Dela Cruz'),
      said(79, 'Dela Cruz'),
      said(80, 'Cruz'),
    ]).map((c) => c.originKey);
    expect(new Set(keys)).toEqual(new Set(['origin:ramon dela cruz']));
  });

  it('keeps a surname apart when two full names end in it', () => {
    const keys = withOriginsByName([
      said(1, 'Maria Dela Cruz'),
      said(2, 'Ramon Dela Cruz'),
      said(3, 'Dela Cruz'),
    ]).map((c) => c.originKey);
    expect(keys).toEqual(['origin:maria dela cruz', 'origin:ramon dela cruz', 'origin:dela cruz']);
  });
});

describe('spokespersonOf: a spokesperson speaks for a body', () => {
  it.each([
    ['Chadema party spokesperson John Kitoka', 'john kitoka', 'chadema'],
    ['John Kitoka, the Chadema party spokesman', 'john kitoka', 'chadema'],
    ['Hamas spokesman Hazem Qassem', 'hazem qassem', 'hamas'],
    ['Ana Lopez, a Podemos spokeswoman', 'ana lopez', 'podemos'],
  ])('%s', (label, person, body) => {
    expect(spokespersonOf(label)).toEqual({
      person: person.split(' '),
      body: body.split(' '),
    });
  });

  it.each([
    'UN human rights spokesperson Seif Magango',
    'police spokesman Mark Smith',
    'spokesman for the region',
    "Pakistan's foreign office spokesperson",
    'Chadema spokesperson Kitoka',
  ])('names no spokesperson of a named body in %s', (label) => {
    expect(spokespersonOf(label)).toBeNull();
  });

  it("gives the spokesperson's figures, under the bare name too, the body's key", () => {
    const keys = withOriginsByName([
      said(700, 'main opposition Chadema party'),
      said(700, 'Chadema party spokesperson John Kitoka'),
      said(350, 'John Kitoka'),
      said(10, 'UN human rights spokesperson Seif Magango'),
    ]).map((c) => c.originKey);
    expect(keys).toEqual([
      'origin:chadema',
      'origin:chadema',
      'origin:chadema',
      'origin:seif magango',
    ]);
  });

  it("does not set a spokesperson's part against the total their body gives in one text", () => {
    // "the figure for deaths in Dar is around 350 … a total of around 700 deaths" (one article)
    const text = {
      articleId: 'a1',
      sourceKey: 'article:a1',
      asOf: '2025-10-31',
    };
    const found = detectDiscrepancies(
      [
        said(350, 'John Kitoka', { ...text, low: 315, high: 385 }),
        said(700, 'main opposition Chadema party', {
          ...text,
          low: 630,
          high: 770,
        }),
        said(700, 'Chadema party spokesperson John Kitoka', {
          articleId: 'a2',
          sourceKey: 'article:a2',
        }),
        said(1000, 'Amnesty International', { low: 1000, high: null }),
      ],
      places,
    );
    const conflict = found.find((f) => f.kind === 'conflict');
    expect(conflict?.pair.map((v) => v.value).sort((a, b) => a - b)).toEqual([700, 1000]);
  });
});
