// Which network addresses the fetcher may connect to. Pure: no sockets, no DNS. An address is
// allowed only when ipaddr.js classes it as plain public unicast; every special range (loopback,
// private, link-local, multicast, unspecified, carrier-grade NAT, reserved, the IPv6 ranges that
// embed an IPv4 address such as 6to4 or NAT64) is refused, so a page cannot make the worker reach
// a service inside the network.
import ipaddr from 'ipaddr.js';

/** Everything, for tests that serve their pages on loopback (FETCH_ALLOW_PRIVATE=true). */
export const ALL_ADDRESSES: readonly string[] = ['0.0.0.0/0', '::/0'];

/**
 * Why an address is refused, or null when it may be fetched. `allowedRanges` (CIDR) lets tests
 * reach the pages they serve on loopback; a deployment allows none.
 */
export function addressRefusal(
  address: string,
  allowedRanges: readonly string[] = [],
): string | null {
  const literal = address.replace(/^\[(.*)\]$/, '$1');
  if (!ipaddr.isValid(literal)) return `"${address}" is not an IP address`;
  // process() turns an IPv4-mapped IPv6 address (::ffff:127.0.0.1) into the IPv4 address it is
  const parsed = ipaddr.process(literal);
  const range = parsed.range();
  if (range === 'unicast' || allowedRanges.some((cidr) => inRange(parsed, cidr))) return null;
  return `${parsed.toString()} is ${describeRange(range)} address, which is never fetched`;
}

function inRange(address: ipaddr.IPv4 | ipaddr.IPv6, cidr: string): boolean {
  const [network, bits] = ipaddr.parseCIDR(cidr);
  return network.kind() === address.kind() && address.match(network, bits);
}

/** The valid CIDR ranges of a comma-separated list, or the first one that is not. */
export function parseRanges(list: string): { ranges: string[]; invalid: string | null } {
  const ranges = list
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  return { ranges, invalid: ranges.find((r) => !ipaddr.isValidCIDR(r)) ?? null };
}

const RANGE_NAMES: Record<string, string> = {
  unspecified: 'an unspecified',
  broadcast: 'a broadcast',
  multicast: 'a multicast',
  linkLocal: 'a link-local',
  loopback: 'a loopback',
  carrierGradeNat: 'a carrier-grade NAT (private)',
  private: 'a private',
  uniqueLocal: 'a unique-local (private)',
  reserved: 'a reserved',
};

function describeRange(range: string): string {
  return RANGE_NAMES[range] ?? `a special-purpose (${range})`;
}

/** The host of a URL as an IP literal (brackets removed), or null when it is a name to resolve. */
export function ipLiteralHost(hostname: string): string | null {
  const bare = hostname.replace(/^\[(.*)\]$/, '$1');
  return ipaddr.isValid(bare) && (bare.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(bare))
    ? bare
    : null;
}
