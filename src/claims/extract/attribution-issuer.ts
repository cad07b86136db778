// A press release or a statement reprinted whole speaks in its issuer's voice ("We are horrified …
// killing at least 70 people"): its header names the issuer, the source of every figure the text
// gives no other source.
import type { ExtractedClaim } from '../../domain/claim';
import { anyOf } from './word-pattern';

/** Kinds of document a header says someone issued: "Statement by …", "Comment By …". */
const ISSUED_KINDS = [
  ...['statement', 'comment', 'remarks', 'briefing notes?', 'press briefing notes?'],
  ...[
    'press release',
    'news release',
    'media release',
    'press statement',
    'note to correspondents',
  ],
];
/** What follows the issuer in a header: its subject ("… On Killings In Haiti"). */
const HEADER_SUBJECT = ['on', 'about', 'regarding', 'concerning', 'following', 'after', 'at'];
/** "Comment By UN Human Rights Office Spokesperson Thameen Al-Kheetan On Killings In Haiti". */
const ISSUED_BY = new RegExp(
  String.raw`^(?:${anyOf(ISSUED_KINDS)})\s+(?:by|from|attributable to)\s+(?:the\s+)?` +
    String.raw`(\p{Lu}.{2,100}?)(?=\s+${anyOf(HEADER_SUBJECT)}\s|\s*$)`,
  'iu',
);
/** "Press Release: UN High Commissioner for Human Rights": the issuer after the kind's colon. */
const ISSUED_COLON = new RegExp(
  String.raw`^(?:${anyOf(ISSUED_KINDS)})\s*:\s*(?:the\s+)?(\p{Lu}[^.!?]{2,100})$`,
  'iu',
);
/** Header lines sit in the text's first characters, before the body. */
const HEADER_SPAN = 800;

/** The issuer the text's header names, "by" before a colon's, or null. */
export function textIssuer(text: string): string | null {
  const lines = text
    .slice(0, HEADER_SPAN)
    .split('\n')
    .map((l) => l.trim());
  const by = lines.map((l) => ISSUED_BY.exec(l)?.[1]).find(Boolean);
  return by ?? lines.map((l) => ISSUED_COLON.exec(l)?.[1]).find(Boolean) ?? null;
}

/** Claims with no source take the issuer the text's header names. */
export function issuedTextSources(text: string, claims: ExtractedClaim[]): void {
  if (!claims.some((c) => !c.attribution.length)) return;
  const issuer = textIssuer(text);
  if (!issuer) return;
  for (const c of claims) if (!c.attribution.length) c.attribution = [issuer.trim()];
}
