// Validation of POST /articles bodies. A pure function so every rule is unit-tested and the
// controller only turns its verdict into a 400.

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

export type SubmissionVerdict = { ok: true; value: SubmitArticle } | { ok: false; message: string };

const KNOWN_FIELDS = new Set([
  'url',
  'html',
  'text',
  'story',
  'publishedAt',
  'title',
  'site',
  'author',
]);

function optionalString(
  body: Record<string, unknown>,
  field: string,
  maxLength: number,
): string | null | Error {
  const value = body[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return new Error(`${field} must be a string`);
  if (value.length > maxLength) return new Error(`${field} is longer than ${maxLength} characters`);
  return value;
}

export function validateSubmission(body: unknown): SubmissionVerdict {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, message: 'the body must be a JSON object with one of url, html or text' };
  }
  const record = body as Record<string, unknown>;
  const unknown = Object.keys(record).find((k) => !KNOWN_FIELDS.has(k));
  if (unknown)
    return {
      ok: false,
      message: `unknown field ${unknown} (allowed: ${[...KNOWN_FIELDS].join(', ')})`,
    };
  const fields: Record<string, string | null> = {};
  for (const [field, max] of [
    ['url', 4096],
    ['html', Number.MAX_SAFE_INTEGER],
    ['text', Number.MAX_SAFE_INTEGER],
    ['story', 200],
    ['publishedAt', 64],
    ['title', 1000],
    ['site', 200],
    ['author', 500],
  ] as const) {
    const value = optionalString(record, field, max);
    if (value instanceof Error) return { ok: false, message: value.message };
    fields[field] = value;
  }
  const { url, html, text, story, publishedAt, title, site, author } = fields;
  if (html !== null && text !== null)
    return { ok: false, message: 'give either html or text, not both' };
  if (html === null && text === null && url === null)
    return { ok: false, message: 'one of url, html or text is required' };
  for (const [field, value] of [
    ['html', html],
    ['text', text],
  ] as const) {
    if (value !== null && !value.trim()) return { ok: false, message: `${field} is empty` };
  }
  if (url !== null) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return { ok: false, message: 'url is not a valid URL' };
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
      return { ok: false, message: 'url must be http or https' };
  }
  if (story !== null && !story.trim()) return { ok: false, message: 'story is empty' };
  if (publishedAt !== null && Number.isNaN(Date.parse(publishedAt))) {
    return { ok: false, message: 'publishedAt is not a date (use ISO 8601, e.g. 2022-01-06)' };
  }
  const format = html !== null ? 'html' : text !== null ? 'text' : 'url';
  return {
    ok: true,
    value: {
      format,
      content: html ?? text,
      url,
      story: story?.trim() ?? null,
      publishedAt,
      title: title?.trim() || null,
      site: site?.trim() || null,
      author: author?.trim() || null,
    },
  };
}
