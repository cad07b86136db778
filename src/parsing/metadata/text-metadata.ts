// Article metadata from the first paragraphs of plain text: datelines, bylines, a date line, a headline.
import { resolvePlace } from '../../geo/gazetteer';
import {
  dateOnly,
  findDateline,
  leadingName,
  outletByline,
  parseByline,
  parseMetaLine,
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

export function readTextMetadata(paragraphs: string[], leadingDate: string | null): TextMetadata {
  let place: string | null = null;
  let authors: string[] = [];
  let publishedAt: string | null = leadingDate;
  let title: string | null = null;
  const metaParagraphs: number[] = [];
  for (let i = 0; i < Math.min(HEAD, paragraphs.length); i++) {
    const p = paragraphs[i];
    if (!authors.length) {
      const by = p.length <= 200 ? parseByline(p) : null;
      if (by) {
        authors = by;
        metaParagraphs.push(i);
        continue;
      }
    }
    const outlet = i > 0 && i <= 2 && !authors.length ? outletByline(p) : null;
    if (outlet) {
      authors = [outlet];
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
      publishedAt = publishedAt ?? day;
      // a date line may open with its place: "Morbi (Gujarat), October 31, 2022"
      place = place ?? findDateline(p)?.place ?? null;
      metaParagraphs.push(i);
      continue;
    }
    // a bare name on its own line right above the dateline or the date line is the byline ("Meera
    // Srinivasan" / "COLOMBO, April 21 — …", "May Bulman" / "Friday 16 June 2017 13:23"); not the
    // first line (a Title Case headline) nor words naming places
    const next = paragraphs[i + 1] ?? '';
    if (
      i > 0 &&
      !authors.length &&
      !place &&
      p.length <= 60 &&
      leadingName(p) === p.replace(/[,;:]$/, '') &&
      (findDateline(next)?.place || (next.length <= 40 && dateOnly(next))) &&
      !findDateline(p) &&
      !p.split(/\s+/).some((w) => resolvePlace(w))
    ) {
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
  // a short first line without closing punctuation, followed by more text, is the headline; a
  // breadcrumb above it ("ETV Bharat / bharat", "Home › World › Asia") is not
  const head = isBreadcrumb(paragraphs[0] ?? '') ? 1 : 0;
  if (head) metaParagraphs.push(0);
  const firstPara = paragraphs[head];
  if (
    firstPara &&
    paragraphs.length > head + 1 &&
    !metaParagraphs.includes(head) &&
    firstPara.length <= 160 &&
    !/[.!?…"”:]$/.test(firstPara) &&
    /\s/.test(firstPara) &&
    !findDateline(firstPara) &&
    !/\(@\w+\)/.test(firstPara)
  ) {
    title = firstPara;
  }
  return { title, authors, publishedAt, place, metaParagraphs };
}
