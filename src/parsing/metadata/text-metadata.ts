// Article metadata from the first paragraphs of plain text: datelines, bylines, a date line, a headline.
import { parseDateText } from '../util/dates';
import { resolvePlace } from '../../geo/gazetteer';
import { findDateline, leadingName, parseByline, parseMetaLine } from './dateline';

export interface TextMetadata {
  title: string | null;
  authors: string[];
  publishedAt: string | null;
  place: string | null;
  /** Indexes of paragraphs that are metadata only (byline, date line), not article text. */
  metaParagraphs: number[];
}

const HEAD = 6;

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
    if (p.length <= 40) {
      const d = parseDateText(p);
      if (d && p.replace(/[\d,.:\s]|am|pm|[A-Za-z]{3,9}/gi, '').length <= 3 && /\d{4}/.test(p)) {
        publishedAt = publishedAt ?? d.day;
        metaParagraphs.push(i);
        continue;
      }
    }
    // a bare name on its own line right above the dateline is the byline ("Meera Srinivasan" /
    // "COLOMBO, April 21 — …"); not the first line (a Title Case headline) nor words naming places
    if (
      i > 0 &&
      !authors.length &&
      !place &&
      p.length <= 60 &&
      leadingName(p) === p.replace(/[,;:]$/, '') &&
      i + 1 < paragraphs.length &&
      findDateline(paragraphs[i + 1])?.place &&
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
  // a short first line without closing punctuation, followed by more text, is the headline
  const firstPara = paragraphs[0];
  if (
    firstPara &&
    paragraphs.length > 1 &&
    !metaParagraphs.includes(0) &&
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
