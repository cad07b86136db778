// Hand-written claim sets equivalent to two annotated real events (figures, places, dates and
// attributions as published; keys built the way the persistence adapter builds them). For specs.
import type { ComparableClaim } from './comparable-claim';
import type { Metric, Subject } from '../../domain/vocabulary';

type Row = [
  metric: Metric,
  subject: Subject,
  value: number,
  low: number | null,
  high: number | null,
  location: string | null,
  origin: string | null,
];

interface ArticleSpec {
  site: string;
  date: string | null;
  rows: Row[];
  posts?: { id: string; date: string; rows: Row[] }[];
}

function build(prefix: string, articles: ArticleSpec[]): ComparableClaim[] {
  const out: ComparableClaim[] = [];
  articles.forEach((a, ai) => {
    const articleId = `${prefix}-art-${ai}`;
    const add = (r: Row, k: number, post?: { id: string; date: string }) => {
      const [metric, subject, value, low, high, location, origin] = r;
      out.push({
        id: `${articleId}-${post ? `${post.id}-` : ''}${k}`,
        metric,
        subject,
        value,
        low,
        high,
        location,
        asOf: post ? post.date : a.date,
        asOfPrecision: (post ? post.date : a.date) ? 'day' : null,
        originKey: post
          ? `post:${post.id}`
          : origin
            ? `origin:${origin.toLowerCase()}`
            : `site:${a.site}`,
        sourceKey: post ? `post:${post.id}` : `article:https://${a.site}/${ai}`,
        articleId,
        postId: post ? post.id : null,
        sourceLabel: post ? `@${post.id}` : (origin ?? a.site),
      });
    };
    a.rows.forEach((r, k) => add(r, k));
    a.posts?.forEach((p) => p.rows.forEach((r, k) => add(r, k, p)));
  });
  return out;
}

const INF = null;

/** Kazakhstan, January 2022: ten articles (the seed first). */
export const kazakhstanClaims = (): ComparableClaim[] =>
  build('kz', [
    {
      site: 'europediplomatic.com',
      date: '2022-01-06',
      rows: [
        ['injured', 'law_enforcement', 353, 353, 353, 'Almaty', "Almaty commandant's office"],
        ['killed', 'law_enforcement', 12, 12, 12, 'Almaty', "Almaty commandant's office"],
      ],
      posts: [
        {
          id: '_Stmatrix',
          date: '2022-01-06',
          rows: [
            ['killed', 'law_enforcement', 8, 8, 8, null, null],
            ['injured', 'law_enforcement', 317, 317, 317, null, null],
          ],
        },
      ],
    },
    {
      site: 'dailysabah.com',
      date: '2022-01-06',
      rows: [
        ['killed', 'law_enforcement', 18, 18, 18, null, 'interior ministry'],
        ['injured', 'law_enforcement', 748, 748, 748, null, 'interior ministry'],
        ['detained', 'people', 2298, 2298, 2298, null, 'ministry'],
        ['deployed', 'military', 70, 63, 77, null, null],
      ],
    },
    {
      site: 'd1softballnews.com',
      date: '2022-01-06',
      rows: [
        ['killed', 'protesters', 12, 12, 99, null, 'Saltanat Azirbek'],
        ['killed', 'law_enforcement', 8, 8, INF, null, 'Ministry of the Interior'],
        ['injured', 'law_enforcement', 137, 137, 137, null, 'Ministry of the Interior'],
      ],
    },
    {
      site: 'english.almayadeen.net',
      date: '2022-01-15',
      rows: [
        ['killed', 'people', 225, 225, 225, null, 'Shalabayev'],
        ['injured', 'people', 4500, 4500, 4500, null, null],
        ['injured', 'people', 1000, 1000, 9999, null, null],
        ['killed', 'law_enforcement', 19, 19, 19, null, 'Shalabayev'],
        ['injured', 'people', 4353, 4353, 4353, null, 'Shalabayev'],
        ['injured', 'law_enforcement', 3393, 3393, 3393, null, 'Shalabayev'],
        ['participants', 'protesters', 1000, 1000, 9999, null, null],
      ],
    },
    {
      site: 'azatutyun.am',
      date: '2022-01-06',
      rows: [
        ['participants', 'protesters', 1000, 1000, 9999, null, null],
        ['killed', 'law_enforcement', 8, 8, 8, null, 'Interior Ministry'],
        ['injured', 'people', 317, 317, 317, null, 'Interior Ministry'],
      ],
    },
    {
      site: 'click2houston.com',
      date: '2022-01-15',
      rows: [
        ['deployed', 'military', 2000, 2000, INF, null, null],
        ['killed', 'people', 225, 225, 225, null, 'Shalabayev'],
        ['killed', 'law_enforcement', 19, 19, 19, null, 'Shalabayev'],
        ['injured', 'people', 4300, 4300, INF, null, 'Shalabayev'],
        ['killed', 'people', 164, 164, 164, null, null],
      ],
    },
    {
      site: 'indianeconomicobserver.com',
      date: '2022-01-15',
      rows: [
        ['killed', 'people', 225, 225, 225, null, 'Shalabayev'],
        ['injured', 'people', 4500, 4500, INF, null, null],
        ['injured', 'people', 1000, 1000, 9999, null, null],
        ['killed', 'law_enforcement', 19, 19, 19, null, 'Shalabayev'],
        ['injured', 'people', 4353, 4353, 4353, null, 'Shalabayev'],
        ['injured', 'law_enforcement', 3393, 3393, 3393, null, 'Shalabayev'],
      ],
    },
    {
      site: 'pledgetimes.com',
      date: '2022-01-09',
      rows: [
        ['killed', 'military', 2, 2, 2, null, 'Ministry of Defense'],
        ['injured', 'military', 163, 163, 163, null, 'Ministry of Defense'],
        ['detained', 'protesters', 5969, 5969, 5969, null, 'Ministry of Internal Affairs'],
        ['detained', 'protesters', 100, 100, 999, null, 'Yerlan Turgumbayev'],
        ['killed', 'protesters', 26, 26, 26, null, null],
        ['killed', 'law_enforcement', 18, 18, 18, null, null],
      ],
    },
    {
      site: 'securykid.com',
      date: '2022-01-09',
      rows: [
        ['killed', 'people', 164, 164, 164, null, 'Ministry of Health'],
        ['killed', 'law_enforcement', 16, 16, 16, null, 'Kazakh officials'],
        ['killed', 'civilians', 26, 26, 26, null, 'Authorities'],
        ['killed', 'people', 103, 103, 103, 'Almaty', 'ministry'],
        ['killed', 'children', 3, 3, 3, null, "ombudsman for children's rights"],
        ['injured', 'people', 2200, 2200, INF, null, 'ministry'],
        ['injured', 'law_enforcement', 1300, 1170, 1430, null, 'Ministry of Interior'],
        ['detained', 'people', 5800, 5220, 6380, null, 'presidential office'],
      ],
    },
    {
      site: 'archyde.com',
      date: null,
      rows: [
        ['detained', 'people', 5135, 5135, INF, null, 'Ministry of Interior'],
        ['participants', 'protesters', 20000, 20000, 20000, null, 'President of Kazakhstan'],
      ],
    },
  ]);

