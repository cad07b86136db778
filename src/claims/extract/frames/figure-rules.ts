// The frame rules, asked in order for a figure the regex cues left unread; the first reading wins.
import type { FigureFrame, FigureRule, FrameReading } from './figure-frame';
import { amountAsPredicate } from './rules/amount-as-predicate.rule';
import { comparedCount } from './rules/compared-count.rule';
import { listedByPlace } from './rules/listed-by-place.rule';
import { lossOfPeople } from './rules/loss-of-people.rule';
import { lostMembers } from './rules/lost-members.rule';
import { ofTheCounted } from './rules/of-the-counted.rule';
import { onTheGround } from './rules/on-the-ground.rule';
import { placeLost } from './rules/place-lost.rule';
import { tollIncludes } from './rules/toll-includes.rule';
import { quantityLevel } from './rules/quantity-level.rule';
import { rescueWork } from './rules/rescue-work.rule';
import { respondersAtHand } from './rules/responders-at-hand.rule';
import { settingACount } from './rules/setting-a-count.rule';
import { takingPart } from './rules/taking-part.rule';
import { uprooted } from './rules/uprooted.rule';

export const FIGURE_RULES: readonly FigureRule[] = [
  settingACount,
  quantityLevel,
  amountAsPredicate,
  uprooted,
  listedByPlace,
  placeLost,
  lostMembers,
  lossOfPeople,
  onTheGround,
  ofTheCounted,
  tollIncludes,
  takingPart,
  rescueWork,
  respondersAtHand,
  comparedCount,
];

export function readFrame(frame: FigureFrame): FrameReading | null {
  for (const rule of FIGURE_RULES) {
    const reading = rule.read(frame);
    if (reading) return reading;
  }
  return null;
}
