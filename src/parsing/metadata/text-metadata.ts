// Article metadata from the first paragraphs of plain text: datelines, bylines, a date line, a headline.
import { resolvePlace } from '../../geo/gazetteer';
import {
  bioByline,
  dateOnly,
  findDateline,
  gluedByline,
  leadingName,
  outletByline,
  outletDateLine,
  parseByline,
  parseMetaLine,
  roleByline,
} from './dateline';

export interface TextMetadata {
  title: string | null;
  authors: string[];
  publishedAt: string | null;
  place: string | null;
  /** Indexes of paragraphs that are metadata only (byline, date line), not article text. */
  metaParagraphs: number[];
}

const HEAD = 6;

/** A site's path to the page, words parted by slashes or chevrons: "News / World", "Home › Asia". */
export function isBreadcrumb(line: string): boolean {
  const parts = line.trim().split(/\s+[/›»>]\s+/);
  return parts.length >= 2 && line.length <= 60 && parts.every((p) => p.split(/\s+/).length <= 3);
}

/**
 * Interface words a page's text keeps above its headline: "Skip to main content", "View all",
 * "Watch CBS News"; an advertising slot named by its size ("468x60 General & Logo", "728x90
 * Leaderboard", "300x250 Ad").
 */
const PAGE_CHROME = new RegExp(
  String.raw`^(?:skip to (?:main )?content|view all(?: load more)?|load more|just in\W*` +
    String.raw`|watch(?:\s+\S+){1,2}|\d{2,3}x\d{2,3}\b.{0,30}|[\p{L}\d .&'’-]{0,30}\blogo)$`,
  'iu',
);

/**
 * A photo's caption above the headline, closed by its credit: "Democratic Republic of Congo, Kivu
 * Lake. (Photo by: Hermes Images/AGF/UIG via Getty Images)", "Rescuers at the site (Photo: AFP)".
 */
const CAPTION_WITH_CREDIT =
  /\((?:photos?|images?|pictures?)\b[^()]{0,80}\)$|\bvia getty images\)?$/i;

/** A label of a few words set between marks: ". Earth Science News .", "- Advertisement -". */
const MARKED_LABEL = /^[.\-–—|*]+\s+[^.!?]{1,40}?\s*[.\-–—|*]*$/u;

function isMarkedLabel(text: string): boolean {
  return MARKED_LABEL.test(text) && text.split(/\s+/).length <= 6;
}

/** Section labels run together when a menu is flattened: "WorldUnited States & Canada". */
const GLUED_LABELS = /\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}/u;

/** A row of labels parted by bars, or a bare address: "Africa | HP News 9", "https://…". */
function isLabelRow(text: string): boolean {
  const parts = text.split(/\s+\|\s+/);
  const labels = parts.length >= 2 && parts.every((p) => p.split(/\s+/).length <= 3);
  return (labels && text.length <= 40) || /^https?:\/\/\S+$/.test(text);
}

function isGluedLabelLine(text: string): boolean {
  return text.length <= 40 && text.split(/\s+/).length <= 5 && GLUED_LABELS.test(text);
}

/**
 * Page furniture above the headline: a section or label of one or two words ("Europe", "World News",
 * "Advertisement", "BSS"), a label closed by a colon ("trending:") or set between marks, interface
 * words, a breadcrumb (maybe flattened), or a date line ("05 May 2024, 20:09", "Published On: Sun,
 * Jul 9th, 2017"), a logo's name ("FE Today Logo"), a photo's caption with its credit.
 */
export function isHeadFurniture(line: string): boolean {
  const text = line.trim();
  return (
    (text.split(/\s+/).length <= 2 && text.length <= 30) ||
    /^[\w ]{1,30}:$/.test(text) ||
    PAGE_CHROME.test(text) ||
    isMarkedLabel(text) ||
    isGluedLabelLine(text) ||
    isLabelRow(text) ||
    isBreadcrumb(text) ||
    CAPTION_WITH_CREDIT.test(text) ||
    (text.length <= 40 && !!dateOnly(text))
  );
}

/**
 * A short line without closing punctuation, not a dateline, a byline, a post's author line nor a
 * summary's bullet point ("• Unions have called …").
 */
