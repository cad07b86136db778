import { createHash } from 'node:crypto';
import * as cheerio from 'cheerio';
import * as F from '../fixtures/embeds';
import { parseArticle } from '../parse-article';
import type { ParsedPost } from '../parsed-article';
import type { Element } from '../util/dom';
import { mayBeEmbed } from './embeds';

function postsOf(fragment: string): ParsedPost[] {
  return parseArticle({
    format: 'html',
    content: F.page(
      `<article><p>Lead paragraph of the story.</p>${fragment}<p>Closing paragraph.</p></article>`,
    ),
  }).posts;
}

describe('embedded posts in HTML', () => {
  it('X/Twitter blockquote: handle, name, id, time, text, links, mentions, hashtags, media, markup hash', () => {
    const [p] = postsOf(F.TWEET_BLOCKQUOTE);
    expect(p).toMatchObject({
      kind: 'embedded',
      platform: 'twitter',
      externalId: '777838543783751680',
      url: 'https://x.com/HayesBrown/status/777838543783751680',
      authorName: 'Hayes Brown',
      handle: 'HayesBrown',
      postedAt: '2016-09-19T11:55:35.036Z',
      postedAtPrecision: 'ms',
      hashtags: ['NYC'],
      mentions: ['nycoem'],
      media: ['https://pic.twitter.com/EWgDSVvrHO'],
    });
    expect(p.text).toContain('Emergency alert on every phone');
    expect(p.links).toContain('https://t.co/EWgDSVvrHO');
    const $ = cheerio.load(F.page(F.TWEET_BLOCKQUOTE));
    const outer = $.html($('blockquote.twitter-tweet'));
    expect(p.markupSha256).toBe(createHash('sha256').update(outer).digest('hex'));
  });

  it('twitter-video, rendered widget (id only), WordPress figure with a bare status link', () => {
    const posts = postsOf(F.TWEET_VIDEO + F.TWEET_RENDERED_DIV + F.TWEET_WP_FIGURE);
    expect(posts.map((p) => [p.platform, p.handle, p.externalId])).toEqual([
      ['twitter', 'Conflicts', '1478756398155321346'],
      ['twitter', null, '800384752746254337'],
      ['twitter', 'Liveuamap', '1478714400442732546'],
    ]);
    expect(posts[1].postedAt).toBe('2016-11-20T17:06:10.141Z');
    expect(posts[2].url).toBe('https://x.com/Liveuamap/status/1478714400442732546');
  });

  it('iframe.twitter-tweet-rendered with data-tweet-id', () => {
    const [p] = postsOf(
      '<iframe class="twitter-tweet twitter-tweet-rendered" data-tweet-id="769239021021036544" title="Twitter Tweet"></iframe>',
    );
    expect(p).toMatchObject({ platform: 'twitter', externalId: '769239021021036544' });
    expect(p.postedAt!.slice(0, 10)).toBe('2016-08-26');
  });

  it('broken tweet markup keeps what is known', () => {
    const posts = postsOf(F.TWEET_BROKEN);
    expect(posts[0]).toMatchObject({
      platform: 'twitter',
      handle: 'some_name',
      authorName: 'Some Name',
      externalId: null,
      postedAt: null,
    });
  });

  it('Instagram (old with <time>, v14 reel)', () => {
    const [a, b] = postsOf(F.INSTAGRAM_WITH_TIME + F.INSTAGRAM_V14);
    expect(a).toMatchObject({
      platform: 'instagram',
      externalId: 'B_fawQoFahE',
      handle: 'zashay.tastas',
      authorName: 'zashay tastas',
      url: 'https://www.instagram.com/p/B_fawQoFahE/',
      hashtags: ['tegnell', 'sweden'],
    });
    expect(b).toMatchObject({
      platform: 'instagram',
      externalId: 'C9SM_NNv0k_',
      handle: 'example.news',
      authorName: 'Example Newsroom',
      url: 'https://www.instagram.com/reel/C9SM_NNv0k_/',
      postedAtPrecision: 'ms',
    });
  });

  it('Facebook (fb-post, plugin iframe, fb-video)', () => {
    const [a, b, c] = postsOf(F.FACEBOOK_POST + F.FACEBOOK_IFRAME + F.FACEBOOK_VIDEO);
    expect(a).toMatchObject({
      platform: 'facebook',
      externalId: '4815062455186125',
      handle: 'nikol.pashinyan',
      authorName: 'Nikol Pashinyan',
      postedAt: '2022-01-06',
      postedAtPrecision: 'day',
      url: 'https://www.facebook.com/nikol.pashinyan/posts/4815062455186125',
    });
    expect(a.text).toContain('peacekeeping forces');
    expect(b).toMatchObject({
      platform: 'facebook',
      externalId: '10159876543210987',
      handle: 'khabar24',
    });
    expect(c).toMatchObject({
      platform: 'facebook',
      externalId: '10153231379946729',
      authorName: 'Facebook',
      postedAt: '2014-12-05',
    });
  });

  it('TikTok, YouTube (incl. nocookie), Telegram (script and iframe)', () => {
    const posts = postsOf(
      F.TIKTOK + F.YOUTUBE + F.YOUTUBE_NOCOOKIE + F.TELEGRAM_SCRIPT + F.TELEGRAM_IFRAME,
    );
    expect(posts.map((p) => [p.platform, p.externalId, p.handle, p.url])).toEqual([
      [
        'tiktok',
        '7006694664724122881',
        'kikakiim',
        'https://www.tiktok.com/@kikakiim/video/7006694664724122881',
      ],
      ['youtube', 'VQgO5glYXZ4', null, 'https://www.youtube.com/watch?v=VQgO5glYXZ4'],
      ['youtube', 'dQw4w9WgXcQ', null, 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
      ['telegram', 'durov/43', 'durov', 'https://t.me/durov/43'],
      ['telegram', 'kitcoekofficial/415', 'kitcoekofficial', 'https://t.me/kitcoekofficial/415'],
    ]);
    expect(posts[0].text).toBe('Inst: kikakim 20 people in the crowd #fyp');
    expect(posts[0].hashtags).toEqual(['fyp']);
  });

  it('Mastodon (old iframe, new blockquote), Bluesky, Threads, Reddit', () => {
    const posts = postsOf(
      F.MASTODON_IFRAME + F.MASTODON_BLOCKQUOTE + F.BLUESKY + F.THREADS + F.REDDIT,
    );
    expect(posts.map((p) => [p.platform, p.handle, p.externalId])).toEqual([
      ['mastodon', 'Martindotnet@hachyderm.io', '109683757201594015'],
      ['mastodon', 'Gargron@mastodon.social', '113420186813233313'],
      ['bluesky', 'emilyliu.me', '3lbq7mxsiek2v'],
      ['threads', 'zuck', 'C8QGhmXPbuS'],
      ['reddit', 'Example_User-1', 'rx5k2a'],
    ]);
    expect(posts[2]).toMatchObject({
      authorName: 'Emily Liu',
      url: 'https://bsky.app/profile/emilyliu.me/post/3lbq7mxsiek2v',
      hashtags: ['atproto'],
    });
    expect(posts[2].text).not.toContain('[image or embed]');
    expect(posts[3].postedAtPrecision).toBe('ms');
    expect(posts[4].text).toContain('353 injured');
  });

  it('embed text never enters the body; order follows the document', () => {
    const r = parseArticle({
      format: 'html',
      content: F.page(
        `<article><p>First.</p>${F.REDDIT}<p>Second.</p>${F.TWEET_BLOCKQUOTE}<p>Third.</p></article>`,
      ),
    });
    expect(r.body).toBe('First.\n\nSecond.\n\nThird.');
    expect(r.posts.map((p) => p.platform)).toEqual(['reddit', 'twitter']);
  });

  it('drops tracking parameters from URLs', () => {
    const [p] = postsOf(F.FACEBOOK_POST);
    expect(p.url).not.toMatch(/__cft__|__tn__/);
    const [ig] = postsOf(F.INSTAGRAM_WITH_TIME);
    expect(ig.url).not.toContain('utm_');
  });

  it('an empty embed shell is not a post', () => {
    expect(
      postsOf('<blockquote class="instagram-media"></blockquote><div class="fb-post"></div>'),
    ).toEqual([]);
  });

  it('gives up on empty embed shells nested absurdly deep, but not on the embeds after them', () => {
    const shells = '<blockquote class="twitter-tweet">'.repeat(2000) + '</blockquote>'.repeat(2000);
    expect(postsOf(shells + F.TWEET_BLOCKQUOTE).map((p) => p.externalId)).toEqual([
      '777838543783751680',
    ]);
  });
});

describe('mayBeEmbed', () => {
  const first = (markup: string) => cheerio.load(markup)('body > *').get(0) as Element;
  it.each([
    ['a paragraph', '<p>12 people died.</p>', false],
    ['a link', '<a href="https://x.com/a/status/1">post</a>', false],
    ['a classed wrapper', '<div class="embed-twitter"></div>', true],
    ['a CMS wrapper named by a data- attribute', '<div data-embed-type="tiktok"></div>', true],
    ['an iframe', '<iframe src="https://www.youtube.com/embed/abc"></iframe>', true],
    ['a bare blockquote', '<blockquote><p>quoted</p></blockquote>', true],
    ['YouTube lite player', '<lite-youtube videoid="abc"></lite-youtube>', true],
  ])('%s: %s', (_name, markup, expected) => {
    expect(mayBeEmbed(first(markup))).toBe(expected);
  });
});
