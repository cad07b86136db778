// Paragraph and sentence spans with offsets into the original text.
import { anyOf } from './word-pattern';

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * Paragraphs: runs of lines, where a line that stops mid-sentence and a next line that goes on in
 * lower case are one paragraph hard-wrapped ("The death toll of the stampede near the holy city" /
 * "of Mecca has risen to 769"), as plain-text copies of pages often are.
 */
export function paragraphs(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (!m[0].trim()) continue;
    const last = out[out.length - 1];
    if (last && wrapsInto(last, m.index, m[0], text)) {
      last.end = m.index + m[0].length;
      last.text = text.slice(last.start, last.end);
    } else out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** The line at `at` continues paragraph `p`: right after it, which stops mid-sentence, in lower case. */
function wrapsInto(p: TextSpan, at: number, line: string, text: string): boolean {
  return (
    /^\n$/.test(text.slice(p.end, at)) &&
    !/[.!?:;"”’)\]]\s*$/.test(p.text) &&
    /^[ \t]*\p{Ll}/u.test(line)
  );
}

/** Abbreviations whose stop ends no sentence, as data. */
const ABBREVIATIONS = [
  'mr|mrs|ms|dr|prof|pres|gen|lt|col|sgt|capt|cpl|maj|adm|st|sen|rep|gov|jr|sr|rev',
  'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec',
  'no|nos|vs|etc|approx|est|inc|ltd|co|corp|dept|govt|intl',
  'u\\.s|u\\.k|u\\.n|e\\.g|i\\.e|a\\.m|p\\.m|[A-Z]',
];
const ABBREV = new RegExp(`\\b${anyOf(ABBREVIATIONS)}\\.$`, 'i');

/** Sentences of one paragraph, as spans of the whole text. */
export function sentences(p: TextSpan): TextSpan[] {
  const out: TextSpan[] = [];
  const s = p.text;
  let from = 0;
  const re = /[.!?…]+["”’)\]]*\s+(?=["“‘([]?[\p{Lu}\p{N}])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const cut = m.index + m[0].trimEnd().length;
    // the longest abbreviation is 7 characters: the tail alone decides, so a long paragraph stays linear
    const head = s.slice(Math.max(from, m.index - 12), m.index + 1);
    if (ABBREV.test(head.trimEnd())) continue;
    push(from, cut);
    from = m.index + m[0].length;
  }
  push(from, s.length);
  return out;

  function push(a: number, b: number) {
    while (a < b && /\s/.test(s[a])) a++;
    while (b > a && /\s/.test(s[b - 1])) b--;
    if (b > a) out.push({ start: p.start + a, end: p.start + b, text: s.slice(a, b) });
  }
}

/**
 * A figure restated as a share of a population, set off by commas: ", or nearly one in seven people
 * of Hong Kong's 7.48 million population,", ", or about 15% of the city's residents,", ", roughly a
 * third of the population,". It asserts no count of its own and stands between a figure and its verb.
 */
const SHARE_ASIDE = new RegExp(
  [
    ',\\s*(?:or\\s+|that is\\s+|i\\.e\\.\\s+)?',
    '(?:(?:nearly|almost|about|around|roughly|some|over|more than|close to|just under|just over)\\s+)?',
    '(?:(?:one|a|an|\\d+)\\s+in\\s+(?:every\\s+)?[\\p{L}\\d]+',
    '|\\d+(?:\\.\\d+)?\\s*(?:%|per\\s?cent)',
    '|(?:a|one|two)\\s+(?:half|third|thirds|quarter|quarters|fifth|sixth|seventh|eighth|tenth)',
    ')\\s+(?:of\\s+)?[^,;:()]{0,80}?,',
  ].join(''),
  'giu',
);

/** ", 15 in San Remigio,": a figure and the place it is counted in, no share ("one in seven"). */
const FIGURE_IN_PLACE = /^,\s*\d+\s+in\s+\p{Lu}/u;

/** The sentence with its share asides blanked, at the same length so every offset still holds. */
export function withoutShareAsides(s: string): string {
  return s.replace(SHARE_ASIDE, (m) =>
    FIGURE_IN_PLACE.test(m) ? m : ` ${'_'.repeat(m.length - 2)} `,
  );
}
