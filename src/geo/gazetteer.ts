/** Pure gazetteer (minimal first version; a data-package-backed index replaces the hand list). */
export interface Place {
  name: string;
  country: string;
  kind: 'country' | 'region' | 'city';
}

const COUNTRIES: Record<string, string[]> = {
  Kazakhstan: ['Kazakh', 'Kazakhstani'],
  'South Korea': ['South Korean', 'Korean'],
  'United States': ['American', 'USA', 'US', 'U.S.'],
  Russia: ['Russian'],
  Armenia: ['Armenian'],
};
const CITIES: [string, string, 'city' | 'region'][] = [
  ['Almaty', 'Kazakhstan', 'city'],
  ['Astana', 'Kazakhstan', 'city'],
  ['Seoul', 'South Korea', 'city'],
  ['Dallas', 'United States', 'city'],
  ['Moscow', 'Russia', 'city'],
  ['Yerevan', 'Armenia', 'city'],
];

function norm(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/['’]s$/i, '').trim().toLowerCase();
}

let index: Map<string, Place> | null = null;
function getIndex(): Map<string, Place> {
  if (index) return index;
  index = new Map();
  for (const [c, dem] of Object.entries(COUNTRIES)) {
    const p: Place = { name: c, country: c, kind: 'country' };
    index.set(norm(c), p);
    for (const d of dem) index.set(norm(d), p);
  }
  for (const [n, c, k] of CITIES) index.set(norm(n), { name: n, country: c, kind: k });
  index.set('nur-sultan', index.get('astana')!);
  return index;
}

export function resolvePlace(name: string): Place | null {
  if (typeof name !== 'string') return null;
  return getIndex().get(norm(name)) ?? null;
}

export function findPlaces(text: string): { place: Place; start: number; end: number }[] {
  const out: { place: Place; start: number; end: number }[] = [];
  if (typeof text !== 'string') return out;
  const re = /\b[A-Z][\p{L}.-]*(?:\s+[A-Z][\p{L}.-]*)?/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const two = resolvePlace(m[0]);
    if (two) { out.push({ place: two, start: m.index, end: m.index + m[0].length }); continue; }
    const first = m[0].split(/\s+/)[0];
    const one = resolvePlace(first);
    if (one) out.push({ place: one, start: m.index, end: m.index + first.length });
    re.lastIndex = m.index + first.length;
  }
  return out;
}

export function isWithin(inner: string, outer: string): boolean {
  const a = resolvePlace(inner);
  const b = resolvePlace(outer);
  if (!a || !b) return norm(inner) === norm(outer);
  if (a.name === b.name) return true;
  return b.kind === 'country' && a.country === b.name;
}

export function mainCountry(text: string): string | null {
  const counts = new Map<string, number>();
  for (const { place } of findPlaces(text)) counts.set(place.country, (counts.get(place.country) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of counts) if (k > n) { best = c; n = k; }
  return best;
}
