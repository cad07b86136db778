import { parseArticle } from './parse-article';
import { collapsedLength, isRecirculationHeading } from './boilerplate';

const para = (n: number) =>
  `<p>Paragraph ${n} of the story: officials in the northern province said rescue crews were still working through the night to reach villages cut off by the landslide.</p>`;
const story = (extra: string, opts: { wrap?: string } = {}) => {
  const open = opts.wrap ?? '<div class="story">';
  return `<html><head><title>Landslide buries villages</title></head><body>
<header><a href="/">Home</a></header>
<article><h1>Landslide buries villages</h1>
${open}
<p>At least 42 people were killed when a landslide buried two villages on Monday, the regional governor said.</p>
${para(1)}${para(2)}${para(3)}
${extra}
<p>The last paragraph: 15 people remain missing, according to the disaster agency.</p>
</div>
</article></body></html>`;
};
const bodyOf = (html: string) =>
  parseArticle({ format: 'html', content: html, url: 'https://news.example.org/a' }).body;

describe('boilerplate blocks inside the article', () => {
  it('drops a link list under a "Most read" heading in a block with an unknown class', () => {
    const body = bodyOf(
      story(`<section class="box-xyz"><h3>Most read</h3><ol>
      <li><a href="/1">Nine miners trapped after shaft collapse</a></li>
      <li><a href="/2">Police arrest 30 after stadium clash</a></li></ol></section>`),
    );
    expect(body).not.toMatch(/Most read|Nine miners|arrest 30/);
    expect(body).toContain('42 people were killed');
    expect(body).toContain('15 people remain missing');
  });

  it('drops a list of headline links with no heading and no telling class', () => {
    const body = bodyOf(
      story(`<div class="x1"><ul>
      <li><a href="/a">Floods displace 800 in the south</a></li>
      <li><a href="/b">Two guards killed in border raid</a></li>
      <li><a href="/c">Quake of 5.1 shakes coast</a></li></ul></div>`),
    );
    expect(body).not.toMatch(/displace 800|guards killed|5\.1/);
  });

  it('drops blocks named as recirculation: ticker, most-viewed, read-also, teasers', () => {
    for (const cls of [
      'breaking-ticker',
      'most-viewed',
      'read-also',
      'teasers',
      'more-news',
      'top-stories',
    ]) {
      const body = bodyOf(
        story(`<div class="${cls}"><span>Ferry sinks with 60 aboard</span></div>`),
      );
      expect(body).not.toContain('Ferry sinks');
      expect(body).toContain('15 people remain missing');
    }
  });

  it('drops a standalone recirculation heading and the list after it', () => {
    const body = bodyOf(
      story(`<h4>Read also</h4><ul><li><a href="/x">Bridge collapse kills 12</a></li></ul>`),
    );
    expect(body).not.toMatch(/Read also|Bridge collapse/);
  });

  it('drops "Read more: <link>" lines but keeps paragraphs that merely contain links', () => {
    const body = bodyOf(
      story(`<p><strong>Read more:</strong> <a href="/y">Hundreds flee as river bursts banks</a></p>
      <p>The <a href="/who">World Health Organization</a> said 300 people were treated for injuries, and <a href="/msf">aid groups</a> sent teams.</p>`),
    );
    expect(body).not.toContain('Hundreds flee');
    expect(body).toContain('300 people were treated');
  });

  it('keeps a bulleted list of facts in the story and a byline made of links', () => {
    const body = bodyOf(
      story(`<ul><li>Dead: 42</li><li>Missing: 15</li><li>Homes destroyed: 230</li></ul>`),
    );
    expect(body).toContain('Homes destroyed: 230');
    const r = parseArticle({
      format: 'html',
      content: story(`<p>By <a href="/a/1">Ana Ruiz</a> and <a href="/a/2">Li Wei</a></p>`),
    });
    expect(r.body).toContain('By Ana Ruiz and Li Wei');
  });

  it('drops a plain list of headlines under a recirculation label that is not a heading tag', () => {
    const body = bodyOf(
      story(`<div class="box-q"><div class="box-q__title">Most popular</div><ol>
      <li>Storm leaves 20,000 without power</li><li>Three hikers rescued</li></ol></div>`),
    );
    expect(body).not.toMatch(/Most popular|20,000 without power|hikers rescued/);
  });

  it('keeps a table of figures with linked place names, and a list after a bare "Breaking" label', () => {
    const body = bodyOf(
      story(`<table><tr><td><a href="/p/1">Hatay</a></td><td>3,100</td></tr><tr><td><a href="/p/2">Adana</a></td><td>250</td></tr></table>
      <div class="entry"><span>Breaking</span><ul><li>Army says 900 soldiers deployed to the valley</li></ul></div>`),
    );
    expect(body).toContain('3,100');
    expect(body).toContain('900 soldiers deployed');
  });

  it('never drops the story itself, even when its container has a recirculation-like class', () => {
    const body = bodyOf(story('', { wrap: '<div class="related-story-body">' }));
    expect(body).toContain('42 people were killed');
    expect(body).toContain('Paragraph 3 of the story');
  });

  it('keeps embeds found inside a link-heavy box', () => {
    const r = parseArticle({
      format: 'html',
      content: story(`<div class="x2"><a href="/1">One</a> <a href="/2">Two</a>
        <blockquote class="twitter-tweet"><p>Rescue teams reached the second village</p>&mdash; Disaster Agency (@agency_x) <a href="https://twitter.com/agency_x/status/1234567890123456789">March 4, 2024</a></blockquote></div>`),
    });
    expect(r.posts.map((p) => p.handle)).toContain('agency_x');
  });
});

describe('isRecirculationHeading', () => {
  it.each([
    'Related stories',
    'Most viewed',
    'Read Also',
    'More on this story',
    'You may also like',
    'Baca juga:',
    'Trending now',
  ])('recognises %s', (h) => expect(isRecirculationHeading(h)).toBe(true));
  it.each([
    'More than 40 killed in landslide',
    'Related deaths rise',
    'The latest toll',
    'Most of the victims were children',
  ])('leaves %s', (h) => expect(isRecirculationHeading(h)).toBe(false));
});

describe('collapsedLength', () => {
  it.each([
    '',
    '   ',
    'word',
    '  two  words  ',
    '\n\t line\r\n breaks \u00a0and\u2003em\u3000spaces\ufeff ',
    'a\u200bb',
    '\u2028x\u2029 y\u202f\u205fz\u1680',
  ])('is the length of the text collapsed and trimmed: %j', (text) => {
    expect(collapsedLength(text)).toBe(text.replace(/\s+/g, ' ').trim().length);
  });
});
