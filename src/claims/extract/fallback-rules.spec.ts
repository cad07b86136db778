import { extractClaims } from './extract-claims';
import { ALL_FALLBACK_RULES } from './fallback-rules';
import type { FigureWindow } from './figure-window';

const brief = (text: string) =>
  extractClaims(text, { publishedAt: '2024-05-06' }).map(
    (c) => `${c.metric} ${c.subject} ${c.value}`,
  );

// Each fallback rule's examples give the claim they name, and this rule reads the figure.
describe.each(ALL_FALLBACK_RULES.map((rule) => [rule.name, rule] as const))('%s', (_name, rule) => {
  afterEach(() => jest.restoreAllMocks());
  it('has at least three examples', () => expect(rule.examples.length).toBeGreaterThanOrEqual(3));
  it.each(rule.examples.map((e) => [e.text, e] as const))('%s', (text, example) => {
    const apply = jest.spyOn(rule, 'apply');
    expect(brief(text)).toContain(`${example.metric} ${example.subject} ${example.value}`);
    const read = apply.mock.calls
      .filter((_call, k) => apply.mock.results[k].value?.metric === example.metric)
      .map(([w]: [FigureWindow]) => w.value);
    expect(read).toContain(example.value);
  });
});
