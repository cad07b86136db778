import fc from 'fast-check';
import { addressRefusal, ipLiteralHost } from './address-policy';

describe('addressRefusal', () => {
  it.each([
    ['127.0.0.1', /loopback/],
    ['127.0.0.2', /loopback/],
    ['2130706433', /127\.0\.0\.1 is a loopback/],
    ['0x7f000001', /127\.0\.0\.1 is a loopback/],
    ['0177.0.0.1', /127\.0\.0\.1 is a loopback/],
    ['::1', /loopback/],
    ['[::1]', /loopback/],
    ['::ffff:127.0.0.1', /127\.0\.0\.1 is a loopback/],
    ['::ffff:7f00:1', /127\.0\.0\.1 is a loopback/],
    ['0.0.0.0', /unspecified/],
    ['::', /unspecified/],
    ['10.1.2.3', /private/],
    ['172.16.0.1', /private/],
    ['192.168.1.1', /private/],
    ['::ffff:192.168.1.1', /192\.168\.1\.1 is a private/],
    ['100.64.0.1', /carrier-grade NAT/],
    ['169.254.169.254', /link-local/],
    ['fe80::1', /link-local/],
    ['fc00::1', /unique-local/],
    ['fd12:3456::1', /unique-local/],
    ['224.0.0.1', /multicast/],
    ['ff02::1', /multicast/],
    ['255.255.255.255', /broadcast/],
    ['240.0.0.1', /reserved/],
    ['192.0.2.10', /reserved/],
    ['2002:7f00:1::', /special-purpose \(6to4\)/],
    ['64:ff9b::7f00:1', /special-purpose/],
  ])('refuses %s', (address, reason) => {
    expect(addressRefusal(address)).toMatch(reason);
  });

  it.each(['93.184.215.14', '8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'allows the public address %s',
    (address) => {
      expect(addressRefusal(address)).toBeNull();
    },
  );

  it('refuses what is not an address at all', () => {
    expect(addressRefusal('example.com')).toMatch(/not an IP address/);
    expect(addressRefusal('')).toMatch(/not an IP address/);
  });

  it('never throws, on any string', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const verdict = addressRefusal(s);
        expect(verdict === null || typeof verdict === 'string').toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses every IPv4 loopback address, in every IPv6 spelling too', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (low) => {
        const v4 = `127.${(low >> 16) & 255}.${(low >> 8) & 255}.${low & 255}`;
        expect(addressRefusal(v4)).toMatch(/loopback/);
        expect(addressRefusal(`::ffff:${v4}`)).toMatch(/loopback/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('ipLiteralHost', () => {
  it('gives the address of a URL host written as an IP', () => {
    expect(ipLiteralHost('127.0.0.1')).toBe('127.0.0.1');
    expect(ipLiteralHost('[::ffff:7f00:1]')).toBe('::ffff:7f00:1');
    expect(ipLiteralHost(new URL('http://2130706433/').hostname)).toBe('127.0.0.1');
    expect(ipLiteralHost(new URL('http://0x7f000001/').hostname)).toBe('127.0.0.1');
  });

  it('gives null for a name to resolve', () => {
    expect(ipLiteralHost('localhost')).toBeNull();
    expect(ipLiteralHost('news.example.com')).toBeNull();
  });
});

describe('addressRefusal with ranges allowed for tests', () => {
  it('allows an address inside an allowed range and refuses the rest', () => {
    expect(addressRefusal('127.0.0.1', ['127.0.0.1/32'])).toBeNull();
    expect(addressRefusal('::ffff:127.0.0.1', ['127.0.0.1/32'])).toBeNull();
    expect(addressRefusal('127.0.0.2', ['127.0.0.1/32'])).toMatch(/loopback/);
    expect(addressRefusal('::1', ['127.0.0.1/32'])).toMatch(/loopback/);
    expect(addressRefusal('::1', ['0.0.0.0/0', '::/0'])).toBeNull();
  });
});
