import { toSubmission } from './submission';

// Field rules (types, lengths, URL, date, unknown fields) are the DTO's, tested end to end in
// test/validation.e2e-spec.ts; these are the rules between fields.
describe('toSubmission', () => {
  it.each([
    [{ text: 'Twelve were killed.' }, 'text'],
    [{ html: '<p>hi</p>', url: 'https://example.com/a' }, 'html'],
    [{ url: 'https://example.com/a', story: 'almaty' }, 'url'],
  ])('reads %j as a %s submission', (body, format) => {
    expect(toSubmission(body)).toMatchObject({ format });
  });

  it.each([
    [{}, /one of url, html or text is required/],
    [{ story: 'almaty' }, /one of url, html or text is required/],
    [{ html: '<p/>', text: 'x' }, /either html or text/],
  ])('refuses %j', (body, message) => {
    const verdict = toSubmission(body);
    expect(verdict).toBeInstanceOf(Error);
    expect((verdict as Error).message).toMatch(message);
  });
});
