// What a POST /articles body asks for, once its fields have passed validation.

export interface SubmitArticle {
  format: 'html' | 'text' | 'url';
  content: string | null;
  url: string | null;
  story: string | null;
  publishedAt: string | null;
  /** Metadata a text submission cannot carry itself. */
  title: string | null;
  site: string | null;
  author: string | null;
}

/** The body's fields, each already checked (type, length, URL, date). */
export interface SubmissionFields {
  url?: string;
  html?: string;
  text?: string;
  story?: string;
  publishedAt?: string;
  title?: string;
  site?: string;
  author?: string;
}

/** The submission the body describes, or an Error naming what is missing or clashing. */
export function toSubmission(body: SubmissionFields): SubmitArticle | Error {
  const { url, html, text, story, publishedAt, title, site, author } = body;
  if (html !== undefined && text !== undefined)
    return new Error('give either html or text, not both');
  if (html === undefined && text === undefined && url === undefined)
    return new Error('one of url, html or text is required');
  const format = html !== undefined ? 'html' : text !== undefined ? 'text' : 'url';
  return {
    format,
    content: html ?? text ?? null,
    url: url ?? null,
    story: story ?? null,
    publishedAt: publishedAt ?? null,
    title: title || null,
    site: site || null,
    author: author || null,
  };
}
