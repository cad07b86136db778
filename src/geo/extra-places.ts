// Places English-language newsrooms name that the gazetteer's data packages lack: GeoNames keeps
// towns of 10,000+ people and first-level regions only, so historic regions spanning several
// provinces ("Darfur") and islands known by a small town ("Lampedusa") need a row here. A new place
// is one row of data; each row says why a newsroom names it.

export interface ExtraPlace {
  name: string;
  /** ISO 3166-1 alpha-2 code of its country. */
  country: string;
  /**
   * `area`: a region made of the named first-level regions (a town in any of them lies in it);
   * `island`: a small island, read as its town, lying in the named first-level region;
   * `site`: a place known for what happens there, not as a town (a pilgrimage site), read the same way.
   */
  kind: 'area' | 'island' | 'site';
  /** First-level region names as the region data spells them. */
  regions: string[];
  aliases?: string[];
}

export const EXTRA_PLACES: ExtraPlace[] = [
  // Sudan's war and famine reporting names the region, not its five states
  {
    name: 'Darfur',
    country: 'SD',
    kind: 'area',
    regions: [
      'Northern Darfur',
      'Southern Darfur',
      'Western Darfur',
      'Eastern Darfur',
      'Central Darfur',
    ],
  },
  {
    name: 'Kordofan',
    country: 'SD',
    kind: 'area',
    regions: ['North Kordofan', 'Southern Kordofan', 'West Kordofan'],
  },
  // the war in eastern Ukraine is reported for the Donbas as a whole
  {
    name: 'Donbas',
    country: 'UA',
    kind: 'area',
    regions: ['Donetsk', 'Luhansk'],
    aliases: ['Donbass'],
  },
  { name: 'Sinai', country: 'EG', kind: 'area', regions: ['North Sinai', 'South Sinai'] },
  // Mediterranean crossings: shipwrecks and arrivals are reported "off" and "on" these islands
  { name: 'Lampedusa', country: 'IT', kind: 'island', regions: ['Sicily'] },
  { name: 'Lesbos', country: 'GR', kind: 'island', regions: ['North Aegean'], aliases: ['Lesvos'] },
  { name: 'Chios', country: 'GR', kind: 'island', regions: ['North Aegean'] },
  { name: 'Samos', country: 'GR', kind: 'island', regions: ['North Aegean'] },
  { name: 'Kos', country: 'GR', kind: 'island', regions: ['South Aegean'] },
  // the Hajj's rites are reported at their sites, which GeoNames keeps as no town: crushes at Mina,
  // heat deaths on Mount Arafat; Saudi and Gulf papers spell the holy city Makkah
  { name: 'Mina', country: 'SA', kind: 'site', regions: ['Mecca Region'] },
  {
    name: 'Arafat',
    country: 'SA',
    kind: 'site',
    regions: ['Mecca Region'],
    aliases: ['Mount Arafat'],
  },
  { name: 'Muzdalifah', country: 'SA', kind: 'site', regions: ['Mecca Region'] },
];
