import { VerifiedKeys } from './verified-keys';

describe('VerifiedKeys', () => {
  const reader = { id: 'k1', name: 'desk', role: 'reader' };

  it('answers for a key only until its time to live has passed since it was verified', () => {
    let now = 1_000;
    const keys = new VerifiedKeys<typeof reader>(5_000, () => now);
    keys.remember('hash-a', reader);
    now = 5_999;
    expect(keys.get('hash-a')).toBe(reader);
    expect(keys.get('hash-b')).toBeUndefined();
    now = 6_000;
    expect(keys.get('hash-a')).toBeUndefined();
  });

  it('forgets a key revoked in this process at once', () => {
    const keys = new VerifiedKeys<typeof reader>(5_000, () => 0);
    keys.remember('hash-a', reader);
    keys.forget('hash-a');
    expect(keys.get('hash-a')).toBeUndefined();
  });

  it('keeps nothing with a time to live of 0', () => {
    const keys = new VerifiedKeys<typeof reader>(0, () => 0);
    keys.remember('hash-a', reader);
    expect(keys.get('hash-a')).toBeUndefined();
  });
});