export const kazakhstanGold = {
  conflicts: [
    { metric: 'killed', subject: 'law_enforcement', values: [8, 12] },
    { metric: 'killed', subject: 'law_enforcement', values: [16, 18] },
    { metric: 'injured', subject: 'law_enforcement', values: [317, 353] },
    { metric: 'injured', subject: 'law_enforcement', values: [137, 353] },
    { metric: 'injured', subject: 'law_enforcement', values: [137, 317] },
    { metric: 'injured', subject: 'people', values: [4353, 4500] },
  ],
  acceptable: [
    [8, 18],
    [8, 16],
    [8, 19],
    [16, 19],
    [18, 19],
  ]
    .map((values) => ({ metric: 'killed', subject: 'law_enforcement', values }))
    .concat(
      [
        [137, 748],
        [317, 748],
        [137, 1300],
        [317, 1300],
        [748, 1300],
        [137, 3393],
        [317, 3393],
        [748, 3393],
        [1300, 3393],
      ].map((values) => ({ metric: 'injured', subject: 'law_enforcement', values })),
    )
    .concat(
      [
        [317, 2200],
        [317, 4353],
        [317, 4500],
        [317, 4300],
        [317, 1000],
        [2200, 4353],
        [2200, 4500],
        [2200, 4300],
        [1000, 2200],
      ].map((values) => ({ metric: 'injured', subject: 'people', values })),
    )
    .concat([
      { metric: 'killed', subject: 'people', values: [164, 225] },
      { metric: 'detained', subject: 'people', values: [2298, 5135] },
      { metric: 'detained', subject: 'people', values: [2298, 5800] },
      { metric: 'detained', subject: 'people', values: [5135, 5800] },
      { metric: 'participants', subject: 'protesters', values: [1000, 20000] },
    ]),
};

/** Itaewon crowd crush, Seoul, October 2022: four articles. */
export const itaewonClaims = (): ComparableClaim[] =>
  build('it', [
    {
      site: 'spokesman.com',
      date: '2022-10-29',
      rows: [
        ['killed', 'people', 146, 146, INF, 'Seoul', 'fire department officials'],
        ['injured', 'people', 150, 150, INF, 'Seoul', 'fire department officials'],
      ],
    },
    {
      site: 'arkansasonline.com',
      date: '2022-10-31',
      rows: [
        ['killed', 'people', 150, 150, INF, 'Seoul', null],
        ['killed', 'people', 153, 153, 153, 'Seoul', 'officials'],
        ['injured', 'people', 133, 133, 133, 'Seoul', 'officials'],
      ],
    },
    {
      site: 'breakinglatest.news',
      date: '2022-10-30',
      rows: [
        ['killed', 'people', 146, 146, INF, 'Seoul', null],
        ['injured', 'people', 150, 150, 150, 'Seoul', null],
      ],
    },
    {
      site: 'newsbreak.com',
      date: null,
      rows: [
        ['participants', 'people', 10000, 10000, 99999, 'Seoul', null],
        ['killed', 'people', 150, 150, INF, 'Seoul', null],
      ],
    },
  ]);

export const itaewonGold = {
  conflicts: [{ metric: 'injured', subject: 'people', values: [133, 150] }],
  acceptable: [
    { metric: 'killed', subject: 'people', values: [146, 153] },
    { metric: 'killed', subject: 'people', values: [146, 150] },
    { metric: 'killed', subject: 'people', values: [150, 153] },
  ],
};
