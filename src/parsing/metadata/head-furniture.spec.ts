import { dateOnly, findDateline, outletByline, outletDateLine, parseByline } from './dateline';
import { isHeadFurniture } from './text-metadata';
import { parseArticle } from '../parse-article';

const LEAD =
  'Rescuers pulled two more bodies from the mud on Tuesday as the toll rose, officials said.';
const textArticle = (content: string) => parseArticle({ format: 'text', content }).article;

describe('page furniture above the headline is not the title', () => {
  it.each([
    ['Weather Forecast\n\nFerry sinks off the coast with 40 aboard', 'Ferry sinks off the coast'],
    ['Advertisement\n\nFour die as storm hits the northern coast', 'Four die as storm'],
    [
      'trending:\nsponsored:\nView all Load more\nWorld\nBridge collapse kills nine in river town',
      'Bridge',
    ],
    ['KNA\n  12 March 2024, 08:15\n\nLandslide buries homes in hill district', 'Landslide'],
    ['Published On: Sun, Jul 9th, 2017\n\nFlash floods sweep through market town', 'Flash floods'],
  ])('%s', (head, start) => {
    const { title } = textArticle(`${head}\n\n${LEAD}`);
    expect(title?.startsWith(start)).toBe(true);
  });

  it.each([
    'World News',
    'Skip to main content',
    'Just In...',
    'Posted: August 3, 2014 at 3:30 a.m.',
  ])('furniture: %s', (line) => expect(isHeadFurniture(line)).toBe(true));
  it.each(['Ferry sinks off the coast with 40 aboard', LEAD])('not furniture: %s', (line) =>
    expect(isHeadFurniture(line)).toBe(false),
  );

  it('takes no bullet point of a summary for the headline', () => {
    expect(
      textArticle(`Summary\n\n• Unions have called a strike for Monday\n\n${LEAD}`).title,
    ).toBeNull();
  });

  it('keeps a short first line as the title when no headline follows the furniture', () => {
    expect(textArticle(`Ferry Disaster\n\n${LEAD}\n\n${LEAD}`).title).toBe('Ferry Disaster');
  });

  it('reads the dateline below furniture, headline and bylines', () => {
    const article = textArticle(
      'trending:\nsponsored:\nJust In...\nView all Load more\nAP U.S.\n' +
        'Tanker blast kills six on the interstate, police say\n' +
        'by AP - 08/07/23 6:55 AM ET\nby AP - 08/07/23 6:55 AM ET\n' +
        'Firefighters at the scene on Sunday. (State Police via AP)\n' +
        `LOWER PAXTON TOWNSHIP, Pa. (AP) — ${LEAD}`,
    );
    expect(article).toMatchObject({ author: 'AP', place: 'Lower Paxton Township' });
  });
});

describe('date lines with labels, ordinals and a.m./p.m.', () => {
  it.each([
    ['Published On: Sun, Jul 9th, 2017', '2017-07-09'],
    ['Posted: August 3, 2014 at 3:30 a.m.', '2014-08-03'],
    ['Updated on 4th June 2023', '2023-06-04'],
  ])('%s', (line, day) => expect(dateOnly(line)).toBe(day));
  it('not a date line: a day without its year', () =>
    expect(dateOnly('Sunday, July 9th')).toBeNull());
});

describe('a byline with a date after a dash', () => {
  it.each([
    ['by AP - 08/07/23 6:55 AM ET', ['AP']],
    ['By Jane Doe — March 3, 2023', ['Jane Doe']],
    ['By Ravi Menon and Ana Silva - 14:05 IST', ['Ravi Menon', 'Ana Silva']],
  ])('%s', (line, names) => expect(parseByline(line)).toEqual(names));
  it('keeps a hyphenated name', () =>
    expect(parseByline('By Jean-Paul Martin')).toEqual(['Jean-Paul Martin']));
});

describe("an outlet's name on its own line, or with the day", () => {
  it.each([
    ['The Associated Press', 'The Associated Press'],
    ['United Press International', 'United Press International'],
    ['al jazeera', 'Al Jazeera'],
  ])('%s', (line, outlet) => expect(outletByline(line)).toBe(outlet));
  it.each([
    ['AFP , Wednesday 16 Oct 2013', 'AFP', '2013-10-16'],
    ['(Xinhua) 15:58, October 21, 2023', 'Xinhua', '2023-10-21'],
    ['Reuters | March 3, 2023', 'Reuters', '2023-03-03'],
  ])('%s', (line, author, date) => expect(outletDateLine(line)).toEqual({ author, date }));
  it('not an outlet: a name and a date', () =>
    expect(outletDateLine('Jane Doe, March 3, 2023')).toBeNull());

  it('takes the outlet right above the dateline, below a caption and a credit', () => {
    const article = textArticle(
      'Bus Crash-Illinois\n\nA worker clears the wreckage on Wednesday.\n\n Jane Roe/Daily Star via AP\n\n' +
        `The Associated Press\n\nHIGHLAND, Ill. — ${LEAD}`,
    );
    expect(article).toMatchObject({ author: 'The Associated Press', place: 'Highland' });
  });
});

describe('a capitals dateline with the year after the day', () => {
  it.each([
    ['PORTO ALEGRE, Brazil, May 5, 2024 (BSS/AFP) - The toll rose', 'Porto Alegre'],
    ['NAIROBI, Kenya, March 12, 2023 (AFP) - Floods swept', 'Nairobi'],
    ['LIMA, Jan. 9, 2021 (Reuters) - Police said', 'Lima'],
  ])('%s', (text, place) => expect(findDateline(text)?.place).toBe(place));
});