function isHeadlineLine(printed: string): boolean {
  const line = unquoted(printed);
  return (
    line.length <= 160 &&
    !/^[•·▪*]/.test(line) &&
    !/[.!?…"”:]$/.test(line) &&
    /\s/.test(line) &&
    !findDateline(line) &&
    !parseByline(line) &&
    !/\(@\w+\)/.test(line)
  );
}

/** A headline printed inside quotation marks: "\"Overloaded Boat Capsizes on Lake Kivu\"". */
function unquoted(line: string): string {
  return /^["“][^"“”]+["”]$/.test(line) ? line.slice(1, -1) : line;
}

/**
 * A breadcrumb that ends with the headline printed below it: "Home > World (International) > Gas
 * explosion caused seven dead …" above "Gas explosion caused seven dead …", "Home / International /
 * Death toll in Philippines typhoon rises to 25: official". The headline's index, or -1.
 */
function headlineUnderItsCrumb(paragraphs: string[]): number {
  for (let k = 1; k < Math.min(HEAD, paragraphs.length - 1); k++) {
    const crumb = paragraphs[k - 1];
    const path = crumb.endsWith(paragraphs[k]) ? crumb.slice(0, -paragraphs[k].length) : '';
    if (/\S\s*(?:[>›»]|\s\/)\s*$/.test(path) && isHeadlineLine(paragraphs[k])) return k;
  }
  return -1;
}

/**
 * Where the headline stands: the first line, or the first line below page furniture ("Weather
 * Forecast", "Advertisement", "trending:" / "sponsored:", "BSS" / "05 May 2024, 20:09") when that
 * line reads as a headline and more text follows it. The head's metadata is read from there down.
 */
function headlineIndex(paragraphs: string[], host: string | null): number {
  const crumbed = headlineUnderItsCrumb(paragraphs);
  if (crumbed > 0) return crumbed;
  let i = pageTop(paragraphs);
  const furniture = (p: string) => isHeadFurniture(p) || isMasthead(p, host);
  while (i < HEAD && i < paragraphs.length - 1 && furniture(paragraphs[i])) i++;
  return i > 0 && i < paragraphs.length - 1 && isHeadlineLine(paragraphs[i]) ? i : 0;
}

/** "Skip to main content" is the first thing a page prints: any line above it is a banner. */
function pageTop(paragraphs: string[]): number {
  const skip = paragraphs.slice(0, HEAD).findIndex((p) => /^skip to (?:main )?content$/i.test(p));
  return skip + 1;
}

/** The name of the site the page is on: "heatisonline" for www.heatisonline.org. */
function siteHost(url: string | null): string | null {
  const host = url ? /^[a-z]+:\/\/([^/:?#]+)/i.exec(url)?.[1] : null;
  const labels = host?.toLowerCase().split('.') ?? [];
  return labels.filter((l) => l.length > 3 && l !== 'www').shift() ?? null;
}

/** The site's own name as a masthead line above the headline: "The Heat Is Online". */
function isMasthead(line: string, host: string | null): boolean {
  const letters = line
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]/g, '');
  return !!host && letters.length >= 4 && letters === host;
}

/**
 * An outlet's byline: its name alone under the headline ("Al Jazeera") or right above the dateline
 * ("The Associated Press" / "HIGHLAND, Ill. — …"), or its name and the day under the headline
 * ("AFP , Wednesday 16 Oct 2013", "(Xinhua) 15:58, October 21, 2023").
 */
function outletLine(
  paragraphs: string[],
  i: number,
  top: number,
): { author: string; date: string | null } | null {
  const p = paragraphs[i];
  const underHeadline = i > top && i <= top + 2;
  const aboveDateline = () => !!findDateline(paragraphs[i + 1] ?? '')?.place;
  const outlet = outletByline(p);
  if (outlet && (underHeadline || aboveDateline())) return { author: outlet, date: null };
  return underHeadline ? outletDateLine(p) : null;
}

/**
 * A bare name on its own line right above the dateline or the date line is the byline ("Meera
 * Srinivasan" / "COLOMBO, April 21 — …", "May Bulman" / "Friday 16 June 2017 13:23"); not words
 * naming places. The first line, a Title Case headline, is never asked.
 */
function isNameAboveDateline(p: string, next: string): boolean {
  return (
    p.length <= 60 &&
    !/^by\s/i.test(p) && // a desk's byline ("By Staff Reporter") names no one
    leadingName(p) === p.replace(/[,;:]$/, '') &&
    !!(findDateline(next)?.place || (next.length <= 40 && dateOnly(next))) &&
    !findDateline(p) &&
    !p.split(/\s+/).some((w) => resolvePlace(w))
  );
}

/** A head paragraph naming the writers, and how: see writerLine. */
interface WriterLine {
  authors: string[];
  kind: 'byline' | 'glued' | 'role';
  /** The headline printed before a glued byline. */
  before?: string;
}

/**
 * A paragraph of the head that names the writers: a byline ("By Jane Doe", a metadata paragraph),
 * one glued to the headline before it ("… at least 22By Yonhap": the headline is the text before),
 * a writer's biography ("Amos Khaemba, a journalist at TUKO.co.ke, brings …", a metadata paragraph),
 * or a writer named by a role word ("Legit.ng journalist Ridwan Adeola Yusuf has …": no headline,
 * and the paragraph may still hold the dateline).
 */
function writerLine(p: string): WriterLine | null {
  const by = p.length <= 200 ? parseByline(p) : null;
  if (by) return { authors: by, kind: 'byline' };
  const bio = bioByline(p);
  if (bio) return { authors: [bio], kind: 'byline' };
  const glued = p.length <= 300 ? gluedByline(p) : null;
  if (glued) return { authors: glued.authors, kind: 'glued', before: glued.before };
  const role = roleByline(p);
  return role ? { authors: [role], kind: 'role' } : null;
}

export function readTextMetadata(
  paragraphs: string[],
  leadingDate: string | null,
  url: string | null = null,
): TextMetadata {
  let place: string | null = null;
  let authors: string[] = [];
  let publishedAt: string | null = leadingDate;
  let title: string | null = null;
  // a date above the headline may be the page's clock ("Tuesday, 02 January 2024 12:17 GMT"): one
  // under the headline wins
  let dateAbove: string | null = null;
  const metaParagraphs: number[] = [];
  // the headline as printed before a byline glued to it ("… at least 22By Yonhap"); the paragraph
  // that names a writer by role, which is no headline
  const heads = new Map<number, string | null>();
  const top = headlineIndex(paragraphs, siteHost(url));
  for (let i = 0; i < Math.min(top + HEAD, paragraphs.length); i++) {
    const p = paragraphs[i];
    const writer = authors.length ? null : writerLine(p);
    if (writer) {
      authors = writer.authors;
      if (writer.kind === 'byline') metaParagraphs.push(i);
      else heads.set(i, writer.before ?? null);
      if (writer.kind !== 'role') continue;
    }
    const outlet = authors.length ? null : outletLine(paragraphs, i, top);
    if (outlet) {
      authors = [outlet.author];
      publishedAt = publishedAt ?? outlet.date;
      metaParagraphs.push(i);
      continue;
    }
    // "Tom Ashcroft, Washington", "Emily Lo | Matthias Ang | June 10, 2019": a byline without "By"
    // (never the first line, which is the headline)
    const metaLine = i > 0 && !authors.length ? parseMetaLine(p) : null;
    if (metaLine) {
      authors = metaLine.authors;
      place = place ?? metaLine.place;
      publishedAt = publishedAt ?? metaLine.date;
      metaParagraphs.push(i);
      continue;
    }
    const day = p.length <= 40 ? dateOnly(p) : null;
    if (day) {
      if (i < top) dateAbove = dateAbove ?? day;
      else publishedAt = publishedAt ?? day;
      // a date line may open with its place: "Morbi (Gujarat), October 31, 2022"
      place = place ?? findDateline(p)?.place ?? null;
      metaParagraphs.push(i);
      continue;
    }
    if (i > 0 && !authors.length && !place && isNameAboveDateline(p, paragraphs[i + 1] ?? '')) {
      authors = [leadingName(p)!];
      metaParagraphs.push(i);
      continue;
    }
    if (!place) {
      const dl = findDateline(p);
      if (dl) {
        place = dl.place;
        if (dl.author && !authors.length) authors = [dl.author];
        publishedAt = publishedAt ?? dl.date;
      }
    }
  }
  // a short first line without closing punctuation (or the first below page furniture), followed
  // by more text, is the headline; a breadcrumb above it ("Home › World › Asia") is not
  if (isBreadcrumb(paragraphs[0] ?? '')) metaParagraphs.push(0);
  const head = top || (isBreadcrumb(paragraphs[0] ?? '') ? 1 : 0);
  const firstPara = heads.has(head) ? heads.get(head) : paragraphs[head];
  if (
    firstPara &&
    paragraphs.length > head + 1 &&
    !metaParagraphs.includes(head) &&
    isHeadlineLine(firstPara)
  ) {
    title = unquoted(firstPara);
  }
  return {
    title,
    authors,
    publishedAt: publishedAt ?? dateAbove,
    place,
    metaParagraphs,
  };
}
