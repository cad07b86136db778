// A source named by a possessive that points back to one named before: "its report said" (the body
// that spoke last), "his office said" (the person who spoke last: "Retailleau will travel to
// Mayotte, his office said" → "Retailleau's office").
import type { AttributionContext } from './attribution-context';
import { anyOf } from './word-pattern';
import { TITLE_WORDS } from './source-words';

/** "its report", "its latest daily update": the body that spoke last. */
const ITS = /^(?:it|its(?:\s+[\p{Ll}-]+){1,3})$/iu;
/** What speaks for a person: "his office", "her spokesman", "his ministry". */
const SPEAKS_FOR = [
  ...['office', 'ministry', 'department', 'administration', 'government', 'cabinet', 'team'],
  ...['spokesman', 'spokeswoman', 'spokesperson', 'aides?', 'staff', 'campaign', 'party'],
];
const HIS_OR_HER = new RegExp(String.raw`^(?:his|her)\s+(?:own\s+)?(${anyOf(SPEAKS_FOR)})$`, 'iu');

/**
 * The source a possessive names, or undefined when `s` is no such phrase or names no one the text
 * named before ("his office" then stays as written); null for "its …" with no body before.
 */
export function possessiveSource(s: string, ctx: AttributionContext): string | null | undefined {
  if (ITS.test(s)) return ctx.lastOrg ?? null;
  const his = HIS_OR_HER.exec(s);
  if (!his) return undefined;
  return ctx.lastPerson ? `${nameOnly(ctx.lastPerson)}'s ${his[1].toLowerCase()}` : undefined;
}

const TITLE_WORD = new Set(TITLE_WORDS);
/** The name after a person's title: "Bruno Retailleau" of "French Interior Minister Bruno Retailleau". */
function nameOnly(person: string): string {
  const words = person.split(/\s+/);
  const isTitle = words.map((w) => TITLE_WORD.has(w.toLowerCase().replace(/\.$/, '')));
  const lastTitle = isTitle.lastIndexOf(true);
  return words.length - lastTitle > 2 ? words.slice(lastTitle + 1).join(' ') : person;
}
