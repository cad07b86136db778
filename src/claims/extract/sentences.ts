// Paragraph and sentence spans with offsets into the original text.

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export function paragraphs(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

const ABBREV =
  /\b(?:mr|mrs|ms|dr|prof|pres|gen|lt|col|sgt|capt|cpl|maj|adm|st|sen|rep|gov|jr|sr|rev|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|no|nos|vs|etc|approx|est|inc|ltd|co|corp|dept|govt|intl|u\.s|u\.k|u\.n|e\.g|i\.e|a\.m|p\.m|[A-Z])\.$/i;

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
