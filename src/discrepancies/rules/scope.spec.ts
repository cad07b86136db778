import { groupScopes, quantityLocation, scopeRelation } from './scope';
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
