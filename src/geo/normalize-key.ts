/** Lower-case key: no diacritics, no dots, hyphens as spaces, one space between words. */
export function normalizeKey(s: string): string {
  const lower = s.toLowerCase();
  if (!/[^a-z ]| {2}|^ | $/.test(lower)) return lower; // the common case, without the regex chain
  return lower
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[.,]/g, '')
    .replace(/[-‐‑–—_/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
