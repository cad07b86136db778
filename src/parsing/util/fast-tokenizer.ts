// htmlparser2's tokenizer with its one scanning loop left to the engine. While the tokenizer waits
// for one character (the '<' that may end a script or a style, the '-' that may end a comment, the
// '>' that ends a closing tag), `fastForwardTo` reads the page one charCodeAt at a time in
// JavaScript; a page is mostly such runs (inline scripts are most of a 50–500 KB page), and
// String.prototype.indexOf finds the same character natively. Same positions, same callbacks, so
// the same document: a spec parses pages with both tokenizers and compares them.
import { Tokenizer } from 'htmlparser2';

/** The private fields of htmlparser2's Tokenizer that fastForwardTo reads and moves. */
interface TokenizerScan {
  buffer: string;
  index: number;
  offset: number;
}

/**
 * Moves `index` to the next `c` in the buffer and says whether there is one; at the buffer's end
 * when there is none (exactly what htmlparser2 10's loop does).
 */
function fastForwardTo(this: TokenizerScan, c: number): boolean {
  const at = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
  if (at >= 0) {
    this.index = at + this.offset;
    return true;
  }
  this.index = this.buffer.length + this.offset - 1;
  return false;
}

/** Whether the installed htmlparser2 still scans with a `fastForwardTo` this file can replace. */
export const SCANS_WITH_FAST_FORWARD =
  typeof (Tokenizer.prototype as unknown as { fastForwardTo?: unknown }).fastForwardTo ===
  'function';

/** htmlparser2's Tokenizer, its scan by indexOf (unchanged if a new htmlparser2 no longer has it). */
export class IndexOfTokenizer extends Tokenizer {}

if (SCANS_WITH_FAST_FORWARD)
  Object.defineProperty(IndexOfTokenizer.prototype, 'fastForwardTo', { value: fastForwardTo });
