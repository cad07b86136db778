import {
  findDateline,
  gluedByline,
  outletDateLine,
  parseByline,
  parseMetaLine,
  roleByline,
} from './dateline';
import { isHeadFurniture } from './text-metadata';
import { parseArticle } from '../parse-article';

const LEAD =
  'Rescuers pulled two more bodies from the mud on Tuesday as the toll rose, officials said.';
const textArticle = (content: string) => parseArticle({ format: 'text', content }).article;

describe('bylines as flattened pages print them', () => {
  it.each([
    ['By SAM OLUKOYA / AP', 'SAM OLUKOYA'],
    ["By Frances D'Emilio -", "Frances D'Emilio"],
    ['By: Mithil Aggarwal and Minyvonne Burke', 'Mithil Aggarwal'],
    ['Reporter: Aung Min', 'Aung Min'],
    ['Author: Maria Lopez', 'Maria Lopez'],
  ])('%s', (line, author) => expect(parseByline(line)?.[0]).toBe(author));
  it.each(['By Staff Reporter', 'By Our Correspondent', 'Posted by admin on March 3, 2024'])(
    'no writer: %s',
    (line) => expect(parseByline(line)).toBeNull(),
  );
  it("takes no author from a desk's byline above the date line", () => {
    const article = textArticle(
      `Stampede toll rises to 135\nBy Staff Reporter\nDecember 4, 2024\n${LEAD}`,
    );
    expect(article).toMatchObject({ author: null, publishedAt: '2024-12-04' });
  });
  it('takes the names before their outlet on a line without "By"', () =>
    expect(parseMetaLine('Jane Doe, Reuters')?.authors).toEqual(['Jane Doe']));

  it.each([
    ['Yoon visits site of plant fire that killed at least 22By Yonhap', 'Yonhap'],
    ['Via: perrie-halpern • 2 years ago • 6 commentsBy: Mithil Aggarwal', 'Mithil Aggarwal'],
  ])('a byline glued to the text before it: %s', (line, author) =>
    expect(gluedByline(line)?.authors).toEqual([author]),
  );
  it.each(['Stand By Me tops the chart again', 'Officials said the toll stood By Monday'])(
    'no glued byline: %s',
    (line) => expect(gluedByline(line)).toBeNull(),
  );

  it.each([
    ['(from correspondent Elvira Terranova) – There could be 100 victims.', 'Elvira Terranova'],
    [
      'Legit.ng journalist Ridwan Adeola Yusuf has over 9 years of experience',
      'Ridwan Adeola Yusuf',
    ],
    ['Our correspondent Mark Lowen reports from the border town.', 'Mark Lowen'],
  ])('a writer named by a role word: %s', (line, author) => expect(roleByline(line)).toBe(author));
  it.each(['Reporters Without Borders condemned the arrests.', 'The correspondent said nothing.'])(
    'no writer named: %s',
    (line) => expect(roleByline(line)).toBeNull(),
  );

  it('reads an outlet credit line with "The" and the day', () => {
    expect(outletDateLine('The Associated Press, Aug. 13, 2007')).toEqual({
      author: 'The Associated Press',
      date: '2007-08-13',
    });
    expect(findDateline('The Associated Press, Aug. 13, 2007')).toBeNull();
  });

  it('takes the glued byline and the headline before it', () => {
    const article = textArticle(
      'Yoon visits site of battery plant fire that killed at least 22By Yonhap\n' +
        `Published : June 24, 2024 - 20:26\n${LEAD}`,
    );
    expect(article).toMatchObject({
      title: 'Yoon visits site of battery plant fire that killed at least 22',
      author: 'Yonhap',
      publishedAt: '2024-06-24',
    });
  });

  it('takes no headline from a line that names the writer by role', () => {
    const article = textArticle(
      'Legit.ng journalist Ridwan Adeola Yusuf has over 9 years of experience\n\n' +
        `Tudun Biri, Kaduna state - ${LEAD}`,
    );
    expect(article).toMatchObject({
      title: null,
      author: 'Ridwan Adeola Yusuf',
      place: 'Tudun Biri',
    });
  });

  it('takes a byline at the foot above a copyright line', () => {
    const article = textArticle(
      `School bus crash kills three on the way home\n\n${LEAD}\n\n${LEAD}\n\nBy AMY LORENTZEN\n` +
        '© MMI The Associated Press. All Rights Reserved.',
    );
    expect(article.author).toBe('AMY LORENTZEN');
  });
});

