// Data: the days of the week, lower case, for the readers that date a figure or a speech verb.
export const WEEKDAYS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];
