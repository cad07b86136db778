import { firstCue } from '../cues';
import type { FallbackRule } from '../figure-reading';
import { anyOf } from '../word-pattern';

const LIST_LINKS = [
  String.raw`\bfollowed by`,
  ',',
  String.raw`\band`,
  String.raw`\bthen`,
  String.raw`\bwhile`,
];
const AREA_NOUNS = ['province', 'region', 'state', 'district', 'county', 'city'];
const PLACE_WITH = new RegExp(
  String.raw`${anyOf(LIST_LINKS)}\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,3}?)(?:${anyOf(AREA_NOUNS)}\s+)?with\s*$`,
  'u',
);
/** Or the figure in brackets after the place: "…, Brest (20,000 to 40,000) or Montpellier (18,000)". */
const PLACE_BRACKET = new RegExp(
  String.raw`(?:,|\band|\bor)\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)\s*\(\s*$`,
  'u',
);
/** The bracket closes right after the figure (or its range). */
const BRACKET_CLOSES = /^\s*\)/;
/** A metric word right after the figure that only repeats the list's quantity ("with 764 dead"). */
const LIST_METRIC =
  /^\s*(?:dead|deaths|killed|injured|wounded|arrests|arrested|detained|missing)\b/i;

/**
 * An elliptical list of places: "…, followed by Northtown with 764, Southvale with 202 and Eastport
 * with 41", or "in Hue (12 killed), Da Nang (7) and Quang Nam (4)".
 */
export const placeList: FallbackRule = {
  name: 'a list of places with their figures',
  examples: [
    {
      text: 'Marches drew crowds in Lille (8,000 protesters marched), Nantes (12,000) and Rennes (6,500).',
      metric: 'participants',
      subject: 'protesters',
      value: 12000,
    },
    {
      text: 'Arrests were made in Leeds (14 people detained), Bristol (9) and Cardiff (5).',
      metric: 'detained',
      subject: 'people',
      value: 9,
    },
    {
      text: 'Deaths were reported in Hue (12 killed), Da Nang (7) and Quang Nam (4).',
      metric: 'killed',
      subject: 'people',
      value: 7,
    },
    {
      text: 'Turnout was up in Lyon (22,000 to 55,000 demonstrators), Brest (20,000 to 40,000) or Toulouse (18,000).',
      metric: 'participants',
      subject: 'protesters',
      value: 20000,
    },
    {
      text: 'Northtown had 1,200 deaths, followed by Southvale with 764 and Eastport with 41.',
      metric: 'killed',
      subject: 'people',
      value: 764,
    },
    {
      text: 'Most arrests were in the capital, 300 people were detained there, then Riverton with 45.',
      metric: 'detained',
      subject: 'people',
      value: 45,
    },
    {
      text: 'The quake killed 500 people in Hatay, followed by Gaziantep province with 120.',
      metric: 'killed',
      subject: 'people',
      value: 120,
    },
  ],
  apply({ lastDraft, leftCore, leftFull2, right, n }) {
    if (!lastDraft) return null;
    const item =
      PLACE_WITH.exec(leftCore) ??
      (BRACKET_CLOSES.test(right) ? PLACE_BRACKET.exec(leftCore) : null);
    if (!item || firstCue(right.replace(LIST_METRIC, ''))) return null;
    const placeAt = n.start - (leftFull2.length - leftFull2.lastIndexOf(item[1]));
    return { metric: lastDraft.metric, subject: lastDraft.subject, cueStart: placeAt, placeAt };
  },
};
