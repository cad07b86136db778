// A range writes its scale word once, after the second figure: "seven to eight lakh", "2 to 3
// million", "between 10 and 12 thousand". The first figure is read at that scale too, or the
// range would run from 7 to 800,000.
import type { NumberMention } from './numbers';

/** What joins a range's two figures ("and" only after "between"). */
const RANGE_JOIN = /^\s*(?:-|–|—|to|or)\s*$/i;
const BETWEEN_JOIN = /^\s*and\s*$/i;
const BETWEEN_BEFORE = /\bbetween\s*$/i;

/** The figure the scale word multiplies: 8 in "eight lakh" (800,000). */
const base = (n: NumberMention) => n.value / (n.scale ?? 1);

function joinsRange(s: string, a: NumberMention, b: NumberMention): boolean {
  const mid = s.slice(a.end, b.start);
  if (RANGE_JOIN.test(mid)) return true;
  return BETWEEN_JOIN.test(mid) && BETWEEN_BEFORE.test(s.slice(0, a.start));
}

/**
 * Reads each range's bare first figure at the second's scale when it is smaller than the
 * figure the scale multiplies ("2 to 3 million"; not "500 to 2 thousand", not "300 to 1.2 million").
 */
export function shareRangeScale(s: string, nums: NumberMention[]): NumberMention[] {
  return nums.map((a, i) => {
    const b = nums[i + 1];
    if (!b?.scale || a.scale || a.vague || b.vague) return a;
    if (!joinsRange(s, a, b) || a.value >= base(b)) return a;
    return { ...a, value: a.value * b.scale, scale: b.scale };
  });
}
