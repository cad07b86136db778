import { extractClaims } from './extract-claims';
import { CONTINUATION_RULES, continuesParagraphBefore } from './attribution-continuation';

/** Each claim as "metric value source / source". */
const sources = (text: string) =>
  extractClaims(text, { publishedAt: '2025-10-01' }).map(
    (c) => `${c.metric} ${c.value} ${c.attribution.join(' / ')}`,
  );

describe.each(CONTINUATION_RULES.map((rule) => [rule.name, rule] as const))('%s', (_name, rule) => {
  it.each(rule.examples)('%s', (example) => {
    expect(continuesParagraphBefore(example)).toBe(true);
  });
});

describe('a paragraph that goes on with the report right before it takes its source', () => {
  it.each([
    [
      'The Office of Civil Defense said on Wednesday that rescue operations are in full swing.\n\nAs of 7 AM, 26 deaths have been officially confirmed.',
      'killed 26 Office of Civil Defense',
    ],
    [
      'According to Alejandro, the death toll reached 69.\n\nBogo City had the most fatalities with 30; followed by San Remigio with 22.',
      'killed 30 Alejandro',
    ],
    [
      'Tsaka stated that the official death toll stands at 7.\n\nFrom preliminary estimate, the number of dead bodies buried could be around 500.',
      'killed 500 Tsaka',
    ],
  ])('%s', (text, claim) => {
    expect(sources(text)).toContain(claim);
  });

  it('leaves a paragraph that only states a figure unsourced', () => {
    expect(
      sources(
        'The Office of Civil Defense said rescue operations are in full swing.\n\nAt least 26 people died in the quake.',
      ),
    ).toEqual(['killed 26 ']);
  });

  it('reaches back one paragraph only', () => {
    expect(
      sources(
        'Tsaka stated that rescue teams were on site.\n\nRoads were blocked for days.\n\nFrom preliminary estimate, around 500 people died.',
      ),
    ).toEqual(['killed 500 ']);
  });
});

describe('a remark between figures and the sentence that sources them', () => {
  it('leaves the figures to that sentence', () => {
    expect(
      sources(
        'At least 11 dead and over 278 detentions. That is the summary of two days.\n\nThe numbers were updated by Alfredo Romero, director of Foro Penal.',
      ),
    ).toEqual(['killed 11 Alfredo Romero', 'detained 278 Alfredo Romero']);
  });
});
