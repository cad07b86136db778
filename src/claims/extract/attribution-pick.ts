// Which of a sentence's sources a figure takes: the nearest speech clause before it, else the one
// after it that may speak for figures before it; a source reported by another is both, outermost first.
import type { SpeechHit } from './attribution-context';

/** Source of a figure at `pos` in the sentence: the nearest speech clause before it, else the one after. */
const lastHitEndsSentence = true;
export function pickAttribution(hits: SpeechHit[], pos: number, s?: string): string[] | null {
  if (!hits.length) return null;
  const before = hits.filter((h) => h.at < pos);
  // (a passive agent with another figure before it is that figure's: "79 died, far exceeding the 30 claimed by X")
  const after = hits.filter(
    (h) => h.at > pos && h.trailingOk && !(h.passive && agentOfOther(h, pos, s)),
  );
  // "the 75 announced by the mayor": a passive agent right after the figure is its source
  const agent = after.find((h) => h.passive && h.at - pos < 40);
  if (agent) return agent.chain;
  // "3.5 million according to the CGT, 1.1 million according to the ministry": a source tag right
  // after the figure is that figure's own, not an outer voice over the source before it
  const tagged = s ? after.find((h) => ownSourceTag(s.slice(pos, h.at), s.slice(h.at))) : null;
  if (tagged) return tagged.chain;
  if (before.length) {
    const b = reportedWithin(before, s) ?? before[before.length - 1].chain;
    // "X, head of …, said 19 … were among the dead, news reports said." → ["news reports", "X"]
    // (but past a semicolon a source speaks of its own clause: "…107,000; according to NGOs, …")
    const last = after[after.length - 1];
    const outer =
      after.length &&
      !last.passive &&
      !(s && s.slice(pos, last.at).includes(';')) &&
      after[after.length - 1].at === Math.max(...hits.map((h) => h.at))
        ? after[after.length - 1].chain
        : null;
    return outer && !b.includes(outer[0]) && lastHitEndsSentence ? [...outer, ...b] : b;
  }
  if (after.length) return after[0].chain;
  return null;
}

/** Whether another figure stands between the figure at `pos` and the passive agent `h`. */
function agentOfOther(h: SpeechHit, pos: number, s: string | undefined): boolean {
  return !!s && /\d/.test(s.slice(pos, h.at).replace(/^[\d.,]+/, ''));
}

/**
 * A source reported by another: "Reuters reported that a hospital official said 12 …" is
 * ["Reuters", "hospital official"], outermost first. The outer verb opens a "that" clause, and the
 * inner source speaks inside it.
 */
function reportedWithin(before: SpeechHit[], s: string | undefined): string[] | null {
  if (!s || before.length < 2) return null;
  const inner = before[before.length - 1];
  const outer = before[before.length - 2];
  if (inner.chain.includes(outer.chain[0]) || outer.chain.includes(inner.chain[0])) return null;
  const between = s.slice(outer.at, inner.at);
  return OPENS_THAT_CLAUSE.test(between) || SAID_SPEAKER.test(between)
    ? [...outer.chain, ...inner.chain]
    : null;
}
/**
 * "Vucic said authorities estimated …", "Police told reporters officials counted …": a speech verb
 * whose clause opens without "that", on the inner speaker's own few words (no figure, no comma).
 */
const SAID_SPEAKER = new RegExp(
  String.raw`^(?:said|says|told\s+(?:reporters|journalists|the\s+press)|added|reported|stated)` +
    String.raw`\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,4}$`,
  'iu',
);
/**
 * A speech verb, then "that" (an adverb or a date may stand between), then the inner source: no
 * figure, comma or other clause ("Organisers estimated that 550,000 …, while police said 190,000").
 */
const OPENS_THAT_CLAUSE =
  /^[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?\s+that\s+(?:(?!(?:and|while|but|after|whereas|before|as)\s)[^;:.!?,\d\s]+\s+)*$/u;

/** The figure, at most two words of its noun, then "according to": "1.1 million according to". */
function ownSourceTag(figureToTag: string, tag: string): boolean {
  return (
    /^[\d.,]+(?:\s*(?:m|bn|k|million|billion|thousand|lakh|crore))?(?:\s+[\p{L}-]+){0,2}?\s*,?\s*$/iu.test(
      figureToTag,
    ) && /^according to\b/i.test(tag)
  );
}
