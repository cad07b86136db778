import { detectDiscrepancies } from './detect-discrepancies';
import { groupScopes, quantityLocation, scopeRelation, withSpellingVariants } from './scope';
import { claim } from './test-claims.fixture';
import { places } from './test-claims.fixture';

describe('scopes', () => {
  it('relates equal, nested, whole-area and unrelated scopes', () => {
    expect(scopeRelation('Almaty', 'Almaty', places)).toBe('same');
    expect(scopeRelation(null, null, places)).toBe('same');
    expect(scopeRelation('Almaty', 'Kazakhstan', places)).toBe('inside');
    expect(scopeRelation('Kazakhstan', 'Almaty', places)).toBe('contains');
    expect(scopeRelation('Almaty', null, places)).toBe('inside');
    expect(scopeRelation(null, 'Almaty', places)).toBe('contains');
    expect(scopeRelation('Almaty', 'Astana', places)).toBe('apart');
  });

  it('groups scopes into quantities and keys each by its broadest location', () => {
    const apart = groupScopes(['Almaty', 'Astana', 'Almaty'], places);
    expect(apart).toEqual([['Almaty'], ['Astana']]);
    expect(apart.map((g) => quantityLocation(g, places))).toEqual(['Almaty', 'Astana']);

    const country = groupScopes(['Almaty', 'Astana', 'Kazakhstan'], places);
    expect(country).toHaveLength(1);
    expect(quantityLocation(country[0], places)).toBe('Kazakhstan');

    const whole = groupScopes(['Almaty', null, 'Seoul'], places);
    expect(whole).toHaveLength(1);
    expect(quantityLocation(whole[0], places)).toBeNull();
  });

  describe('one place under two spellings the gazetteer does not know', () => {
    const known = (name: string) => ['Almaty', 'Astana', 'Kazakhstan', 'Seoul'].includes(name);
    const spelled = withSpellingVariants({ ...places, known });

    it.each([
      ['a letter left out', 'Majiya', 'Majia'],
      ['a doubled vowel', 'Arbaat', 'Arbat'],
      ['a vowel heard differently', 'San Remigio', 'San Remegio'],
      ['accent and hyphen', 'Pont-Sondé', 'Pont Sonde'],
    ])('%s: %s, %s', (_how, a, b) => {
      expect(scopeRelation(a, b, spelled)).toBe('same');
    });

    it.each([
      ['a place the gazetteer knows', 'Almaty', 'Almatx'],
      ['names too short to tell', 'Gaza', 'Gara'],
      ['two letters apart', 'Tabogon', 'Tubigon'],
    ])('not one place: %s (%s, %s)', (_how, a, b) => {
      expect(scopeRelation(a, b, spelled)).toBe('apart');
    });

    it('compares their figures as one quantity', () => {
      const killed = (value: number, location: string, originKey: string) =>
        claim({ metric: 'killed', subject: 'people', value, location, originKey, asOf: null });
      const found = detectDiscrepancies(
        [killed(12, 'Majiya', 'origin:police'), killed(30, 'Majia', 'origin:emergency agency')],
        { ...places, known },
      );
      expect(found.map((f) => [f.kind, f.pair.map((v) => v.value).sort()])).toEqual([
        ['conflict', [12, 30]],
      ]);
    });
  });

  it('survives a place relation that throws', () => {
    const broken = {
      within: () => {
        throw new Error('gazetteer down');
      },
    };
    expect(scopeRelation('Almaty', 'Kazakhstan', broken)).toBe('apart');
    expect(scopeRelation('Almaty', 'Almaty', broken)).toBe('same');
  });
});
