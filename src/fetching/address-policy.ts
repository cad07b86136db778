// Which network addresses the fetcher may connect to. Pure: no sockets, no DNS. An address is
// allowed only when ipaddr.js classes it as plain public unicast; every special range (loopback,
// private, link-local, multicast, unspecified, carrier-grade NAT, reserved, the IPv6 ranges that
// embed an IPv4 address such as 6to4 or NAT64) is refused, so a page cannot make the worker reach
// a service inside the network.
import ipaddr from 'ipaddr.js';

/** Why an address is refused, or null when it may be fetched. */
export function addressRefusal(address: string): string | null {
  const literal = address.replace(/^\[(.*)\]$/, '$1');
  if (!ipaddr.isValid(literal)) return `"${address}" is not an IP address`;
  // process() turns an IPv4-mapped IPv6 address (::ffff:127.0.0.1) into the IPv4 address it is
  const parsed = ipaddr.process(literal);
  const range = parsed.range();
  if (range === 'unicast') return null;
  return `${parsed.toString()} is a ${describeRange(range)} address, which is never fetched`;
}

const RANGE_NAMES: Record<string, string> = {
  unspecified: 'unspecified',
  broadcast: 'broadcast',
  multicast: 'multicast',
  linkLocal: 'link-local',
  loopback: 'loopback',
  carrierGradeNat: 'carrier-grade NAT (private)',
  private: 'private',
  uniqueLocal: 'unique-local (private)',
  reserved: 'reserved',
};

function describeRange(range: string): string {
  return RANGE_NAMES[range] ?? `special-purpose (${range})`;
}

/** The host of a URL as an IP literal (brackets removed), or null when it is a name to resolve. */
export function ipLiteralHost(hostname: string): string | null {
  const bare = hostname.replace(/^\[(.*)\]$/, '$1');
  return ipaddr.isValid(bare) && (bare.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(bare))
    ? bare
    : null;
}
