// Text as submitted can carry characters that draw nothing yet change how it reads: a zero-width
// space or a bidi mark inside "1\u200b5" makes two numbers of one, a NUL cannot be stored in
// Postgres at all, a lone surrogate cannot be written as UTF-8. These helpers clean that up before
// anything is read or stored.

interface InvisibleCharacter {
  codePoint: number;
  name: string;
  /** The named HTML reference, where HTML has one. */
  entity?: string;
}

/** Format characters with no glyph: zero-width and bidirectional controls. */
export const INVISIBLE_CHARACTERS: readonly InvisibleCharacter[] = [
  { codePoint: 0x00ad, name: 'soft hyphen', entity: 'shy' },
  { codePoint: 0x061c, name: 'Arabic letter mark' },
  { codePoint: 0x180e, name: 'Mongolian vowel separator' },
  { codePoint: 0x200b, name: 'zero-width space', entity: 'ZeroWidthSpace' },
  { codePoint: 0x200c, name: 'zero-width non-joiner', entity: 'zwnj' },
  { codePoint: 0x200d, name: 'zero-width joiner', entity: 'zwj' },
  { codePoint: 0x200e, name: 'left-to-right mark', entity: 'lrm' },
  { codePoint: 0x200f, name: 'right-to-left mark', entity: 'rlm' },
  { codePoint: 0x202a, name: 'left-to-right embedding' },
  { codePoint: 0x202b, name: 'right-to-left embedding' },
  { codePoint: 0x202c, name: 'pop directional formatting' },
  { codePoint: 0x202d, name: 'left-to-right override' },
  { codePoint: 0x202e, name: 'right-to-left override' },
  { codePoint: 0x2060, name: 'word joiner', entity: 'NoBreak' },
  { codePoint: 0x2066, name: 'left-to-right isolate' },
  { codePoint: 0x2067, name: 'right-to-left isolate' },
  { codePoint: 0x2068, name: 'first strong isolate' },
  { codePoint: 0x2069, name: 'pop directional isolate' },
  { codePoint: 0xfeff, name: 'zero-width no-break space (byte order mark)' },
];

const hex = (codePoint: number) => codePoint.toString(16).padStart(4, '0');
const INVISIBLE_CLASS = INVISIBLE_CHARACTERS.map((c) => `\\u${hex(c.codePoint)}`).join('');
/** C0 controls but tab, newline and carriage return; DEL; C1 controls. */
const CONTROL_CLASS = '\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f';
/** The same characters written as HTML references: &#8203; &#x200B; &ZeroWidthSpace; */
const INVISIBLE_REFERENCES = [
  ...INVISIBLE_CHARACTERS.map((c) => `&#0*${c.codePoint};`),
  ...INVISIBLE_CHARACTERS.map((c) => `&#[xX]0*${hex(c.codePoint)};`),
  ...INVISIBLE_CHARACTERS.filter((c) => c.entity).map((c) => `&${c.entity};`),
];

// between a digit (or a digit and its separator) and a digit (or a separator and its digit)
const inNumber = (noise: string) => new RegExp(`(?<=\\d[.,]?)(?:${noise})+(?=[.,]?\\d)`, 'giu');
const NOISE_IN_NUMBER = inNumber(`[${INVISIBLE_CLASS}${CONTROL_CLASS}]`);
const NOISE_IN_NUMBER_HTML = inNumber(
  [`[${INVISIBLE_CLASS}${CONTROL_CLASS}]`, ...INVISIBLE_REFERENCES].join('|'),
);
/**
 * Any invisible or control character. A page without one (nearly every page) can only hold noise
 * inside a number written as a reference, and needs no other scan: a regex that starts at `\d`
 * tries every digit of a 500 KB page, this class is looked for in one quick pass.
 */
const NOISE_CHARACTER = new RegExp(`[${INVISIBLE_CLASS}${CONTROL_CLASS}]`, 'u');
const NOISE_AFTER_DIGIT = new RegExp(`\\d[.,]?[${INVISIBLE_CLASS}${CONTROL_CLASS}]`, 'u');
const NOISE_AFTER_DIGIT_HTML = new RegExp(
  `\\d[.,]?(?:[${INVISIBLE_CLASS}${CONTROL_CLASS}]|&[#a-zA-Z])`,
  'u',
);
const CONTROL = new RegExp(`[${CONTROL_CLASS}]`, 'g');
const REFERENCE_START = /[#a-zA-Z]/;
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/** `\d[.,]?&[#a-zA-Z]` somewhere in the text, found from each `&` (far fewer than the digits). */
function referenceAfterDigit(text: string): boolean {
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
    if (!REFERENCE_START.test(text[at + 1] ?? '')) continue;
    const before = text[at - 1];
    if (isDigit(before) || ((before === '.' || before === ',') && isDigit(text[at - 2])))
      return true;
  }
  return false;
}

/** Lone surrogates as U+FFFD (String.prototype.toWellFormed, far quicker than a regex over the text). */
const wellFormed = (text: string): string => (text.isWellFormed() ? text : text.toWellFormed());

/**
 * Any surrogate (paired or not) or noise character: without one the text is well formed and clean,
 * found in one pass over a page instead of two (`isWellFormed`, then NOISE_CHARACTER). Not a
 * unicode regex: that one would read surrogate pairs as code points and run twice as slow.
 */
const SURROGATE_OR_NOISE = new RegExp(`[\\ud800-\\udfff${INVISIBLE_CLASS}${CONTROL_CLASS}]`);

/** What Postgres can store: no NUL, no lone surrogate (each becomes U+FFFD). */
export function storableText(text: string): string {
  return wellFormed(text).replaceAll('\u0000', '');
}

/**
 * Text ready to be read: invisible and control characters inside a number removed ("1\u200b5"
 * reads 15), other control characters turned into spaces, lone surrogates into U+FFFD. In HTML
 * the invisible characters may also be written as references (1&#8203;5).
 */
export function readableText(text: string, format: 'html' | 'text' = 'text'): string {
  const html = format === 'html';
  const clean = !SURROGATE_OR_NOISE.test(text);
  let out = clean ? text : wellFormed(text);
  if (clean || !NOISE_CHARACTER.test(out))
    return html && referenceAfterDigit(out) ? out.replace(NOISE_IN_NUMBER_HTML, '') : out;
  if ((html ? NOISE_AFTER_DIGIT_HTML : NOISE_AFTER_DIGIT).test(out))
    out = out.replace(html ? NOISE_IN_NUMBER_HTML : NOISE_IN_NUMBER, '');
  return out.replace(CONTROL, ' ');
}
