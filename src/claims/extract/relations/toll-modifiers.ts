// Subjects read from adjectives (DESIGN.md §3): "the civilian death toll" counts civilians,
// "the police death toll" police, "the child death toll" children. The cues read the toll; this
// pass reads the word that qualifies it.
import type { Draft } from '../draft';
import { QUANTITY_NOUNS, SUBJECT_MODIFIERS } from '../frames/frame-lexicon';
import type { Token } from '../tokens';

const TOLL_NOUN = /\b(?:toll|deaths|casualties|fatalities|dead)\b/i;

export function tollModifiers(
  s: string,
  drafts: (Draft | null)[],
  sentenceTokens: () => Token[],
): void {
  for (const d of drafts) {
    if (!d || d.subject !== 'people') continue;
    const from = Math.max(0, d.qs - 30);
    if (!TOLL_NOUN.test(s.slice(from, d.n.start))) continue;
    const subject = modifierBefore(
      sentenceTokens().filter((t) => t.start >= from && t.end <= d.n.start),
    );
    if (subject) d.subject = subject;
  }
}

/** The subject word right before the first quantity noun run: "civilian [death toll]", "protest [death toll]". */
function modifierBefore(tokens: Token[]): Draft['subject'] | null {
  const head = tokens.findIndex((t) => t.lower in QUANTITY_NOUNS && t.lower !== 'killed');
  if (head <= 0) return null;
  return SUBJECT_MODIFIERS[tokens[head - 1].lower] ?? null;
}
