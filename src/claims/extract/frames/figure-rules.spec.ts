import { extractClaims } from '../extract-claims';
import { FIGURE_RULES } from './figure-rules';

// Each frame rule's examples are one fact's ordinary wordings: the whole extractor must give the
// rule's claim for every one of them, and the rule must be what reads it there.
describe.each(FIGURE_RULES.map((rule) => [rule.name, rule] as const))('%s', (_name, rule) => {
  it('has at least four wordings', () => expect(rule.examples.length).toBeGreaterThanOrEqual(4));
  it.each(rule.examples.map((e) => [e.text, e] as const))('%s', (text, example) => {
    const claims = extractClaims(text, { publishedAt: '2024-05-06' });
    const brief = claims.map((c) => `${c.metric} ${c.subject} ${c.value}`);
    expect(brief).toContain(`${example.metric} ${example.subject} ${example.value}`);
    const claim = claims.find((c) => c.value === example.value)!;
    expect(text.slice(claim.start, claim.end)).toBe(claim.quote);
  });
});

describe('frame rules leave other figures alone', () => {
  it.each([
    'The river rose to 5 metres overnight.',
    'The number of shelters reached 40.',
    'Temperatures topped 45 degrees.',
    'The company forced 30 suppliers to renegotiate.',
    'Fatalities could climb to 500.',
    'Deaths are expected to top 1,000.',
    'Three attended hospital with minor injuries.',
    'Organisers held 16 marches across the country.',
    '200 people have worked at the factory for years.',
    'About 40 people worked on the report.',
    'Damage ran into the hundreds of millions.',
    'Losses ran into the hundreds of millions of dollars.',
    'The figures would be in the hundreds for the budget.',
    'Donations have run into the thousands.',
    'Tickets sold are in the thousands.',
  ])('%s', (text) => expect(extractClaims(text, { publishedAt: '2024-05-06' })).toEqual([]));
});
