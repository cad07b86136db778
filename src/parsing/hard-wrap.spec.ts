import { unwrapHardWrapped, wrapWidth } from './hard-wrap';

/** Word-wraps each line of `text` at `width`, as a mail client or a wire terminal does. */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let cur = '';
      for (const word of line.split(' ')) {
        if (cur && `${cur} ${word}`.length > width) [out[out.length], cur] = [cur, word];
        else cur = cur ? `${cur} ${word}` : word;
      }
      return [...out, cur].join('\n');
    })
    .join('\n');
}

const STORY = [
  'Flood death toll rises',
  'By A. Reporter',
  '',
  'Five people have died in the province of Northshire due to the wave of torrential rain and flooding that hit the region, sources said on Wednesday.',
  '',
  'In addition, Civil Protection Minister Jane Doe said so far at least 5,000 people have been evacuated to safety in the region.',
  '',
  'Rescue teams are also searching for a person in the province of Eastvale who is missing, feared dead, after 270 homes were swept away.',
].join('\n');

describe('unwrapHardWrapped', () => {
  it.each([60, 72, 80])('gives back the paragraphs of a text wrapped at %i columns', (width) => {
    expect(unwrapHardWrapped(hardWrap(STORY, width))).toBe(STORY);
  });

  it('joins a line that opens with a capital or a figure ("Saudi Arabia", "270 homes")', () => {
    const text = [
      'Officials in the capital said the stampede near the holy site in',
      'Saudi Arabia killed at least 700 pilgrims, and that a fire on Monday',
      'destroyed the camp where they stayed, leaving more than 1,200 people',
      '270 kilometres from the nearest shelter with nowhere to go.',
    ].join('\n');
    expect(unwrapHardWrapped(text)).toBe(text.replace(/\n/g, ' '));
  });

  it('keeps the paragraphs of wrapped text that has no blank lines between them', () => {
    const paragraphs = [
      'The dam collapsed on Sunday after days of heavy rain, and rescue teams searched the valley below it for survivors through the night.',
      'Health officials said seven people died and more than 170 were injured, while dozens of people who fled to the mountains are still missing.',
      'The United Nations said on Monday that at least 50,000 people had lost access to clean water in the area.',
    ];
    expect(unwrapHardWrapped(hardWrap(paragraphs.join('\n'), 70))).toBe(paragraphs.join('\n'));
  });

  it('leaves text that is not hard-wrapped as it is', () => {
    // one paragraph a line, some longer than any wrap width
    expect(unwrapHardWrapped(STORY)).toBe(STORY);
    // short lines that end where their writer ended them: a list, a title and a byline
    const list = [
      'Deaths by province:',
      'Northshire 5',
      'Eastvale 3',
      'Westmoor 1',
      '',
      'By A. Reporter',
    ];
    expect(unwrapHardWrapped(list.join('\n'))).toBe(list.join('\n'));
    // a post of short paragraphs, one a line
    const post = [
      'At least 12 dead after the bridge collapse tonight.',
      'Hospitals in the city are asking for blood donors.',
      'Please share and stay away from the river banks.',
    ].join('\n');
    expect(unwrapHardWrapped(post)).toBe(post);
  });
});

describe('wrapWidth', () => {
  it('is the longest line of a wrapped text, and null for one wrapped line or two', () => {
    expect(wrapWidth(hardWrap(STORY, 72).split('\n'))).toBeLessThanOrEqual(72);
    expect(wrapWidth(['Five people have died in the province', 'of Northshire.'])).toBeNull();
  });
});
