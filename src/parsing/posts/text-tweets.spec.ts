import { findTextTweets } from './text-tweets';

describe('findTextTweets: signatures with long handles and non-ASCII text', () => {
  it('takes a handle longer than 15 characters (older and renamed accounts)', () => {
    const r = findTextTweets(
      '"Arrived at the ridge village. Dozens of homes down, still no road." — Field Reporter (@field_reporter_desk) March 3, 2021',
    );
    expect(r.posts).toHaveLength(1);
    expect(r.posts[0].post.handle).toBe('field_reporter_desk');
    expect(r.posts[0].post.authorName).toBe('Field Reporter');
    expect(r.rest).toBe('');
  });

  it('keeps apostrophes, curly quotes and accents in the text and the name', () => {
    const r = findTextTweets(
      'Crews reached the valley. “We’re in Aït O’Brien now, l’école is gone.” — Zoë D’Arcy-Núñez (@zoe_darcy) 4 May 2022',
    );
    expect(r.posts).toHaveLength(1);
    expect(r.posts[0].post.authorName).toBe('Zoë D’Arcy-Núñez');
    expect(r.posts[0].post.text).toContain('Aït O’Brien');
  });
});
