/** How people reach a hospital in a report: "taken", "rushed", "admitted" (to hospital). */
export const CARRYING_VERBS = [
  'taken',
  'brought',
  'rushed',
  'admitted',
  'shifted',
  'moved',
  'sent',
  'ferried',
];
