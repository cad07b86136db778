// Where a figure is scoped: "in Almaty", "nationwide" → the country; else the nearest place
// in the paragraph; else the place the whole text is about; else the article's main country.
import { findPlaces, isWithin, resolvePlace, type Place } from '../../geo/gazetteer';

export interface PlaceHit {
  place: Place;
  start: number;
  end: number;
}

/**
 * Place mentions of a text, without personal names that happen to be towns ("Serik Shalabayev"),
 * and with neighbourhoods lifted to the city the text names them in ("the Itaewon area of Seoul"
 * → Seoul): figures are reported city by city.
 */
export function safeFindPlaces(text: string): PlaceHit[] {
  let hits: PlaceHit[];
  try {
    hits = (findPlaces(text) ?? []).map((h) => ({ place: h.place, start: h.start, end: h.end }));
  } catch {
    return [];
  }
  hits = hits.filter((h) => {
    if (h.place.kind === 'country') return true;
    // "UN", "AP", "Un": acronyms and odd casing are not towns
    const mention = text.slice(h.start, h.end);
    if (/^[\p{Lu}]{1,4}$/u.test(mention) || /^[\p{Lu}][\p{Ll}]$/u.test(mention)) return false;
    const next = /^\s+([\p{Lu}][\p{Ll}]+)/u.exec(text.slice(h.end, h.end + 30));
    const prev = /([\p{Lu}][\p{Ll}]+)\s+$/u.exec(text.slice(Math.max(0, h.start - 30), h.start));
    const placeWord = /^(?:Region|Province|Oblast|City|District|County|State|Airport|Square|Street|Avenue|Station|Area|Prefecture|Governorate|Municipality)$/;
    if (next && !placeWord.test(next[1]) && !resolvePlace(next[1])) return false;
    if (prev && !/^(?:In|At|From|To|Near|Of|The|And|Outside|Across|Inside|Central|Downtown|North|South|East|West|Northern|Southern|Eastern|Western|Greater)$/.test(prev[1]) && !resolvePlace(prev[1]) && !/[.!?]\s+$/.test(text.slice(Math.max(0, h.start - 32), h.start))) return false;
    return true;
  });
  const cities = [...new Set(hits.filter((h) => h.place.kind !== 'country').map((h) => h.place.name))];
  const lift = new Map<string, Place>();
  for (const c of cities) {
    for (const o of cities) {
      if (o === c) continue;
      let within = false;
      try { within = isWithin(c, o) && !isWithin(o, c); } catch { within = false; }
      if (within) { const p = hits.find((h) => h.place.name === o)!.place; lift.set(c, p); break; }
    }
  }
  return hits.map((h) => (lift.has(h.place.name) ? { ...h, place: lift.get(h.place.name)! } : h));
}

const SCOPE_BEFORE = /\b(?:in|across|throughout|near|outside|around|at|inside|within|to)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}#?$/iu;
const NATIONWIDE = /\b(?:nationwide|across the country|throughout the country|all over the country|in the country|countrywide|across the nation|nationally|in all regions)\b/i;

/**
 * The place a claim in sentence `s` (claim at [from, to) in sentence coordinates) is scoped to.
 * Returns null when the sentence itself says nothing.
 */
/** "Russian soldiers", "Kazakh officials": a demonym names who, not where. */
export function isDemonym(p: PlaceHit, mention: string): boolean {
  if (p.place.kind !== 'country') return false;
  const m = mention.trim().toLowerCase();
  if (m === p.place.name.toLowerCase()) return false;
  return /(?:ish|ian|ean|ese|an|i|ic|ch|kh|ss|ot)$/.test(m) || /s$/.test(m);
}

/**
 * The place a claim in sentence `s` (claim at [from, to) in sentence coordinates) is scoped to.
 * Returns null when the sentence itself says nothing.
 */
export function sentenceScope(s: string, from: number, to: number, places: PlaceHit[], country: string | null): Place | null {
  const candidates: { place: Place; start: number; end: number }[] = [];
  for (const p of places) {
    const lead = s.slice(Math.max(0, p.start - 40), p.start);
    if (!SCOPE_BEFORE.test(lead)) continue;
    if (isDemonym(p, s.slice(p.start, p.end))) continue;
    // a possessive ("Kazakhstan's law enforcement") names whose, not where
    if (/^['’]s\b/.test(s.slice(p.end, p.end + 3))) continue;
    candidates.push(p);
  }
  if (country) {
    const c = resolvePlace(country) ?? { name: country, country, kind: 'country' as const };
    for (const m of s.matchAll(new RegExp(NATIONWIDE.source, 'gi'))) candidates.push({ place: c, start: m.index!, end: m.index! + m[0].length });
  }
  let best: { place: Place; start: number; end: number } | null = null;
  let bestDist = Infinity;
  for (const p of candidates) {
    let dist = p.start >= to ? p.start - to : p.end <= from ? (from - p.end) * 1.5 : 0;
    // a place past another figure or clause belongs to that one: "8,574 died in the country, while 2,662 … in Syria"
    const between = p.start >= to ? s.slice(to, p.start) : p.end <= from ? s.slice(p.end, from) : '';
    if (/[;:]|,\s*(?:while|whereas|but|and)\b|\b(?:while|whereas|where|when|after|before)\b/.test(between)) continue;
    if (/\d/.test(between)) dist += 200;
    // prefer the more specific place at equal distance
    if (dist < bestDist || (dist === bestDist && best && best.place.kind === 'country' && p.place.kind !== 'country')) {
      best = p;
      bestDist = dist;
    }
  }
  return best ? best.place : null;
}

/** The city a whole text is about: the only city of its main country, named at least as often as the country. */
export function focusPlace(places: PlaceHit[], country: string | null): Place | null {
  if (!country) return null;
  const cities = new Map<string, { place: Place; n: number }>();
  let countryMentions = 0;
  for (const p of places) {
    if (p.place.country !== country) continue;
    if (p.place.kind === 'country') countryMentions++;
    else {
      const e = cities.get(p.place.name) ?? { place: p.place, n: 0 };
      e.n++;
      cities.set(p.place.name, e);
    }
  }
  if (cities.size !== 1) return null;
  const [only] = cities.values();
  return only.n >= countryMentions ? only.place : null;
}
