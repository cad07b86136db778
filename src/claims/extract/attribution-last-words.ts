// The end of a text, word by word: the patterns read right before a speech verb are anchored at
// the text's end, and a regular expression anchored there is still tried from every character of
// the text before it. Cut to the few words the pattern can span, it reads those words only.

const SPACE = /\s/;

/**
 * Whether the character code is white space as `\s` has it: the Latin-1 ones compared here (tab to
 * carriage return, space, no-break space; not U+0085), any other asked of `\s` itself.
 */
function isSpace(code: number): boolean {
  if (code <= 0xff) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0;
  return SPACE.test(String.fromCharCode(code));
}

/**
 * `text` from the start of its last `n` words (runs of non-space): a pattern anchored at its end
 * that spans at most `n` words matches the same there, a space (or nothing) before the cut.
 */
export function lastWords(text: string, n: number): string {
  let i = text.length;
  for (let k = 0; k < n; k++) {
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
    while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
  }
  return text.slice(i);
}
