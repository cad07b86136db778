import { extractClaims } from '../extract-claims';
import { protestCause } from './protest-cause';

const killed = (text: string, publishedAt: string) =>
  extractClaims(text, { publishedAt })
    .filter((c) => c.metric === 'killed')
    .map((c) => c.value);

const protest =
  'Tens of thousands of protesters marched in the capital; the protest was peaceful.\n\n';

describe(protestCause.name, () => {
  it.each(protestCause.examples)('$text', ({ text, published, background }) => {
    expect(killed(`${protest}${text}.`, published)).toEqual(background ? [] : [22]);
  });

  it('keeps the deaths of the protest itself, and of a text that is no protest', () => {
    expect(
      killed(
        `${protest}Police said 3 protesters were killed after the collapse of a barricade.`,
        '2025-03-16',
      ),
    ).toEqual([3]);
    expect(
      killed(
        'A shed at a railway station collapsed in November and killed 15 people, a report in memory of the victims said.',
        '2025-03-16',
      ),
    ).toEqual([15]);
  });

  it('cannot date a month without the publication date, and keeps the figure', () => {
    expect(
      killed(
        `${protest}Students demand accountability for the collapse of a shed in November that killed 15 people.`,
        '',
      ),
    ).toEqual([15]);
  });
});
