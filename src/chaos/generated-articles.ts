// Small, varied, made-up articles for load and fault runs: each has a headline, a byline, figures
// of the dead, injured and missing, and one or two embedded tweets carrying figures of their own.
// Deterministic from the index, so a run can be repeated.

const PLACES = ['Tromsø', 'Valparaíso', 'Hobart', 'Kraków', 'Mendoza', 'Nagano', 'Cebu', 'Porto'];
const EVENTS = [
  'a bridge collapse',
  'a factory fire',
  'flash floods',
  'a landslide',
  'a bus crash',
];
const AGENCIES = ['civil_defence', 'redcross_desk', 'city_hall', 'fire_service', 'coast_guard'];

/** A pseudo-random but repeatable number from the index and a salt. */
function pick(index: number, salt: number, modulo: number): number {
  const x = Math.sin(index * 12.9898 + salt * 78.233) * 43758.5453;
  return Math.floor((x - Math.floor(x)) * modulo);
}

function tweet(index: number, n: number, killed: number): string {
  const agency = AGENCIES[pick(index, 10 + n, AGENCIES.length)];
  const id = (1_700_000_000_000_000_000n + BigInt(index) * 10n + BigInt(n)).toString();
  return `<blockquote class="twitter-tweet"><p>Update: ${killed + n} people killed so far, ${pick(index, 20 + n, 40) + 3} still missing.</p>&mdash; ${agency} (@${agency}) <a href="https://twitter.com/${agency}/status/${id}">March ${1 + pick(index, 30, 27)}, 2025</a></blockquote>`;
}

/** The HTML of generated article number `index`. */
export function generatedArticle(index: number): string {
  const place = PLACES[pick(index, 1, PLACES.length)];
  const event = EVENTS[pick(index, 2, EVENTS.length)];
  const killed = pick(index, 3, 60) + 2;
  const injured = killed * 3 + pick(index, 4, 50);
  const day = 1 + pick(index, 5, 27);
  const tweets = [tweet(index, 0, killed), ...(index % 3 === 0 ? [tweet(index, 1, killed)] : [])];
  return `<!doctype html><html lang="en"><head><title>${killed} killed in ${event} near ${place} (report ${index})</title>
<meta name="author" content="Desk Reporter ${index % 17}"><meta property="article:published_time" content="2025-03-${String(day).padStart(2, '0')}T10:00:00Z"></head>
<body><article><h1>${killed} killed in ${event} near ${place}</h1>
<p>At least ${killed} people were killed and ${injured} injured in ${event} near ${place} on Tuesday, officials said in report ${index}.</p>
<p>Rescue teams were still searching for ${pick(index, 6, 30) + 1} people missing, the regional governor told reporters.</p>
${tweets.join('\n')}
<p>Hospitals in ${place} said they had treated ${injured - pick(index, 7, 5)} people.</p></article></body></html>`;
}
