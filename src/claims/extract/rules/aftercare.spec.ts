import { extractClaims } from '../extract-claims';
import { aftercare } from './aftercare';

const counted = (text: string) =>
  extractClaims(text, { publishedAt: '2023-06-05' }).map((c) => `${c.metric} ${c.value}`);

describe(aftercare.name, () => {
  it.each(aftercare.examples)('$text', ({ text, count }) => {
    expect(counted(text).length > 0).toBe(count);
  });

  it('keeps the toll and the injured named beside the handling', () => {
    expect(
      counted(
        'The toll was fixed at 275. With 187 bodies yet to be identified, 110 bodies were kept at the hospital.',
      ),
    ).toEqual(['killed 275']);
    expect(
      counted(
        'Of the 1,175 injured, 793 passengers have been discharged and 382 are being treated.',
      ),
    ).toEqual(['injured 1175', 'injured 382']);
  });
});
