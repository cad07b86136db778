import { validateSubmission } from './submit-article.dto';

describe('validateSubmission', () => {
  it.each([
    [{ text: 'Twelve were killed.' }, 'text'],
    [{ html: '<p>hi</p>', url: 'https://example.com/a' }, 'html'],
    [{ url: 'https://example.com/a', story: 'almaty' }, 'url'],
  ])('accepts %j', (body, format) => {
    const verdict = validateSubmission(body);
    expect(verdict).toMatchObject({ ok: true, value: { format } });
  });

  it.each([
    [null, /JSON object/],
    [[], /JSON object/],
    [{}, /one of url, html or text is required/],
    [{ html: '<p/>', text: 'x' }, /either html or text/],
    [{ text: 42 }, /text must be a string/],
    [{ text: '   ' }, /text is empty/],
    [{ url: 'not a url' }, /url is not a valid URL/],
    [{ url: 'file:///etc/passwd' }, /url must be http or https/],
    [{ text: 'x', publishedAt: 'yesterday-ish' }, /publishedAt is not a date/],
    [{ text: 'x', story: '' }, /story is empty/],
    [{ text: 'x', colour: 'red' }, /unknown field colour/],
  ])('rejects %j naming the field', (body, message) => {
    const verdict = validateSubmission(body);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.message).toMatch(message);
  });
});
