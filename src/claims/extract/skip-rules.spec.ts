import { extractClaims } from './extract-claims';
import type { FigureWindow } from './figure-window';
import { SKIP_RULES } from './skip-rules';

const values = (text: string) =>
  extractClaims(text, { publishedAt: '2024-05-06' }).map((c) => c.value);

// Each skip rule's examples: the named figure gives no claim, and this rule is one that drops it.
describe.each(SKIP_RULES.map((rule) => [rule.name, rule] as const))('%s', (_name, rule) => {
  afterEach(() => jest.restoreAllMocks());
  it('has at least three examples', () => expect(rule.examples.length).toBeGreaterThanOrEqual(3));
  it.each(rule.examples.map((e) => [e.text, e] as const))('%s', (text, { value }) => {
    const applies = jest.spyOn(rule, 'applies');
    expect(values(text)).not.toContain(value);
    const skipped = applies.mock.calls
      .filter((_call, k) => applies.mock.results[k].value === true)
      .map(([w]: [FigureWindow]) => w.value);
    expect(skipped).toContain(value);
  });
});

describe('a past event whose figure this count surpasses', () => {
  it("keeps a figure surpassed in the text's own year: it is this event's earlier count", () => {
    expect(
      values('The toll surpassed the 80 people reported dead in 2024, officials said.'),
    ).toContain(80);
  });

  it('keeps a figure surpassed with no year named after it', () => {
    expect(
      values('The toll has surpassed the 150 people killed in the first landslide.'),
    ).toContain(150);
  });
});

describe('the rescued, carried to hospital', () => {
  it.each([
    ['Some 25 people were rushed to hospital.', 25],
    ['About 70 people were injured and brought to hospitals.', 70],
    ['Rescuers pulled out 30 bodies and 12 injured people, who were taken to hospital.', 12],
    ['At least 40 people were hurt, and were rescued and taken to hospital.', 40],
  ])('keeps a count of the hurt: %s', (text, value) => {
    expect(values(text)).toContain(value);
  });
});

describe('a count of people in either of two states', () => {
  it.each([
    ['About 70 people were injured and left stranded in the river.', 70],
    ['At least 12 people were killed, or so officials said.', 12],
    ['Some 40 people were injured; others are missing.', 40],
    ['Officials said 25 were dead or dying, and more are missing.', 25],
  ])('keeps a count of one state: %s', (text, value) => {
    expect(values(text)).toContain(value);
  });
});

describe('the carried to hospital, the dead among them', () => {
  it.each([
    ['90 people were taken to the hospital after the stampede, of whom 30 died.', 30],
    ['Some 45 people were rushed to hospital; 12 others died at the scene.', 45],
    ['About 120 people were admitted to hospitals, including 14 children.', 120],
    ['Some 60 injured were brought to the district hospital, the police said.', 60],
  ])('keeps the other figures: %s', (text, value) => {
    expect(values(text)).toContain(value);
  });
});

describe('a sentence dated years before the text', () => {
  const in2025 = (text: string) =>
    extractClaims(text, { publishedAt: '2025-01-02' }).map((c) => c.value);

  it("keeps a figure dated in the year before the text's: it may be this event's", () => {
    expect(in2025('In December 2024, 50 people were killed in the fire.')).toEqual([50]);
  });

  it('keeps a figure past the dated clause', () => {
    expect(in2025('In 2011 the war began; it has killed 500,000 people since.')).toEqual([500000]);
  });

  it('keeps a year named later in the sentence, not as its opener', () => {
    expect(in2025('Some 300 people have been killed since the conflict began in 2019.')).toEqual([
      300,
    ]);
  });
});
