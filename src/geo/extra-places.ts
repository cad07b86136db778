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
   * `site`: a place known for what happens there, not as a town (a pilgrimage site), read the same way;
   * `district`: a second-level district or province (GeoNames' region data stops at the first level),
   * read the same way: quake and flood tolls are reported district by district;
   * `village`: a town under GeoNames' 10,000 people that a disaster's reporting names, read the same way.
   */
  kind: 'area' | 'island' | 'site' | 'district' | 'village';
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
  // earthquakes in mountain country are counted by district and village: Morocco's 2023 quake in the
  // High Atlas provinces, Nepal's 2015 quakes in its hill districts and on Everest
  {
    name: 'Al Haouz',
    country: 'MA',
    kind: 'district',
    regions: ['Marrakesh-Safi'],
    aliases: ['Al-Haouz'],
  },
  { name: 'Chichaoua', country: 'MA', kind: 'district', regions: ['Marrakesh-Safi'] },
  { name: 'Taroudant', country: 'MA', kind: 'district', regions: ['Souss-Massa'] },
  { name: 'Ouarzazate', country: 'MA', kind: 'district', regions: ['Drâa-Tafilalet'] },
  { name: 'Amizmiz', country: 'MA', kind: 'village', regions: ['Marrakesh-Safi'] },
  { name: 'Moulay Brahim', country: 'MA', kind: 'village', regions: ['Marrakesh-Safi'] },
  { name: 'Tafeghaghte', country: 'MA', kind: 'village', regions: ['Marrakesh-Safi'] },
  {
    name: "Talat N'Yaaqoub",
    country: 'MA',
    kind: 'village',
    regions: ['Marrakesh-Safi'],
    aliases: ['Talat N’Yaaqoub', 'Talat Nyaaqoub'],
  },
  { name: 'Gorkha', country: 'NP', kind: 'district', regions: ['Gandaki Pradesh'] },
  {
    name: 'Sindhupalchok',
    country: 'NP',
    kind: 'district',
    regions: ['Bagmati Province'],
    aliases: ['Sindhupalchowk'],
  },
  { name: 'Dolakha', country: 'NP', kind: 'district', regions: ['Bagmati Province'] },
  { name: 'Chautara', country: 'NP', kind: 'village', regions: ['Bagmati Province'] },
  { name: 'Mount Everest', country: 'NP', kind: 'site', regions: ['Koshi'], aliases: ['Everest'] },
  // Hawaii's wildfires are reported island by island
  { name: 'Maui', country: 'US', kind: 'island', regions: ['Hawaii'] },
  // Myanmar's war: the states keep their English names ("Karen State"), the capital its one-word spelling
  { name: 'Karen State', country: 'MM', kind: 'area', regions: ['Kayin State'] },
  {
    name: 'Naypyitaw',
    country: 'MM',
    kind: 'area',
    regions: ['Nay Pyi Taw'],
    aliases: ['Naypyidaw'],
  },
  { name: 'Tamu', country: 'MM', kind: 'village', regions: ['Sagaing Region'] },
  // the Philippines' three island groups, by which storms, quakes and sinkings are reported
  {
    name: 'Mindanao',
    country: 'PH',
    kind: 'area',
    regions: [
      'Autonomous Region in Muslim Mindanao',
      'Northern Mindanao',
      'Soccsksargen',
      'Caraga',
      'Zamboanga Peninsula',
      'Davao Region',
    ],
  },
  {
    name: 'Luzon',
    country: 'PH',
    kind: 'area',
    regions: [
      'Cagayan Valley',
      'Cordillera',
      'Ilocos',
      'Central Luzon',
      'Calabarzon',
      'Bicol Region',
      'National Capital Region',
    ],
  },
  {
    name: 'Visayas',
    country: 'PH',
    kind: 'area',
    regions: ['Western Visayas', 'Central Visayas', 'Eastern Visayas'],
  },
  // GeoNames keeps the Philippines' provinces as second-level units, and "Cebu" lost its name to Cebu
  // City's short form: quakes and storms there are reported for the province, which holds most of
  // Central Visayas' towns (a town of Bohol or Negros Oriental also reads as lying in it)
  {
    name: 'Cebu',
    country: 'PH',
    kind: 'area',
    regions: ['Central Visayas'],
    aliases: ['Cebu province', 'Cebu Province', 'province of Cebu', 'Province of Cebu'],
  },
  // small towns under GeoNames' 10,000 people that became the name of a disaster: a shipwreck is
  // reported off its nearest port, a building's collapse in the town it stood in
  { name: 'Pylos', country: 'GR', kind: 'village', regions: ['Peloponnese'], aliases: ['Pilos'] },
  { name: 'Surfside', country: 'US', kind: 'village', regions: ['Florida'] },
];
