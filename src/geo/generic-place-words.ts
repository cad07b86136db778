// Compass and size words: a name made only of them ("Central", "North West", "Upper City") names no
// one place. The gazetteer and the district names each add words of their own to this core.
export const GENERIC_PLACE_WORDS: readonly string[] = [
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'centre',
  'center',
  'upper',
  'lower',
  'middle',
  'city',
  'capital',
];
