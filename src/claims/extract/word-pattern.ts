// Vocabulary is data: a word list stays a list, and a pattern that needs one joins it here.

/** A non-capturing alternation of `words`; an entry may hold pattern syntax ("neighbou?rs"). */
export function anyOf(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}

/** As anyOf, each phrase's spaces matching any run of white space ("on board" → "on\\s+board"). */
export function anyPhrase(phrases: readonly string[]): string {
  return anyOf(phrases.map((w) => w.replace(/ /g, '\\s+')));
}

/** A pattern matching any of `words` as a whole word ("\b(?:a|b)\b"). */
export function wordsRe(words: readonly string[], flags = 'i'): RegExp {
  return new RegExp(`\\b${anyOf(words)}\\b`, flags);
}

/** A pattern matching any of `words` right before a figure ("killed 12", "at least 12"). */
export function wordsBefore(words: readonly string[], flags = 'i'): RegExp {
  return new RegExp(`\\b${anyOf(words)}\\s*$`, flags);
}

/** `s` as a literal inside a pattern ("St. John's" matches only itself). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
