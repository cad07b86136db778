import { extractClaims } from '../extract-claims';
import { aboard } from './aboard';

describe(aboard.name, () => {
  it.each(aboard.examples)('$text [$value]', ({ text, value, count }) => {
    const values = extractClaims(text, { publishedAt: '2025-06-14' }).map((c) => c.value);
    expect(values.includes(value)).toBe(count);
  });
});
