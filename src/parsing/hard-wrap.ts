// Plain text hard-wrapped at a fixed width ("The death toll of the stampede near the holy city" /
// "of Mecca has risen to 769"), as copies from e-mail, wire terminals and some text exports are:
// a line break inside a paragraph is no paragraph break, so the lines are joined again before the
// text is split into paragraphs. Without it each line was a paragraph of its own, and a sentence
// cut at a line that opens with a capital or a figure ("Saudi Arabia", "270 people") lost its verb.

/** Fewest lines broken by wrapping that make a text hard-wrapped (a title and a byline are two lines). */
const MIN_WRAPPED_LINES = 3;
/** The share of the lines followed by another line that must look wrapped. */
const MIN_WRAPPED_SHARE = 0.5;
/** The widest wrap looked for: a text whose longest line is longer is not hard-wrapped. */
const MAX_WRAP_WIDTH = 120;

/** The first word of a line (its leading run of non-space characters). */
function firstWord(line: string): string {
  const at = line.search(/\s/);
  return at < 0 ? line : line.slice(0, at);
}

/**
 * Whether the line was broken by wrapping at `width`: the next line's first word would not have fit
 * on it. A shorter line (a title, a byline, a list item) ends where its writer ended it.
 */
function brokenByWrap(line: string, next: string, width: number): boolean {
  return line.length + 1 + firstWord(next).length > width;
}

/** The trimmed lines of a text, '' for a blank line. */
function trimmedLines(text: string): string[] {
  return text.split('\n').map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim());
}

/** The wrap width of a hard-wrapped text (its longest line), or null when it is not hard-wrapped. */
export function wrapWidth(lines: readonly string[]): number | null {
  const width = Math.max(0, ...lines.map((l) => l.length));
  if (width === 0 || width > MAX_WRAP_WIDTH) return null;
  let followed = 0;
  let wrapped = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i] || !lines[i + 1]) continue;
    followed++;
    if (brokenByWrap(lines[i], lines[i + 1], width)) wrapped++;
  }
  return wrapped >= MIN_WRAPPED_LINES && wrapped >= followed * MIN_WRAPPED_SHARE ? width : null;
}

/**
 * The text with the line breaks that wrapping made turned into spaces, when it is hard-wrapped;
 * else the text as it was. Blank lines and the breaks after short lines stay.
 */
export function unwrapHardWrapped(text: string): string {
  const lines = trimmedLines(text);
  const width = wrapWidth(lines);
  if (width === null) return text;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const joins = i > 0 && lines[i] && lines[i - 1] && brokenByWrap(lines[i - 1], lines[i], width);
    if (joins) out[out.length - 1] += ` ${lines[i]}`;
    else out.push(lines[i]);
  }
  return out.join('\n');
}