describe('page furniture of flattened pages', () => {
  it.each([
    'Watch CBS News',
    'Watch CBSN Live',
    '. Earth Science News .',
    '- Advertisement -',
    'WorldUnited States & Canada',
    'Africa | HP News 9',
    'https://www.example.com/dozens-feared-dead/',
  ])('furniture: %s', (line) => expect(isHeadFurniture(line)).toBe(true));
  it.each([
    'Watch: police clash with protesters outside parliament',
    'YouTube removes the video',
    'Floods kill 14 as rivers burst | Live updates from the north',
  ])('not furniture: %s', (line) => expect(isHeadFurniture(line)).toBe(false));

  it.each([
    [
      'Watch CBS News\n\nAt Least 3 Dead In School Bus Crash',
      'At Least 3 Dead In School Bus Crash',
    ],
    [
      ". Earth Science News .\nDeath toll in floods in India's northeast crosses 160",
      "Death toll in floods in India's northeast crosses 160",
    ],
    [
      '-\nAdvertisement\nUnited States\nWorldUnited States & Canada\n\nTexas officials count the missing',
      'Texas officials count the missing',
    ],
  ])('the headline below: %s', (head, title) =>
    expect(textArticle(`${head}\n\n${LEAD}`).title).toBe(title),
  );

  it('reads the headline below a banner above "Skip to main content"', () => {
    const article = textArticle(
      'Welcome to the Example.com BETA. Read our note on the new site.\nSkip to main content\n\n' +
        `Europe\n\nBelgium raises flood death toll to 37\n\n1 minute read\n\n${LEAD}`,
    );
    expect(article.title).toBe('Belgium raises flood death toll to 37');
  });

  it("skips the site's own name above the headline, as its address spells it", () => {
    const content =
      'The Heat Is Online\n\nPakistan Loses 22 People to Flash Floods\n\n' +
      `Flash floods kill 22 in Pakistan\n\nThe Associated Press, Aug. 13, 2007\n\n${LEAD}`;
    const url = 'http://www.heatisonline.org/contentserver/index.cfm?id=6560';
    expect(parseArticle({ format: 'text', content, url }).article).toMatchObject({
      title: 'Pakistan Loses 22 People to Flash Floods',
      author: 'The Associated Press',
      publishedAt: '2007-08-13',
    });
    // on another site the line is the headline
    const other = parseArticle({ format: 'text', content, url: 'https://example.org/a' }).article;
    expect(other.title).toBe('The Heat Is Online');
  });

  it("prefers the day under the headline to a page's clock above it", () => {
    const article = textArticle(
      'Tuesday, 02 January 2024 12:17 GMT\n15 Workers Killed After Boiler Explodes At Factory\n\n' +
        `2025-11-21 03:10:21\n(MENAFN- AsiaNet News)\n\n${LEAD}`,
    );
    expect(article.publishedAt?.slice(0, 10)).toBe('2025-11-21');
  });

  it('keeps a date above the headline when none stands under it', () => {
    const article = textArticle(`KNA\n  12 March 2024, 08:15\n\nLandslide buries homes\n\n${LEAD}`);
    expect(article.publishedAt?.slice(0, 10)).toBe('2024-03-12');
  });
});

describe('datelines of flattened pages', () => {
  it.each([
    [`(LAGOS, Nigeria) — ${LEAD}`, 'Lagos'],
    [`NEW DELHI, India (AP) _ ${LEAD}`, 'New Delhi'],
    [`JAKARTA:`, 'Jakarta'],
    [`BarcelonaAt least 59 people died in a fire, officials said.`, 'Barcelona'],
    [`Prague, Czech Republic – ${LEAD}`, 'Prague'],
  ])('%s', (line, place) => expect(findDateline(line)?.place).toBe(place));

  it('reads the day of a capitals dateline on its own line', () => {
    expect(findDateline('GUWAHATI, India (AFP) Oct 11, 2004')).toMatchObject({
      place: 'Guwahati',
      date: '2004-10-11',
    });
  });

  it.each([
    'McDonald Said the plan would go ahead.',
    'NOW: live updates from the scene',
    'Kenya, Uganda – the two countries agreed.',
  ])('no place: %s', (line) => expect(findDateline(line)?.place ?? null).toBeNull());
});
