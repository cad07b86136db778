import { renderHistory } from './history-command';

const claim = {
  low: null,
  high: null,
  quote: '',
  originKey: 'x',
  superseded: false,
};

describe('renderHistory', () => {
  it("orders and dates each figure by its source's own date, beside the date the sentence names", () => {
    const text = renderHistory({
      story: 'almaty',
      metric: 'injured',
      subject: 'law_enforcement',
      location: null,
      claims: [
        // published on the 8th about "Wednesday" (the 5th): the API lists it first, by asOf
        {
          ...claim,
          value: 1300,
          asOf: '2022-01-05',
          attribution: ['interior ministry'],
          article: { title: null, site: 'tengrinews.kz', publishedAt: '2022-01-08' },
          post: null,
        },
        {
          ...claim,
          value: 317,
          asOf: '2022-01-06',
          attribution: ['Security & Threat Matrix'],
          article: { title: null, site: null, publishedAt: '2022-01-06' },
          post: { platform: 'twitter', handle: '_Stmatrix', postedAt: '2022-01-06T09:12:00.000Z' },
        },
      ],
      envelope: null,
      conservative: null,
    });
    const rows = text.split('\n').filter((l) => /^ {2}\d{4}-/.test(l));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^ {2}2022-01-06 {2}2022-01-06 +317 .*twitter @_Stmatrix/);
    expect(rows[1]).toMatch(/^ {2}2022-01-08 {2}2022-01-05 +1300 .*tengrinews\.kz/);
  });
});
