import fc from 'fast-check';
import { INVISIBLE_CHARACTERS, readableText, storableText } from './readable-text';

describe('readableText', () => {
  it('joins a number split by zero-width characters', () => {
    expect(readableText('1\u200b5 killed and 4\u200d0 injured')).toBe('15 killed and 40 injured');
  });

  it.each(INVISIBLE_CHARACTERS.map((c) => [c.name, String.fromCodePoint(c.codePoint)]))(
    'removes a %s inside a number',
    (_name, char) => {
      expect(readableText(`3${char}5${char}0 injured`)).toBe('350 injured');
    },
  );

  it('keeps separators and removes noise beside them', () => {
    expect(readableText('1,\u200b500 people and 2\u200e.5 million')).toBe(
      '1,500 people and 2.5 million',
    );
  });

  it('removes control characters inside a number and makes the others spaces', () => {
    expect(readableText('1\u00002 killed\u0007in\u0000Almaty')).toBe('12 killed in Almaty');
    expect(readableText('line one\nline\ttwo\r\n')).toBe('line one\nline\ttwo\r\n');
  });

  it('leaves invisible characters between words alone (they join emoji and some scripts)', () => {
    expect(readableText('\u202bمرحبا\u202c 👨\u200d👩')).toBe('\u202bمرحبا\u202c 👨\u200d👩');
  });

  it('reads HTML references of invisible characters inside numbers in HTML only', () => {
    expect(readableText('<p>1&#8203;5 and 4&#x200D;0 and 2&zwj;0</p>', 'html')).toBe(
      '<p>15 and 40 and 20</p>',
    );
    expect(readableText('1&#8203;5', 'text')).toBe('1&#8203;5');
  });

  it('replaces lone surrogates', () => {
    expect(readableText('a\ud800b\udc00c')).toBe('a\ufffdb\ufffdc');
    expect(readableText('😀')).toBe('😀');
  });

  it('never throws and leaves no control character but tab, newline and return', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom('html', 'text'), (s, format) => {
        const out = readableText(s, format as 'html' | 'text');
        const controls = [...out].filter((ch) => ch < ' ' && !'\t\n\r'.includes(ch));
        expect(controls).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('storableText', () => {
  it('drops NUL and replaces lone surrogates, keeping everything else', () => {
    expect(storableText('12\u0000 killed\u0007 \ud800')).toBe('12 killed\u0007 \ufffd');
  });

  it('gives what Postgres accepts, on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = storableText(s);
        expect(out).not.toContain('\u0000');
        expect(Buffer.from(out, 'utf8').toString('utf8')).toBe(out);
      }),
      { numRuns: 300 },
    );
  });
});
