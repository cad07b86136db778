import type { SkipRule } from '../figure-reading';
import { anyOf } from '../word-pattern';

/** Words that set a figure in an imagined case, not the event's own: "in the worst case". */
const IMAGINED_CASES = [
  String.raw`in (?:the|a) worst[- ]case`,
  String.raw`(?:worst[- ]case|doomsday|nightmare|hypothetical|catastrophic) scenarios?`,
];
const IMAGINED = new RegExp(String.raw`\b${anyOf(IMAGINED_CASES)}\b`, 'i');
/** A clause break: the imagined case must stand in the figure's own sentence part. */
const CLAUSE_BREAK = /[.;:!?]/;
/** After the figure, the case must come before the next comma: "12,000 could flee in a worst-case scenario". */
const PHRASE_BREAK = /[.;:!?,]/;

/**
 * A figure given for an imagined case is no count of the event: "in the worst case, there could be
 * several thousand deaths", "a worst-case scenario of 5,000 dead". (A speaker's own estimate of the
 * event, "the toll would be in the hundreds", stays a claim.)
 */
export const worstCase: SkipRule = {
  name: 'a figure for an imagined worst case',
  examples: [
    {
      text: 'In the worst case, there could be several thousand deaths, the minister said.',
      value: 1000,
    },
    { text: 'A worst-case scenario would see 5,000 people killed.', value: 5000 },
    {
      text: 'Planners warned that 12,000 could be displaced in a worst case scenario.',
      value: 12000,
    },
    { text: 'The drill simulated a doomsday scenario with 300 injured.', value: 300 },
  ],
  applies: ({ s, n }) => {
    const before = s.slice(0, n.start).split(CLAUSE_BREAK).pop() ?? '';
    const after = s.slice(n.end).split(PHRASE_BREAK)[0];
    return IMAGINED.test(before) || IMAGINED.test(after);
  },
};
