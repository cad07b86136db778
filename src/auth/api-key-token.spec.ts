import { apiKeyMatches, apiKeyPrefix, generateApiKey, hashApiKey } from './api-key-token';
import { roleSatisfies } from './roles';

describe('API key tokens', () => {
  it('gives a key whose prefix is readable back and whose hash matches only itself', () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(a.key).toMatch(/^ppt_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(apiKeyPrefix(a.key)).toBe(a.prefix);
    expect(a.hash).toBe(hashApiKey(a.key));
    expect(a.hash).not.toContain(a.key.slice(13));
    expect(apiKeyMatches(a.key, a.hash)).toBe(true);
    expect(apiKeyMatches(b.key, a.hash)).toBe(false);
    expect(a.key).not.toBe(b.key);
  });

  it.each(['', 'Bearer x', 'ppt_short_x', 'ppt_abcdefgh_' + 'a'.repeat(42), 'x'.repeat(5000)])(
    'finds no prefix in %j',
    (junk) => expect(apiKeyPrefix(junk)).toBeNull(),
  );

  it('orders roles reader < submitter < reviewer < admin', () => {
    expect(roleSatisfies('admin', 'reviewer')).toBe(true);
    expect(roleSatisfies('reviewer', 'reviewer')).toBe(true);
    expect(roleSatisfies('submitter', 'reviewer')).toBe(false);
    expect(roleSatisfies('reader', 'submitter')).toBe(false);
  });
});
