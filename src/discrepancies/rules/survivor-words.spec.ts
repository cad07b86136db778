import { detectDiscrepancies } from './detect-discrepancies';
import { saysSurvivors, SURVIVOR_WORDING } from './survivor-words';
import { claim, places } from './test-claims.fixture';

describe('saysSurvivors: a figure of the living is no count of the dead or the missing', () => {
  it.each([
    ['ferry sinking', 'killed', 23, '23 rescued alive and four confirmed dead'],
    ['ferry sinking', 'killed', 29, '29 survivors and six people confirmed dead'],
    ['ferry sinking', 'killed', 23, 'Twenty-three survived, four died'],
    ['boat capsizing', 'missing', 31, '31 people were rescued and four are missing'],
    ['bus crash', 'killed', 52, '52 passengers survived and 7 died'],
    ['mine flood', 'missing', 12, 'some 12 miners were pulled out alive while 9 remain trapped'],
    ['collapse', 'killed', 1200, '1,200 have been rescued, 40 died'],
  ] as const)('%s: %s', (_event, metric, value, quote) => {
    expect(saysSurvivors(quote, metric, value)).toBe(true);
  });

  it.each([
    ['the dead figure of the same quote', 'killed', 4, '23 rescued alive and four confirmed dead'],
    ['the hurt who were rescued', 'injured', 80, '80 were rescued and are receiving treatment'],
    ['a plain toll', 'killed', 250, 'At least 250 people were killed in the attack'],
    ['rescuers counted, not survivors', 'missing', 30, '30 missing as rescuers search'],
    ['another figure opens the quote', 'killed', 6, '29 survivors and six people confirmed dead'],
    ['no quote', 'killed', 3, undefined],
  ] as const)('not survivors: %s', (_name, metric, value, quote) => {
    expect(saysSurvivors(quote, metric, value)).toBe(false);
  });

  it('every example of the rule reads as survivors', () => {
    for (const quote of SURVIVOR_WORDING.examples) {
      const digits = /^\d+/.exec(quote.replace(/,/g, ''));
      expect(saysSurvivors(quote, 'killed', digits ? Number(digits[0]) : 23)).toBe(true);
    }
  });
});

describe('detectDiscrepancies leaves figures of survivors out', () => {
  it('23 and 29 survivors misread as dead neither lead nor join the flag of four to six dead', () => {
    const killed = (value: number, survivors = false) =>
      claim({ metric: 'killed', subject: 'people', value, survivors });
    const found = detectDiscrepancies(
      [killed(23, true), killed(29, true), killed(4), killed(6)],
      places,
    );
    expect(found.map((f) => [f.kind, f.values.map((v) => v.value).sort((a, b) => a - b)])).toEqual([
      ['conflict', [4, 6]],
    ]);
  });
});
