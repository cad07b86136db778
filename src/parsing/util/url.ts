// URL helpers: absolute, tracking-free URLs for posts and articles.

const TRACKING_PARAMS = new Set([
  'ref_src',
  'ref_url',
  'ref',
  'refer',
  'referrer',
  'src',
  's',
  't',
  'si',
  'feature',
  'igshid',
  'igsh',
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'embed',
  'embed_host',
  'is_from_webapp',
  'sender_device',
  'sender_web_id',
  'share_app_id',
  'share_item_id',
  'share_link_id',
  'lang',
  'hl',
  'cxt',
  'context',
  'rdid',
  'mibextid',
  '_r',
  'ocid',
  'cmpid',
  'smid',
  'sr_share',
]);

/** Parses a possibly protocol-relative or relative URL; null when it is not an http(s) URL. */
export function parseUrl(raw: string | null | undefined, base?: string | null): URL | null {
  if (!raw) return null;
  let value = raw.trim();
  if (!value) return null;
  if (value.startsWith('//')) value = 'https:' + value;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url;
  } catch {
    if (/^(?:www\.|[a-z0-9-]+\.(?:com|org|net|app|me|social)\/)/i.test(value)) {
      try {
        return new URL('https://' + value);
      } catch {
        return null;
      }
    }
    return null;
  }
}

/** Drops tracking parameters and the fragment; lower-cases the host; https. */
export function canonicalUrl(raw: string | null | undefined, base?: string | null): string | null {
  const url = parseUrl(raw, base);
  if (!url) return null;
  url.hash = '';
  url.hostname = url.hostname.toLowerCase();
  for (const key of [...url.searchParams.keys()]) {
    const k = key.toLowerCase();
    if (k.startsWith('utm_') || k.startsWith('__') || TRACKING_PARAMS.has(k))
      url.searchParams.delete(key);
  }
  let out = url.toString();
  if (out.endsWith('?')) out = out.slice(0, -1);
  return out;
}

/** The host without "www." (null on bad input). */
export function hostOf(raw: string | null | undefined): string | null {
  const url = parseUrl(raw);
  return url ? url.hostname.toLowerCase().replace(/^www\./, '') : null;
}
