import { paragraphs, withoutShareAsides } from './sentences';

const texts = (text: string) => paragraphs(text).map((p) => p.text);

describe('paragraphs', () => {
  it.each([
    [
      'The death toll of the stampede near the holy city\nof Mecca has risen to 769.\nAs well as the fatalities, 934 people were injured.',
      [
        'The death toll of the stampede near the holy city\nof Mecca has risen to 769.',
        'As well as the fatalities, 934 people were injured.',
      ],
    ],
    [
      'Deaths reported so far by\nnationality\nIran: at least 140',
      ['Deaths reported so far by\nnationality', 'Iran: at least 140'],
    ],
    [
      'Morocco: 87 (media\nreports)\nCameroon: 20',
      ['Morocco: 87 (media\nreports)', 'Cameroon: 20'],
    ],
    [
      'The toll rose to 48.\nofficials said more may have died.',
      ['The toll rose to 48.', 'officials said more may have died.'],
    ],
    ['First paragraph\n\nsecond paragraph', ['First paragraph', 'second paragraph']],
    [
      'Headline without a stop\nBody starts in capitals.',
      ['Headline without a stop', 'Body starts in capitals.'],
    ],
  ])('%j', (text, want) => {
    expect(texts(text)).toEqual(want);
    for (const p of paragraphs(text)) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('share asides: a figure restated as a share is blanked, offsets kept', () => {
  it.each([
    [
      "Organisers said around 1.03 million people, or nearly one in seven people of Hong Kong's 7.48 million population, attended the march.",
      'Organisers said around 1.03 million people _ attended the march.',
    ],
    [
      "About 20,000 residents, or roughly 15% of the town's population, were evacuated.",
      'About 20,000 residents _ were evacuated.',
    ],
    ['Some 300,000 people, about a third of the population, fled.', 'Some 300,000 people _ fled.'],
    [
      'At least 12 people died, 40 were injured, and 3 are missing.',
      'At least 12 people died, 40 were injured, and 3 are missing.',
    ],
  ])('%s', (text, want) => {
    const blanked = withoutShareAsides(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.replace(/ _+ +/g, ' _ ')).toBe(want);
  });
});
