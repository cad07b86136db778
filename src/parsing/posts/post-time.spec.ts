import { parseArticle } from '../parse-article';
import {
  BLUESKY,
  INSTAGRAM_WITH_TIME,
  MASTODON_IFRAME,
  TIKTOK,
  TWEET_BLOCKQUOTE,
  page,
} from '../fixtures/embeds';
import { parseDateText } from '../util/dates';
import {
  blueskyTidToMs,
  mastodonIdToMs,
  resolvePostTime,
  shortcodeToMediaId,
  shortcodeToMs,
  tiktokIdToMs,
  twitterIdToMs,
} from './post-time';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('post time from ids', () => {
  it('decodes a tweet id to the day its embed prints', () => {
    // publish.twitter.com printed "September 19, 2016" for this status
    expect(iso(twitterIdToMs('777838543783751680'))).toBe('2016-09-19T11:55:35.036Z');
    // the rendered widgets of 2016 (only the id survives)
    expect(iso(twitterIdToMs('800384752746254337'))?.slice(0, 10)).toBe('2016-11-20');
  });

  it('rejects pre-snowflake and malformed tweet ids', () => {
    expect(twitterIdToMs('20')).toBeNull();
    expect(twitterIdToMs('12ab')).toBeNull();
    expect(twitterIdToMs(null)).toBeNull();
  });

  it('decodes a Mastodon id (>> 16 ms)', () => {
    expect(iso(mastodonIdToMs('109683757201594015'))).toBe('2023-01-13T20:21:54.721Z');
  });

  it('decodes a Bluesky TID and agrees with the local time the embed prints', () => {
    const ms = blueskyTidToMs('3lbq7mxsiek2v')!;
    // printed "November 25, 2024 at 12:58 AM" by a reader at UTC+1
    expect(iso(ms)).toBe('2024-11-24T23:58:51.890Z');
    const printed = parseDateText('November 25, 2024 at 12:58 AM')!;
    expect(Math.abs(printed.localMs! - 3600_000 - ms)).toBeLessThan(60_000);
    expect(blueskyTidToMs('not-a-tid')).toBeNull();
  });

  it('decodes an Instagram shortcode and agrees with the embed <time datetime> to the second', () => {
    expect(shortcodeToMediaId('B_fawQoFahE')).toBe(2296672000578791492n);
    const decoded = shortcodeToMs('B_fawQoFahE')!;
    const datetime = /datetime="([^"]+)"/.exec(INSTAGRAM_WITH_TIME)![1];
    expect(Math.floor(decoded / 1000)).toBe(Date.parse(datetime) / 1000);
    // and with the printed "Apr 27, 2020 at 9:24am PDT" to the minute
    const printed = parseDateText('Apr 27, 2020 at 9:24am PDT')!;
    expect(printed.iso).toBe('2020-04-27T16:24:00.000Z');
    expect(Math.floor(decoded / 60000)).toBe(Date.parse(printed.iso) / 60000);
  });

  it('decodes a TikTok id (>> 32 s) to within a second of its createTime', () => {
    // TikTok's API reported createTime 1631373229 for this video
    const ms = tiktokIdToMs('7006694664724122881')!;
    expect(Math.abs(ms / 1000 - 1631373229)).toBeLessThanOrEqual(1);
  });

  it('prefers the id, falls back to printed text, else null', () => {
    expect(resolvePostTime(null, null)).toEqual({ postedAt: null, postedAtPrecision: null });
    expect(resolvePostTime(null, parseDateText('January 6, 2022'))).toEqual({
      postedAt: '2022-01-06',
      postedAtPrecision: 'day',
    });
    expect(resolvePostTime(Date.UTC(2022, 0, 6, 3), parseDateText('January 6, 2022'))).toEqual({
      postedAt: '2022-01-06T03:00:00.000Z',
      postedAtPrecision: 'ms',
    });
  });

  it('keeps the printed day when the decoded instant falls on another UTC day', () => {
    // 03:00 UTC on Jan 6 is still Jan 5 in the Americas
    const t = resolvePostTime(Date.UTC(2022, 0, 6, 3), parseDateText('January 5, 2022'));
    expect(t.postedAtPrecision).toBe('ms');
    expect(t.postedAt!.slice(0, 10)).toBe('2022-01-05');
    expect(Date.parse(t.postedAt!)).toBe(Date.UTC(2022, 0, 6, 3));
  });

  it('embeds carry decoded times whose day is the printed day', () => {
    const html = page(
      [TWEET_BLOCKQUOTE, INSTAGRAM_WITH_TIME, MASTODON_IFRAME, BLUESKY, TIKTOK].join('\n'),
    );
    const posts = parseArticle({ format: 'html', content: html }).posts;
    expect(posts.map((p) => [p.platform, p.postedAt?.slice(0, 10), p.postedAtPrecision])).toEqual([
      ['twitter', '2016-09-19', 'ms'],
      ['instagram', '2020-04-27', 'ms'],
      ['mastodon', '2023-01-13', 'ms'],
      ['bluesky', '2024-11-25', 'ms'],
      ['tiktok', '2021-09-11', 'ms'],
    ]);
    const bsky = posts[3];
    expect(Date.parse(bsky.postedAt!)).toBe(blueskyTidToMs('3lbq7mxsiek2v'));
  });
});
