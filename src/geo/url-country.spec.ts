import { countryOfUrl } from './url-country';

describe('countryOfUrl', () => {
  it.each([
    ['https://www.newindianexpress.com/states/kerala/2024/Aug/01/249-dead-in-wayanad', 'India'],
    ['https://www.thestatesman.com/india/wayanad-landslides-death-toll-rises-to-406.html', 'India'],
    ['https://example.com/world/europe/turkey/quake-toll', 'Turkey'],
    ['https://www.independent.co.uk/news/uk/home-news/grenfell-tower-fire', 'United Kingdom'],
    ['https://www.netindian.in/news/national/death-toll-reaches-141', 'India'],
    ['https://www.abc.net.au/news/2024-01-01/floods', 'Australia'],
    ['https://www.example.com.ng/news/lekki', 'Nigeria'],
  ])('reads the country of a section: %s', (url, country) => {
    expect(countryOfUrl(url)).toBe(country);
  });

  it.each([
    ['https://example.com/news/the-ninth-day-of-demonstrations-in-france'],
    ['https://example.com/us/uk/in/2024/07/31/story'],
    ['https://news.example.tv/live/flood-toll'],
    ['https://www.example.io/story'],
    ['not a url'],
    [null],
  ])('names none from slugs, short codes or junk: %s', (url) => {
    expect(countryOfUrl(url)).toBeNull();
  });
});
