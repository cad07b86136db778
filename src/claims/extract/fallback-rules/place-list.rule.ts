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
/** A metric word right after the figure that only repeats the list's quantity ("with 764 dead"). */
const LIST_METRIC =
  /^\s*(?:dead|deaths|killed|injured|wounded|arrests|arrested|detained|missing)\b/i;

/** An elliptical list of places: "…, followed by Northtown with 764, Southvale with 202 and Eastport with 41". */
export const placeList: FallbackRule = {
  name: 'a list of places with their figures',
  examples: [
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
    const item = PLACE_WITH.exec(leftCore);
    if (!item || firstCue(right.replace(LIST_METRIC, ''))) return null;
    const placeAt = n.start - (leftFull2.length - leftFull2.lastIndexOf(item[1]));
    return { metric: lastDraft.metric, subject: lastDraft.subject, cueStart: placeAt, placeAt };
  },
};
