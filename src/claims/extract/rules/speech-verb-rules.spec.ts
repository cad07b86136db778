import { extractClaims } from '../extract-claims';
import { SPEECH_VERB_RULES } from './speech-verb-rules';

describe.each(SPEECH_VERB_RULES.map((rule) => [rule.name, rule] as const))('%s', (_name, rule) => {
  it.each(rule.examples.map((e) => [e.text, e] as const))('%s', (text, example) => {
    const at = text.indexOf(example.verb);
    expect(rule.isNotSpeech(example.verb, text.slice(at + example.verb.length))).toBe(
      !example.namesSource,
    );
    const claims = extractClaims(text, { publishedAt: '2024-05-06' });
    if (!example.namesSource) for (const claim of claims) expect(claim.attribution).toEqual([]);
    if (example.source)
      expect(claims.map((claim) => claim.attribution)).toContainEqual([example.source]);
  });
});
