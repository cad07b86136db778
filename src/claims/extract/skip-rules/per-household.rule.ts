import type { SkipRule } from '../figure-reading';
import { anyOf } from '../word-pattern';

/** Units a count may be given for each of: a family, a home, a village. */
const UNITS = [
  'family',
  'families',
  'household',
  'households',
  'home',
  'house',
  'village',
  'clan',
  'street',
];
/**
 * "in every family", "each household", "per home": what the figure counts is one unit's share (not
 * "each family of the 11 dead": there the figure counts the whole).
 */
const EACH_UNIT = new RegExp(
  String.raw`\b(?:every|each|per)\s+(?:single\s+)?${anyOf(UNITS)}\b(?!\s+of\b)`,
  'i',
);

/**
 * A figure given for each family or home is a share, no total: "In every family, there is at least
 * one person killed", "each household has two or three relatives among the dead". The unit must be
 * named in the figure's own clause, before it or right after it.
 */
export const perHousehold: SkipRule = {
  name: 'a figure for each family or home',
  examples: [
    { text: 'In every family, there is at least one person killed, a witness said.', value: 1 },
    { text: 'Each household has two or three relatives among the dead.', value: 2 },
    { text: 'Almost every family lost 3 or more people in the massacre.', value: 3 },
    { text: 'Some 4 people were killed per household, villagers said.', value: 4 },
  ],
  applies({ s, n }) {
    const start = Math.max(s.lastIndexOf(';', n.start), s.lastIndexOf('.', n.start - 1), 0);
    const after = /^[^,;.]{0,40}/.exec(s.slice(n.end))![0];
    return EACH_UNIT.test(s.slice(start, n.start)) || EACH_UNIT.test(after);
  },
};
