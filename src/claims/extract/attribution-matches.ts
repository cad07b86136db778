// Every match of a global pattern in a text, found by exec on the pattern itself. The attribution
// pass looks for its patterns (long alternations of words) in every sentence that may name a
// source, and String.prototype.matchAll copies its pattern (a new RegExp) on each call: that copy
// cost more than the search in a sentence.

/**
 * The matches of `pattern` (global) in `text`, in order, as matchAll gives them; `pattern` is left
 * as it was (lastIndex 0). (An empty match steps on one code unit: no attribution pattern has one.)
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    if (m[0] === '') pattern.lastIndex++;
  }
  return found;
}
